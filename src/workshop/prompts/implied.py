"""Answers a prompt implies by a fact set beside the task's data (round 30, issue 11bd): a
property from which the answer follows in one step, read by what it implies rather than by
its words (round 29's :mod:`workshop.prompts.hints` reads relations, records and equal parts):

- the subject's sister named (``sisters_named``: "Caroline et sa jumelle Léa", "Emma, la
  sœur de Caroline", "Caroline's twin sister Mia"): the count asked is the names';
- a second condition on the line (``line_fixed``): its intersection with another line at a
  given abscissa or ordinate ("coupe y = −4x au point d'abscisse 5/4"), the image of the
  data's line by a translation ("translation de vecteur (0, −16)");
- an arithmetic invariant that holds only for a coprime pair (``coprime_invariant``): their
  lcm equal to their product ("leur PPCM vaut 2240"), one number divisible by none of the
  other's prime factors ("64 n'est divisible ni par 5 ni par 7", "35 is odd"), the cells a
  grid's diagonal crosses equal to m + n − 1 ("une grille de 35 sur 64 : la diagonale
  traverse 98 cases");
- a timetable whose marks cut the whole into the parts (``timetable``: "mon minuteur sonnera
  à 5, 15, 30, 45, 55 et 60 minutes");
- a lexicon that labels the reviews' own words (``lexicon``: "« excellent » = positive ;
  « cessé de fonctionner » = negative"): applied to each review, it labels it.

Asked, supposed or denied, a fact implies nothing ("vérifie si 64 est divisible par 5", "si
leur PPCM vaut…", "?"); a definition or a rule without the task's values fixes no answer.
Inputs are folded (:func:`workshop.prompts.text.fold`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from workshop.prompts.text import CONFIRM_TAG, FOREIGN_TAGS, fold, sentences

MAX_SENTENCES = 200
_ASKED = re.compile(
    r"\b(?:si|s'ils?|if|suppose|supposons|imagine|whether|calcule\w*|compute\w*|calculate\w*|"
    r"trouve\w*|find|determine\w*|verifie\s++(?:si|ou|whether)|check\s++(?:whether|if|where)|"
    r"dis\s++si|say\s++whether|est-ce)\b|\?"
)
_NOT = re.compile(r"\b(?:pas|not|ni|nor|jamais|never|aucune?|no|neither)\b|n't")


# A question that is a statement (session 37): a tag question ("35 and 64 share no factor
# except 1, don't they?", « …, n'est-ce pas ? ») or a rhetorical « n'est-ce pas … ? » tells what
# it asks to confirm; without its tag it is read as told.
_TAG = re.compile(
    r"(?:,|(?<![\s,])\s)\s*+(?:(?:do|does|did|is|are|was|were|has|have|can|will|would|should)n't\s++"
    r"(?:it|they|she|he|we|you|there|that|i)(?:\s++(?:so|right|true))?|right|correct|n'est-ce\s++pas|pas\s++vrai|"
    r"non|hein|"
    r"vrai|c'est\s++(?:ca|bien\s++ca)|" + FOREIGN_TAGS + r"|" + CONFIRM_TAG + r")\s*+\?++[!?\s]*+$"
)
_RHETORICAL = re.compile(r"(?<![\w'-])n'est-ce\s++pas\b(?!\s*+\?)")


def tagged(sentence: str) -> bool:
    """Whether a question is a tag or rhetorical question, which tells what it asks to confirm."""
    return _TAG.search(sentence) is not None or _RHETORICAL.search(sentence) is not None


def _told(sentence: str) -> bool:
    if sentence.count("?") == 1 and sentence.rstrip().endswith("?"):
        statement = _TAG.sub("", sentence)
        if statement == sentence:  # a rhetorical « n'est-ce pas … ? »; another question is asked (session 38)
            rhetorical = _RHETORICAL.sub("", sentence)
            statement = rhetorical.rstrip().removesuffix("?") if rhetorical != sentence else sentence
        if statement != sentence:
            return not _ASKED.search(statement)
    return not _ASKED.search(sentence)


def told_sentences(text: str) -> Iterator[str]:
    """The sentences of ``text`` that tell (not asked, supposed or to compute)."""
    for sentence in sentences(text.replace("- ", "-").replace("−", "-"))[:MAX_SENTENCES]:
        if _told(sentence):
            yield sentence


_NUMBER = r"-?\s*+\d{1,6}(?:[.,]\d{1,4})?(?:\s*+/\s*+\d{1,6})?"


def _value(token: str) -> Fraction:
    return Fraction(re.sub(r"\s", "", token).replace(",", "."))


# -- the subject's sister named -------------------------------------------------------------
_SISTER = r"(?:soeur|sister|jumelle|twin)(?:\s++(?:jumelle|sister|cadette|ainee|aînee))?"
_NAME = r"(?P<name>[a-z][a-z'-]{1,20})"
_NOT_A_NAME = {
    "est", "et", "a", "is", "and", "has", "qui", "who", "se", "s'", "the", "la", "le", "les", "une", "un",
    "de", "of", "named", "nommee", "appelee", "called", "was", "etait", "sont", "are", "avec", "with",
}


# One other girl said to be the only one, named or not (round 87): "Léa, who is the only other
# girl among the kids", « Léa est la seule autre fille de la fratrie », "the only girl besides
# Caroline", « l'unique fille à part Caroline ».
_GIRL = r"(?:girl|daughter|sister|sis|fille|soeur|frangine)"
_ONLY_OTHER = re.compile(
    rf"\b(?:only|sole|single|seule|unique)\s++other\s++{_GIRL}\b|\b(?:seule|unique)\s++autre\s++{_GIRL}\b"
)
# ... said of the family's children ("the only other girl in my workshop" is someone else's)
_AMONG_KIN = re.compile(
    r"\b(?:kids|children|siblings|family|brothers|sisters|enfants|fratrie|famille|freres|soeurs|gosses|mioches)\b"
)
_ONLY_BESIDES = (
    rf"\b(?:only|sole|seule|unique)\s++{_GIRL}\b[^.;\n]{{0,30}}?\b(?:besides|other\s++than|apart\s++from|except|"
    r"but|a\s++part|hormis|sauf|excepte|en\s++dehors\s++de|autre\s++que|en\s++plus\s++de)\s++"
)


def sisters_named(rest: str, subject: str) -> set[int]:
    """The number of sisters of the subject a told sentence names ("Caroline et sa sœur Emma",
    "Emma, la sœur de Caroline", "Caroline's twin sister Mia"), when one is named."""
    names: set[str] = set()
    for sentence in told_sentences(fold(rest)):
        if _NOT.search(sentence):
            continue
        only_other = _AMONG_KIN.search(sentence) and _ONLY_OTHER.search(sentence)
        if only_other or re.search(_ONLY_BESIDES + f"(?:{subject})", sentence):
            return {1}  # "Léa, the only other girl among the kids", « la seule fille à part Caroline »
        if not re.search(subject, sentence):
            continue
        patterns = [
            rf"\b(?:sa|her)\s++(?:propre\s++|own\s++)?{_SISTER}\s++(?:nommee\s++|appelee\s++|named\s++|called\s++)?"
            rf"{_NAME}",
            rf"'s\s++(?:own\s++)?{_SISTER}\s++(?:named\s++|called\s++)?{_NAME}",
            rf"{_NAME}\s*+,\s*+(?:la|the)\s++{_SISTER}\s++(?:de|of)\s",
        ]
        for pattern in patterns:
            for m in list(re.finditer(pattern, sentence))[:10]:
                if m["name"] not in _NOT_A_NAME and not re.fullmatch(subject, m["name"]):
                    names.add(m["name"])
    return {len(names)} if names else set()


# -- a second condition on the line ----------------------------------------------------------
_LINE_EQ = re.compile(
    rf"\by\s*+=\s*+(?P<m>{_NUMBER})?\s*+\*?\s*+x\b(?:\s*+(?P<c>[+-]\s*+\d{{1,6}}(?:[.,]\d{{1,4}})?))?"
)
_AT = re.compile(
    r"\b(?P<axis>abscisse|ordonnee|x|y)(?:-coordinate)?\s*+(?:=|:|egale?\s++a|de|of|est|is)?\s*+"
    rf"(?P<v>{_NUMBER})"
    r"(?![\w]|[.,/]\d)"
)
_CROSS = re.compile(r"\b(?:coupe|croise|rencontre|intersecte|cuts|crosses|meets|intersects|intersection)")
_VECTOR = re.compile(
    rf"\b(?:translation|translate\w*|decal\w*|shift\w*)\b[^.;\n]{{0,40}}?\b(?:vecteur|vector)\b[^(\d\n]{{0,6}}"
    rf"\(\s*+(?P<h>{_NUMBER})\s*+[,;]\s*+(?P<k>{_NUMBER})\s*+\)"
)


def _slope(token: str | None) -> Fraction:
    if token is None or not token.strip() or token.strip() == "-":
        return Fraction(-1) if token and token.strip() == "-" else Fraction(1)
    return _value(token)


def _lines(text: str) -> list[tuple[Fraction, Fraction]]:
    found = []
    for m in list(_LINE_EQ.finditer(text))[:20]:
        found.append((_slope(m["m"]), _value(m["c"]) if m["c"] else Fraction(0)))
    return found


def line_fixed(rest: str, expected: tuple[Fraction, Fraction], data: list[str]) -> bool:
    """Whether a told sentence gives a second condition that, with the slope, fixes the
    expected line: a point of it on another line, the data's line translated onto it."""
    slope, intercept = expected
    data_lines = [line for text in data for line in _lines(fold(text).replace("- ", "-"))]
    for sentence in told_sentences(fold(rest)):
        if _CROSS.search(sentence):
            for m, c in _lines(sentence):
                if m == slope:
                    continue
                for at in list(_AT.finditer(sentence))[:10]:
                    v = _value(at["v"])
                    x, y = (v, m * v + c) if at["axis"] in ("abscisse", "x") else ((v - c) / m, v)
                    if y == slope * x + intercept:
                        return True
        for vec in list(_VECTOR.finditer(sentence))[:10]:
            h, k = _value(vec["h"]), _value(vec["k"])
            if any(m == slope and c + k - m * h == intercept for m, c in data_lines):
                return True
    return False


# -- an invariant of coprime pairs -------------------------------------------------------------
_LCM_VALUE = re.compile(
    r"\b(?:ppcm|lcm|plus\s++petit\s++(?:commun\s++multiple|multiple\s++commun)|least\s++common\s++multiple|"
    r"lowest\s++common\s++multiple)\b(?:\s*+\([^)]{0,20}\))?[^.;\n]{0,25}?"
    r"(?:=|:|vaut|est|fait|equals|is|comes\s++to)\s*+(?P<n>\d{1,9})(?![\d.,]\d)"
)
_GCD_WORD = re.compile(r"\b(?:pgcd|gcd|hcf|gcf|plus\s++grand|greatest|highest)\b")
_DIVIDES = re.compile(r"\b(?:divisible|divise|divides|divide|multiple|facteur|factor|diviseur|divisor)")
_ODD = re.compile(r"\b(?:impair|odd)\b")
_DIAGONAL = re.compile(r"\bdiagonal")


def prime_factors(n: int) -> set[int]:
    """The distinct prime factors of ``n`` (trial division up to 10,000, the rest taken as one)."""
    found, p = set(), 2
    while p * p <= n and p < 10_000:
        while n % p == 0:
            found.add(p)
            n //= p
        p += 1
    if n > 1:
        found.add(n)
    return found


def coprime_invariant(rest: str, pair: tuple[int, int]) -> bool:
    """Whether a told sentence states an invariant that holds only when the pair is coprime:
    their lcm equal to their product, one of them divisible by none of the other's prime
    factors (or odd, when the other is a power of 2), a grid's diagonal crossing m + n − 1
    cells."""
    a, b = pair
    for sentence in told_sentences(fold(rest)):
        numbers = [int(n) for n in re.findall(r"(?<![\d.,])\d{1,9}(?![\d.,]\d)", sentence)]
        for m in _LCM_VALUE.finditer(sentence):
            if int(m["n"]) == a * b and not _GCD_WORD.search(m.group(0)):
                return True
        if _DIVIDES.search(sentence) and _NOT.search(sentence):
            named = {n for n in numbers if n not in pair}
            if any(prime_factors(x) <= named for x in pair if x > 1):
                return True
        if _ODD.search(sentence) and not _NOT.search(sentence):
            said = any(x in numbers for x in pair) or re.search(r"\b(?:premier|first|second)\b", sentence)
            for x, y in ((a, b), (b, a)):
                if said and prime_factors(y) == {2} and x % 2 and (x in numbers or y not in numbers):
                    return True
        if _DIAGONAL.search(sentence) and {a, b, a + b - 1} <= set(numbers):
            return True
    return False


# -- a timetable -------------------------------------------------------------------------------
# round 87: a mark may be an ordinal ("the 5th, 15th and 30th minutes", « les 5e, 15e et 30e minutes »)
_MARK = r"\d{1,3}(?:st|nd|rd|th|e|eme|ere)?+"
_MARKS = re.compile(
    rf"(?<![\d.,:])(?P<run>{_MARK}(?:\s*+(?:,|;|et|and|puis|then|/)\s*+{_MARK}(?![\d.,:]\d)){{2,11}})"
    r"\s*+(?:min|mn|minutes?|mins)\b"
    rf"|\b(?:minutes?|min)\s++(?P<run2>{_MARK}(?:\s*+(?:,|;|et|and|puis|then|/)\s*+{_MARK}(?![\d.,:]\d)){{2,11}})"
)
# round 87: marks on a clock ("buzz at 0:05, 0:15, 0:30, 0:45, 0:55 and 1:00", « à 0h05, 0h15… », "14:05,
# 14:15…"), in minutes from the hour of the first (or from 0 when they fit in the whole)
_CLOCK = r"\d{1,2}\s*+[:h]\s*+\d{2}"
_CLOCK_MARKS = re.compile(
    rf"(?<![\d.,:])(?P<run>{_CLOCK}(?:\s*+(?:,|;|et|and|puis|then|/|-|–|—)\s*+{_CLOCK}(?![\d.,:]\d)){{2,11}})"
)
_TIME_CUE = re.compile(
    r"\b(?:sonn\w*|ring\w*|alarm\w*|alarme\w*|minuteur|timer|a\s++la\s++minute|at\s++minutes?|transitions?|"
    r"tomb\w*|top|bips?|beeps?|horaires?|timetable|schedule|marks?|reperes?|changements?|switch\w*|"
    # round 87: other signals
    r"buzz\w*+|vibr\w*+|chime\w*+|ping\w*+|dings?|gong\w*+|bells?|cloche\w*+|signal\w*+|reminders?|rappels?|"
    r"notif\w*+|alerts?|alertes?|sonnerie\w*+)\b"
)


def _clock_minutes(run: str, total: float) -> list[int]:
    marks = [int(h) * 60 + int(m) for h, m in re.findall(r"(\d{1,2})\s*+[:h]\s*+(\d{2})", run)]
    if marks and marks[-1] > total:
        base = marks[0] // 60 * 60
        marks = [x - base for x in marks]
    return marks


def timetable(rest: str, total: float, min_sections: int) -> bool:
    """Whether a told sentence lists increasing times (minutes from the start) that cut the
    whole into ``min_sections`` parts or more: each part's duration follows."""
    for sentence in told_sentences(fold(rest)):
        runs = [
            (m, [int(n) for n in re.findall(r"\d{1,3}", m["run"] or m["run2"])])
            for m in list(_MARKS.finditer(sentence))[:10]
        ]
        runs += [(m, _clock_minutes(m["run"], total)) for m in list(_CLOCK_MARKS.finditer(sentence))[:10]]
        for m, marks in runs:
            if any(y <= x for x, y in zip(marks, marks[1:], strict=False)) or not 0 <= marks[0] <= marks[-1]:
                continue
            if marks[-1] > total:
                continue
            if not _TIME_CUE.search(sentence[: m.start()]):
                continue
            cuts = [x for x in marks if 0 < x < total]
            if len(cuts) + 1 >= min_sections:
                return True
    return False


# -- a lexicon of the reviews' words ---------------------------------------------------------------
_PHRASE = re.compile(r"\"\s*+(?P<p>[^\"\n]{2,80}?)\s*+\"|(?<![a-z])'(?P<q>[^'\n]{2,80}?)'(?![a-z])")
_LABEL = re.compile(r"\b(?P<label>positi|negati|neutr)\w*")
_TO = re.compile(r"^\s*+(?:=|:|->|→|=>|est|is|sont|are|means?|signifie)\s*+$")
_FROM = re.compile(r"^\s*+(?:=|:|->|→|=>)\s*+")
MIN_ENTRIES = 2  # lexicon phrases found in the reviews: one generic word is an example, not a key


def lexicon(full: str, reviews: list[str]) -> dict[str, str]:
    """The phrases a lexicon of the prompt labels ("« a », « b » = positive", "positive : « a
    », « b »", "'a' -> positive") that occur in the reviews, with their label stem."""
    labelled: dict[str, str] = {}
    for line in fold(full).splitlines()[:MAX_SENTENCES]:
        tokens = [(m.start(), m.end(), "phrase", m["p"] or m["q"]) for m in _PHRASE.finditer(line)]
        tokens += [(m.start(), m.end(), "label", m["label"]) for m in _LABEL.finditer(line)]
        tokens.sort()
        current = None
        pending: list[str] = []
        end = 0
        for start, stop, kind, value in tokens[:100]:
            if kind == "label":
                if pending and _TO.match(line[end:start]):
                    for phrase in pending:
                        labelled[phrase.strip()] = value
                pending = []
                current = value if _FROM.match(line[stop:]) else None
            elif current is not None:
                labelled[value.strip()] = current
            else:
                pending.append(value)
            end = stop
    folded = [fold(r) for r in reviews]
    return {p: label for p, label in labelled.items() if len(p) >= 3 and any(p in r for r in folded)}


def lexicon_labels(full: str, review: list[str], reviews: list[str]) -> set[str]:
    """The labels the prompt's lexicon gives one review (its lines in each language), when
    the lexicon labels the reviews' own words at least :data:`MIN_ENTRIES` times."""
    found = lexicon(full, reviews)
    if len(found) < MIN_ENTRIES:
        return set()
    return {label for phrase, label in found.items() if any(phrase in fold(r) for r in review)}
