"""A value printed after a dotted leader, as on a till receipt or a table of contents (session 60,
fix107report, round 107): "INTERCEPT ....... -10.00", « PGCD .......... 1 », « Premiers entre eux … oui ».

The leader joins a label to its value the way "=" or ":" does: a prompt that prints the task's answer so
dictates it. :func:`read` writes each leader between a word and a value (a number, a sign then a number,
yes or no) as " =", for the dictation readers (:mod:`workshop.prompts.grade`, with the other rewrites of the
prompt they read) to read the line as a statement; a leader before anything
else (« termine par Réponse : ... ») is left alone. Linear: one run of leader characters, each step
opening with its own character."""

from __future__ import annotations

import re

_LEADER = re.compile(
    r"(?<=[\w)])[ \t]*+(?:[.·…_][ \t]?){3,}+[ \t]*+"
    r"(?=[-−–+]?[ \t]?\d|(?:oui|non|yes|no|vrai|faux|true|false)\b)",
    re.IGNORECASE,
)


def read(text: str) -> str:
    """``text`` with each leader between a label and its value written " = "."""
    return _LEADER.sub(" = ", text)

