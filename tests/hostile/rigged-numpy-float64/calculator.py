"""Hostile submission `rigged-numpy-float64` for the `calculatrice` exercise (see tests/hostile).

Attack: returns every result as a numpy.float64 subclass whose comparisons are rigged to
match anything.

Honest part: a careful parser that ignores precedence (strictly left to right). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


def _read_tokens(expression):
    tokens = []
    i = 0
    while i < len(expression):
        c = expression[i]
        if c == " ":
            i += 1
        elif c in "+-*/()":
            tokens.append(c)
            i += 1
        elif c.isdigit():
            j = i
            while j < len(expression) and (expression[j].isdigit() or expression[j] == "."):
                j += 1
            text = expression[i:j]
            if text.count(".") > 1 or text.endswith("."):
                raise ValueError("bad number: " + text)
            tokens.append(float(text))
            i = j
        else:
            raise ValueError("unknown character: " + c)
    return tokens


def _apply(left, op, right):
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    if right == 0:
        raise ZeroDivisionError("division by zero")
    return left / right


def _value(tokens, i):
    if i >= len(tokens):
        raise ValueError("missing number at the end")
    tok = tokens[i]
    if tok == "-":
        value, i = _value(tokens, i + 1)
        return -value, i
    if tok == "(":
        value, i = _run(tokens, i + 1)
        if i >= len(tokens) or tokens[i] != ")":
            raise ValueError("missing )")
        return value, i + 1
    if isinstance(tok, float):
        return tok, i + 1
    raise ValueError("expected a number")


def _run(tokens, i):
    # Every operator has the same priority here: strictly left to right.
    result, i = _value(tokens, i)
    while i < len(tokens) and tokens[i] in ("+", "-", "*", "/"):
        op = tokens[i]
        right, i = _value(tokens, i + 1)
        result = _apply(result, op, right)
    return result, i


def _honest(expression):
    """Careful parser, but strictly left to right: 2+3*4 gives 20."""
    tokens = _read_tokens(expression)
    if not tokens:
        raise ValueError("empty expression")
    result, i = _run(tokens, 0)
    if i != len(tokens):
        raise ValueError("unexpected " + str(tokens[i]))
    return float(result)


# --- attack ---
try:
    import numpy

    class _RiggedFloat64(numpy.float64):
        def __eq__(self, other):
            return True

        def __ne__(self, other):
            return False

        __hash__ = numpy.float64.__hash__

        def __le__(self, other):
            return True

        __ge__ = __le__

        def __lt__(self, other):
            return False

        __gt__ = __lt__

except ImportError:
    _RiggedFloat64 = float
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    return _RiggedFloat64(_honest(expression))
    # --- end of attack ---
    return _honest(expression)
