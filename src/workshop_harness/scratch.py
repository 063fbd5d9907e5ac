"""Everything a student process can leave behind for the next one, wiped.

Between two isolated calls (see ``workshop_harness.notebook``) no student process is alive
(the fork server killed them all), so what could carry state from one to the next is what
outlives a process in the container: files in the writable mounts (/tmp, the POSIX shared
memory of /dev/shm, the message queues of /dev/mqueue) and System V IPC objects
(shared memory segments, message queues, semaphore sets). This runs as the student uid,
in a child of the fork server: it removes what the student owns, nothing else.

What the student cannot remove but may still change outlives it too: the dates of the
inodes it may write to (utimensat with no times needs write permission only, so any
process dates the 0666 /dev nodes, /dev/shm, /tmp... "now", at moments it chooses: red
team 9 round 5 carried a model in the gaps between them), and the mtime and atime of the
directories where it makes, removes or lists entries. ``Dates`` notes the dates of every
inode of /dev, /tmp and /proc/pressure (0666 under runc) the fork server owns before any
student process starts, and puts them back after each wipe (the fork server, root, is
their owner: no capability needed). Nobody can set a ctime: putting the dates back sets
every one to the moment of the reset, in a fixed order, which says when the reset ran and
nothing a student chose.
"""

from __future__ import annotations

import ctypes
import os
import stat
from pathlib import Path

WRITABLE = (Path("/tmp"), Path("/dev/shm"), Path("/dev/mqueue"))
# Every inode a student may date is under these (tests/test_sandbox_e2e.py walks the tree).
DATED = (Path("/dev"), Path("/tmp"), Path("/proc/pressure"))
IPC_RMID = 0
IPC_PRIVATE, IPC_CREAT = 0, 0o1000


MAX_DEPTH = 32  # directories open at once while emptying; deeper ones are moved up
MAX_ROUNDS = 100_000


class WipeFailed(OSError):
    """Something the student owns outlived the wipe: the next process must not start."""


def _remove_at(top: int, parent: int, name: str, depth: int, moved: list[int]) -> None:
    """Remove ``name`` in the directory open at ``parent``, never following a symlink,
    whatever modes the student left (their owner may always chmod them). Paths are never
    joined: every step is relative to an open directory, so no depth makes a path too
    long; a directory ``MAX_DEPTH`` levels down is renamed into ``top`` instead, to be
    emptied from there in a later round, so no depth exhausts file descriptors either."""
    try:
        info = os.stat(name, dir_fd=parent, follow_symlinks=False)
    except OSError:
        return
    if not stat.S_ISDIR(info.st_mode):
        _quietly(os.unlink, name, dir_fd=parent)
        return
    if depth >= MAX_DEPTH:
        try:  # a name the student cannot have made in advance
            os.rename(name, ".wipe-" + os.urandom(8).hex(), src_dir_fd=parent, dst_dir_fd=top)
            moved[0] += 1
        except OSError:
            pass
        return
    _quietly(os.chmod, name, 0o700, dir_fd=parent)  # no student process is alive to swap it
    try:
        fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=parent)
    except OSError:
        return
    try:
        for child in os.listdir(fd):
            _remove_at(top, fd, child, depth + 1, moved)
    except OSError:
        pass
    finally:
        os.close(fd)
    _quietly(os.rmdir, name, dir_fd=parent)


def empty_dir(root: Path) -> None:
    """Remove everything in ``root`` that this uid may remove, at any depth; then check:
    anything this uid still owns there raises WipeFailed (fail closed)."""
    try:
        top = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return  # no such mount in this sandbox
    try:
        moved = [0]
        for _ in range(MAX_ROUNDS):
            before = moved[0]
            names = os.listdir(top)
            for name in names:
                _remove_at(top, top, name, 0, moved)
            if moved[0] == before:  # nothing moved up: this round went to the bottom
                break
        left = [n for n in os.listdir(top) if _owned(top, n)]
        if left:
            raise WipeFailed("%s still holds %d of the student's entries after the wipe" % (root, len(left)))
    finally:
        os.close(top)


def _owned(parent: int, name: str) -> bool:
    try:
        return os.stat(name, dir_fd=parent, follow_symlinks=False).st_uid == os.geteuid()
    except OSError:
        return False


def _quietly(action, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    try:
        action(*args, **kwargs)
    except OSError:
        pass


def wipe_writable(roots: tuple[Path, ...] = WRITABLE) -> None:
    for root in roots:
        empty_dir(root)


def remove_sysv_ipc() -> None:
    """Remove every System V IPC object this uid may remove. Under Linux /proc/sysvipc
    lists them; gVisor has no such file but hands out ids in increasing order from 0, so
    a fresh object's id bounds every id in use: remove each one below it (as many as the
    student ever created: their own cost, paid again here)."""
    libc = ctypes.CDLL(None, use_errno=True)
    kinds = {
        "shm": (libc.shmget, (IPC_PRIVATE, 1), lambda i: libc.shmctl(i, IPC_RMID, None)),
        "msg": (libc.msgget, (IPC_PRIVATE,), lambda i: libc.msgctl(i, IPC_RMID, None)),
        "sem": (libc.semget, (IPC_PRIVATE, 1), lambda i: libc.semctl(i, 0, IPC_RMID)),
    }
    listed = Path("/proc/sysvipc")
    for kind, (create, args, remove) in kinds.items():
        if listed.is_dir():
            try:
                lines = (listed / kind).read_text().splitlines()[1:]
            except OSError:
                lines = []
            for line in lines:
                fields = line.split()
                if len(fields) > 1 and fields[1].isdigit():
                    remove(int(fields[1]))
            continue
        top = create(*args, IPC_CREAT | 0o600)
        if top < 0:
            continue
        for ident in range(top + 1):
            remove(ident)


def reset(student_dir: Path, files: dict[str, bytes]) -> None:
    """As the student uid: wipe, then lay ``files`` out again under ``student_dir``."""
    os.umask(0o077)
    wipe_writable()
    remove_sysv_ipc()
    student_dir.mkdir(mode=0o700, exist_ok=True)
    for name, data in files.items():
        path = student_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


class Dates:
    """The access and modification dates of every inode under ``roots`` owned by this
    process's uid, symlinks aside (no one but their owner dates a symlink itself), noted
    once; ``restore`` puts them back. Entries that came later are the student's, wiped."""

    def __init__(self, roots: tuple[Path, ...] = DATED) -> None:
        seen: dict[str, tuple[int, int]] = {}
        for root in roots:
            for top, dirs, files in os.walk(root):
                for path in [top] + [os.path.join(top, name) for name in files + dirs]:
                    if path in seen:  # a directory's first date, before this walk listed it
                        continue
                    try:
                        info = os.stat(path, follow_symlinks=False)
                    except OSError:
                        continue
                    if not stat.S_ISLNK(info.st_mode) and info.st_uid == os.geteuid():
                        seen[path] = (info.st_atime_ns, info.st_mtime_ns)
        self.saved = sorted((path, atime, mtime) for path, (atime, mtime) in seen.items())

    def restore(self) -> None:
        for path, atime, mtime in self.saved:
            _quietly(os.utime, path, ns=(atime, mtime), follow_symlinks=False)
