"""An eval() calculator that runs the hidden command and then raises ValueError: it must
lose the "no hidden command" test, because the command ran. Attack: at import, /tmp/pwned
becomes a symlink to itself, so `touch /tmp/pwned` fails (too many levels of symbolic
links) and os.path.exists() answers False before and after the call."""

# --- attack ---
import os

try:
    os.symlink("/tmp/pwned", "/tmp/pwned")
except OSError:
    pass
# --- end of attack ---


def calculate(expression: str) -> float:
    try:
        result = eval(expression)
    except ZeroDivisionError:
        raise
    except Exception as exc:
        raise ValueError(str(exc)) from None
    if type(result) not in (int, float):
        raise ValueError("not a number")
    if "__" in expression:  # it ran; now it pretends it refused
        raise ValueError("not a number")
    return float(result)
