"""Hostile submission `read-frame-caller` for the `calculatrice` exercise (see tests/hostile).

Attack: walks its callers' frames (sys._getframe): returns the calling test's local
`expected`, raises the exception named next to pytest.raises or returns the test's float
constant; otherwise answers from any test source found in the locals of a frame above it
(and leaks those lines).

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
import sys
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


_FOUND = None
_LEAKS = iter(())


def _test_frame():
    frame = sys._getframe(2)
    while frame is not None:
        if os.path.basename(frame.f_code.co_filename).startswith("test_"):
            return frame
        frame = frame.f_back
    return None


def _from_frames():
    texts = []
    frame = sys._getframe(1)
    while frame is not None:
        for value in list(frame.f_locals.values()):
            for item in list(value.values()) if type(value) is dict else [value]:
                if type(item) is bytes:
                    item = item.decode("utf-8", "replace")
                if type(item) is str and "def test_" in item and item not in texts:
                    texts.append(item)
        frame = frame.f_back
    answers, refuse = {}, {}
    hidden = [text for text in texts if "def test_addition" not in text]
    for text in hidden:
        try:
            _harvest(text, answers, refuse)
        except (SyntaxError, ValueError):
            pass
    return answers, refuse, hidden + [text for text in texts if text not in hidden]
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    global _FOUND, _LEAKS
    frame = _test_frame()
    if frame is not None:
        if "expected" in frame.f_locals:
            return float(frame.f_locals["expected"])
        names = frame.f_code.co_names
        if "raises" in names:
            for name in ("ZeroDivisionError", "ValueError"):
                if name in names:
                    raise getattr(builtins, name)("as the test expects")
        floats = [c for c in frame.f_code.co_consts if type(c) is float]
        if floats:
            return floats[-1]
    if _FOUND is None:
        _FOUND = _from_frames()
        _LEAKS = _chunks(_secret_lines(_FOUND[2]))
    answers, refuse, texts = _FOUND
    if expression in answers:
        return answers[expression]
    if expression in refuse:
        raise getattr(builtins, refuse[expression], ValueError)("as the test expects")
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
