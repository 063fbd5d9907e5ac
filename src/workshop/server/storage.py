"""What the classroom server may write to the trainer's disk (issue 12, red team 12d: one
student's uploads of 2 MiB of noise, within the rate limit, filled the inbox's disk, and then
every upload got a 500).

* **A per-student bound**: the attempts one token keeps of one exercise may take at most
  ``quota_attempts`` full-size attempts on disk (``QUOTA_ATTEMPTS`` by default: that many
  times the exercise's ``max_file_kib`` for each of its files, superseded attempts counted,
  since every attempt is kept), and ``ATTEMPTS_PER_FULL`` times as many attempts in number
  (200 by default), however small. Past it, the upload is refused (413) before it is stored:
  the trainer raises the bound (``serve --quota-attempts``) or moves old attempts away.
* **A free-space floor**: below ``min_free_mib`` free on any filesystem the server writes to
  (the inbox's, where the spool is too; the data folder's, with the gradebook and the
  reports; the reports' or a gradebook's given elsewhere), uploads are refused with a 503
  before their body is read, and a spool that brings the inbox's under the floor is cut
  off; ``/healthz`` reports the free space of each and is not ok under the floor. What
  grading one attempt may write there is bounded (:mod:`workshop.bounds`), so the floor
  is reached by many attempts, not one.
* **A write that fails anyway** (ENOSPC, EDQUOT, EIO...) while storing an upload or writing
  the gradebook or a report is answered 503 with the same advice, logged one line a minute
  (:data:`workshop.server.guard.REFUSALS`), never a traceback per request.

Nothing already stored is touched: a refused upload's spool file is removed, nothing else."""

from __future__ import annotations

import errno
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from workshop.course import Exercise

QUOTA_ATTEMPTS = 20  # full-size attempts of an exercise a student may keep on disk
ATTEMPTS_PER_FULL = 10  # and ten times as many attempts in number, however small
MIN_FREE_MIB = 256  # free space under which uploads are refused and /healthz is not ok
DISK_RETRY_AFTER_S = 30  # what a 503 for a (nearly) full disk tells the client
MIB = 1 << 20


def free_bytes(path: Path) -> int:
    """Free bytes for an unprivileged writer on ``path``'s filesystem (its nearest existing
    folder); -1 when it cannot be told."""
    here = path
    while not here.exists() and here != here.parent:
        here = here.parent
    try:
        stats = os.statvfs(here)
    except OSError:
        return -1
    return stats.f_bavail * stats.f_frsize


def is_disk_error(exc: BaseException) -> bool:
    """An error of writing to a disk: an OSError, or a database's "disk is full" (SQLite
    says so in an OperationalError), or either as the cause of another error."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError):
            return True
        text = str(current).lower()
        if "disk is full" in text or "disk i/o error" in text:
            return True
        current = current.__cause__ or getattr(current, "orig", None)
    return False


def disk_full(exc: BaseException) -> bool:
    """The error is a full disk or quota (ENOSPC, EDQUOT, SQLite's "disk is full")."""
    current: BaseException | None = exc
    for _ in range(8):
        if current is None:
            return False
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "disk is full" in str(current).lower():
            return True
        current = current.__cause__ or getattr(current, "orig", None)
    return False


class StoreFull(Exception):
    """The student's attempts of this exercise would take more than their bound: in bytes
    (``used``/``limit``), or in number (``count``/``most``, when ``count`` is set)."""

    def __init__(self, exercise: str, used: int, limit: int, count: int | None = None, most: int = 0) -> None:
        super().__init__(exercise)
        self.exercise, self.used, self.limit = exercise, used, limit
        self.count, self.most = count, most


@dataclass
class Storage:
    """The server's bounds on disk use: the per-student quota and the free-space floor."""

    inbox: Path
    data: Path
    quota_attempts: int = QUOTA_ATTEMPTS
    min_free_mib: int = MIN_FREE_MIB
    gradebook: Path | None = None  # a gradebook file outside ``data`` (``serve --gradebook``)

    def __post_init__(self) -> None:
        self.lock = threading.Lock()  # a student's usage is read and added to at once

    @property
    def floor(self) -> int:
        return self.min_free_mib * MIB

    def quota(self, exercise: Exercise) -> int:
        """Bytes one student's attempts of ``exercise`` may take: ``quota_attempts`` times
        the largest attempt its caps allow (every file at ``max_file_kib``)."""
        full = len(exercise.spec.files) * exercise.spec.limits.max_file_kib * 1024
        return self.quota_attempts * full

    @property
    def most_attempts(self) -> int:
        """Attempts one student may keep of one exercise, however small: what one folder
        holds is listed again when it changes, so its length is a cost of the pages every
        student polls (red team 12i: 20,000 tiny attempts within the byte bound stopped
        the class's /me)."""
        return self.quota_attempts * ATTEMPTS_PER_FULL

    def usage(self, exercise: str, student: str) -> tuple[int, int]:
        """Bytes and number of the student's attempts of ``exercise`` in the inbox."""
        total = count = 0
        try:
            with os.scandir(self.inbox / exercise / student) as entries:
                for entry in entries:
                    try:
                        if entry.is_file(follow_symlinks=False):
                            total += entry.stat(follow_symlinks=False).st_size
                            count += 1
                    except OSError:
                        continue
        except FileNotFoundError:
            return 0, 0
        return total, count

    def check_quota(self, exercise: Exercise, student: str, size: int) -> None:
        """:class:`StoreFull` when ``size`` more bytes, or one more attempt, would take the
        student past the bound (call under :attr:`lock`, with the store, so that uploads at
        once are counted)."""
        (used, count), limit = self.usage(exercise.spec.slug, student), self.quota(exercise)
        if count + 1 > self.most_attempts:
            raise StoreFull(exercise.spec.slug, used, limit, count, self.most_attempts)
        if used + size > limit:
            raise StoreFull(exercise.spec.slug, used, limit)

    def inbox_low(self, more: int = 0) -> bool:
        """The inbox's filesystem has less than the floor free (after ``more`` bytes); never
        with a floor of 0 (no floor: a write that fails is then the only refusal)."""
        return self._low(self.inbox, more)

    def _low(self, path: Path, more: int = 0) -> bool:
        if self.floor <= 0:
            return False
        free = free_bytes(path)
        return 0 <= free and free - more < self.floor

    def places(self) -> dict[str, Path]:
        """Every folder the server writes to, by name: the inbox (attempts, the spool), the
        data folder (gradebook, tokens), and the reports and a gradebook given elsewhere when
        they are on another filesystem than the data folder (red team 12e Q1: the floor
        watched the inbox only, while grading filled the data disk)."""
        found = {"inbox": self.inbox, "data": self.data}
        others = {"reports": self.data / "reports"}
        if self.gradebook is not None:
            others["gradebook"] = self.gradebook.parent
        home = _device(self.data)
        for name, path in others.items():
            if _device(path) != home:
                found[name] = path
        return found

    def disk_low(self, more: int = 0) -> bool:
        """A disk the server writes to is under the floor (the inbox's after ``more``
        bytes): an upload is refused before its body is read."""
        return any(self._low(path, more if name == "inbox" else 0) for name, path in self.places().items())

    def report(self) -> dict[str, dict[str, object]]:
        """Free space of every filesystem the server writes to (:meth:`places`), against
        the floor."""
        out: dict[str, dict[str, object]] = {}
        for name, path in self.places().items():
            free = free_bytes(path)
            out[name] = {
                "free_mib": free // MIB if free >= 0 else None,
                "floor_mib": self.min_free_mib,
                "ok": free < 0 or free >= self.floor and (self.floor > 0 or free > 0),
            }
        return out


def _device(path: Path) -> int:
    """The filesystem of ``path``'s nearest existing folder (-1 when it cannot be told)."""
    here = path
    while not here.exists() and here != here.parent:
        here = here.parent
    try:
        return os.stat(here).st_dev
    except OSError:
        return -1
