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


# Round 88 (fix88, README: a draft in the visible answer is a version unless the model declares it wrong
# there): a sentence that declares the earlier draft or answer wrong ("✗ The draft is wrong: …", « Ce
# brouillon est faux », "My first answer was incorrect") opens a correction where it stands: the draft's
# value before it is replaced, as after "Correction :". Said of a later value it corrects nothing (the
# reading starts from the first answer line's value on).
_DECLARED_WRONG = re.compile(
    r"\b(?:the|this|that|my|our|ce|cette|mon|ma|le|la|notre)[ \t]++(?:(?:first|initial|previous|earlier|"
    r"premier|premiere|initiale?|precedente?)[ \t]++)?(?:draft|brouillon|answer|reponse|attempt|essai|"
    r"tentative|guess)(?:[ \t]++(?:above|ci-dessus|answer|reponse))?[ \t]++(?:is|was|est|etait)[ \t]++"
    r"(?:(?:therefore|thus|clearly|donc|bien|clairement)[ \t]++)?(?:wrong|incorrect|incorrecte|faux|fausse|"
    r"erronee?|false)(?![\w'-])"
)


def points(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Where each correction of ``text`` (folded) opens, in order: a sentence (one of
    ``sentences``, spans of ``text``) that opens on a cue or declares the draft before it wrong,
    or a line whose label holds a cue."""
    found = {
        start
        for start, end in sentences
        if _OPENS.match(text, start) or _DECLARED_WRONG.search(text, start, end)
    }
    found |= {m.start() for m in _LABELLED.finditer(text)}
    return sorted(found)


# Round 88 (fix88): a step the model itself retracts right after it ("64 is divisible by 5, so they share
# 5… Wait, that's wrong: 5 does not divide 64", « 64 = 1 × 35 + 28. Non, c'est faux : … ») is no step of
# its justification: the sentence right before a sentence that opens by saying so is blanked for the
# arithmetic reader (:func:`without_retracted`). The retraction must call it wrong ("that's wrong", « c'est
# faux », "my mistake"): a bare "Wait," re-checks, it retracts nothing, and a wrong step left standing (a
# wrong gcd with Euclid's steps) is still read.
_RETRACTS = re.compile(
    r"(?<![ \t*_>-])[ \t*_>-]*+"
    r"(?:(?:wait|hm++|oops|oups|attends|attendez|hold on|actually|en fait|euh|non|no|nope)"
    r"[ \t]*+[,.!…:;-]*+[ \t]*+)?(?:(?:that|this|it|which)(?:'s|[ \t]++is|[ \t]++was)|c'est|c'etait|ce n'est|"
    r"ceci est|cela est|ce n'etait)[ \t]++(?:(?:pas|not)"
    r"[ \t]++)?(?:wrong|incorrect|false|faux|fausse|errone|right|correct|true|juste|exact|vrai)(?![\w'-])"
    r"|(?<![ \t*_>-])[ \t*_>-]*+(?:(?:wait|oops|oups|hm++|attends|non|no)[ \t]*+[,.!…:;-]*+[ \t]*+)?"
    r"(?:my mistake|my bad|i was wrong|i made (?:a|an) (?:mistake|error)|je me suis trompee?|"
    r"erreur de ma part|mea culpa)(?![\w'-])"
)
_NOT_WRONG = re.compile(
    r"(?:that|this|it|which)(?:'s|[ \t]++is|[ \t]++was)[ \t]++(?:right|correct|true)|"
    r"c'est[ \t]++(?:juste|exact|vrai)|(?:cela|ceci)[ \t]++est[ \t]++(?:juste|exact|vrai)"
)
_STEP_END = re.compile(r"[.!?…](?=\s|$)|\n")


def without_retracted(folded: str) -> str:
    """``folded`` with each sentence that the next one retracts (:data:`_RETRACTS`) blanked."""
    spans, start = [], 0
    for end in _STEP_END.finditer(folded):
        if folded[start : end.end()].strip():
            spans.append((start, end.end()))
        start = end.end()
    if folded[start:].strip():
        spans.append((start, len(folded)))
    blanked = list(folded)
    for (lo, hi), (next_lo, next_hi) in zip(spans, spans[1:], strict=False):
        opening = folded[next_lo:next_hi].lstrip()
        found = _RETRACTS.match(opening)
        if found and not _NOT_WRONG.search(found.group(0)):
            blanked[lo:hi] = [c if c == "\n" else " " for c in folded[lo:hi]]
    return "".join(blanked)
