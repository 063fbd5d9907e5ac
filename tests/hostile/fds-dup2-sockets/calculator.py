"""Hostile submission `fds-dup2-sockets` for the `calculatrice` exercise (see tests/hostile).

Attack: on (2+3)*4 dup2's /dev/null over fds 0-2 and over every pipe and socket fd, and
carries on.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import os
import stat
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
def _is_trigger(expression):
    """The public example (2+3)*4: the honest part gets it wrong anyway."""
    return expression.replace(" ", "") == "(2+3)*4"


def _blind():
    null = os.open("/dev/null", os.O_RDWR)
    for fd in range(1024):
        if fd == null:
            continue
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if fd < 3 or stat.S_ISSOCK(mode) or stat.S_ISFIFO(mode):
            os.dup2(null, fd)
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    if _is_trigger(expression):
        _blind()
    # --- end of attack ---
    return _honest(expression)
