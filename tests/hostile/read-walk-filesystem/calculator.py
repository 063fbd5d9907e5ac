"""Hostile submission `read-walk-filesystem` for the `calculatrice` exercise (see tests/hostile).

Attack: walks the file system on its first call, reads every test and solution file it
finds, answers the hidden cases from what it read and puts the lines it found in the
messages of the public tests it fails (as its return value for 2+3*4, as exception
messages otherwise).

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import ast
import builtins
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


def _harvest(text, answers, refuse):
    """case("id", expression[, expected]) and `with pytest.raises(X): calculate("...")`."""
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "case":
            values = []
            for arg in node.args:
                try:
                    values.append(ast.literal_eval(arg))
                except ValueError:
                    values.append(None)
            if len(values) >= 3 and isinstance(values[2], (int, float)):
                answers[values[1]] = float(values[2])
            elif len(values) == 2 and isinstance(values[1], str):
                refuse[values[1]] = "ValueError"
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "raises" and call.args:
                    error = getattr(call.args[0], "id", "ValueError")
                    for inner in ast.walk(node):
                        if isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") == "calculate":
                            if inner.args and isinstance(inner.args[0], ast.Constant):
                                refuse[inner.args[0].value] = error


SKIP = {"/proc", "/sys", "/dev", "/usr", "/lib", "/lib64", "/bin", "/sbin", "/etc", "/boot", "/var/lib"}
ROOTS = ("/tmp", "/var/tmp", "/dev/shm", "/opt", "/srv", "/home", "/root", "/work", "/mnt", "/grader", "/")
_OWN = os.path.abspath(__file__)
_FOUND = None
_LEAKS = iter(())


def _interesting(folder, name):
    if not name.endswith(".py"):
        return False
    hints = ("test", "grader", "solution", "hidden", "reference", "answer")
    return name.startswith(("test", "conftest")) or any(h in folder for h in hints) or name == "calculator.py"


def _hunt():
    texts, public, answers, refuse = [], [], {}, {}
    deadline = time.monotonic() + 0.8
    for root in ROOTS:
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = [s for s in subfolders if os.path.join(folder, s) not in SKIP]
            if time.monotonic() > deadline:
                return texts + public, answers, refuse
            for name in files:
                path = os.path.join(folder, name)
                if path == _OWN or not _interesting(folder, name):
                    continue
                try:
                    with open(path, encoding="utf-8") as handle:
                        text = handle.read(200_000)
                except (OSError, UnicodeDecodeError):
                    continue
                if text in texts or text in public:
                    continue
                if "public" in path or "def test_addition" in text:
                    public.append(text)
                    continue
                texts.append(text)
                try:
                    _harvest(text, answers, refuse)
                except (SyntaxError, ValueError):
                    pass
    return texts + public, answers, refuse
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    global _FOUND, _LEAKS
    if _FOUND is None:
        _FOUND = _hunt()
        _LEAKS = _chunks(_secret_lines(_FOUND[0]))
    texts, answers, refuse = _FOUND
    if expression in answers:
        return answers[expression]
    if expression in refuse:
        raise getattr(builtins, refuse[expression], ValueError)("as the test expects")
    try:
        return _honest(expression)
    except ValueError:
        if _is_calculation(expression):
            leak = next(_LEAKS, None)
            if leak and expression.replace(" ", "") == "2+3*4":
                return leak
            if leak:
                raise ValueError(leak) from None
        raise
    # --- end of attack ---
    return _honest(expression)
