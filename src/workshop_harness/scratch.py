"""Everything a student process can leave behind for the next one, wiped.

Between two isolated calls (see ``workshop_harness.notebook``) no student process is alive
(the fork server killed them all), so what could carry state from one to the next is what
outlives a process in the container: files in the writable mounts (/tmp, the POSIX shared
memory of /dev/shm, the message queues of /dev/mqueue) and System V IPC objects
(shared memory segments, message queues, semaphore sets). This runs as the student uid,
in a child of the fork server: it removes what the student owns, nothing else.
"""

from __future__ import annotations

import ctypes
import os
import stat
from pathlib import Path

WRITABLE = (Path("/tmp"), Path("/dev/shm"), Path("/dev/mqueue"))
IPC_RMID = 0
IPC_PRIVATE, IPC_CREAT = 0, 0o1000


def remove_tree(path: Path) -> None:
    """Remove ``path`` (never following a symlink), whatever modes the student left on
    its directories (their owner may always chmod them); no recursion, any depth."""
    todo = [str(path)]
    dirs: list[str] = []
    while todo:
        current = todo.pop()
        try:
            info = os.lstat(current)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode):
            _quietly(os.unlink, current)
            continue
        _quietly(os.chmod, current, 0o700)
        dirs.append(current)
        try:
            todo.extend(os.path.join(current, name) for name in os.listdir(current))
        except OSError:
            pass
    for current in reversed(dirs):  # children were listed after their parent
        _quietly(os.rmdir, current)


def _quietly(action, *args) -> None:  # type: ignore[no-untyped-def]
    try:
        action(*args)
    except OSError:
        pass


def wipe_writable(roots: tuple[Path, ...] = WRITABLE) -> None:
    for root in roots:
        try:
            names = os.listdir(root)
        except OSError:
            continue
        for name in names:
            remove_tree(root / name)


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
