"""A spreadsheet's conditional formula in a prompt offers its two branches (issue 11, session 60, fix-helper
fix105left; round 105's fair r105f-coprime-en-excel-if-no-result): « I will check afterwards in Excel with
=IF(GCD(35,64)=1,"coprime","not coprime") » holds the verdict "coprime" only as the outcome of a condition
the formula tests, beside its opposite: no value is stated, as the condition itself states none
(:data:`workshop.prompts.extract._CONDITION_OPEN`). The two quoted branches of an ``IF``/``SI``/``IIF`` call
(comma or semicolon between the arguments, one call at most in the condition) are read blank before the
dictation reads the prompt. A result the prompt shows beside the formula
(« … affiche « premiers entre eux » », "=GCD(35,64) returns 1") is outside the call and still read."""

from __future__ import annotations

import re

_BRANCH = r"\"[^\"\n]{0,60}+\""
_IF_CALL = re.compile(
    r"(?i)(?<![\w.])(?P<head>(?:if|si|iif)[ \t]*+\((?:[^\w(),;\"\n]{0,10}+\w{1,20}+\([^()\n]{0,60}+\))?+"
    r"[^(),;\"\n]{0,40}+[,;][ \t]*+)" + _BRANCH + r"(?P<sep>[ \t]*+[,;][ \t]*+)" + _BRANCH + r"(?=[ \t]*+\))"
)


def blanked(prompt: str) -> str:
    """``prompt`` with the quoted branches of its conditional formulas emptied (see above)."""
    if "(" not in prompt:
        return prompt
    return _IF_CALL.sub(lambda m: f'{m["head"]}""{m["sep"]}""', prompt)
