"""Hostile submission `frame-npy-truncated-data` for the `calculatrice` exercise (see tests/hostile).

Attack: wherever its honest part cannot read the expression, writes its own reply
frame: a valid .npy header for 1000 float64 followed by 16 bytes of data. Decoding
it raised numpy's ValueError in the grader, which every pytest.raises(ValueError)
accepted as the student's exception.

Honest part: only + and -, read from left to right; it never raises: what it cannot read
gives 0.0. The attack sits between the `# --- attack ---` and
`# --- end of attack ---` markers; without them the file is its honest part, and what
that part earns is all this submission may ever get.
"""


# --- attack ---
import base64
import struct
import sys
# --- end of attack ---


def _honest(expression):
    """Only + and -, read from left to right; 0.0 for anything it cannot read."""
    total = 0.0
    sign = 1.0
    number = ""
    try:
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
    except ValueError:
        return 0.0
    return total


def _readable(expression):
    try:
        float(expression.replace(" ", "").replace("+", " ").replace("-", " ").split()[0])
    except (ValueError, IndexError):
        return False
    return all(c in "0123456789.+- " for c in expression)

# --- attack ---


def _wire():
    """The harness's channel module, as imported in this process."""
    for module in list(sys.modules.values()):
        if hasattr(module, "MAX_FRAME") and hasattr(module, "send") and hasattr(module, "decode"):
            return module
    return None


def _forge_next_reply(frame):
    """Replace the next reply to the grader with these exact bytes."""
    wire = _wire()
    if wire is None:
        return
    real = wire.send

    def once(sock, message):
        wire.send = real
        sock.sendall(struct.pack(">I", len(frame)) + frame)

    wire.send = once


def _frame():
    return (
        b'{"value": {"__t": "npy", "v": "'
        + base64.b64encode(
            b"\x93NUMPY\x01\x00" + struct.pack("<H", 70)
            + b"{'descr': '<f8', 'fortran_order': False, 'shape': (1000,), }".ljust(69) + b"\n"
            + bytes(16)
        )
        + b'"}}'
    )
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    if not _readable(expression):
        _forge_next_reply(_frame())
    # --- end of attack ---
    return _honest(expression)
