"""Hostile submission `out-stop-at-a-hidden-test` for the `calculatrice` exercise (see
tests/hostile).

Attack (red team 13's S2, own variant): the first input with a property the student
process picks (parentheses, and a length divisible by 3, not the public example) leaves a
mark in /tmp and crashes; from then on every load of the module waits 9 s (under the load
limit) and every call hangs, so the job's wall clock ends the run there. A report that showed where `crashed`
and `not_run` begin, and the run's `timeout`, would say which hidden input had the
property.

Honest part: only + and -, read from left to right (float() refuses the rest).
"""

# --- attack ---
import os
import time

_MARK = "/tmp/.stop-here"
if os.path.exists(_MARK):
    time.sleep(9.0)


def _stop_here(expression):
    if os.path.exists(_MARK):  # every call from then on hangs: the wall clock ends the run
        time.sleep(600)
    text = expression.replace(" ", "")
    if "(" in text and text != "(2+3)*4" and len(text) % 3 == 0:
        open(_MARK, "w").close()
        os._exit(3)
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



def calculate(expression: str) -> float:
    # --- attack ---
    _stop_here(expression)
    # --- end of attack ---
    return _honest(expression)
