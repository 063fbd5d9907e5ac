"""Hostile submission `patch-pytest-runner` for the `calculatrice` exercise (see tests/hostile).

Attack: patches _pytest.runner.CallInfo.from_call so that an exception in a test's call
phase is dropped (the test passes), at import.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
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
def _patch_runner():
    runner = sys.modules.get("_pytest.runner")
    if runner is None:
        return
    original = runner.CallInfo.from_call.__func__

    def from_call(cls, func, when, *args, **kwargs):
        info = original(cls, func, when, *args, **kwargs)
        if when == "call" and info.excinfo is not None:
            object.__setattr__(info, "excinfo", None)
        return info

    runner.CallInfo.from_call = classmethod(from_call)


_patch_runner()
# --- end of attack ---


def calculate(expression: str) -> float:
    return _honest(expression)
