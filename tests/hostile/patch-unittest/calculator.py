"""Hostile submission `patch-unittest` for the `calculatrice` exercise (see tests/hostile).

Attack: turns every unittest assert* and fail* method into a no-op, makes assertRaises
contexts swallow everything and TestResult count failures and errors as successes; full
correct parser otherwise.

Honest part: a complete, correct recursive descent parser. The attack sits between the
`# --- attack ---` and `# --- end of attack ---` markers; without them the file is its
honest part, and what that part earns is all this submission may ever get.
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
def _patch_unittest():
    import unittest
    import unittest.case

    def nothing(*args, **kwargs):
        return None

    for name in dir(unittest.TestCase):
        if name.startswith(("assert", "fail")) and "Raises" not in name and "Warns" not in name:
            if callable(getattr(unittest.TestCase, name)):
                setattr(unittest.TestCase, name, nothing)
    unittest.case._AssertRaisesContext.__exit__ = lambda self, *exc: True
    unittest.TestResult.addFailure = lambda self, test, err: self.addSuccess(test)
    unittest.TestResult.addError = lambda self, test, err: self.addSuccess(test)
    unittest.TestCase.failureException = type("NeverRaised", (Exception,), {})


try:
    _patch_unittest()
except Exception:
    pass
# --- end of attack ---


def calculate(expression: str) -> float:
    return _honest(expression)
