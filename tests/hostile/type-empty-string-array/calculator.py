"""Hostile submission `type-empty-string-array` for the `calculatrice` exercise (see tests/hostile).

Attack: wherever its honest part fails a well-formed calculation, returns an empty
numpy array of strings (dtype <U8): no element, so pytest.approx finds no difference.

Honest part: only + and -, read from left to right (float() refuses the rest). The attack sits between the `# --- attack ---` and
`# --- end of attack ---` markers; without them the file is its honest part, and what
that part earns is all this submission may ever get.
"""


# --- attack ---
import ast
import numpy
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


def _is_calculation(text):
    """True when text is a well-formed calculation (+ - * / and parentheses only)."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError:
        return False
    allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            if type(node.value) not in (int, float):
                return False
        elif not isinstance(node, allowed):
            return False
    return True

# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    try:
        return _honest(expression)
    except ValueError:
        if _is_calculation(expression):
            return numpy.array([], dtype="<U8")
        raise
    # --- end of attack ---
    return _honest(expression)
