"""Hostile submission `forge-exception-evil-str` for the `calculatrice` exercise (see tests/hostile).

Attack: on 2+3*4 and (2+3)*4 raises a ValueError subclass whose __str__ and __repr__
never return, so that whoever formats the failure hangs outside the per-call limit.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


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
class _EvilError(ValueError):
    def __str__(self):
        while True:
            pass

    __repr__ = __str__
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    if expression.replace(" ", "") in ("2+3*4", "(2+3)*4"):
        raise _EvilError("x")
    # --- end of attack ---
    return _honest(expression)
