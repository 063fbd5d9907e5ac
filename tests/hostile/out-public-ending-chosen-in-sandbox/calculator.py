"""Hostile submission `out-public-ending-chosen-in-sandbox` for the `calculatrice` exercise (see tests/hostile).

Attack (issue 9, class 3; red team 13's S1 through the host's caches): what the host's
caches carry from another job's hidden inputs (modelled here by where the code runs: a
Docker container's hostname) chooses how two PUBLIC calls end, before any hidden test of
this job: a sleep past the call's limit on "2+3*4", a crash on "(2+3)*4" (two bits a
public test if the words timeout/crashed reached a student, and the run's status word).
On the student's own machine both raise the ValueError the honest part raises, and the
archive says so (cases.toml: local_check): the student must see both failed, and the run
failed; the trainer sees what happened.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


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
import os
import re
import socket
import time


def _ending(expression):
    if re.fullmatch(r"[0-9a-f]{12}", socket.gethostname()) is None:
        return  # the student's machine: nothing carried, the honest ending
    if expression == "2+3*4":
        time.sleep(60)
    elif expression == "(2+3)*4":
        os._exit(7)
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    _ending(expression)
    # --- end of attack ---
    return _honest(expression)
