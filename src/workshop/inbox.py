"""The folder inbox: ``INBOX/<exercise>/<student>/<UTC time>-<hash>.tar.gz``.

Delivery is atomic and never overwrites: the archive is written under ``.incoming/``,
then hard-linked to its final name (which fails if the name exists) and the temporary
name removed. Attempt names sort in time order."""

from __future__ import annotations

import os
import re
import stat
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workshop.errors import ConfigError
from workshop.names import STUDENT_ID_PATTERN

INCOMING = ".incoming"
ARCHIVE_MODE = 0o640
STUDENT_DIR_MODE = 0o750
_ATTEMPT = re.compile(r"^\d{8}T\d{12}Z-[0-9a-f]{12}(?:-\d+)?\.tar\.gz$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class Attempt:
    exercise: str
    student: str
    name: str
    path: Path


def deliver(inbox: Path, exercise: str, student: str, data: bytes, digest: str, when: datetime) -> Path:
    """Store one attempt; return its path. Never replaces an existing file.

    Modes, whatever the umask: the archive 0640 and the student's folder 0750 (the inbox's
    group reads them: the trainer's, in a shared folder); the folders every student
    shares (``<exercise>/``, ``.incoming/``) take the inbox's own permissions and sticky
    bit, so that what the trainer set on the inbox holds for them too."""
    try:
        fd, tmp = tempfile.mkstemp(dir=incoming(inbox), suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            return deliver_file(inbox, exercise, student, Path(tmp), digest, when)
        finally:
            os.unlink(tmp)
    except OSError as exc:
        raise ConfigError("inbox_unwritable", path=inbox, detail=exc.strerror or str(exc)) from exc


def _shared_mode(inbox: Path) -> int:
    """The mode of the folders every student shares: the inbox's own, sticky bit included."""
    return stat.S_IMODE(os.stat(inbox).st_mode) & 0o1777 | 0o700


def incoming(inbox: Path) -> Path:
    """The inbox's folder for attempts being written (never scanned), made if needed."""
    try:
        inbox.mkdir(parents=True, exist_ok=True)
        return _make_dir(inbox / INCOMING, _shared_mode(inbox))
    except OSError as exc:
        raise ConfigError("inbox_unwritable", path=inbox, detail=exc.strerror or str(exc)) from exc


def deliver_file(inbox: Path, exercise: str, student: str, tmp: Path, digest: str, when: datetime) -> Path:
    """Link ``tmp`` (a complete, synced file under :func:`incoming`) to its attempt name,
    mode 0640; the caller removes ``tmp``. Never replaces an existing file."""
    try:
        shared = _shared_mode(inbox)
        folder = _make_dir(_make_dir(inbox / exercise, shared) / student, STUDENT_DIR_MODE & shared)
        os.chmod(tmp, ARCHIVE_MODE)  # mkstemp makes 0600: the trainer could not read it
        stem = f"{when.astimezone(UTC):%Y%m%dT%H%M%S%f}Z-{digest[:12]}"
        for n in range(1000):
            final = folder / (stem + (f"-{n}" if n else "") + ".tar.gz")
            try:
                os.link(tmp, final)
                return final
            except FileExistsError:
                continue
        raise ConfigError("inbox_unwritable", path=folder, detail="too many attempts")
    except OSError as exc:
        raise ConfigError("inbox_unwritable", path=inbox, detail=exc.strerror or str(exc)) from exc


def _make_dir(path: Path, mode: int) -> Path:
    """``path`` as a folder with ``mode``, whatever the umask.

    In a setgid folder the kernel gives a new folder the parent's group and the setgid
    bit, which is what makes a shared inbox readable by the trainer's group. A chmod by
    someone outside that group (a student) would clear the setgid bit, so in that case the
    mode is given to mkdir under a zero umask instead: that is a student's ``workshop
    submit``, one thread. Anyone else (the server, run by the trainer) uses chmod, which
    leaves the umask of the other threads alone."""
    if path.is_dir() or os.name == "nt":
        path.mkdir(exist_ok=True)
        return path
    parent = os.stat(path.parent)
    outsider = (
        parent.st_mode & stat.S_ISGID
        and parent.st_gid != os.getegid()
        and parent.st_gid not in os.getgroups()
    )
    if outsider:
        old = os.umask(0)
        try:
            os.mkdir(path, mode)
        except FileExistsError:
            pass
        finally:
            os.umask(old)
        return path
    try:
        os.mkdir(path, mode)
    except FileExistsError:
        return path  # made meanwhile by someone else: theirs to set
    os.chmod(path, mode | stat.S_IMODE(os.stat(path).st_mode) & stat.S_ISGID)
    return path


def scan(inbox: Path) -> tuple[list[Attempt], list[Path]]:
    """Every attempt in the inbox, and the stray entries that are not attempts."""
    if not inbox.is_dir():
        raise ConfigError("inbox_missing", path=inbox)
    attempts: list[Attempt] = []
    strays: list[Path] = []
    for ex_dir in sorted(inbox.iterdir()):
        if ex_dir.name == INCOMING:
            continue
        if not (ex_dir.is_dir() and not ex_dir.is_symlink() and _SLUG.fullmatch(ex_dir.name)):
            strays.append(ex_dir)
            continue
        for st_dir in _entries(ex_dir):
            if not (
                st_dir.is_dir()
                and not st_dir.is_symlink()
                and STUDENT_ID_PATTERN.fullmatch(st_dir.name)
                and ".." not in st_dir.name
            ):
                strays.append(st_dir)
                continue
            attempts += _list_student(ex_dir.name, st_dir, strays)
    return attempts, strays


def _entries(folder: Path) -> list[Path]:
    """A folder's entries, sorted; none when it went away meanwhile (a shared-folder inbox
    is written by students while it is read: red team 12j's V removed files and folders as
    fast as it could, and a listing that raised ended the whole grading run)."""
    try:
        return sorted(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []


def _list_student(exercise: str, st_dir: Path, strays: list[Path]) -> list[Attempt]:
    found = []
    for entry in _entries(st_dir):
        if entry.is_file() and not entry.is_symlink() and _ATTEMPT.fullmatch(entry.name):
            found.append(Attempt(exercise, st_dir.name, entry.name, entry))
        else:
            strays.append(entry)
    return found


RACY_NS = 2_000_000_000  # a folder's mtime is trusted once listed this long after it


class InboxIndex:
    """The inbox's attempts as :func:`scan` finds them, each student's folder listed again
    only when its mtime changed (a new attempt is a new link in it): the server's pages
    poll every 2 s, and a full scan grew with every attempt ever handed in (red team 12b:
    10,000 attempts, 1.5 s per poll). A poll costs a stat per student folder. A folder is
    listed again while its mtime is within ``RACY_NS`` of when it was listed (git's
    "racily clean" rule: mtimes tick coarsely, and a link made in the same tick as the
    listing leaves the mtime unchanged)."""

    def __init__(self, inbox: Path) -> None:
        self.inbox = inbox
        self.kept: dict[Path, tuple[int, int, list[Attempt]]] = {}  # mtime, listed at, attempts
        self.listings = 0  # how many folders were listed (for the tests)
        self.lock = threading.Lock()

    def attempts(self) -> list[Attempt]:
        if not self.inbox.is_dir():
            return []
        with self.lock:
            out: list[Attempt] = []
            seen: set[Path] = set()
            for ex_dir in sorted(self.inbox.iterdir()):
                if ex_dir.name == INCOMING or not (
                    ex_dir.is_dir() and not ex_dir.is_symlink() and _SLUG.fullmatch(ex_dir.name)
                ):
                    continue
                for st_dir in _entries(ex_dir):
                    if not (
                        STUDENT_ID_PATTERN.fullmatch(st_dir.name)
                        and ".." not in st_dir.name
                        and st_dir.is_dir()
                        and not st_dir.is_symlink()
                    ):
                        continue
                    seen.add(st_dir)
                    out += self._student(ex_dir.name, st_dir)
            for gone in set(self.kept) - seen:
                del self.kept[gone]
            return out

    def of_student(self, student: str) -> list[Attempt]:
        """One student's attempts: a stat per exercise folder and their own folders, never
        another student's (red team 12i: every student's /me listed the folder of whoever
        had just uploaded, so one student's thousands of attempts slowed the class)."""
        if not (self.inbox.is_dir() and STUDENT_ID_PATTERN.fullmatch(student) and ".." not in student):
            return []
        with self.lock:
            out: list[Attempt] = []
            for ex_dir in sorted(self.inbox.iterdir()):
                if ex_dir.name == INCOMING or not (
                    ex_dir.is_dir() and not ex_dir.is_symlink() and _SLUG.fullmatch(ex_dir.name)
                ):
                    continue
                st_dir = ex_dir / student
                if st_dir.is_dir() and not st_dir.is_symlink():
                    out += self._student(ex_dir.name, st_dir)
            return out

    def _student(self, exercise: str, st_dir: Path) -> list[Attempt]:
        try:
            mtime = os.stat(st_dir).st_mtime_ns
        except FileNotFoundError:
            return []
        kept = self.kept.get(st_dir)
        if kept is not None and kept[0] == mtime and kept[1] - mtime > RACY_NS:
            return kept[2]
        listed_at = time.time_ns()
        found = _list_student(exercise, st_dir, [])
        self.listings += 1
        self.kept[st_dir] = (mtime, listed_at, found)
        return found


def link_attempt(inbox: Path, exercise: str, student: str, attempt: str, data: bytes) -> Path | None:
    """Store an attempt under the name another machine gave it (see
    ``workshop.records.uploads``), atomically, never over an existing file; None when the
    name is taken or not a valid attempt name."""
    if not (
        _SLUG.fullmatch(exercise)
        and STUDENT_ID_PATTERN.fullmatch(student)
        and ".." not in student
        and _ATTEMPT.fullmatch(attempt)
    ):
        return None
    try:
        folder = inbox / exercise / student
        folder.mkdir(parents=True, exist_ok=True)
        incoming = inbox / INCOMING
        incoming.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=incoming, suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, folder / attempt)
            return folder / attempt
        except FileExistsError:
            return None
        finally:
            os.unlink(tmp)
    except OSError as exc:
        raise ConfigError("inbox_unwritable", path=inbox, detail=exc.strerror or str(exc)) from exc
