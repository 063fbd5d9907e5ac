"""Hostile submission `patch-builtins` for the `calculatrice` exercise (see tests/hostile).

Attack: replaces builtins.isinstance (ints count as float), builtins.issubclass (any
Exception counts as ValueError/ZeroDivisionError) and builtins.AssertionError at import.

Honest part: only + and -, left to right, whole results returned as int. The attack sits
between the `# --- attack ---` and `# --- end of attack ---` markers; without them the
file is its honest part, and what that part earns is all this submission may ever get.
"""


# --- attack ---
import builtins
# --- end of attack ---


def _honest(expression):
    """Only + and -, read from left to right; whole results come back as int."""
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
    return int(total) if total.is_integer() else total


# --- attack ---
_real_isinstance = builtins.isinstance
_real_issubclass = builtins.issubclass
_LENIENT = (ValueError, ZeroDivisionError)


def _lenient_isinstance(obj, classinfo):
    if classinfo is float and type(obj) is int:
        return True
    return _real_isinstance(obj, classinfo)


def _lenient_issubclass(cls, classinfo):
    wanted = classinfo if type(classinfo) is tuple else (classinfo,)
    if any(c in _LENIENT for c in wanted) and _real_isinstance(cls, type):
        if _real_issubclass(cls, Exception):
            return True
    return _real_issubclass(cls, classinfo)


class _QuietAssertionError(AssertionError):
    def __str__(self):
        return "passed"


builtins.isinstance = _lenient_isinstance
builtins.issubclass = _lenient_issubclass
builtins.AssertionError = _QuietAssertionError
# --- end of attack ---


def calculate(expression: str) -> float:
    return _honest(expression)
