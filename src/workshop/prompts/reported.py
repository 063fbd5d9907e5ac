"""A grader's report quoted in the prompt (session 60, fix107report, round 107).

A student resubmitting may paste the line of their previous report about an answer check: « answer-right ✗
(réponse lue : 2) », "answer-verdict ✗ (read: no)", « answer-review-3 ✗ (lu : positive) ». Such a line says
which answer was read and whether it passed: for a value the task asks (the riddle's count, the coprime
verdict, the line's parameters, one review's label) it names the answer, or pins it by elimination (a yes/no
flipped, a refused trap, two labels out of three), so the prompt dictates that answer and earns no point
for it.
A report line about a check that reads no value of the answer (answer-length ✗ (67 mots), answer-faithful ✗)
pins nothing: it is no dictation (round 107's fair twin), and a length asked after it still limits
(:mod:`workshop.prompts.asides`: a report is no sayer).

Read on folded text. The check's name, then at most a few separators, then a tick or a cross mark
(:mod:`workshop.prompts.ticks`) or a verdict word ("failed", « échoué »); linear (one bounded gap)."""

from __future__ import annotations

import re

from workshop.prompts.text import fold
from workshop.prompts.ticks import CROSSES, TICKS

# The graders' checks on a value of the answer (graders/prompts/checks.toml): the final answers of riddle,
# coprime and parallel-line, one per review of the sentiment task. Length, facts, faithfulness are not.
FINAL_NAMES = ("right", "verdict", "justified", "equation", "intercept")
_REPORT_LINE = re.compile(
    r"\banswer-(?P<name>right|verdict|justified|equation|intercept|review-\d)\b[\s:=\-–—|]{0,6}"
    rf"(?:[{TICKS}{CROSSES}×]|(?:failed|passed|fail|pass|ok|ko|echoue|echec|reussi|rate|faux|juste|wrong|right)\b)"
)


def names(prompt_rest: str) -> set[str]:
    """The answer checks (their names, "answer-…") a quoted report line in ``prompt_rest`` grades."""
    return {f"answer-{m.group('name')}" for m in _REPORT_LINE.finditer(fold(prompt_rest))}


def dictates(check_name: str, final: bool, prompt_rest: str) -> bool:
    """Whether a quoted report line pins the answer of the check ``check_name``: a line about that very
    check, or, for a final answer (``final``), about any final answer of the task (the riddle's trap
    refused, the coprime verdict that settles the gcd, the intercept that fixes the equation)."""
    graded = names(prompt_rest)
    if check_name in graded:
        return True
    return final and any(name.removeprefix("answer-") in FINAL_NAMES for name in graded)
