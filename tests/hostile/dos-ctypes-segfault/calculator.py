"""Hostile submission `dos-ctypes-segfault` for the `calculatrice` exercise (see tests/hostile).

Attack: on (2+3)*4 reads address 0 with ctypes.string_at(0) (SIGSEGV).

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
def _is_trigger(expression):
    """The public example (2+3)*4: the honest part gets it wrong anyway."""
    return expression.replace(" ", "") == "(2+3)*4"
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    if _is_trigger(expression):
        import ctypes

        ctypes.string_at(0)
    # --- end of attack ---
    return _honest(expression)
