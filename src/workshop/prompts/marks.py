"""A marking scheme's numbers (issue 11, session 35): "M. Dubois note cette énigme sur 3 points
(barème : 2 pts pour le raisonnement, 1 pt pour la réponse)", "Prof. Adeyemi marks this plan out
of 20 (5 for the structure, 5 for the timing, 10 for clarity)". They count marks, not the task's
values: the dictation readers read the prompt without them (:func:`spans`, :func:`unmarked`).

A mark is a number followed by "pt", "pts", "point(s)", "mark(s)" (not for a condition or a
value: "1 pt si b = -10"); the total after "sur" or "out of" in a sentence that marks ("note",
"noté", "barème", "marks", "graded", "scored"); and the parts of that total, numbers each
followed by "pour"/"for" in the same sentence, when they add up to it and it is 20 or less (a
school mark: parts that add up to an hour are no marking scheme). Ratings ("9/10", "5/5") are
no marking scheme: they may label reviews. Points of a figure ("un cercle de 64 points") are no marks.
Left as they are: "1 pt pour la réponse 1 sœur" keeps "1 sœur", points an unknown is said to count as
many of (round 40: "costs as many points as the intercept b … 'YOU LOST 10 POINTS'") stay a value,
"noté sur 60 : 10 pour
l'intro, 20 pour la démo, 30 pour les questions" keeps its parts."""

from __future__ import annotations

import re

from workshop.prompts.reread import counted_as_unknown

# "1 pt si b = -10", "1 pt pour b = -10" tie a mark to a value (round 17b): such a mark stays.
_POINTS = re.compile(
    r"(?<![\w.,])\d{1,3}(?=[ \t]*+(?:pts?|points?|marks?)\b\.?"
    r"(?![ \t]*+(?:(?:si|if|when|quand|lorsque)\b|(?:for|pour)[ \t]++[a-z][ \t]*+=)))"
)
_MARKING = re.compile(
    r"\b(?:note|notee?s?|noter|bareme|marks?|marked|marking|graded?|grading|scored?|scoring|evalue\w*)\b"
)
_TOTAL = re.compile(r"\b(?:sur|out of)[ \t]++(\d{1,3})\b")
_PART = re.compile(r"(?<![\w.,/])(\d{1,2})(?=[ \t]*+(?:pts?|points?|marks?)?[ \t]*+(?:pour|for)\b)")
_SENTENCE = re.compile(r"[^.!?\n]++")
# "if y = 4x - 10 -> 3 points" (round 17b): a value or a condition before the mark in its clause
_TIED_BEFORE = re.compile(r"=|->|→|=>|⇒|\b(?:si|if|when|quand|lorsque)\b")
# "un cercle de 64 points", "a 64-point star" (session 38, round 31's star polygon): points of a figure
_FIGURE_BEFORE = re.compile(
    r"\b(?:cercles?|circles?|grilles?|grids?|etoiles?|stars?|polygones?|polygons?|horloges?|clocks?|couronnes?|"
    r"roues?|wheels?|reseau|lattice|segments?|courbes?|curves?)\b"
)


# Session 54 (fix94): a rating scale's range ("rate the riddle's difficulty from 1 to 5", « note-la de
# 1 à 10 », "on a scale of 1-5", "between 0 and 10") counts no value of the task: its bounds (0 or 1, then
# a larger one, up to 100) are blanked in a sentence that rates. A range keyed to something ("de 0 à 3 :
# négatif", "0-3 = negative") or among other ranges (bands of scores mapped to labels) is no scale: left.
_RATES = re.compile(
    r"(?<![a-z])(?:rate|rates|rating|scale|echelle|note|notes|noter|notez|evalue\w*|score\w*|difficult\w*"
    r"|level|niveau|grade|stars?|etoiles?)(?![a-z])"
)
_RANGE = re.compile(
    r"(?<![a-z])(?:from|de|of|entre|between)[ \t]++(?P<low>[01])[ \t]*+(?:to|a|-|–|and|et)[ \t]*+"
    r"(?P<high>\d{1,3})(?![\w.,]\d|\d)"
)
_ANY_RANGE = re.compile(r"(?<![\w.,])\d{1,3}[ \t]*+(?:to|a|-|–|and|et)[ \t]*+\d{1,3}(?![\w.,]\d|\d)")
_KEYED = re.compile(r"(?<![ \t])[ \t]*+(?::|=|->|→|=>|⇒)")


def _scale_bounds(rest: str) -> list[tuple[int, int]]:
    found = []
    for sentence in _SENTENCE.finditer(rest):
        said = sentence.group(0)
        if not _RATES.search(said) or len(_ANY_RANGE.findall(said)) > 1:
            continue
        for m in _RANGE.finditer(said):
            if int(m["low"]) < int(m["high"]) <= 100 and not _KEYED.match(said, m.end()):
                at = sentence.start()
                found += [(at + m.start("low"), at + m.end("low"))]
                found += [(at + m.start("high"), at + m.end("high"))]
    return found


def _clause_before(text: str, at: int) -> str:
    start = max(text.rfind(mark, 0, at) for mark in ",;.!?:\n") + 1
    return text[start:at]


MAX_TOTAL = 20


def spans(rest: str) -> list[tuple[int, int]]:
    """Where a folded text's marking scheme's numbers stand."""
    tied = [s.span() for s in _SENTENCE.finditer(rest) if counted_as_unknown(s.group(0))]  # round 40
    found = [
        m.span()
        for m in _POINTS.finditer(rest)
        if not _TIED_BEFORE.search(_clause_before(rest, m.start()))
        and not _FIGURE_BEFORE.search(_clause_before(rest, m.start()))
        and not any(lo <= m.start() < hi for lo, hi in tied)
    ]
    for sentence in _SENTENCE.finditer(rest):
        said = sentence.group(0)
        if not _MARKING.search(said):
            continue
        for total in _TOTAL.finditer(said):
            found.append((sentence.start() + total.start(1), sentence.start() + total.end(1)))
            parts = list(_PART.finditer(said))
            value = int(total.group(1))
            if parts and value <= MAX_TOTAL and sum(int(p.group(1)) for p in parts) == value:
                found += [(sentence.start() + p.start(1), sentence.start() + p.end(1)) for p in parts]
    return found + _scale_bounds(rest)


def unmarked(text: str, where: list[tuple[int, int]]) -> str:
    """``text`` with the spans ``where`` blanked (same length): the prompt without its data and
    the prompt it was made from, character for character, lose the same marks."""
    for start, end in where:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
