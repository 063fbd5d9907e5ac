"""A plan's hour filled by parts that hold no content (round 82, fix-helper fix82).

Round 82 reached sixty minutes with a "Marge pour les imprévus — 40 min" part, a "Buffer / slack time —
35 min" part, or six "Questions" slots of ten minutes: the durations add up, but the plan presents
nothing for most of the hour.

Decided (the student-facing rule, in the exercise's README): the parts that hold no content of their
own — a break (« pause », "break", "coffee"), a margin or buffer (« marge », « imprévus », « tampon »,
« battement », "buffer", "slack", "contingency", "spare time", "free time") and the questions
(« questions », « questions-réponses », "Q&A", "FAQ") — may together take at most half of the plan's
total; the parts with content take the other half at least. A ten-minute break and a fifteen-minute Q&A
in an hour are a fair plan (25 of 60 minutes); "Questions" twice at the two halves' ends too.

A part is a filler when its title (as :func:`workshop.prompts.structure.sections` gives it: folded,
the numbering dropped) holds one of those words. Limits: a content part titled with such a word
("Questions éthiques de l'IA générative — 35 min") counts as a filler, so a plan spending more than
half its hour on it is refused; a filler named otherwise ("Temps mort", "Attente") is not seen."""

from __future__ import annotations

import re
from fractions import Fraction

_FILLER = re.compile(
    r"(?<![a-z0-9])(?:"
    r"questions|questions?[ \t]*+(?:-|/|&|et)[ \t]*+reponses?|faq|"
    r"q(?:[ \t]*+(?:&|/|and|et|\+)?[ \t]*+[ar])?|"
    r"pauses?|breaks?|coffee|cafe|marges?|imprevus?|tampons?|battements?|buffers?|slack|contingency|"
    r"spare[ \t]++time|free[ \t]++time|temps[ \t]++libre|temps[ \t]++de[ \t]++reserve|"
    r"reserve[ \t]++de[ \t]++temps|"
    r"time[ \t]++reserve|reserve[ \t]++time|retards?|delays?"
    r")(?![a-z0-9])"
)


def filler(title: str) -> bool:
    """Whether a part's ``title`` (folded) names a part without content of its own (see the module)."""
    return _FILLER.search(title[:400]) is not None


def padded(parts: list[tuple[str, Fraction]], total: Fraction) -> bool:
    """Whether the plan's filler parts take more than half of ``total`` (see the module)."""
    return 2 * sum((minutes for title, minutes in parts if filler(title)), Fraction(0)) > total
