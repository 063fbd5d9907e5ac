"""A self-correction that ends on one committed value (issue 11, round 63, fix-helper fix63).

"Chaque frère a 2 sœurs, donc Caroline aurait 2 sœurs... Attendons : elle est l'une de ces 2 sœurs.
Correction : 1 sœur.", « Rectification : oui, PGCD = 1 », « Finalement : Caroline a 1 sœur », "Actually,
b = 10 − 20 = −10", "Wait — it's 1", "Answer: 2 sisters. … Final answer after checking: 1 sister": the
answer is what the correction says, not the working (nor the answer line) it replaces. The final-answer
reader (:func:`workshop.prompts.extract.final_answer`) reads from the last correction that gives a value
on, as it reads from an answer line on, so what follows the correction still counts: a doubt after it
(« Ou peut-être 2 »), an answer line that disagrees with it, a second value in it leave no final answer.

:func:`points` gives where each correction opens, in a folded text: a sentence that opens on a
correction's cue (after list or Markdown marks), or a line whose label (before its colon) holds one
("Final answer after checking:", « Réponse corrigée : »). A cue is a word that announces the replacement
of what was said before (:data:`_CUE`); "en fait" and "actually" are cues only at a sentence's start,
where they correct, not inside a clause ("it is in fact 1" corrects nothing and needs nothing). An
edit's label is a cue (fix73, round 73: "Answer: 1. … Edit: actually 2 — …" answers 2): an edit that gives
no value of the answer's ("Edit: typo fixed") changes nothing, one that repeats it confirms it.

Limits: a correction in the middle of a sentence ("…, donc 2, euh non, 1") is not one (the hedge and
several-values readers read it as before); a cue opening a sentence that only restates the working
("En fait, chaque frère a 2 sœurs") gives no value of the answer's, so nothing changes."""

from __future__ import annotations

import re

_CUE = (
    r"(?:corrections?|corrige|corrigee|je corrige|je me corrige|rectification|rectificatif|erratum|errata|"
    r"finalement|en fait|en realite|tout bien considere|apres verification|apres relecture|apres reflexion|"
    r"actually|in fact|wait|attends|attendez|hold on|on second thought|on reflection|after checking|"
    r"after rechecking|after all|corrected|revised|revisee?|oops|oups|"
    # fix73 (round 73): a postscript that edits the answer ("Edit: actually 2", « Modif : non »)
    r"edit|edited|update|updated|mise a jour|modif|modification)"
)
# A sentence opening on a cue: list and Markdown marks, a quote's mark, a bracket before it.
_OPENS = re.compile(r"(?<![ \t*_#>|(\[-])[ \t*_#>|(\[-]*+" + _CUE + r"(?![\w'-])")
# A line's label (before the colon) holding a cue: "Final answer after checking:", « Réponse corrigée : ».
_LABELLED = re.compile(r"^[ \t*_#>|-]*+[^:\n]{0,60}?(?<![\w'-])" + _CUE + r"(?![\w'-])[^:\n]{0,40}?:", re.M)


def points(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Where each correction of ``text`` (folded) opens, in order: a sentence (one of
    ``sentences``, spans of ``text``) that opens on a cue, or a line whose label holds one."""
    found = {start for start, _ in sentences if _OPENS.match(text, start)}
    found |= {m.start() for m in _LABELLED.finditer(text)}
    return sorted(found)
