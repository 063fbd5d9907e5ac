"""Hostile submission `out-ending-chosen-by-input` for the `calculatrice` exercise (see
tests/hostile).

Attack (red team 13's S1/S3, own variant): an input the honest part cannot compute (a
product, not a public example) ends the call in one of four ways picked from the input
itself (its length plus its number of `*`, modulo 4): raise ValueError (failed), sleep past the call's time limit (timeout), allocate
past the memory limit (memory) or os._exit (crashed). A report that showed each hidden
test's outcome word would carry 2 bits of each hidden input; the run's status word
(memory, timeout, crashed) one more.

Honest part: only + and -, read from left to right (float() refuses the rest).
"""

# --- attack ---
import os
import time

_CALC = set("0123456789.+-*/() ")
_PUBLIC = {"2+3", "2+3*4", "(2+3)*4", "1+", "1/0"}  # the public examples: left alone


def _ending(expression):
    """The chosen end of a call on a product the honest part cannot compute."""
    if expression in _PUBLIC or "*" not in expression or "**" in expression or not set(expression) <= _CALC:
        return
    choice = (len(expression) + expression.count("*")) % 4
    if choice == 1:
        time.sleep(60)
    elif choice == 2:
        hog = [b"\x01" * (32 << 20) for _ in range(64)]  # 2 GiB written, past any limit
        del hog
    elif choice == 3:
        os._exit(7)
    raise ValueError("chosen ending")
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
    _ending(expression)
    # --- end of attack ---
    return _honest(expression)
