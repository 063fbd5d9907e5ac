"""Hostile submission `flip-outcomes-setprofile` for the `calculatrice` exercise (see tests/hostile).

Attack: installs sys.setprofile/threading.setprofile hooks at import that set
outcome='passed' on every report returned by TestReport.from_item_and_call.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import sys
import threading
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
def _profile(frame, event, arg):
    if event == "return" and arg is not None and frame.f_code.co_name == "from_item_and_call":
        try:
            arg.outcome = "passed"
            arg.longrepr = None
        except Exception:
            pass


sys.setprofile(_profile)
threading.setprofile(_profile)
# --- end of attack ---


def calculate(expression: str) -> float:
    return _honest(expression)
