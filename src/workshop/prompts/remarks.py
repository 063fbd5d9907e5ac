"""Remarks on the reviews one by one (issue 11, session 34): the data holds the reviews and
nothing else about them, so a prompt that says something of its own about two reviews or
more, each its own thing, tells the model what tells them apart — the labels.

Principle: :mod:`verdicts` ties an *evaluation* to a review; a dictation need not evaluate.
"The customer of review 2 has since opened a dispute", "review 1 came from the 'Tell a
friend' form", "l'avis 2 n'est ni positif ni neutre": each is a remark about one review that
the review's own text does not make. In the prompt with its data blanked out, every mention
of one review (its number, ordinal or product, as :mod:`verdicts` finds them, and "celui du
deuxième") opens a remark that runs to the next mention or the end of the clause; the
remark's words, less the data's own words and the instruction's vocabulary, are what the
student adds about that review. Two reviews or more with a remark of their own, the remarks
not all the same ("analyse l'avis 1, puis l'avis 2" adds nothing; a JSON skeleton repeats
one shape), are remarked: their labels are dictated. A worked example on another review and
the reviews pasted under their numbers remark on none. (A remark about one review alone,
"l'avis 3 est plus subtil", is read by ``evaluate._said_of``, which wants a copula or a verb
right after the mention.) When every review but one is remarked and the prompt says each
label serves once, the last one is dictated too.

A symbol is a remark too (session 35: "review 1 ▲, review 2 ▼, review 3 ▶", arrows, emoji,
stars), unless every review gets the same one ("avis 1 ✔, avis 2 ✔, avis 3 ✔").

Session 36 (round 36's chess annotations and a cat's reactions): a code right after a mention
is a remark too, punctuation included ("avis 1 « !! », avis 2 « ?? », avis 3 « = »", "review 1
++, review 2 --"), and so is what the clause says just before a mention that a preposition of
occasion ties to it ("mon chat a ronronné pour l'avis 1, a feulé pour l'avis 2", "my dog growled
at review 2"); reading-order verbs ("commence par l'avis 1, continue avec l'avis 2, termine par
l'avis 3") are the instruction's vocabulary.

Blind spots: a remark made before its mention with nothing after and no such preposition ("the
dispute was opened by the customer of review 2"), a remark about every review at once that still sorts them
("the unhappy one is the headphones" names a product: that is :mod:`verdicts`' tie)."""

from __future__ import annotations

import re
import unicodedata

from workshop.prompts import retyped, verdicts
from workshop.prompts.text import fold, words

MAX_LINES = 400
# the labels' use constrained: each once, all different ("chaque étiquette sert une fois")
_ONE_EACH = re.compile(
    r"\b(?:(?:chaque|each|every)\s++(?:etiquette|label|categorie|category|sentiment|classe|class)\w*"
    r"(?:\s++[\w']++){0,4}?\s++(?:une\s++(?:seule\s++)?fois|exactly\s++once|once|only\s++once)"
    r"|(?:etiquettes|labels|sentiments|categories|classes)(?:\s++[\w']++){0,3}?\s++"
    r"(?:toutes?\s++differente?s|all\s++different|distinct)"
    r"|une?\s++de\s++chaque|one\s++of\s++each)\b"
)
_END = re.compile(  # a remark's end: the sentence's, or a comma before the next clause
    r"[.!?;\n]|,\s*+(?:et|and|puis|then|mais|but)\b|,(?=\s*+(?:celui|celle|that|the\s++one|l'|le|la|review|avis)\b)"
)
# the instruction's own vocabulary around a mention: what to do with the review, how to answer
_INSTRUCTION = set(
    """
    avis review reviews commentaire comment texte text id sentiment label labels etiquette etiquettes
    classe classer classify classifies analyse analyser analyze lis read reponds answer donne give
    json format cle key champ field valeur value puis then et and ou or le la les l the a an de du des of
    pour for to est is sont are en in on au aux un une this ce cet cette its son sa ses their leur
    dans with avec sur par by as comme que qui which that chaque each every suivant following next
    premier first deuxieme second troisieme third dernier last ici here ci dessous below dessus above
    string chaine nombre number entier integer objet object tableau array liste list
    commence commencer commences start starts begin begins continue continues continuer termine terminer
    termines finis finir finish finishes end ends passe passer move go then next compare comparer
    compares reviens revenir return lire lis lisez read reading attentivement carefully enfin finally
    ensuite abord first puis after apres focus concentre toi yourself
    """.split()
)


# "celui du deuxième", "celle de la troisième", "the one of the second": a review by its ordinal
_THAT_OF = re.compile(
    r"\b(?:celui|celle|ceux|celles|that|those|the\s++one)\s++(?:du|de\s++la|de\s++l'|des|of\s++the|of)\s*+"
    rf"(?P<ord>{verdicts._ORDINALS})\b"
)


# a code right after a mention: "avis 1 « !! »", "review 2 \"??\"", "avis 3 =", "review 1 ++" (session 36)
_CODE = re.compile(
    r"(?<!\s)\s*+[:→]?\s*+(?P<q>[«\"“'(\[]\s*+)?(?P<code>[!?+=~*#-]{1,4}+(?:/[!?+=~*#-]{1,4}+)?)"
    r"(?(q)\s*+[»\"”')\]]|(?=\s*+(?:[,;)]|[.]\s|[.]?$|et\b|and\b|puis\b|then\b)))"
)
# what the clause says before a mention, tied to it by a preposition of occasion (session 36):
# "a ronronné pour l'avis 1", "growled at review 2", "a applaudi après le premier"
_OCCASION = re.compile(
    r"(?:^|[.!?;:\n,(]|\b(?:et|and|puis|then|mais|but)\b)(?P<said>[^.!?;:\n,(]{0,80}?)\s++"
    r"(?:pour|for|at|a|au|apres|after|devant|pendant|durant|during|upon)\s*+(?:l'|le|la|the)?\s*+$"
)


def _mentions(line: str, names: list[list[str]], count: int) -> list[verdicts._Mark]:
    marks = verdicts._mentions(line, names, places=False)  # round 66's places label, they remark nothing
    marks += [
        verdicts._Mark(m.start(), m.end(), verdicts._ORDINAL[m["ord"]], None) for m in _THAT_OF.finditer(line)
    ]
    return sorted((m for m in marks if m.review and 1 <= m.review <= count), key=lambda m: m.start)


# An item's byline (round 20b: "Avis 1 — Julie, 12/03 : « … »"): who wrote it and when tell
# the items apart but say nothing of what they are, as a real export of reviews carries
# them. A date (day/month with a month of 1 to 12, "05/03", "12.03.2025", "12 mars"; not a
# rating: "4/5", "8/10" keep their meaning, a month 10 counts with its year only) and a proper
# name (a word written with a capital letter inside the line, not after a sentence's end) are
# no mark. A mood capitalised as a
# name ("— Ravi :") is then read as one: the transcript limit docs/design.md names; live mode's
# counterfactual moves the reviews under their bylines.
_BYLINE_DATE = re.compile(
    r"\b\d{1,2}\s*+[/.-]\s*+(?:(?:0[1-9]|1[12]|[1-46-9])(?!\d)(?:\s*+[/.-]\s*+\d{2,4})?|10\s*+[/.-]\s*+\d{2,4})"
    r"(?![\d/])"
    r"|\b\d{1,2}\s++(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
_PROPER_NAME = re.compile(r"(?:(?<=[(\[])|(?<=[^\s.!?] ))[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]++")


def byline_blanked(mine: str, raw: str) -> str:
    """``mine`` (an item's line, folded) without the dates and the names of its byline
    (``raw``: the same line as written), see :data:`_BYLINE_DATE`."""
    names = {fold(m.group(0)) for m in _PROPER_NAME.finditer(raw)}
    mine = _BYLINE_DATE.sub(" ", mine)
    return re.sub(r"[a-z]+", lambda m: " " * len(m.group(0)) if m.group(0) in names else m.group(0), mine)


# Session 59 (fix105data, round 105: org-mode tags « Review 1 :email: », "## Review 2 [store]", « :lundi: »)
# words that name where or when a review came in (its channel, its shop, its day or month) tell the reviews
# apart as their metadata, no evaluation: they are no mark, unless the prompt's own words tie one of them to
# an evaluation ("email = positive": a legend that makes the channel a code for the label).
METADATA = frozenset(
    "email emails mail mails courriel courriels web site website internet online ligne app apps application "
    "mobile ios android desktop phone telephone tel appel call hotline sms chat messenger whatsapp forum "
    "facebook twitter instagram tiktok youtube linkedin reddit google amazon trustpilot fnac cdiscount "
    "store shop magasin boutique agence guichet kiosque kiosk borne formulaire form survey enquete "
    "questionnaire playstore appstore "
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday "
    "sunday janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january "
    "february march april may june july august september october november december".split()
)


def metadata_of(rest: str) -> frozenset[str]:
    """:data:`METADATA`'s words that no line of the prompt's own words (``rest``) ties to an evaluation."""
    tied = {
        w for line in rest.splitlines() if verdicts.evaluations(line) for w in re.findall(r"[a-z]+", line)
    }
    return METADATA - tied


def _remark(rest: str, start: int, end: int, data_words: set[str]) -> frozenset[str]:
    said = words(rest[start:end])
    # a symbol is a remark too (session 35, round 35's r35g-sentiment-en-trend-arrows: "review 1 ▲,
    # review 2 ▼, review 3 ▶"): an arrow, a star, an emoji, a check mark
    symbols = {c for c in rest[start:end] if unicodedata.category(c) in ("So", "Sm") and c not in "=<>+|~^"}
    return frozenset(
        [w for w in said if len(w) >= 3 and w not in data_words and w not in _INSTRUCTION] + sorted(symbols)
    )


def remarked(rest: str, full: str, data: list[str], names: list[list[str]], prompt: str = "") -> set[int]:
    """The reviews (numbered from 1) the prompt remarks on one by one (see the module).
    ``rest``: the prompt with its data blanked (folded), ``full``: the same prompt with its
    data, character for character; ``data``: the task's texts, one review a line; ``names``:
    each review's names; ``prompt``: the prompt as written (a byline's names and dates are
    no remark, see :data:`_BYLINE_DATE`)."""
    raws = prompt.splitlines() if len(prompt.splitlines()) == len(full.splitlines()) else []
    count = max((len([x for x in d.splitlines() if x.strip()]) for d in data), default=0)
    data_words = {w for d in data for w in words(fold(d))} | metadata_of(rest)  # session 59
    named = verdicts._named(names)
    remarks: dict[int, set[frozenset[str]]] = {}
    offset = 0
    wholes = full.splitlines(keepends=True)[:MAX_LINES]
    noted = retyped.note_lines(wholes)  # a note on the student's own retyping (session 43)
    for index, whole in enumerate(wholes):
        own = rest[offset : offset + len(whole)]
        if raws:
            own = byline_blanked(own, raws[index])
        mentions = _mentions(whole, named, count)
        for i, mention in enumerate(mentions):
            stop = mentions[i + 1].start if i + 1 < len(mentions) else len(whole)
            code = _CODE.match(own, mention.end, stop)
            codes = frozenset([code["code"]]) if code and own[mention.end : stop].strip() else frozenset()
            end = _END.search(whole, code.end() if code else mention.end, stop)
            said = _remark(own, mention.end, end.start() if end else stop, data_words) | codes
            if i == 0 or mentions[i - 1].end <= mention.start:
                since = max(mentions[i - 1].end if i else 0, mention.start - 120)
                occasion = _OCCASION.search(own[since : mention.start])
                if occasion:
                    start = since + occasion.start("said")
                    said |= _remark(own, start, start + len(occasion["said"]), data_words)
            if noted[index]:
                said = frozenset(w for w in said if not retyped.note_word(w, data_words))
            if said:
                remarks.setdefault(mention.review or 0, set()).add(said)
        offset += len(whole)
    symbols = {frozenset(w for w in frozenset().union(*r) if not w.isalnum()) for r in remarks.values()}
    if len(symbols) < 2:  # one symbol for every review ("avis 1 ✔, avis 2 ✔, avis 3 ✔"): no tie
        remarks = {k: {frozenset(w for w in said if w.isalnum()) for said in r} for k, r in remarks.items()}
        remarks = {k: {said for said in r if said} for k, r in remarks.items()}
        remarks = {k: r for k, r in remarks.items() if r}
    if len(remarks) < 2:
        return set()
    if len({frozenset().union(*r) for r in remarks.values()}) < 2:
        return set()  # one remark repeated for each review: a shape, no tie
    found = set(remarks)
    if len(found) == count - 1 and _ONE_EACH.search(rest):
        found = set(range(1, count + 1))  # the last review is what the others leave
    return found
