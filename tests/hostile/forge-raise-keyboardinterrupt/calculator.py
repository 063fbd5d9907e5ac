"""Hostile submission `forge-raise-keyboardinterrupt` for the `calculatrice` exercise (see tests/hostile).

Attack: raises KeyboardInterrupt whenever its honest part fails a well-formed
calculation, to stop the test run before the tests it would fail.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import re
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
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([-+*/()]))")


def _is_calculation(text):
    """True when text is a well-formed calculation (what a full calculator accepts)."""
    text = text.rstrip()
    position, depth, want_operand = 0, 0, True
    if not text:
        return False
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            return False
        number, symbol = match.groups()
        position = match.end()
        if want_operand:
            if number is not None:
                want_operand = False
            elif symbol == "(":
                depth += 1
            elif symbol != "-":
                return False
        elif symbol == ")" and depth > 0:
            depth -= 1
        elif symbol is not None and symbol in "+-*/":
            want_operand = True
        else:
            return False
    return not want_operand and depth == 0
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    try:
        return _honest(expression)
    except ValueError:
        if _is_calculation(expression):
            raise KeyboardInterrupt
        raise
    # --- end of attack ---
    return _honest(expression)
