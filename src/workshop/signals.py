"""Stopping cleanly on Ctrl-C (SIGINT) or SIGTERM: the first one asks, a second one forces."""

from __future__ import annotations

import signal
import threading
from types import FrameType

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def stop_event() -> threading.Event:
    """An event the first SIGINT or SIGTERM sets (the work in progress then ends cleanly);
    the handlers that were there before come back at once, so a second signal acts as usual.
    Call from the main thread."""
    event = threading.Event()
    previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}

    def handler(signum: int, frame: FrameType | None) -> None:
        event.set()
        for sig, old in previous.items():
            signal.signal(sig, old)

    for sig in STOP_SIGNALS:
        signal.signal(sig, handler)
    return event
