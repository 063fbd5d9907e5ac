"""Receiving an upload without letting it stop the server.

The body is spooled to a file under the inbox's ``.incoming/`` (never held whole in
memory; at most a MiB is buffered), hashed on the way. The archive is then checked by the
same code as ``workshop grade`` (:func:`workshop.archive.unpack`, bounded whatever it
declares) and by the hand-in checks of ``workshop submit`` (:mod:`workshop.handin`), in a
worker thread: the event loop keeps answering meanwhile, and at most ``CHECKERS`` uploads
are checked at once, which bounds the memory and CPU that checking can take. An accepted
spool file is hard-linked into the inbox; every spool file is removed afterwards, and at
start those a killed server left (:func:`sweep_spool`: only the server's own, named
``serve-<pid>-``, never a ``workshop submit`` under way into a shared-folder inbox).

Reading the body is bounded in time (:mod:`workshop.server.guard`): a pause longer than
``BODY_IDLE_S``, a body slower than ``BODY_TOTAL_S`` in all, or averaging under
``BODY_MIN_RATE`` once ``BODY_GRACE_S`` passed raises :class:`TooSlow`.

What it may write is bounded (:mod:`workshop.server.storage`): a spool that brings the
inbox's filesystem under the free-space floor is cut off (:class:`DiskLow`), an upload that
would take its student past their bound for the exercise is not stored (``StoreFull``), and
a write that fails (a full disk, ENOSPC) removes the spool file and raises
:class:`DiskFailed`: the route answers 503, one log line a minute, no traceback."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import anyio
from anyio import to_thread
from starlette.requests import Request

from workshop.archive import MAX_ARCHIVE_BYTES, Manifest, unpack
from workshop.course import Course
from workshop.errors import ConfigError
from workshop.handin import check_files, member_check
from workshop.inbox import INCOMING, deliver_file, incoming
from workshop.server.guard import BODY_GRACE_S, BODY_IDLE_S, BODY_MIN_RATE, BODY_TOTAL_S, Upload
from workshop.server.storage import Storage

CHECKERS = 2
_FLUSH_BYTES = 1 << 20


class TooLarge(Exception):
    """The body went past ``MAX_ARCHIVE_BYTES``."""


class DiskLow(Exception):
    """The inbox's filesystem is under the free-space floor: nothing kept."""


class DiskFailed(Exception):
    """Writing the upload failed (a full disk, most often): nothing kept."""


class TooSlow(Exception):
    """The body paused longer than ``BODY_IDLE_S``, took longer than ``BODY_TOTAL_S`` or
    averaged under ``BODY_MIN_RATE``: ``key`` is the message to answer, ``params`` its
    values."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key, self.params = key, params


SPOOL_PREFIX = "serve-"


def sweep_spool(inbox: Path) -> int:
    """Remove the spool files of servers of this inbox that are no longer running (a
    SIGKILL leaves them); how many. Files of a live server and anything else are left."""
    folder = inbox / INCOMING
    if not folder.is_dir():
        return 0
    removed = 0
    for entry in folder.glob(f"{SPOOL_PREFIX}*.part"):
        pid = entry.name[len(SPOOL_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            entry.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True


@dataclass
class Spooled:
    """An upload's body on disk, in the inbox's ``.incoming/`` folder."""

    path: Path
    size: int = 0
    digest: str = ""
    _hash: hashlib._Hash = field(default_factory=hashlib.sha256, repr=False)

    def discard(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass


class Receiver:
    """Spool, check and store uploads for one inbox and course."""

    def __init__(self, inbox: Path, course: Course, storage: Storage | None = None) -> None:
        self.inbox, self.course = inbox, course
        self.storage = storage or Storage(inbox, inbox)
        self._limiter: anyio.CapacityLimiter | None = None

    @property
    def limiter(self) -> anyio.CapacityLimiter:
        if self._limiter is None:  # made on the server's event loop, at first use
            self._limiter = anyio.CapacityLimiter(CHECKERS)
        return self._limiter

    async def spool(self, request: Request, place: Upload | None = None) -> Spooled:
        """The request's body in a file; :class:`TooLarge` past the cap (nothing kept);
        ``place`` counts the bytes received (the upload gate's measure of progress);
        :class:`DiskLow` when the inbox's filesystem goes under the floor, :class:`DiskFailed`
        when a write fails (nothing kept either way)."""
        try:
            fd, name = await to_thread.run_sync(
                lambda: tempfile.mkstemp(
                    dir=incoming(self.inbox), prefix=f"{SPOOL_PREFIX}{os.getpid()}-", suffix=".part"
                )
            )
        except (OSError, ConfigError) as exc:
            raise DiskFailed from exc
        spooled = Spooled(Path(name))
        handle = os.fdopen(fd, "wb")
        buffer = bytearray()
        try:
            async for chunk in _timed(request):
                spooled.size += len(chunk)
                if place is not None:
                    place.received = spooled.size
                if spooled.size > MAX_ARCHIVE_BYTES:
                    raise TooLarge
                buffer += chunk
                if len(buffer) >= _FLUSH_BYTES:
                    await self._flush(handle, spooled, bytes(buffer))
                    buffer.clear()
            await self._flush(handle, spooled, bytes(buffer), True)
        except BaseException:
            try:
                handle.close()
            except OSError:  # its unwritten buffer on a full disk: the file goes anyway
                pass
            spooled.discard()
            raise
        spooled.digest = spooled._hash.hexdigest()
        return spooled

    async def _flush(self, handle: IO[bytes], spooled: Spooled, data: bytes, last: bool = False) -> None:
        if self.storage.inbox_low(len(data)):
            raise DiskLow
        try:
            await to_thread.run_sync(_write, handle, spooled, data, last)
        except OSError as exc:
            raise DiskFailed from exc

    async def check(self, spooled: Spooled) -> Manifest:
        """The archive's manifest once every check passed; raises the check's error."""
        return await to_thread.run_sync(self._check, spooled.path, limiter=self.limiter)

    def _check(self, path: Path) -> Manifest:
        with path.open("rb") as handle:
            manifest, files = unpack(handle, member_check(lambda m: self.course.exercise(m.exercise)))
        # allow_errors: what `workshop submit --allow-errors` hands in is accepted here too;
        # size and encoding were never optional.
        check_files(self.course.exercise(manifest.exercise), files, allow_errors=True)
        return manifest

    async def store(self, spooled: Spooled, manifest: Manifest, student: str) -> Path:
        """Link the checked upload into the inbox, named by the server's clock; ``StoreFull``
        past the student's bound for the exercise, :class:`DiskFailed` if the link fails."""
        return await to_thread.run_sync(self._store, spooled, manifest, student)

    def _store(self, spooled: Spooled, manifest: Manifest, student: str) -> Path:
        exercise = self.course.exercise(manifest.exercise)
        with self.storage.lock:  # uploads of one student at once are counted one by one
            self.storage.check_quota(exercise, student, spooled.size)
            try:
                return deliver_file(
                    self.inbox, manifest.exercise, student, spooled.path, spooled.digest, datetime.now(UTC)
                )
            except ConfigError as exc:
                if isinstance(exc.__cause__, OSError):
                    raise DiskFailed from exc
                raise


async def _timed(request: Request) -> AsyncIterator[bytes]:
    """The body's chunks; :class:`TooSlow` past a pause of ``BODY_IDLE_S``, ``BODY_TOTAL_S``
    in all, or an average under ``BODY_MIN_RATE`` once ``BODY_GRACE_S`` passed."""
    chunks = request.stream().__aiter__()
    start = anyio.current_time()
    # A declared size bounds the whole body's time too: at the floor's rate, after the grace.
    declared = request.headers.get("content-length", "")
    total = BODY_TOTAL_S
    if declared.isdigit():
        total = min(total, BODY_GRACE_S + int(declared) / BODY_MIN_RATE)
    deadline = start + total
    received = 0
    while True:
        now = anyio.current_time()
        # The moment the average falls under the floor if nothing more arrives.
        behind = start + max(BODY_GRACE_S, received / BODY_MIN_RATE)
        wait = min(BODY_IDLE_S, deadline - now, behind - now)
        try:
            with anyio.fail_after(max(wait, 0)):
                chunk = await chunks.__anext__()
        except StopAsyncIteration:
            return
        except TimeoutError:
            if behind - now <= min(BODY_IDLE_S, deadline - now):
                raise TooSlow(
                    "server_upload_below_rate", rate_kib=BODY_MIN_RATE // 1024, grace=int(BODY_GRACE_S)
                ) from None
            raise TooSlow("server_upload_too_slow", idle=int(BODY_IDLE_S), total=int(total)) from None
        received += len(chunk)
        yield chunk


def _write(handle: IO[bytes], spooled: Spooled, data: bytes, last: bool = False) -> None:
    handle.write(data)
    spooled._hash.update(data)
    if last:
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
