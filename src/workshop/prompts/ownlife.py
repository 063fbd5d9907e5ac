"""What a prompt says of the student's own life and words, giving no value of the task (issue 11,
session 36). The answer readers of :func:`evaluate.gives_away` read the prompt without it
(:func:`blanked`, on top of :func:`instances.other_instances`). Text is folded (:func:`fold`),
the data blanked (``rest``); each piece is replaced by spaces, so every position stays.

- The student's own family, stated in the first person ("J'ai moi-même 2 frères et 1 sœur",
  "I've got 1 sister and 3 brothers at home"): a count of the student's siblings, not of the
  data's member's. Read as it stands (a dictation) when tied to the data: the student says she
  is the data's member ("Je suis Caroline", "I'm Caroline"), names a member in the clause or
  before it in its sentence, compares ("just like Caroline", "moi aussi", "too", "Caroline est
  dans le même cas que moi").
- A typo corrected that restates the data ("Caroline a bien 3 frères, et pas 4", "each brother
  has 2 sisters, not 3 as I typed"): a count and its noun the data holds, then the figure it
  replaces (the same noun or none). "Caroline a 1 sœur, et pas 2" restates nothing of the data
  and stays read.
- A definition, a general law with no value of this instance ("Rappel : premiers entre eux =
  PGCD égal à 1", "(coprime = gcd equal to 1)"): a coprimality term, "=" or "means", then a gcd
  or common divisors, announced (rappel, reminder, définition, cours...) or in parentheses.
  Read as it stands when its sentence or the next ties it to the task (the task's numbers, "ici", "here",
  "c'est le cas") or an answer label stands before it ("Réponse : premiers entre eux = ...").
- The word's meaning asked ("asked me what \\"coprime\\" means", "ce que veut dire « premiers
  entre eux »", "the meaning of coprime"): the term mentioned, not said of the numbers.

Limits: a family stated in the third person ("ma sœur a 1 sœur") or in a sentence naming the data's
member before it stays a dictation; a definition with no announcement and no parenthesis stays
read as a verdict; only counts in digits or number words, nouns of four letters or more."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workshop.prompts.instances import data_names
from workshop.prompts.text import NUMBER_WORDS, fold, sentence_span

_COUNT_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True))
_COUNT = rf"(?:\d{{1,3}}|{_COUNT_WORDS})"
_KIN = (
    r"(?:(?:grandes?|petites?|grands?|petits?|older|younger|big|little|half-)\s++)?"
    r"(?:soeurs?|freres?|sisters?|brothers?|siblings?|enfants|children|kids|filles|garcons|girls|boys)"
)
_KIN_COUNT = re.compile(rf"(?<![\w'])(?:{_COUNT})\s++{_KIN}\b")
# A clause in the first person that states a family: "j'ai (moi-même)", "moi, j'ai", "I (myself)
# have (got)", "I've got", "nous sommes", "in my family"; it runs to its clause's end.
_FIRST_PERSON = re.compile(
    r"(?<![\w'])(?:j'ai|i\s++(?:myself\s++)?have|i've|i\s++got|nous sommes|we are|"
    r"dans ma famille|in my family|chez moi|at home|chez nous|dans notre famille|in our family)(?![\w'])"
    r"(?P<clause>[^,.;:!?()\n\"]{0,100}+)"
)
# Session 37: the family's make-up told after the clause, in apposition ("chez moi on est quatre
# enfants : deux garçons et deux filles", "we are four kids, two boys and two girls"): counts of kin
# only, after a colon, a comma or a dash.
_MAKE_UP = re.compile(
    r"(?<![ \t])[ \t]*+[:,;—–-][ \t]*+(?:(?:soit|dont|with|avec|namely|i\.e\.)[ \t]++)?"
    rf"(?:{_COUNT})[ \t]++{_KIN}\b"
    rf"(?:[ \t]*+(?:,|et|and|&)[ \t]*+(?:{_COUNT})[ \t]++{_KIN}\b){{0,4}}+"
)
_SEGMENT = re.compile(r"[,.;:!?()\n]?[^,.;:!?()\n]{0,80}+")
# Round 68 (r68f-riddle-en-i-have-1-sister): "too" before a word it grades ("way too fast", "far too
# confusing", "too quickly") is an intensifier, no tie; "I have 1 sister too", "too, like Caroline" tie.
_TIE = re.compile(
    r"(?<![\w-])(?:aussi|too(?![ \t]++(?!(?:and|but|so|or|as|like|lol|haha)(?![\w-]))[a-z])|also|as well|"
    r"egalement|comme|like|same|meme|pareil|pareille|idem|so does|autant)"
    r"(?![\w-])"
)
# A typo corrected: a count and its noun, then the figure it replaces.
_CORRECTED = re.compile(
    rf"(?<![\w.,'])(?P<n>{_COUNT})\s++(?P<noun>[a-z]{{4,}}+)[ \t]*+,?[ \t]*+"
    r"(?:(?:et|and|mais|but)\s++)?(?:pas|non|not|instead of|au lieu de|plutot que|rather than)\s++"
    rf"(?P<m>{_COUNT})(?![\w]|[.,]\d)(?:\s++(?P<noun2>[a-z]{{4,}}+))?"
)
_PAIR = re.compile(rf"(?<![\w.,'])(?P<n>{_COUNT})\s++(?P<noun>[a-z]{{4,}}+)")
_TERM = (
    r"(?:premiers entre eux|premiers entre elles|copremiers|etrangers entre eux|co-?primes?|"
    r"relatively prime|mutually prime)"
)
_DEFINITION = re.compile(
    rf"(?<![\w])(?P<term>{_TERM})(?:\s*+=\s*+{_TERM}){{0,2}}+"
    r"\s*+(?:=|means|signifie|veut dire|c'est-a-dire)\s*+"
    r"(?:(?:un|une|a|le|la|leur|their|the|avoir|having|have|ont)\s++){0,3}+"
    r"(?:pgcd|gcd|hcf|gcf|plus grand commun diviseur|greatest common divisor|aucun diviseur|no common|"
    r"seul diviseur|only common|pas de diviseur|no factor)(?P<tail>[^.;()\n]{0,60}+)"
)
_ANNOUNCED = re.compile(
    r"(?<![\w])(?:rappels?|reminders?|definitions?|def|recall|remember|cours|par definition|by definition|"
    r"note|nb|vocabulaire|vocabulary|glossaire|glossary|lexique)(?![\w])"
)
_ANSWER_LABEL = re.compile(
    r"(?<![\w])(?:reponses?|answers?|verdicts?|conclusions?|resultats?|results?)(?![\w])"
)
_HERE = re.compile(
    r"(?<![\w])(?:ici|here|c'est le cas|is the case|the case|ces nombres|these numbers|ces deux|these two|"
    r"les deux nombres|the two numbers|dans ce cas|in this case|en l'occurrence|donc|so|therefore|"
    r"oui|yes|ils|they|both)(?![\w])"
)
# the next sentence ties it only by naming the case: it may offer "oui" or "non"
_HERE_NEXT = re.compile(
    r"(?<![\w])(?:ici|here|c'est le cas|is the case|the case|ces nombres|these numbers|ces deux|these two|"
    r"les deux nombres|the two numbers|dans ce cas|in this case|en l'occurrence)(?![\w])"
)
_Q = r"[\"'`]?"
_MEANING = re.compile(
    rf"(?<![\w])(?:(?:what|ce que|ce qu')\s*+(?:(?:veut|veulent) dire|signifie|signifient)\s*+{_Q}\s*+"
    rf"(?P<a>{_TERM})"
    rf"|(?:what|ce que|ce qu')\s*+{_Q}\s*+(?P<b>{_TERM})\s*+{_Q}\s*+"
    r"(?=(?:means|mean|meant|signifie|signifient|veut dire|veulent dire|stands for)(?![\w]))"
    rf"|(?:the meaning of|le sens de|la signification de|the definition of|la definition de)\s*+{_Q}\s*+"
    rf"(?P<c>{_TERM}))"
)


# Session 37: the term named as one the student confuses with another ("je confonds toujours
# « nombre premier » et « premiers entre eux »", "I always mix up prime and coprime", "the
# difference between prime and coprime"): mentioned, not said of the numbers. Only in the phrase
# (to a comma, a colon or a sentence's end) and before any verb saying it of something ("je
# confonds, mais ils sont premiers entre eux", "... : ils sont premiers entre eux" stay read).
_CONFUSED = re.compile(
    r"(?<![\w])(?:confon[a-z]*+|confus[a-z]*+|melang[a-z]*+|mix(?:es|ed|ing)?\s++up|mixed\s++up|"
    r"difference\s++(?:entre|between)|distingu[a-z]*+|tell\s++apart)(?P<span>[^.,;:!?\n]{0,80}+)"
)
_CLAIMED = re.compile(
    r"(?<![\w])(?:sont|est|sont-ils|soient|are|is|be|were|seem|semblent|donc|so|ils|they|oui|yes|non|no)(?![\w])"
)
_TERM_RE = re.compile(rf"(?<![\w]){_TERM}(?![\w])")


def _confusions(text: str) -> str:
    out = text
    for m in _CONFUSED.finditer(text[:20_000]):
        for term in _TERM_RE.finditer(text, m.start("span"), m.end("span")):
            if _CLAIMED.search(text, m.start("span"), term.start()):
                break
            out = _blank(out, term.start(), term.end())
    return out


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _value(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, -1)


def _identified(text: str, members: set[str]) -> bool:
    """Whether the student says she is one of the data's members ("je suis Caroline")."""
    for member in members:
        name = re.escape(member)
        if re.search(
            rf"(?<![\w])(?:je suis|i am|i'm|je m'appelle|my name is|moi|me|c'est moi)\s*+,?\s*+{name}(?![\w])"
            rf"|(?<![\w]){name}\s*+,?\s*+(?:c'est moi|that's me|it's me|is me|here)(?![\w])",
            text[:20_000],
        ):
            return True
    return False


# The data's member compared with the student anywhere ("Caroline est dans le même cas que moi",
# "she's like me"): the student's family is the data's.
_LIKE_ME = re.compile(
    r"(?<![\w])(?:comme|like|que|qu'|as|than)\s++(?:(?:pour|for|chez|with|avec)\s++)?"
    r"(?:moi|me|mine|myself|la mienne|le mien|ma famille|my family|mon cas|my case)(?![\w'])"
    # "My family is the same: I have 5 children" (round 31's own gaming variant)
    r"|(?<![\w])(?:my|our|ma|notre)\s++famil\w*+\s++(?:is|est)\s++(?:the\s++same|pareille|identique|la\s++meme)"
    r"|(?<![\w])(?:meme|same)\s++famil(?:le|y)(?![\w'])"
    r"|(?<![\w])(?:the\s++same|pareil|idem)\s++(?:for|with|chez|pour)\s++(?:me|moi|us|nous)(?![\w'])"
)


def _own_family(text: str, members: set[str]) -> str:
    if _identified(text, members) or _LIKE_ME.search(text[:20_000]):
        return text
    out = text
    for m in _FIRST_PERSON.finditer(text[:20_000]):
        clause = m["clause"]
        if not _KIN_COUNT.search(clause):
            continue
        lo, _ = sentence_span(text, m.start())
        stop = m.end()
        back = m.end()  # the clause's last word (at most 100 characters back), then its make-up
        while back > m.start() and text[back - 1] in " \t":
            back -= 1
        make_up = _MAKE_UP.match(text, back)
        if make_up:
            stop = make_up.end()
        after = _SEGMENT.match(text, stop)
        following = after.group(0) if after else ""
        before = text[lo : m.start()]
        if _TIE.search(clause) or _TIE.search(following):
            continue  # "moi aussi", "I have 1 sister too", ", just like Caroline"
        said = before + text[m.start() : stop]
        if any(re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", said) for n in members):
            continue  # a member named before it in its sentence: said of the data
        out = _blank(out, m.start(), stop)
    return out


# Session 47 (fair47): the family of an example's own person ("Example of another family: Hugo has 2 brothers
# and 1 sister; in my example, Hugo has 1 sister", « Paul (un garçon) a 1 sœur et 2 frères »): a name that is
# none of the data's members, told in an example, with two counts of different kin in one clause; every
# count then said of that name is its own family's. A pronoun, a kin noun or a member as the subject, a tie
# ("like Caroline") or one count alone ("Example: Anna has 1 sister") stays read.
_EXAMPLE_CUE = re.compile(
    r"(?<![\w'-])(?:exemples?|examples?|for instance|par exemple|e\.g\.|warm-up|echauffement|"
    r"(?:autre|another|other|different|differente)[ \t]++famil(?:le|y))(?![\w'-])"
)
_NOT_A_NAME = frozenset(
    """elle il she he it on qui who chaque each every cette this that which one un une la le the sa son
    fille girl garcon boy frere freres brother brothers soeur soeurs sister sisters enfant child famille
    family mere mother pere father personne person chacun chacune everyone donc so then thus""".split()
)
_HAS = (
    r"(?:\s*+\([^()\n]{0,30}+\))?\s++(?:(?:donc|alors|then|thus|therefore|also|aussi|bien)\s++)?"
    r"(?:a|has|have|has\s++got|possede|compte)\s++"
)
_NAMED_FAMILY = re.compile(
    rf"(?<![\w'-])(?P<name>[a-z][a-z-]{{1,20}}+){_HAS}(?P<clause>[^,.;:!?\n]{{0,80}}+)"
)
_KIN_OF = re.compile(rf"(?<![\w'])(?:{_COUNT})\s++(?P<kin>{_KIN})\b")


def example_families(text: str, members: set[str]) -> str:
    """``text`` (folded) with each count said of an example's own person blanked (same length)."""
    found = [m for m in list(_NAMED_FAMILY.finditer(text[:20_000]))[:200] if m["name"] not in _NOT_A_NAME]
    persons, tied = set(), set()
    for m in found:
        kin = {k["kin"].rstrip("s")[:4] for k in _KIN_OF.finditer(m["clause"])}
        lo, hi = sentence_span(text, m.start())
        lead, said = text[max(0, lo - 200) : m.start()], text[m.start() : hi]
        if _TIE.search(said) or any(re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", said) for n in members):
            tied.add(m.start())  # "…, just like Caroline", "…, so Caroline has 1 sister too"
        elif len(kin) >= 2 and m["name"] not in members and _EXAMPLE_CUE.search(lead):
            persons.add(m["name"])
    out = text
    for m in found:
        if m["name"] in persons and m.start() not in tied and _KIN_COUNT.search(m["clause"]):
            out = _blank(out, m.start(), m.end())
    return out


def _corrected(text: str, full: str, data: Sequence[str]) -> str:
    pairs = {
        (_value(p["n"]), p["noun"][:4]) for d in data for p in _PAIR.finditer(fold(d)) if _value(p["n"]) >= 0
    }
    out = text
    # read in the full prompt: the count restated may be the data's own words, blanked in the rest
    # ("Sorry, each brother has 2 sisters, not 3")
    source = full if len(full) == len(text) else text
    for m in _CORRECTED.finditer(source[:20_000]):
        noun = m["noun"][:4]
        if (_value(m["n"]), noun) not in pairs or _value(m["n"]) == _value(m["m"]):
            continue
        end = m.end()
        if m["noun2"] and m["noun2"][:4] != noun:
            continue  # "3 frères, et pas 2 sœurs": another quantity ruled out
        if not m["noun2"]:
            end = m.end("m")
        out = _blank(out, m.start(), end)
    return out


def _definitions(text: str, full: str, data: Sequence[str]) -> str:
    numbers = {n for d in data for n in re.findall(r"\d{2,}", fold(d))}
    out = text
    for m in _DEFINITION.finditer(text[:20_000]):
        lo, hi = sentence_span(text, m.start())
        _, further = sentence_span(text, min(hi + 1, len(text)))  # "... = PGCD égal à 1. C'est le cas."
        head = text[lo : m.start()]
        opened = head.rstrip().endswith("(")
        if not (_ANNOUNCED.search(head) or opened) or _ANSWER_LABEL.search(head):
            continue
        said = full[lo:hi] if len(full) == len(text) else text[lo:hi]
        tied = any(re.search(rf"(?<!\d){n}(?!\d)", said) for n in numbers)
        if tied or _HERE.search(text, m.end("term"), hi) or _HERE_NEXT.search(text, hi, max(hi, further)):
            continue  # tied to the task: "..., et ici PGCD(35, 64) = 1", "which is the case here"
        out = _blank(out, m.start(), m.end())
    return out


def _meanings(text: str) -> str:
    out = text
    for m in _MEANING.finditer(text[:20_000]):
        group = next(g for g in ("a", "b", "c") if m[g])
        out = _blank(out, m.start(group), m.end(group))
    return out


def blanked(rest: str, full: str, data: Sequence[str]) -> str:
    """``rest`` (folded, the data blanked; ``full`` the folded prompt it was made from) with the
    student's own family, a typo corrected that restates the data, a definition and a term whose
    meaning is asked blanked (see the module's docstring)."""
    members = data_names(data)
    out = _own_family(rest, members)
    out = example_families(out, members)
    out = _corrected(out, full, data)
    out = _definitions(out, full, data)
    return _confusions(_meanings(out))
