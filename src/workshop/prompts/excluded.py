"""Values a prompt excludes right after a value (issue 11, round 68): « vérifier que le modèle trouve bien 1
sœur (pas 2, pas 6 !) », "b = -10 (not 10!)", « 1, et surtout pas 6 », "a gcd of 1 — never 5", « ni 2 ni 6
». An excluded alternative is no candidate: the value before it is the one value said, and the excluded
ones are the trap named, not numbers of an example of their own. :func:`blanked` writes each excluded
value's words as spaces (same length), for the readers that count a passage's numbers (:mod:`instances`).

Principle: a value (digits, with a sign, or a number word), a unit word perhaps, then at once (a comma, a
bracket, a dash between) a negator (« pas », « non », « jamais », « ni », "not", "never", "nor", with « et
», « mais », « surtout », "and", "but", "especially", "definitely" before it) and a value; a chain of them
(« pas 2, pas 6 ») is blanked whole. Limits: only right after a value; a negator far from one (« ne
réponds pas 2 ») is left to the dictation readers, which read it as a value ruled out."""

from __future__ import annotations

import re

from workshop.prompts.text import NUMBER_WORD_RE

MAX_CHARS = 20_000

_VALUE = rf"(?:[-+−]?[ \t]?\d{{1,9}}(?:[.,]\d{{1,6}})?(?![\d])|(?<![\w'-])(?:{NUMBER_WORD_RE})(?![\w'-]))"
_NEGATOR = (
    r"(?:(?:et|and|mais|but|or|ou)[ \t]++)?(?:(?:surtout|especially|definitely|certainly|absolument|"
    r"certainement|really|vraiment)[ \t]++)?(?:pas|non|jamais|ni|not|never|nor)(?![\w'-])"
)
# a value, an optional unit word, then one or more exclusions: each (its negator and value) is blanked
_AFTER_VALUE = re.compile(
    rf"(?<![\w.,]){_VALUE}(?:[ \t]++[a-z]{{3,15}}+)?(?P<tail>(?:[ \t]*+[(,;:—–-]?[ \t]*+{_NEGATOR}[ \t]*+"
    rf"(?:de[ \t]++|d'|of[ \t]++)?[\"'«“]?[ \t]*+{_VALUE}[\"'»”]?[ \t]*+[!.,)]*+){{1,4}}+)"
)


def blanked(folded: str) -> str:
    """``folded`` with the values excluded right after a value blanked (same length)."""
    text = folded[:MAX_CHARS]
    out = list(text)
    for m in _AFTER_VALUE.finditer(text):
        for i in range(m.start("tail"), m.end("tail")):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out) + folded[MAX_CHARS:]
