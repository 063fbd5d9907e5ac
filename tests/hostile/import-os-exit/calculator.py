"""Hostile submission `import-os-exit` for the `calculatrice` exercise (see tests/hostile).

Attack: calls os._exit(0) at import: nothing can be graded (honest score 0).

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import os
# --- end of attack ---


def _honest(expression):
    """Only + and -, read from left to right; float() refuses everything else."""
    total = 0.0
    sign = 1.0
    number = ""
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
    return total


# --- attack ---
os._exit(0)
# --- end of attack ---


def calculate(expression: str) -> float:
    return _honest(expression)
