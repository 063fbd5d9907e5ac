"""A yes/no rule with both branches tells how to answer, not which answer (round 40,
session 38, fix-helper cond40).

"Answer yes if they are coprime and no otherwise", « Réponds oui s'ils le sont, non sinon »,
"Answer 'yes' if their gcd is 1, otherwise 'no'", "no if they share a divisor greater than
1, yes otherwise", « écris « oui » si c'est le cas et « non » si ce n'est pas le cas »: each
outcome is tied to a condition or to "otherwise", and both outcomes are offered. The model
still has to decide the condition; the prompt states the answer's format, as "réponds par oui
ou par non" does (:data:`workshop.prompts.extract._YES_OR_NO`).

:func:`blanked` blanks the outcome words of such a rule (same length) so that the answer
reader does not read them as the verdict stated. It blanks nothing when:

- only one outcome is given ("answer yes if they are coprime"), or both branches give the same
  one ("yes if they are coprime and yes otherwise"): the answer is said;
- a condition is not about the question (the notion's words, its gcd, its divisors, or an
  anaphora of the question: "if so", « s'ils le sont », « si c'est le cas »): "yes if 7 > 3,
  otherwise no", « oui si 35 est impair, non sinon » decide the answer by a fact;
- the prompt decides the condition anaphorically elsewhere (« Ils le sont. », "(they are,
  since …)", "(it is)", « (c'est le cas) »). A condition asserted in full elsewhere ("They are
  coprime.", "Their gcd is 1.") is read there by the answer reader, which this leaves alone.

Inputs are folded (lower case, no accents)."""

from __future__ import annotations

import re

# a yes/no word as an outcome, quoted or not
_VALUE = re.compile(r"(?<![\w'-])(?:[\"'`]\s?+)?(?P<v>oui|yes|non|no)(?:\s?+[\"'`])?+(?![\w'-])")
_IF = re.compile(
    r"(?<![\w'])(?:(?:si|if|when|whenever|quand|lorsqu'|lorsque|des que|as long as|provided)(?![\w'])"
    r"|s'(?=(?:ils?|elles?)\b))"
)
_OTHERWISE = re.compile(
    r"(?<![\w'])(?:sinon|otherwise|else|dans le cas contraire|autrement|if not|si non|in any other case|"
    r"in the other case|dans l'autre cas|dans les autres cas|si ce n'est pas le cas|if that is not the case|"
    r"if they are not|if they aren't|s'ils ne le sont pas|if it is not|if it isn't)(?![\w'])"
)
# words that may stand between an outcome and its condition or "otherwise"
_FILLER = re.compile(
    r"[\s,:;\"'`()]*+(?:(?:et|and|then|alors|puis|par|with|by|avec|answer|reply|respond|say|write|"
    r"conclude|reponds|repondez|reponse|ecris|ecrivez|dis|dites|conclus|concluez|mets|put|output|print|"
    r"return|renvoie|affiche|it's|it is|c'est|the answer is|la reponse est|sera|will be|is|est|"
    r"the|la|le|l'|ta|your|votre|answer:|reponse:)[\s,:;\"'`()]*+){0,4}+"
)
# a condition about the question: the notion, its gcd, its divisors, or an anaphora of it
_ABOUT = re.compile(
    r"(?<![\w'])(?:premiers? entre eux|premieres? entre elles|copremiers?|coprimes?|co-primes?|"
    r"relatively prime|mutually prime|etrangers|pgcd|gcd|hcf|gcf|diviseurs?|divisors?|facteurs?|factors?|"
    r"commun|common|divise|divides?|divisible)(?![\w'])"
)
_ANAPHORA = re.compile(
    r"(?:so|oui|yes|c'est le cas|tel est le cas|that is the case|that's the case|the case|"
    r"(?:ils|elles) le sont|they are|they're|it is|it's|il (?:vaut|est|egale)|it (?:equals|is)|"
    r"it does|it doesn't|they do|they don't|ils en ont|ils n'en ont|il ne vaut pas|"
    r"(?:vaut|est|egale|equals|is)\b)(?![\w'])"  # whole words: "some week", "yesterday", « sous » are none
)
# the condition decided in other words: « Ils le sont. », "(they are, since …)", "(it is)"
_DECIDED = re.compile(
    r"(?<![\w'])(?:ils le sont|elles le sont|ils ne le sont pas|elles ne le sont pas|they are|they're|"
    r"they are not|they aren't|it is|it's|it is not|it isn't|c'est le cas|ce n'est pas le cas|"
    r"ce qui est le cas|tel est le cas|that is the case|that's the case|which they are|which it is)"
    r"(?=\s*+(?:[),.;!]|$|(?:since|because|car|puisque|parce)\b))"
)
_OPENED = re.compile(r"(?:si|if|when|whether|quand|lorsque|unless|sauf|s'|not)\s*+$")
_NEXT = re.compile(r"(?<! ) ++([a-z']++)")
_JOINS = {
    "si", "s'ils", "s'il", "if", "when", "whenever", "quand", "lorsque", "lorsqu'", "otherwise", "sinon",
    "else", "dans", "autrement", "et", "and", "then", "puis", "alors", "ou", "or", "in",
}
_SENTENCE = re.compile(r"[^.!?\n]++")
MAX_SENTENCE = 400


def _decided(text: str) -> bool:
    for match in _DECIDED.finditer(text):
        if not _OPENED.search(text[max(0, match.start() - 8) : match.start()]):
            return True
    return False


def _branch(sentence: str, start: int, end: int, stops: list[int]) -> tuple[bool, bool, bool] | None:
    """(conditioned, about the question, otherwise) for the outcome at [start, end), or
    None when it stands alone (no condition nor "otherwise" next to it)."""
    after = _FILLER.match(sentence, end)
    at = after.end() if after else end
    if _OTHERWISE.match(sentence, at) and not re.search(r"[,;:]", sentence[end:at]):
        return False, True, True  # "no otherwise", "non sinon" ("oui ; sinon non": the next one's)
    if _IF.match(sentence, at):
        opener = _IF.match(sentence, at)
        assert opener is not None
        stop = min([s for s in stops if s > opener.end()] + [len(sentence)])
        mark = _OTHERWISE.search(sentence, opener.end())
        if mark:
            stop = min(stop, mark.start())
        condition = sentence[opener.end() : stop]
        return True, bool(_ABOUT.search(condition) or _ANAPHORA.match(condition.strip())), False
    before = sentence[:start]
    for otherwise in _OTHERWISE.finditer(before):
        filler = _FILLER.match(before, otherwise.end())
        if filler and filler.end() == len(before):
            return False, True, True
    openers = list(_IF.finditer(before))
    if openers:
        condition = before[openers[-1].end() :]
        crossed = any(openers[-1].end() < s < start for s in stops)
        if crossed or _OTHERWISE.search(condition) or len(condition) > 120:
            return None
        return True, bool(_ABOUT.search(condition) or _ANAPHORA.match(condition.strip())), False
    return None


def blanked(text: str) -> str:
    """``text`` (folded) with the outcome words of each two-branch yes/no rule about the
    question blanked (same length), unless the prompt decides the condition elsewhere."""
    if not _VALUE.search(text) or _decided(text):
        return text
    out = list(text)
    for sentence in _SENTENCE.finditer(text):
        said = sentence.group(0)
        if len(said) > MAX_SENTENCE:
            continue
        values: list[re.Match[str]] = []
        for value in _VALUE.finditer(said):
            head = said[max(0, value.start() - 4) : value.start()]
            if re.search(r"(?:si|if)\s*+$", head):
                continue  # "si oui", "if yes": a condition, not an outcome
            word = _NEXT.match(said, value.end())
            if value.group("v") in ("no", "non") and word and word.group(1) not in _JOINS:
                continue  # "no common factor": a determiner, not an outcome
            values.append(value)
        stops = [v.start() for v in values]
        outcomes: list[tuple[re.Match[str], tuple[bool, bool, bool]]] = []
        for value in values:
            branch = _branch(said, value.start("v"), value.end(), stops)
            if branch is None:
                outcomes = []
                break  # an outcome said outright beside the rule: left to the reader
            outcomes.append((value, branch))
        verdicts = {"yes" if o.group("v") in ("oui", "yes") else "no" for o, _ in outcomes}
        if verdicts != {"yes", "no"}:
            continue
        if not any(b[0] for _, b in outcomes) or not all(b[1] for _, b in outcomes):
            continue
        for value, _ in outcomes:
            a, b = sentence.start() + value.start("v"), sentence.start() + value.end("v")
            out[a:b] = " " * (b - a)
    return worked_blanked("".join(out))


# -- round 41 (session 39, fix-helper fair41): a number's format with both branches ------------------
# "Answer 2 if Caroline counts herself, otherwise 1", « Réponds 2 si Caroline se compte elle-même,
# sinon 1 », "2 if you count Caroline, 1 if you do not", « 1 si on ne compte pas Caroline, 2 sinon »:
# two values, each tied to a condition about how the question is read (the subject counted or not,
# included or excluded; the notion, as above) or to "otherwise", neither condition asserted: a
# format, no value stated. It stays a statement when a condition holds a number ("1 if 7 is greater
# than 3, otherwise 2": a fact decides it) or when another clause of the prompt with a subject
# decides it ("…; she does not count herself", « Elle ne se compte pas. »). The answer reader
# (:func:`workshop.prompts.extract.stated`) offers both values as a choice then.
_COUNTING = re.compile(
    r"(?<![\w'])(?:counts?|counted|counting|compte\w*|compter|comptee?s?|inclu\w*|includ\w*|exclu\w*|exclud\w*|"
    r"herself|himself|elle-meme|lui-meme|itself)(?![\w'])"
)
_STEMS = re.compile(
    r"(?<![\w'])(?:count|compt|inclu|includ|exclu|exclud|herself|himself|elle-meme|lui-meme)[\w-]*+"
)
_SUBJECT = re.compile(
    r"(?<![\w'])(?:she|he|caroline|elle|il|on|we|you|i|they|nous|vous|je|ils|elles|it)(?![\w'])"
)
_NEGATED_PRO = re.compile(
    r"^[ \t]*+(?:(?:you|she|he|we|they|it|i|on|elle|il|nous|vous|ils|elles)[ \t]++)?"
    r"(?:(?:do|does|did|is|are|was|were)[ \t]*+)?(?:not|n't)(?:[ \t]++(?:do|so|that))?[ \t]*+$"
)
_BRANCH_IF = re.compile(
    r"(?<![ \t])[ \t]*+(?:(?:sisters?|soeurs?)[ \t]*+)?,?[ \t]*+(?:if|si|when|quand|lorsque)(?![\w'])"
)
_BRANCH_OTHERWISE = re.compile(
    r"(?<![\w'])(?:otherwise|sinon|else|autrement|dans le cas contraire|if not|si non|in the other case)"
    r"(?![\w'])"
)
_BRANCH_AFTER = re.compile(
    r"(?<![ \t])[ \t]*+(?:(?:sisters?|soeurs?)[ \t]*+)?,?[ \t]*+"
    r"(?:(?P<otherwise>otherwise|sinon|else|autrement|if not|si non)"
    r"(?![\w'])|(?:if|si|when|quand|lorsque)(?![\w'])(?P<cond>[^.;!?\n]{1,120}+))"
)
_FILLERS = frozenset(
    "and et or ou but mais then alors answer reply say write put output reponds repondez ecris ecrivez dis "
    "dites mets it's c'est is est".split()
)


def _about_count(condition: str) -> bool:
    return not re.search(r"\d", condition) and bool(_COUNTING.search(condition) or _ABOUT.search(condition))


def _count_decided(text: str, lo: int, hi: int) -> bool:
    """Whether a clause outside ``text[lo:hi]`` (the rule) says, with a subject, whether the subject
    is counted: "she does not count herself", « Elle ne se compte pas », "Caroline is not counted"."""
    for clause in re.finditer(r"[^.;!?\n]++[.;!?\n]?", text[:lo] + "\n" + text[hi:]):
        said = clause.group(0)
        if said.endswith("?") or len(said) > MAX_SENTENCE:
            continue
        if _STEMS.search(said) and _SUBJECT.search(said):
            return True
    return False


def values_branched(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two values (``text`` folded, ``[a_start, a_end)`` before ``[b_start, b_end)``) are the
    two branches of an answer's format about how the question is read (see above)."""
    between = text[a_end:b_start]
    head = _BRANCH_IF.match(between)
    if not head or len(between) > 200:
        return False
    rest = between[head.end() :]
    lo = max(text.rfind(mark, 0, a_start) for mark in ".;!?\n") + 1
    otherwise = _BRANCH_OTHERWISE.search(rest)
    if otherwise:  # "2 if C, otherwise 1"
        tail = rest[otherwise.end() :].replace(",", " ").replace(":", " ").split()
        if any(w not in _FILLERS for w in tail) or not _about_count(rest[: otherwise.start()]):
            return False
        end = b_end
    else:  # "1 if C, 2 otherwise", "2 if C, 1 if not C"
        words = rest.replace(",", " ").replace(";", " ").split()
        while words and words[-1] in _FILLERS:
            words.pop()
        after = _BRANCH_AFTER.match(text, b_end, b_end + 160)
        if not words or not after or not _about_count(" ".join(words)):
            return False
        second = after["cond"]
        if second is not None and not (_about_count(second) or _NEGATED_PRO.match(second.split(",")[0])):
            return False
        end = after.end()
    hi = min([e for e in (text.find(mark, end) for mark in ".;!?\n") if e >= 0] + [len(text)])
    return not _count_decided(text, lo, hi)



# -- session 41 (fix-helper fairk41): a condition on the verdict that asks for work ----------------
# "If you answer yes, show the gcd", « Si c'est oui, justifie avec le PGCD », "when the answer is yes,
# give the gcd", "if you say no, name the common divisor": the verdict word is the condition of an
# instruction to do some work (explain, show, justify, prove, name...), not a verdict the prompt
# states. It stays read when the consequence holds no work verb first ("if you answer yes, you get a
# star", "if anyone asks, say yes"), when the consequence itself holds a yes/no word or a reward
# ("…, show the gcd and say yes", "…, explain it and you get a star" — unless the reward is for the
# working: "a gold star for clear working", « une étoile si c'est clair »), and everything said
# outside the condition ("Answer yes.", "(and it is yes)") is left to the answer reader.
_WORK_IF = re.compile(
    r"(?<![\w'])(?:si|if|when|whenever|quand|lorsque|lorsqu')[ \t]++"
    r"(?:(?:tu reponds|vous repondez|ta reponse est|votre reponse est|la reponse est|c'est|tu dis|"
    r"you answer|you say|you reply|your answer is|the answer is|it is|it's)[ \t]++)?"
    r"(?:[\"'`][ \t]?+)?(?P<v>oui|yes|non|no)(?:[ \t]?+[\"'`])?+[ \t]*+,?[ \t]*+"
    r"(?:(?:alors|then)[ \t]*+,?[ \t]*+)?"
    r"(?=(?:explique|expliquez|justifie|justifiez|montre|montrez|donne|donnez|prouve|prouvez|precise|"
    r"precisez|detaille|detaillez|calcule|calculez|indique|indiquez|cite|citez|nomme|nommez|"
    r"dis (?:quel|lequel|pourquoi|comment)|explain|justify|show|give|prove|name|state|detail|compute|list|"
    r"write down|say (?:which|why|how))"
    r"(?![\w'])(?P<then>[^.;!?\n]{0,160}+))"
)
_WORK_REWARD = re.compile(
    r"(?<![\w'])(?:star|etoile|points?|bonus|reward|recompense|prize|prix|tip|pourboire|cadeau|gift|medal|medaille)"
    r"(?![\w'])"
)
_WORK_QUALITY = re.compile(
    r"(?<![\w'])(?:clear|clair|claire|clarte|working|workings|travail|rigueur|rigour|rigor|explication|"
    r"explanation|justification|demonstration|proof|preuve|redaction|presentation)(?![\w'])"
)


def worked_blanked(text: str) -> str:
    """``text`` (folded) with the verdict word of each condition that asks for work blanked (same
    length), unless the prompt decides the condition elsewhere (see above)."""
    if not _VALUE.search(text) or _decided(text):
        return text
    out = list(text)
    for match in _WORK_IF.finditer(text):
        then = match.group("then")
        if _VALUE.search(then):
            continue  # "…, show the gcd and say yes": the consequence says a verdict
        if _WORK_REWARD.search(then) and not _WORK_QUALITY.search(then):
            continue  # "…, explain and you get a star": a reward tied to the verdict
        a, b = match.span("v")
        out[a:b] = " " * (b - a)
    return "".join(out)
