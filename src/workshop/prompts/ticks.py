"""Tick and cross signs, one set of each for every reader (session 45, fix-helper tidy45).

:mod:`workshop.prompts.structure` reads them as a checklist's status ("| Étapes | ✅ |", "❌ Format :
JSON"), :mod:`workshop.prompts.singled` as the option a list singles out ("1 ✔", "0 ✘"),
:mod:`workshop.prompts.artefacts` as a table row's yes or no ("| premiers entre eux | ✔ |"). Each
reader derives its own form (characters, a regex class, a regex) from the sets below.

A tick may carry the emoji presentation selector U+FE0F ("✔️"): normalized text has none
(:func:`workshop.prompts.text.normalize` removes it), raw text may."""

from __future__ import annotations

TICKS = "✅✔✓☑"
CROSSES = "❌✗✘✖✕❎☒🚫⛔"
# the boxes of a Markdown task list: ticked ("[x]", "[✓]") and empty ("[ ]"); "☐" is an empty box too
TICKED_BOX = r"\[[xX✓✔]\]"
EMPTY_BOX = r"\[[ \t]\]"
EMPTY_BOX_MARK = "☐"
