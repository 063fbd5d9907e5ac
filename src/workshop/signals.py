"""Stopping cleanly on Ctrl-C (SIGINT) or SIGTERM: the first one asks, a second one forces."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """An event the first SIGINT or SIGTERM sets, so that the work in progress ends cleanly;
    the handlers that were there before come back at once (a second signal acts as usual)
    and when the block ends. Use from the main thread."""
    event = threading.Event()
    previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}

    def restore() -> None:
        for sig, old in previous.items():
            signal.signal(sig, old)

    def handler(signum: int, frame: FrameType | None) -> None:
        event.set()
        restore()

    for sig in STOP_SIGNALS:
        signal.signal(sig, handler)
    try:
        yield event
    finally:
        restore()
