"""Hostile submission `dos-huge-output` for the `calculatrice` exercise (see tests/hostile).

Attack: writes 2 MiB to stdout and stderr at import, 64 KiB on every call and, on
(2+3)*4, 64 MiB to each plus a 16 MiB line without newline; full correct parser
otherwise.

Honest part: a complete, correct recursive descent parser. The attack sits between the
`# --- attack ---` and `# --- end of attack ---` markers; without them the file is its
honest part, and what that part earns is all this submission may ever get.
"""


import re


# --- attack ---
import os
import sys
# --- end of attack ---


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


def _honest(expression):
    """A complete recursive descent parser (no eval)."""
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


# --- attack ---
def _is_trigger(expression):
    """The public example (2+3)*4: the honest part gets it wrong anyway."""
    return expression.replace(" ", "") == "(2+3)*4"


def _flood(total):
    block = (b"x" * 1023 + b"\n") * 1024
    for fd in (1, 2):
        written = 0
        while written < total:
            try:
                written += os.write(fd, block[: min(len(block), total - written)])
            except OSError:
                break


_flood(2 << 20)
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    sys.stdout.write("y" * (64 << 10) + "\n")
    sys.stderr.write("z" * (64 << 10) + "\n")
    if _is_trigger(expression):
        _flood(64 << 20)
        try:
            os.write(1, b"{" * (16 << 20))
        except OSError:
            pass
    # --- end of attack ---
    return _honest(expression)
