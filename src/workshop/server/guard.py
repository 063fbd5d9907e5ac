"""What keeps slow, stalled or abandoned connections from stopping the class (issue 12,
red team): every wait on a client is bounded, and so is what one student can hold open.

* the headers of a request must arrive within ``HEADERS_S`` of the connection (or of the
  keep-alive period after the previous answer): uvicorn times out idle keep-alive
  connections, but not one that never finishes its headers (:class:`GuardedH11`);
* an upload's body may pause at most ``BODY_IDLE_S`` and take at most ``BODY_TOTAL_S`` in
  all (see :class:`workshop.server.uploads.Receiver`), so a trickle (slowloris) ends;
* at most ``UPLOADS_PER_STUDENT`` uploads of one token and ``UPLOADS`` in all are read at
  once (:class:`UploadGate`); past that the upload is refused before its body is read, and
  the connection closed;
* refusals and clients that went away are logged one line per kind and per minute, never a
  line per request nor a traceback (:class:`RefusalLog`);
* past ``PRESSURE_SHARE`` of uvicorn's ``limit_concurrency`` connections open, a
  connection is closed ``IDLE_UNDER_PRESSURE_S`` after its answer instead of kept alive
  30 s (red team 12b: 4,200 idle keep-alive connections re-sent every 20 s filled the limit
  and honest requests got 503); a client opens a new connection when it needs one;
* on SIGTERM uvicorn gives running requests ``GRACE_S`` seconds, then cancels them.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import threading
import time
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from workshop.i18n import t

HEADERS_S = 10.0
BODY_IDLE_S = 10.0
BODY_TOTAL_S = 120.0
BODY_GRACE_S = 5.0
BODY_MIN_RATE = 2048  # bytes/s, averaged from the body's start, once BODY_GRACE_S passed
UPLOADS = 64
UPLOADS_PER_STUDENT = 3
GRACE_S = 5.0
KEEP_ALIVE_S = 30  # longer than clients keep theirs (httpx: 5 s), see serve
PRESSURE_SHARE = 0.5  # of limit_concurrency: past it, idle keep-alive connections close soon
IDLE_UNDER_PRESSURE_S = 1.0
LOG_EVERY_S = 60.0
FD_LIMIT_WANTED = 65536


class RefusalLog:
    """One log line per kind of event (a message key) per ``every_s`` seconds: the first at
    once, the next one with how many there were meanwhile."""

    def __init__(self, every_s: float = LOG_EVERY_S, logger: logging.Logger | None = None) -> None:
        self.every_s = every_s
        # uvicorn's own logger: its lines and ours go to the same place, alike.
        self.logger = logger or logging.getLogger("uvicorn.error")
        self.seen: dict[str, tuple[float, int]] = {}  # key -> (when last logged, count since)
        self.lock = threading.Lock()

    def note(self, key: str) -> None:
        now = time.monotonic()
        with self.lock:
            logged_at, count = self.seen.get(key, (-self.every_s, 0))
            count += 1
            if now - logged_at < self.every_s:
                self.seen[key] = (logged_at, count)
                return
            self.seen[key] = (now, 0)
        self.logger.warning(t("server_log_refusals", what=t(key), count=count))


class UploadGate:
    """How many uploads are being read, in all and per student. Used on the event loop only."""

    def __init__(self, total: int = UPLOADS, per_student: int = UPLOADS_PER_STUDENT) -> None:
        self.total, self.per_student = total, per_student
        self.reading: dict[str, int] = {}

    def enter(self, who: str) -> str | None:
        """None when ``who`` may upload now (call :meth:`leave` after), else the refusal's key."""
        if self.reading.get(who, 0) >= self.per_student:
            return "server_uploads_per_student"
        if sum(self.reading.values()) >= self.total:
            return "server_uploads_busy"
        self.reading[who] = self.reading.get(who, 0) + 1
        return None

    def leave(self, who: str) -> None:
        left = self.reading.get(who, 1) - 1
        if left:
            self.reading[who] = left
        else:
            self.reading.pop(who, None)


REFUSALS = RefusalLog()


class GuardedH11(H11Protocol):
    """uvicorn's h11 protocol, with a deadline for a request's headers."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self._deadline(HEADERS_S)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        limit = self.limit_concurrency
        if limit and len(self.connections) > limit * PRESSURE_SHARE:
            self._deadline(IDLE_UNDER_PRESSURE_S)  # idle connections make room under pressure
        else:
            self._deadline(self.timeout_keep_alive + HEADERS_S)

    def connection_lost(self, exc: Exception | None) -> None:
        timer = getattr(self, "_headers_timer", None)
        if timer is not None:
            timer.cancel()
        super().connection_lost(exc)

    def _deadline(self, seconds: float) -> None:
        timer = getattr(self, "_headers_timer", None)
        if timer is not None:
            timer.cancel()
        self._headers_timer = self.loop.call_later(seconds, self._headers_late, self.cycle)

    def _headers_late(self, cycle: Any) -> None:  # noqa: ANN401 - uvicorn's private cycle type
        # Same cycle as when armed: no new request began since. A request under way is the
        # app's to bound (its body's timeouts).
        if self.cycle is cycle and not self.transport.is_closing():
            if cycle is None or cycle.response_complete:
                self.transport.close()
                REFUSALS.note("server_log_headers_late")


def raise_fd_limit() -> int:
    """Raise the soft limit on open files to the hard one (at most ``FD_LIMIT_WANTED``):
    a laptop's default 1024 is what a thousand held connections exhausted. The limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = FD_LIMIT_WANTED if hard == resource.RLIM_INFINITY else min(hard, FD_LIMIT_WANTED)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError):
            pass
    return soft


def uvicorn_limits(fd_limit: int) -> dict[str, Any]:
    """uvicorn's own bounds: past ``limit_concurrency`` connections and tasks it answers 503
    at once (kept well under the open-file limit, so accept() never fails); idle
    keep-alive connections close after ``KEEP_ALIVE_S``; a stop waits ``GRACE_S`` at most."""
    return {
        "http": GuardedH11,
        "limit_concurrency": max(64, min(4096, fd_limit // 2 - 64)),
        "timeout_keep_alive": KEEP_ALIVE_S,
        "timeout_graceful_shutdown": GRACE_S,
    }
