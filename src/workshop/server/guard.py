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
* past ``PRESSURE_SHARE`` of the limit, a new connection must send its headers within
  ``HEADERS_UNDER_PRESSURE_S``, and past ``SHED_SHARE`` the connections that wait for a
  request (headers not finished, or idle after an answer) are closed, longest waiting
  first (of those read from or answered at least once), down to ``PRESSURE_SHARE`` (red
  team 12c: 4,300 connections that never finished their headers filled the limit; so did
  2,000 idle keep-alives plus 2,200 of those): a request under way is never shed, so an
  honest one, quick to send its headers, is answered;
* a response that makes no progress (the client reads nothing) for ``WRITE_STALL_S``
  closes its connection, and a connection answers at most ``REQUESTS_PER_CONNECTION``
  requests (red team 12c: pipelined GETs never read held their connections forever);
* when the upload gate is full, a new upload evicts the one that gives least: the slowest
  of the student who holds the most, else the slowest past its grace (red team 12c:
  22 students x 3 uploads above the rate floor held all 64 places);
* a connection reaches the accept queue only with its first bytes (``TCP_DEFER_ACCEPT``),
  and under pressure (past ``PRESSURE_SHARE`` of the limit, or ``QUEUE_PRESSURE``
  connections waiting in the kernel's accept queue) it is closed as it is accepted unless
  those bytes are a complete request head (a whole TLS record with TLS)
  (:class:`GuardedListener`): no transport, protocol or timer is made for it (red team
  12c: 4,300 connections that sent half their headers, re-opened as soon as closed, kept
  an honest request waiting about 30 s). An honest client sends its head in one write, so
  it is all there when accepted; without pressure nothing changes (a slow link has its
  ``HEADERS_S``);
* on SIGTERM uvicorn gives running requests ``GRACE_S`` seconds, then cancels them.
"""

from __future__ import annotations

import asyncio
import fcntl
import heapq
import json
import logging
import re
import resource
import socket
import struct
import termios
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import h11
from uvicorn.protocols.http import h11_impl
from uvicorn.protocols.http.h11_impl import H11Protocol

from workshop.i18n import t
from workshop.server.hardening import hardened_headers

HEADERS_S = 10.0
BODY_IDLE_S = 10.0
BODY_TOTAL_S = 120.0
BODY_GRACE_S = 5.0
BODY_MIN_RATE = 2048  # bytes/s, averaged from the body's start, once BODY_GRACE_S passed
UPLOADS = 64
UPLOADS_PER_STUDENT = 3  # the extras are the first to give way when the gate is full
GRACE_S = 5.0
KEEP_ALIVE_S = 30  # longer than clients keep theirs (httpx: 5 s), see serve
PRESSURE_SHARE = 0.5  # of limit_concurrency: past it, idle keep-alive connections close soon
IDLE_UNDER_PRESSURE_S = 1.0
HEADERS_UNDER_PRESSURE_S = 2.0
SHED_SHARE = 0.75  # of limit_concurrency: past it, connections waiting for a request are shed
SHED_EVERY_S = 0.1
WRITE_STALL_S = 5.0  # a response the client reads nothing of for this long: closed
REQUESTS_PER_CONNECTION = 100
LOG_EVERY_S = 60.0
QUEUE_PRESSURE = 128  # connections waiting in the kernel's accept queue: past it, no head, no entry
HEAD_PEEK = 16 * 1024 + 4  # h11's bound on a request head (uvicorn's default), and its blank line
QUEUE_RECHECK = 32  # rejections between two looks at the queue's depth
REJECT_BATCH = 512  # rejections in one accept() call at most: the loop runs in between
FD_LIMIT_WANTED = 65536


COUNTED = "workshop_counted"  # a log record's attribute: already through the rate limit
MAX_KINDS = 1000  # kinds remembered at most (their texts are the programs', not the clients')


class RefusalLog:
    """One log line per kind of event (a message key) per ``every_s`` seconds: the first at
    once, the next one with how many there were meanwhile."""

    def __init__(self, every_s: float = LOG_EVERY_S, logger: logging.Logger | None = None) -> None:
        self.every_s = every_s
        # uvicorn's own logger: its lines and ours go to the same place, alike.
        self.logger = logger or logging.getLogger("uvicorn.error")
        self.seen: dict[str, tuple[float, int]] = {}  # key -> (when last logged, count since)
        self.lock = threading.Lock()

    def admit(self, key: str) -> int | None:
        """Count one event of kind ``key``: how many there were since its last line (this
        one included) when a line is due now, else None (counted, not logged)."""
        now = time.monotonic()
        with self.lock:
            logged_at, count = self.seen.get(key, (-self.every_s, 0))
            count += 1
            if now - logged_at < self.every_s:
                self.seen[key] = (logged_at, count)
                return None
            if len(self.seen) >= MAX_KINDS and key not in self.seen:
                self.seen = {k: v for k, v in self.seen.items() if now - v[0] < self.every_s}
            self.seen[key] = (now, 0)
        return count

    def note(self, key: str) -> None:
        count = self.admit(key)
        if count is not None:
            self.logger.warning(t("server_log_refusals", what=t(key), count=count), extra={COUNTED: True})


# uvicorn's lines a client can cause, with the key of what they say in the server's language.
UVICORN_LINES = {
    "Invalid HTTP request received.": "server_log_invalid_http",
    "Unsupported upgrade request.": "server_log_upgrade",
    # said with the line above, to the same request: one kind, and no advice to install
    # what the server does not need (red team 12f, E2)
    "No supported WebSocket library detected. Please use \"pip install 'uvicorn[standard]'\", "
    "or install 'websockets' or 'wsproto' manually.": "server_log_upgrade",
    "Exception in ASGI application\n": "server_log_app_error",
    "Exceeded concurrency limit.": "server_log_full",
}


class RateLimitedLines(logging.Filter):
    """Every log line goes through :data:`REFUSALS`'s one line per kind per minute (red team
    12e L2: an outsider's malformed requests made uvicorn log one line each, 44,857 lines
    in 15 s). The kind is the line's logger, level and message template (never the client's
    text); uvicorn's lines a client can cause say so in the server's language; another
    kind's line, when due, says how many like it were left out. A traceback is kept on the
    line that is logged."""

    def __init__(self, log: RefusalLog) -> None:
        super().__init__()
        self.log = log

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, COUNTED, False):
            return True
        template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        known = UVICORN_LINES.get(template)
        count = self.log.admit(known or f"{record.name}:{record.levelno}:{template[:200]}")
        if count is None:
            return False
        setattr(record, COUNTED, True)  # a line seen by two handlers is counted once
        if known:
            record.msg, record.args = t("server_log_refusals", what=t(known), count=count), ()
        elif count > 1:
            try:
                text = record.getMessage()
            except (TypeError, ValueError):
                text = template
            record.msg, record.args = text + " " + t("server_log_more_like_it", count=count - 1), ()
        return True


def limit_log_lines(log: RefusalLog | None = None) -> RateLimitedLines:
    """Put :class:`RateLimitedLines` on every handler the server's lines reach: uvicorn's
    (call after ``uvicorn.Config`` set them up) and the root logger's, given one to stderr
    when it has none (asyncio's, FastAPI's and workshop's own lines)."""
    limit = RateLimitedLines(log or REFUSALS)
    root = logging.getLogger()
    if not root.handlers:
        to_stderr = logging.StreamHandler()
        to_stderr.setFormatter(logging.Formatter("%(levelname)s:  %(message)s"))
        to_stderr.setLevel(logging.WARNING)
        root.addHandler(to_stderr)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi", ""):
        for handler in logging.getLogger(name).handlers:
            if limit not in handler.filters:
                handler.addFilter(limit)
    return limit


@dataclass(eq=False)
class Upload:
    """One upload being read: whose, since when, how many bytes so far; ``evict`` stops it."""

    who: str
    started: float = field(default_factory=time.monotonic)
    received: int = 0
    evict: Callable[[], None] = lambda: None
    evicted: bool = False

    def rate(self, now: float) -> float:
        return self.received / max(now - self.started, 1e-3)


class UploadGate:
    """How many uploads are being read, in all and per student. Used on the event loop only.

    When all ``total`` places are taken, a new upload takes the place of the one that gives
    least (:meth:`_victim`) rather than being refused: uploads that merely keep above the
    rate floor cannot keep honest ones out."""

    def __init__(self, total: int = UPLOADS, per_student: int = UPLOADS_PER_STUDENT) -> None:
        self.total, self.per_student = total, per_student
        self.reading: dict[str, list[Upload]] = {}

    def enter(self, who: str) -> Upload | str:
        """The upload's place (call :meth:`leave` with it after), else the refusal's key."""
        mine = self.reading.get(who, [])
        if len(mine) >= self.per_student:
            return "server_uploads_per_student"
        if sum(len(held) for held in self.reading.values()) >= self.total:
            victim = self._victim(who)
            if victim is None:
                return "server_uploads_busy"
            self.leave(victim)
            victim.evicted = True
            victim.evict()
        upload = Upload(who)
        self.reading.setdefault(who, []).append(upload)
        return upload

    def _victim(self, newcomer: str) -> Upload | None:
        """The upload to give way: a student's extra uploads first (the newcomer holds none
        past its first), then the slowest on average; an upload still in its first
        ``BODY_GRACE_S`` is only taken if its student holds another one."""
        now = time.monotonic()
        if self.reading.get(newcomer):
            return None  # one of theirs is under way: they wait for it, nobody is evicted
        candidates = [
            (-len(held), upload.rate(now), upload)
            for held in self.reading.values()
            for upload in held
            if len(held) > 1 or now - upload.started >= BODY_GRACE_S
        ]
        if not candidates:
            return None
        return min(candidates, key=lambda c: (c[0], c[1]))[2]

    def leave(self, upload: Upload) -> None:
        held = self.reading.get(upload.who, [])
        if upload in held:
            held.remove(upload)
        if not held:
            self.reading.pop(upload.who, None)


REFUSALS = RefusalLog()


def _unsent(transport: asyncio.BaseTransport) -> int:
    """Bytes written but not yet taken by the client: the transport's buffer and, on Linux,
    the kernel's send queue (TIOCOUTQ), so that any byte the client reads counts as progress."""
    size = transport.get_write_buffer_size()  # type: ignore[attr-defined]
    fileno = getattr(transport.get_extra_info("socket"), "fileno", None)
    if fileno is not None:
        try:
            size += int.from_bytes(fcntl.ioctl(fileno(), termios.TIOCOUTQ, b"\0\0\0\0"), "little")
        except (OSError, ValueError):
            pass
    return int(size)


class GuardedH11(H11Protocol):
    """uvicorn's h11 protocol, with a deadline for a request's headers, shedding of the
    connections that wait for a request under pressure, and a write deadline."""

    _headers_timer: asyncio.TimerHandle | None = None
    _write_timer: asyncio.TimerHandle | None = None
    _waiting_since = 0.0  # when it last began waiting for a request's headers
    _answered = 0
    _heard = False  # bytes were read from it

    def send_400_response(self, msg: str) -> None:
        """A request h11 cannot read: the project's ``{"error": ...}`` in the server's
        language (uvicorn's own says "Invalid HTTP request received." in English, as text),
        with the headers every answer carries; the connection closed."""
        cycle = getattr(self, "cycle", None)
        if cycle is not None and not cycle.response_complete:
            # The route already runs for this request (its head was read): it must not answer
            # after this one, which h11 refuses and uvicorn logged as an error of ours, a
            # traceback an outsider could send once a minute to hide a real one (12f, E1).
            cycle.disconnected = True
            cycle.message_event.set()
        body = json.dumps({"error": t("server_bad_request")}).encode()
        plain = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        headers = [*hardened_headers(plain, ""), (b"connection", b"close")]
        output = self.conn.send(h11.Response(status_code=400, headers=headers, reason=b"Bad Request"))
        output += self.conn.send(h11.Data(data=body)) or b""
        output += self.conn.send(h11.EndOfMessage()) or b""
        self.transport.write(output)
        self.transport.close()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self._waiting_since = time.monotonic()
        limit = self.limit_concurrency or 0
        pressed = bool(limit) and len(self.connections) > limit * PRESSURE_SHARE
        self._deadline(HEADERS_UNDER_PRESSURE_S if pressed else HEADERS_S)
        if limit and len(self.connections) > limit * SHED_SHARE:
            # At most one pass every SHED_EVERY_S: a pass looks at every connection, and
            # under a flood the loop accepts hundreds at a time.
            now = time.monotonic()
            late = now - getattr(self.server_state, "guard_shed_at", 0.0) >= SHED_EVERY_S
            if late or len(self.connections) >= limit - 1:  # at the limit: uvicorn would refuse
                setattr(self.server_state, "guard_shed_at", now)  # noqa: B010 - uvicorn's class
                self._shed(int(limit * PRESSURE_SHARE))

    def on_response_complete(self) -> None:
        self._answered += 1
        if self._answered >= REQUESTS_PER_CONNECTION and not self.transport.is_closing():
            self.transport.close()  # pipelined requests beyond are not read
        self._waiting_since = time.monotonic()
        super().on_response_complete()
        if self.transport.is_closing():
            self._watch_writes()  # a close waits for the client to read what is left
            return
        limit = self.limit_concurrency
        if limit and len(self.connections) > limit * PRESSURE_SHARE:
            self._deadline(IDLE_UNDER_PRESSURE_S)  # idle connections make room under pressure
        else:
            self._deadline(self.timeout_keep_alive + HEADERS_S)

    def timeout_keep_alive_handler(self) -> None:
        super().timeout_keep_alive_handler()
        self._watch_writes()

    def pause_writing(self) -> None:
        super().pause_writing()
        self._watch_writes()

    def connection_lost(self, exc: Exception | None) -> None:
        for timer in (self._headers_timer, self._write_timer):
            if timer is not None:
                timer.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._heard = True
        super().data_received(data)

    def _waiting(self) -> bool:
        """No request under way: headers not finished, or idle after an answer; and it had
        its chance (a connection just accepted whose bytes were not read yet is spared:
        under load the loop accepts hundreds before it reads any, an honest one among them)."""
        if self.cycle is not None and not self.cycle.response_complete:
            return False
        return self._heard or self._answered > 0

    def _shed(self, keep: int) -> None:
        """Close the connections waiting for a request, longest waiting first, until at most
        ``keep`` are left open (those already closing count as gone)."""
        closing = sum(1 for other in self.connections if other.transport.is_closing())
        excess = len(self.connections) - closing - keep
        if excess <= 0:
            return
        waiting = (
            other
            for other in self.connections
            if isinstance(other, GuardedH11)
            and other is not self
            and not other.transport.is_closing()
            and other._waiting()
        )
        for other in heapq.nsmallest(excess, waiting, key=lambda c: c._waiting_since):
            other._close()
            REFUSALS.note("server_log_shed")

    def _close(self) -> None:
        self.transport.close()
        self._watch_writes()

    def _deadline(self, seconds: float) -> None:
        if self._headers_timer is not None:
            self._headers_timer.cancel()
        self._headers_timer = self.loop.call_later(seconds, self._headers_late, self.cycle)

    def _headers_late(self, cycle: Any) -> None:  # noqa: ANN401 - uvicorn's private cycle type
        # Same cycle as when armed: no new request began since. A request under way is the
        # app's to bound (its body's timeouts).
        if self.cycle is cycle and not self.transport.is_closing():
            if cycle is None or cycle.response_complete:
                self._close()
                REFUSALS.note("server_log_headers_late")

    def _watch_writes(self, before: int | None = None) -> None:
        """While the response waits on the client (writing paused) or a close waits to
        send what is left: abort the connection when nothing was taken in ``WRITE_STALL_S``."""
        if self._write_timer is not None:
            self._write_timer.cancel()
            self._write_timer = None
        if self.transport is None:
            return
        unsent = _unsent(self.transport)
        if before is not None and unsent >= before and unsent > 0:
            self.transport.abort()
            REFUSALS.note("server_log_write_stalled")
            return
        if unsent > 0 and (self.flow.write_paused or self.transport.is_closing()):
            self._write_timer = self.loop.call_later(WRITE_STALL_S, self._watch_writes, unsent)


_BLANK_LINE = re.compile(rb"\n\r?\n")  # where h11 sees a head end
_TCP_INFO = getattr(socket, "TCP_INFO", None)  # Linux


def accept_queue(sock: socket.socket) -> int:
    """How many connections wait in the kernel's accept queue of a listening socket (Linux's
    ``tcpi_unacked`` for a listener); 0 where it cannot be told."""
    if _TCP_INFO is None:
        return 0
    try:
        info = sock.getsockopt(socket.IPPROTO_TCP, _TCP_INFO, 32)
    except OSError:
        return 0
    return int(struct.unpack_from("I", info, 24)[0]) if len(info) >= 28 else 0


def complete_head(data: bytes, tls: bool) -> bool:
    """``data`` starts with all of a request head: up to its blank line, or with TLS a whole
    first record (the ClientHello, which a client sends in one write too)."""
    if tls:
        return len(data) >= 5 and data[0] == 0x16 and len(data) >= 5 + int.from_bytes(data[3:5], "big")
    return _BLANK_LINE.search(data) is not None


class GuardedListener(socket.socket):
    """The server's listening socket. Under pressure (``QUEUE_PRESSURE`` connections or more
    waiting in its accept queue, or more than ``PRESSURE_SHARE`` of ``limit`` connections
    open), :meth:`accept` closes at once each connection whose bytes so far (read with
    ``MSG_PEEK``, without waiting) are not a complete request head, and hands the loop the
    next one: a flood of connections that bring no request costs an accept, a peek and a
    close each, and the connections behind them (an honest one) are reached soon. Closed
    with their bytes unread, they are reset. Without pressure it accepts as a socket does.

    ``TCP_DEFER_ACCEPT`` (Linux) keeps a connection out of the accept queue until its first
    bytes arrive (``HEADERS_S`` at most): an honest client's head, one write, is all there
    when it is accepted, however soon."""

    tls = False
    limit = 0
    connections: Any = ()  # uvicorn's server_state.connections, once the server exists
    _pending = 0  # handed to the loop, not yet among ``connections``
    _batch = 0  # handed in the loop's current accept callback

    def pressed(self) -> bool:
        if self.limit and len(self.connections) + self._pending > self.limit * PRESSURE_SHARE:
            return True
        return accept_queue(self) >= QUEUE_PRESSURE

    def _handed(self) -> None:
        """Count a connection handed to the loop until it is among ``connections``: asyncio
        accepts a batch in one callback, makes their protocols in the next iteration, and
        calls their ``connection_made`` in the one after (when :meth:`_made` has run)."""
        if self._batch == 0:
            try:
                asyncio.get_running_loop().call_soon(self._batch_done)
            except RuntimeError:  # accept() outside a loop: nothing to count
                return
        self._batch += 1
        self._pending += 1

    def _batch_done(self) -> None:
        count, self._batch = self._batch, 0
        asyncio.get_running_loop().call_soon(self._made, count)

    def _made(self, count: int) -> None:
        self._pending -= count

    def accept(self) -> tuple[socket.socket, Any]:
        rejected = 0
        pressed = self.pressed()
        while True:
            fd, address = self._accept()  # type: ignore[attr-defined]  # BlockingIOError: none left
            conn = socket.socket(self.family, self.type, self.proto, fileno=fd)
            if pressed:
                try:
                    data = conn.recv(HEAD_PEEK, socket.MSG_PEEK | socket.MSG_DONTWAIT)
                except OSError:  # nothing (BlockingIOError: it sent nothing in HEADERS_S), or reset
                    data = b""
            if not pressed or (data and complete_head(data, self.tls)):
                self._handed()
                return conn, address
            conn.close()
            REFUSALS.note("server_log_queue_rejected")
            rejected += 1
            if rejected >= REJECT_BATCH:
                raise BlockingIOError  # the loop runs its callbacks, then accepts again
            if rejected % QUEUE_RECHECK == 0:
                pressed = self.pressed()


def guarded_listener(config: Any, connections: Any = ()) -> GuardedListener:  # noqa: ANN401 - uvicorn's
    """The listening socket for uvicorn's ``config`` (bound by uvicorn's own
    ``Config.bind_socket``, as for its workers), as a :class:`GuardedListener` that counts
    ``connections`` (the server's ``server_state.connections``) against the config's
    ``limit_concurrency``: pass it to ``Server.run(sockets=[...])``."""
    sock = config.bind_socket()
    # As TCP, which bind_socket leaves 0: asyncio sets TCP_NODELAY on the accepted sockets of
    # a TCP listener only (without it, Nagle's delay: 40 ms on each keep-alive answer).
    tcp = sock.family in (socket.AF_INET, socket.AF_INET6)
    proto = socket.IPPROTO_TCP if tcp else sock.proto
    listener = GuardedListener(sock.family, sock.type, proto, fileno=sock.detach())
    listener.tls = bool(config.is_ssl)
    listener.limit = config.limit_concurrency or 0
    listener.connections = connections
    defer = getattr(socket, "TCP_DEFER_ACCEPT", None)
    if defer is not None:
        try:
            listener.setsockopt(socket.IPPROTO_TCP, defer, int(HEADERS_S))
        except OSError:
            pass
    return listener


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


BUSY_RETRY_AFTER_S = 5


async def busy(scope: Any, receive: Any, send: Any) -> None:
    """What a request past ``limit_concurrency`` is answered: the project's ``{"error": ...}``
    in the server's language, with the headers every answer carries and ``Retry-After``
    (uvicorn's own says "Service Unavailable" in English, as text)."""
    body = json.dumps({"error": t("server_busy")}).encode()
    plain = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers = [*hardened_headers(plain, ""), (b"retry-after", str(BUSY_RETRY_AFTER_S).encode())]
    await send(
        {"type": "http.response.start", "status": 503, "headers": [*headers, (b"connection", b"close")]}
    )
    await send({"type": "http.response.body", "body": body, "more_body": False})


def uvicorn_limits(fd_limit: int) -> dict[str, Any]:
    """uvicorn's own bounds: past ``limit_concurrency`` connections and tasks it answers 503
    at once (kept well under the open-file limit, so accept() never fails); idle
    keep-alive connections close after ``KEEP_ALIVE_S``; a stop waits ``GRACE_S`` at most.
    uvicorn's h11 protocol picks its answer past the limit by a name of its module, which
    has no other hook: :func:`busy` is put there."""
    h11_impl.service_unavailable = busy  # type: ignore[assignment]
    return {
        "http": GuardedH11,
        "limit_concurrency": max(64, min(4096, fd_limit // 2 - 64)),
        "timeout_keep_alive": KEEP_ALIVE_S,
        "timeout_graceful_shutdown": GRACE_S,
    }
