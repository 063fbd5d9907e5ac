"""Labels left by constraints (round 48, fix-helper dial48): a prompt that says every review has a
different label and rules labels out review by review ("the three reviews have three different labels,
review 3 is neither positive nor negative, and review 1 is not negative", « chaque étiquette sert une
fois ; l'avis 1 n'est ni négatif ni neutre ») leaves one labelling, which it dictates as surely as
"review 2 is negative" does.

:func:`solved` reads such constraints and, when exactly one assignment of the task's labels (each used
once, as many labels as reviews) satisfies them, gives it as plain sentences ("l'avis 2 est negative.").
Without the all-different constraint, or with two assignments or more left, nothing is added: a
constraint about the format only ("une étiquette par avis, en minuscules") rules nothing out. Inputs
are folded (lower case, no accents)."""

from __future__ import annotations

import itertools
import re

# every review a different label: « trois sentiments différents », "all three labels are different",
# « chaque étiquette sert une fois », "each label is used exactly once"
_ALL_DIFFERENT = re.compile(
    r"(?<![a-z])(?:(?:trois|3|three)\s++(?:sentiments|etiquettes|labels|moods|classes)\s++"
    r"(?:differents|differentes|distincts|distinctes|different|distinct)"
    r"|(?:three|3)\s++(?:different|distinct)\s++(?:labels|sentiments|moods|classes)"
    r"|(?:all|tous|toutes)\s++(?:(?:three|3)\s++|les\s++(?:trois|3)\s++)?(?:the\s++)?(?:labels|etiquettes|sentiments)"
    r"\s++(?:are\s++|sont\s++)?(?:all\s++)?(?:different|distinct|differents|differentes|distincts|distinctes)"
    r"|chaque\s++(?:etiquette|sentiment|label)\s++(?:sert|est\s++utilisee?|apparait|revient)\s++"
    r"(?:exactement\s++|une\s++seule\s++)?+une?\s++(?:seule\s++)?fois"
    r"|each\s++(?:label|sentiment)\s++(?:is\s++used\s++|appears\s++|is\s++given\s++)?(?:exactly\s++|only\s++)?once)"
)
# one review and what is said of it, up to the next review named or the clause's end
_REVIEW = re.compile(
    r"(?<![a-z])(?:l'avis|avis|review|reviews|le\s++commentaire|comment)\s*+(?:n[o°]\s*+)?(?P<n>\d)(?!\d)"
    r"(?P<said>[^.;:\n]{0,80}?)(?=[.;:\n]|,?\s*+(?:et|and)?\s*+(?:l'avis|avis|review|le\s++commentaire|comment)\s*+\d|$)"
)
_DENIAL = re.compile(r"(?<![a-z])(?:n'est|ne\s|not|isn't|neither|nor|ni|jamais|never)(?![a-z])")
_COPULA = re.compile(r"(?<![a-z])(?:est|is|vaut|=)(?![a-z])")


def _stem(label: str) -> str:
    return label[:5]


def solved(folded: str, labels: set[str], count: int) -> str:
    """The one labelling the constraints of ``folded`` leave, said review by review; ``folded``
    itself when it states no all-different constraint or leaves no single labelling."""
    names = sorted(label for label in labels if len(label) >= 5)
    if count != len(names) or count < 2 or not _ALL_DIFFERENT.search(folded):
        return folded
    stems = {_stem(name): name for name in names}
    allowed = {i: set(names) for i in range(1, count + 1)}
    for found in _REVIEW.finditer(folded):
        item = int(found["n"])
        if item not in allowed:
            continue
        said = found["said"]
        named = {stems[w[:5]] for w in re.findall(r"[a-z]{5,}", said) if w[:5] in stems}
        if not named:
            continue
        if _DENIAL.search(said):
            allowed[item] -= named
        elif _COPULA.search(said) and len(named) == 1:
            allowed[item] &= named
    left = [
        assignment
        for assignment in itertools.permutations(names)
        if all(assignment[i - 1] in allowed[i] for i in allowed)
    ]
    if len(left) != 1:
        return folded
    said = " ".join(f"l'avis {i} est {label}. review {i} is {label}." for i, label in enumerate(left[0], 1))
    return said  # the labelling alone: read again, it states no constraint and adds nothing
