"""Hostile submission `time-sleep-between-looks` for the `calculatrice` exercise (see tests/hostile).

Attack: on expressions with a decimal number, the 3 s wait of its honest part is slept in
pieces between the grader's looks at the call clock (seen in /proc/1/status under runc, in
/proc/1/stat under gVisor), the student process spinning through each look; the clock
used to count only the CPU of a process it found runnable (red team 9 round 11).

Honest part: a complete calculator that waits 3 s before answering an expression with a
decimal number, so it runs out of the 2 s a call gets on those. The attack sits between
the `# --- attack ---` and `# --- end of attack ---` markers; without them the file is its
honest part, and what that part earns is all this submission may ever get.
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


def _honest(expression: str) -> float:
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
    return float(value)


def _looks():
    """What changes when the grader wakes up to look at the clock."""
    with open("/proc/1/status", "rb") as handle:
        status = handle.read()
    at = status.find(b"voluntary_ctxt_switches:")
    if at >= 0:
        return status[at : status.index(b"\n", at)]
    with open("/proc/1/stat", "rb") as handle:  # gVisor: the grader's state, R while it looks
        return handle.read().rsplit(b")", 1)[1].split()[0] == b"R"


def calculate(expression):
    import re
    import time

    if isinstance(expression, str) and re.search(r"\d\.\d", expression):
        # --- attack ---
        started = time.monotonic()
        while time.monotonic() - started < 3.0:
            seen = _looks()
            while _looks() == seen and time.monotonic() - started < 3.0:
                pass  # runnable through the look
            time.sleep(0.036)  # asleep for most of the next interval
        return _honest(expression)
        # --- end of attack ---
        time.sleep(3.0)
    return _honest(expression)
