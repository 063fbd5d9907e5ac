"""The user's own typo owned up to (issue 11, session 35): "earlier I wrote 36 instead of 35 by
mistake", "I typed \"Each brother has 3 sisters\" by mistake", "j'ai tapé 46 au lieu de 64".
What the user says they wrote, typed or copied, up to "instead of", "by mistake", a semicolon or
a comma between words, is their mistake: neither an erratum of the data nor a claim about it."""

from __future__ import annotations

import re

WROTE = re.compile(
    r"\b(?:i|j'ai|je|i've|i had|j'avais)\s++(?:\w+\s++)?(?:wrote|written|typed|put|copied|ecrit|tape|mis|"
    r"note|recopie|marque)\b"
)
# What the user wrote runs to "instead of", "by mistake", a semicolon or a comma between words.
WROTE_END = re.compile(
    r"\b(?:instead of|au lieu de|a la place de|rather than|by mistake|by accident|par erreur|par megarde)\b"
    r"|;|,(?!\s*+\d)"
)
# The sentence owns up to a mistake.
MISTAKE = re.compile(
    r"\b(?:by mistake|by accident|par erreur|par megarde|typo|coquille|faute de frappe|instead of|au lieu de|"
    r"je me suis trompee?|my mistake|i made a mistake|mistyped)\b"
)


def owned(said: str) -> list[tuple[int, int]]:
    """The spans of a folded sentence that the user says they wrote (see the module's docstring)."""
    spans = []
    for verb in WROTE.finditer(said):
        stop = WROTE_END.search(said, verb.end())
        spans.append((verb.end(), stop.start() if stop else len(said)))
    return spans
