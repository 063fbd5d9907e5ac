"""A control for tests/hostile: the reference calculator, except that a whole result is
returned as an int (calculate("2+3") returns 5, not 5.0). Every value is right, so only
test_returns_float fails: 47 of 48. (The contract lets the int through as a float that
remembers it was one: the other tests judge the value, that one the type.)

Reference solution for the `calculatrice` exercise.

A hand-written tokenizer and recursive descent parser. The student's text is only ever
read as characters, never executed: `eval()` would run any Python the user types
(`__import__('os').system(...)`), which is the whole lesson of this exercise.

Grammar, one function per rule; the nesting of the rules gives the precedence:

    expression := term (("+" | "-") term)*
    term       := factor (("*" | "/") factor)*
    factor     := "-" factor | "(" expression ")" | NUMBER
"""

OPERATORS = "+-*/()"
DIGITS = "0123456789"


def tokenize(expression: str) -> list[str]:
    """Split the text into numbers and operators.

    >>> tokenize("2*(3.5 + 1)")
    ['2', '*', '(', '3.5', '+', '1', ')']
    """
    tokens: list[str] = []
    i = 0
    while i < len(expression):
        char = expression[i]
        if char.isspace():
            i += 1
        elif char in OPERATORS:
            tokens.append(char)
            i += 1
        elif char in DIGITS:
            start = i
            while i < len(expression) and expression[i] in DIGITS:
                i += 1
            # At most one decimal point, and it must be followed by a digit: "1." and
            # "1..2" are typos, not numbers.
            if i < len(expression) and expression[i] == ".":
                i += 1
                if i >= len(expression) or expression[i] not in DIGITS:
                    raise ValueError(f"malformed number at position {start}")
                while i < len(expression) and expression[i] in DIGITS:
                    i += 1
            tokens.append(expression[start:i])
        else:
            # Anything else (letters, quotes, "^", "_"...) is foreign: refuse it rather
            # than guess what the user meant.
            raise ValueError(f"unexpected character {char!r} at position {i}")
    return tokens


class _Parser:
    """Walks the token list once, computing the value as it goes."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise ValueError("the expression ends too early")
        self.position += 1
        return token

    def expression(self) -> float:
        value = self.term()
        # A loop rather than recursion on the right keeps "8-3-2" left associative:
        # (8-3)-2, not 8-(3-2).
        while self.peek() in ("+", "-"):
            if self.take() == "+":
                value += self.term()
            else:
                value -= self.term()
        return value

    def term(self) -> float:
        value = self.factor()
        while self.peek() in ("*", "/"):
            if self.take() == "*":
                value *= self.factor()
            else:
                # Python raises ZeroDivisionError by itself, which is what the contract asks.
                value /= self.factor()
        return value

    def factor(self) -> float:
        token = self.take()
        if token == "-":
            return -self.factor()
        if token == "(":
            value = self.expression()
            if self.take() != ")":
                raise ValueError("missing closing parenthesis")
            return value
        if token[0] in DIGITS:
            return float(token)
        raise ValueError(f"unexpected {token!r}")


def calculate(expression: str) -> float:
    """Compute an arithmetic expression and return the result as a float.

    >>> calculate("2 + 3 * (4 - 1)")
    11.0
    """
    if not isinstance(expression, str):
        raise TypeError("the expression must be a string")
    parser = _Parser(tokenize(expression))
    if parser.peek() is None:
        raise ValueError("empty expression")
    value = parser.expression()
    # Leftovers mean the parser stopped early: "2 3" or "2+3)".
    if parser.peek() is not None:
        raise ValueError(f"unexpected {parser.peek()!r}")
    return int(value) if value == int(value) else float(value)
