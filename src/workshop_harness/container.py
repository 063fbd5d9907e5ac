"""The container's entry point, started as root with only CAP_SETUID and CAP_SETGID.

1. Read the job (a tar) from stdin, into memory.
2. A child that becomes the grader uid writes the tests and ``job.json`` under
   ``/tmp/grader`` (mode 0700): the student uid can never read them.
3. A child that becomes the student uid writes the submission under ``/tmp/student`` and
   turns into the fork server; its stdout and stderr are a pipe that the grader drains,
   so no student process ever holds the container's stdout.
4. This process (PID 1) becomes the grader uid and runs the tests; results leave on the
   container's stdout, which only it holds.

After step 4 no process in the container has any capability left."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import sys
import tarfile
from pathlib import Path

from .records import RecordWriter

GRADER_UID = 10001
STUDENT_UID = 10002
GRADER_DIR = Path("/tmp/grader")
STUDENT_DIR = Path("/tmp/student")
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
    os.umask(0o077)
    root.mkdir(mode=0o700)
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _in_child(uid: int, work: object) -> int:
    pid = os.fork()
    if pid == 0:
        try:
            _drop(uid)
            work()  # type: ignore[operator]
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


def main() -> int:
    files = _read_job()
    job = json.loads(files["job.json"])
    grader_files = {k: v for k, v in files.items() if k == "job.json" or k.startswith("tests/")}
    student_files = {k[len("submission/") :]: v for k, v in files.items() if k.startswith("submission/")}

    _, status = os.waitpid(_in_child(GRADER_UID, lambda: _write_tree(GRADER_DIR, grader_files)), 0)
    if status != 0:
        RecordWriter(sys.stdout).write("infra", message="could not set up the grader")
        return 1

    control_grader, control_student = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    out_read, out_write = os.pipe()

    def fork_server() -> None:
        from . import forkserver

        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(out_write, 1)
        os.dup2(out_write, 2)
        keep = control_student.fileno()
        os.closerange(3, keep)
        os.closerange(keep + 1, 65536)
        _write_tree(STUDENT_DIR, student_files)
        os.chdir(STUDENT_DIR)
        forkserver.serve(control_student, STUDENT_DIR, str(job["module"]))

    _in_child(STUDENT_UID, fork_server)
    control_student.close()
    os.close(out_write)
    _drop(GRADER_UID)
    # As PID 1 the grader inherits every orphan (a student's forked children whose parent
    # was killed): reap them, or their zombies would eat the pid limit.
    signal.signal(signal.SIGCHLD, _reap_orphans)
    os.environ["TMPDIR"] = str(GRADER_DIR / "tmp")
    (GRADER_DIR / "tmp").mkdir(mode=0o700)

    from .run import run_job
    from .spawn import ForkServerClient

    return run_job(GRADER_DIR, ForkServerClient(control_grader), student_output=out_read)
