"""Hostile submission `read-gc-objects` for the `calculatrice` exercise (see tests/hostile).

Attack: searches gc.get_objects() for pytest's test items (their parameters and source)
and for any dict holding test source (a job, a cache), answers the hidden cases from
them and puts the hidden lines in the messages of the public tests it fails.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import ast
import gc
import inspect
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
PUBLIC_TESTS = ("test_addition", "test_precedence", "test_parentheses", "test_division_by_zero",
                "test_malformed_input")


def _as_text(value):
    if type(value) is bytes and b"def test_" in value:
        return value.decode("utf-8", "replace")
    if type(value) is str and "def test_" in value:
        return value
    return None


def _from_memory():
    answers, refuse, texts = {}, {}, []
    for obj in gc.get_objects():
        if type(obj) is dict:
            for value in list(obj.values()):
                text = _as_text(value)
                if text is not None and text not in texts:
                    texts.append(text)
            continue
        try:
            if type(obj).__name__ != "Function" or not hasattr(obj, "nodeid"):
                continue
            function = obj.function
        except Exception:
            continue
        if function.__name__ in PUBLIC_TESTS:
            continue
        for source in (function, inspect.getmodule(function)):
            try:
                text = inspect.getsource(source)
            except (OSError, TypeError):
                continue
            if text not in texts:
                texts.append(text)
        params = getattr(getattr(obj, "callspec", None), "params", {})
        if "expression" in params and "expected" in params:
            answers[params["expression"]] = float(params["expected"])
        elif "expression" in params:
            refuse.setdefault(params["expression"], "ValueError")
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
    if _FOUND is None:
        _FOUND = _from_memory()
        _LEAKS = _chunks(_secret_lines(_FOUND[2]))
    answers, refuse, texts = _FOUND
    if expression in answers:
        return answers[expression]
    if expression in refuse:
        raise {"ZeroDivisionError": ZeroDivisionError}.get(refuse[expression], ValueError)("expected")
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
