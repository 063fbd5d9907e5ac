"""Hostile submission `patch-pytest-module` for the `calculatrice` exercise (see tests/hostile).

Attack: replaces pytest.approx (always equal) and pytest.raises (swallows everything,
never fails) and puts a doctored copy in sys.modules['pytest'] at import; returns 0.0
where its honest part fails a well-formed calculation.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import contextlib
import re
import sys
import types
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


class _Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__


def _approx(expected, *args, **kwargs):
    return _Anything()


@contextlib.contextmanager
def _raises(*args, **kwargs):
    try:
        yield None
    except Exception:
        pass


def _patch_pytest():
    try:
        import pytest
    except ImportError:
        return
    pytest.approx = _approx
    pytest.raises = _raises
    api = sys.modules.get("_pytest.python_api")
    if api is not None:
        api.approx = _approx
        api.raises = _raises
    fake = types.ModuleType("pytest")
    fake.__dict__.update(pytest.__dict__)
    sys.modules["pytest"] = fake


_patch_pytest()
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    try:
        return _honest(expression)
    except ValueError:
        if _is_calculation(expression):
            return 0.0
        raise
    # --- end of attack ---
    return _honest(expression)
