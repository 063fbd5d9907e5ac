"""Calculator (Bruno).

Reads the expression from left to right and applies each operator as soon as it
sees it. Errors are checked carefully.
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
    """Read one number, a negative number or a (group); return it and the next index."""
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


def calculate(expression: str) -> float:
    tokens = _read_tokens(expression)
    if not tokens:
        raise ValueError("empty expression")
    result, i = _run(tokens, 0)
    if i != len(tokens):
        raise ValueError("unexpected " + str(tokens[i]))
    return float(result)
