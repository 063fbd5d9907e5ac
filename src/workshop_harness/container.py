"""The container's entry point, started as root with only CAP_SETUID and CAP_SETGID.

1. Fork the fork server first, before anything of the job is in memory: it (and every
   student process it forks) can never find the hidden tests in its own memory.
2. Import pytest and the harness (no job in memory yet; from the image's bundle of
   compiled modules, one file: see ``bundle``), then read the job (a tar) from stdin
   into memory.
3. Send the fork server the submission's files alone (a pipe); it writes them under
   ``/tmp/student`` (mode 0700) with the student uid as effective uid. This process, with
   the grader uid as effective uid, writes the tests and ``job.json`` under
   ``/grader/job`` (its own tmpfs, uid 10001, mode 0700).
4. This process (PID 1) becomes the grader uid and runs the tests; results leave on the
   container's stdout, which only it holds. Each student process writes to a pipe of its
   own that the grader drains into the log (see ``spawn.StudentOutput``).

Student code only ever runs as uid 10002, with no capability; the grader runs as uid
10001 with none; the fork server keeps CAP_SETUID/CAP_SETGID to start student processes
and nothing else, and no student process can signal or inspect it (other uid)."""

from __future__ import annotations

import ast
import base64
import errno
import gc
import importlib
import io
import json
import os
import signal
import socket
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

from . import bundle
from .records import RecordWriter

GRADER_UID = 10001
STUDENT_UID = 10002
GRADER_DIR = Path("/grader/job")  # on the grader's own tmpfs (uid 10001, mode 0700)
STUDENT_DIR = Path("/tmp/student")
BUNDLE = bundle.IMAGE_PATH  # made at image build: see bundle.py
MAX_JOB_BYTES = 64 << 20


def _drop(uid: int) -> None:
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)
    if os.getuid() != uid or os.geteuid() != uid:  # never go on with privileges
        os._exit(70)


def _read_job() -> dict[str, bytes]:
    data = sys.stdin.buffer.read(MAX_JOB_BYTES + 1)
    files: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        for member in tar:
            if member.isreg() and not member.name.startswith("/") and ".." not in member.name.split("/"):
                extracted = tar.extractfile(member)
                files[member.name] = extracted.read() if extracted else b""
    return files


def _write_tree(root: Path, files: dict[str, bytes]) -> None:
    root.mkdir(mode=0o700)
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _write_as(uid: int, root: Path, files: dict[str, bytes]) -> bool:
    """Write ``files`` under ``root`` with ``uid`` as effective uid and gid, so the tree is
    that uid's (root without CAP_DAC_OVERRIDE could not write into the grader's 0700 tmpfs
    anyway), then take root back (CAP_SETUID/CAP_SETGID). No fork: a fork of a process
    that has imported pytest is costly under gVisor (copy-on-write in 2 MiB units)."""
    umask = os.umask(0o077)
    os.setegid(uid)
    os.seteuid(uid)
    try:
        _write_tree(root, files)
        return True
    except Exception:  # noqa: BLE001 - any failure here means no job can run
        return False
    finally:
        os.seteuid(0)
        os.setegid(0)
        os.umask(umask)


def _in_child(work: Callable[[], None]) -> int:
    """``work`` in a forked child (which must not return into our code); its pid. For work
    that drops to the student uid for good (a wipe between isolated calls): a fork, where
    writing the job's files needs only an effective uid (see ``_write_as``)."""
    pid = os.fork()
    if pid == 0:
        try:
            work()
        except BaseException:  # noqa: BLE001 - a child must never return into the parent's code
            os._exit(71)
        os._exit(0)
    return pid


def _reap_orphans(signum: int, frame: object) -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _fork_server(control: socket.socket, files_read: int, out_write: int) -> None:
    """Runs in the fork server (still root, CAP_SETUID/CAP_SETGID only)."""
    from . import forkserver

    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(out_write, 1)
    os.dup2(out_write, 2)
    with os.fdopen(files_read, "rb") as source:
        message = json.loads(source.read() or b"{}")
    files = {name: base64.b64decode(data) for name, data in message.get("files", {}).items()}
    if not _write_as(STUDENT_UID, STUDENT_DIR, files):
        return
    # What an isolated call's process finds: the submission's own files, not the data.
    withheld = set(message.get("data", []))
    bare = {name: data for name, data in files.items() if name not in withheld}

    from .scratch import Dates

    # Before any student process: the dates of /dev's nodes and of /tmp, /dev/shm,
    # /dev/mqueue as the container made them, put back (as their owner, root) after each wipe.
    dates = Dates()

    def reset(keep_files: bool) -> None:
        from .scratch import reset as wipe

        child = _in_child(lambda: (_drop(STUDENT_UID), wipe(STUDENT_DIR, files if keep_files else bare)))
        _, status = os.waitpid(child, 0)
        if status != 0:  # fail closed: what the student left may still be there
            raise OSError(errno.EIO, "what your code left behind could not be removed")
        dates.restore()  # after the wipe and the layout, which date /tmp again

    # What the trainer's setup cells import (numpy...), loaded once here rather than in
    # each of the many student processes a notebook's isolated calls start (see
    # ``_setup_imports``): from the image only, the student's folder is not on this path.
    for name in message.get("preload", []):
        try:
            importlib.import_module(str(name))
        except BaseException:  # noqa: BLE001 - the student process will say so itself
            pass
    forkserver.serve(
        control,
        STUDENT_DIR,
        str(message.get("module", "")),
        lambda: _drop(STUDENT_UID),
        STUDENT_UID,
        memory_limit_mib=_memory_watch(),
        reset=reset,
    )


def _setup_imports(job: dict[str, object]) -> list[str]:
    """The top-level modules a notebook's setup cells (the trainer's locked code) import."""
    names: set[str] = set()
    notebooks = job.get("notebooks") if job.get("kind") == "notebook" else None
    for notebook in notebooks if isinstance(notebooks, list) else []:
        for cell in notebook.get("cells", []):
            if cell.get("kind") != "setup":
                continue
            try:
                tree = ast.parse(str(cell.get("source", "")))
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module.split(".")[0])
    return sorted(names)


def _memory_watch() -> int:
    """The memory limit the fork server enforces itself: set by the runner under gVisor
    only (``WORKSHOP_MEMORY_LIMIT_MIB``), where no in-sandbox OOM killer exists."""
    try:
        return max(0, int(os.environ.get("WORKSHOP_MEMORY_LIMIT_MIB", "0")))
    except ValueError:
        return 0


def main() -> int:
    # The fork server's modules, imported from the bundle before it is forked, so that it
    # starts with them; it then takes the bundle off its import path, so that student
    # processes import as anywhere else (a student's module may shadow a standard one).
    bundle.install(BUNDLE)
    from . import forkserver  # noqa: F401

    # Every object so far out of the collector's reach (gc.freeze): a collection in either
    # process after the fork would otherwise write to the header of each of them, and each
    # write to a shared page copies it (in 2 MiB units under gVisor).
    gc.freeze()
    control_grader, control_server = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    files_read, files_write = os.pipe()
    out_read, out_write = os.pipe()
    server = os.fork()
    if server == 0:
        try:
            bundle.uninstall()
            control_grader.close()
            os.close(files_write)
            os.close(out_read)
            _fork_server(control_server, files_read, out_write)
        finally:
            os._exit(0)
    control_server.close()
    os.close(files_read)
    os.close(out_write)

    # What every job imports (pytest, the harness), imported now: nothing of the job is
    # in memory yet (the fork server, forked above, has none of it either), and the job
    # waits in the pipe meanwhile.
    from .run import prepare

    prepare()
    files = _read_job()
    job = json.loads(files["job.json"])
    student_files = {k[len("submission/") :]: v for k, v in files.items() if k.startswith("submission/")}
    with os.fdopen(files_write, "wb") as sink:
        sink.write(
            json.dumps(
                {
                    "module": str(job.get("module", "")),
                    "files": {name: base64.b64encode(data).decode() for name, data in student_files.items()},
                    # The exercise's data files (a notebook's, also under tests/data/).
                    "data": [k[len("tests/data/") :] for k in files if k.startswith("tests/data/")],
                    "preload": _setup_imports(job),
                }
            ).encode()
        )
    grader_files = {k: v for k, v in files.items() if k == "job.json" or k.startswith("tests/")}
    if not _write_as(GRADER_UID, GRADER_DIR, grader_files):
        RecordWriter(sys.stdout).write("infra", message="could not set up the grader")
        return 1
    del files, student_files

    _drop(GRADER_UID)
    # As PID 1 the grader inherits orphans the fork server did not: reap them, or their
    # zombies would eat the pid limit.
    signal.signal(signal.SIGCHLD, _reap_orphans)
    os.environ["TMPDIR"] = str(GRADER_DIR / "tmp")
    (GRADER_DIR / "tmp").mkdir(mode=0o700)

    from .run import run_job
    from .spawn import ForkServerClient, StudentOutput

    spawner = ForkServerClient(control_grader, StudentOutput(os.dup(2)))
    return run_job(GRADER_DIR, spawner, student_output=out_read)
