"""My calculator for the workshop (Alice).

I asked the chatbot for a version without eval(), then rewrote it with a token
position instead of a list that gets popped.
"""

import re

# One token at a time: a number (digits, optionally a dot and more digits),
# an operator or a parenthesis, each possibly preceded by spaces.
TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([-+*/()]))")


def _tokens(text):
    result = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = TOKEN.match(text, pos)
        if match is None:
            raise ValueError("invalid character in: " + text)
        number, symbol = match.groups()
        result.append(float(number) if number is not None else symbol)
        pos = match.end()
    return result


def calculate(expression: str) -> float:
    tokens = _tokens(expression)
    pos = 0

    def current():
        return tokens[pos] if pos < len(tokens) else None

    def advance():
        nonlocal pos
        pos += 1

    def sum_of_products():
        total = product()
        while current() in ("+", "-"):
            op = current()
            advance()
            right = product()
            total = total + right if op == "+" else total - right
        return total

    def product():
        total = signed()
        while current() in ("*", "/"):
            op = current()
            advance()
            right = signed()
            if op == "*":
                total = total * right
            elif right == 0:
                raise ZeroDivisionError("division by zero")
            else:
                total = total / right
        return total

    def signed():
        if current() == "-":
            advance()
            return -signed()
        return atom()

    def atom():
        token = current()
        if isinstance(token, float):
            advance()
            return token
        if token == "(":
            advance()
            value = sum_of_products()
            if current() != ")":
                raise ValueError("missing )")
            advance()
            return value
        raise ValueError("expected a number or (")

    result = sum_of_products()
    if pos != len(tokens):
        raise ValueError("unexpected text at the end")
    return float(result)
