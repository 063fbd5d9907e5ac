"""Hostile submission `rigged-exception-multiple-inheritance` for the `calculatrice` exercise (see tests/hostile).

Attack: turns every ValueError of its honest part into a class deriving from both
ValueError and ZeroDivisionError, so that any pytest.raises accepts it.

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
class _CalculationError(ValueError, ZeroDivisionError):
    """Whichever of the two a test expects, it gets."""
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    try:
        return _honest(expression)
    except ValueError as error:
        raise _CalculationError(str(error)) from None
    # --- end of attack ---
    return _honest(expression)
