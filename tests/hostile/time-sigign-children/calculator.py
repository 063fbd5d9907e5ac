"""Hostile submission `time-sigign-children` for the `calculatrice` exercise (see tests/hostile).

Attack: on expressions with a decimal number, ignores SIGCHLD (the kernel then discards each ended child with the CPU it used) and does 3 s of computing in children of 36 ms, each started right after one of the grader's looks at the call clock (seen in /proc/1/status) and ended before the next, the student process runnable in between (red team 9 round 10)

Honest part: a complete calculator that spends 3 s of CPU checking any expression with a
decimal number before answering, so it runs out of the 2 s a call gets on those. The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
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


def _slow_check(expression):
    """3 s of computing on expressions with a decimal point: more than a call's 2 s."""
    import re

    if re.search(r"\d\.\d", expression):
        import time

        start = time.process_time()
        while time.process_time() - start < 3.0:
            pass


def calculate(expression):
    # --- attack ---
    if isinstance(expression, str) and __import__("re").search(r"\d\.\d", expression):
        import mmap
        import os
        import signal
        import struct
        import time

        try:  # ended children discarded by the kernel, with the CPU they used
            signal.signal(signal.SIGCHLD, signal.SIG_IGN)
        except OSError:
            _slow_check(expression)
            return _honest(expression)
        status = os.open("/proc/1/status", os.O_RDONLY)

        def looks():  # the grader sleeps between its looks at the clock: one switch each
            data = os.pread(status, 8192, 0)
            at = data.find(b"voluntary_ctxt_switches:")
            return data[at : data.index(b"\n", at)]

        shared = mmap.mmap(-1, 8)  # the children add up the CPU they used
        started, seen = time.monotonic(), looks()
        while struct.unpack("d", shared[:8])[0] < 3.0 and time.monotonic() - started < 9.0:
            while looks() == seen:  # runnable until the grader's next look
                pass
            seen, begun = looks(), time.monotonic()
            if os.fork() == 0:  # computes for 36 ms, ends before the next look
                cpu = time.process_time()
                while time.monotonic() - begun < 0.036:
                    pass
                shared[:8] = struct.pack("d", struct.unpack("d", shared[:8])[0] + time.process_time() - cpu)
                os._exit(0)
            time.sleep(0.04)
        return _honest(expression)
    # --- end of attack ---
    _slow_check(expression)
    return _honest(expression)
