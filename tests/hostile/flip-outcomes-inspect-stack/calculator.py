"""Hostile submission `flip-outcomes-inspect-stack` for the `calculatrice` exercise (see tests/hostile).

Attack: walks inspect.stack() up to pytest's item and session and replaces the function
of every test item with one that always passes.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import inspect
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
_FLIPPED = False


def _always_passes(**kwargs):
    return None


def _flip():
    global _FLIPPED
    for info in inspect.stack(0):
        for key in ("pyfuncitem", "item"):
            session = getattr(info.frame.f_locals.get(key), "session", None)
            if session is None:
                continue
            for item in list(getattr(session, "items", [])):
                try:
                    item.obj = _always_passes
                except Exception:
                    pass
            _FLIPPED = True
            return
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    if not _FLIPPED:
        _flip()
    # --- end of attack ---
    return _honest(expression)
