"""How the grader gets student processes.

* :class:`LocalSpawner` (``workshop check``, and tests): a subprocess of the same user,
  on the student's own machine.
* :class:`ForkServerClient` (the container): asks the fork server, which runs as the
  student uid, for a fresh student process; the socket to it arrives by SCM_RIGHTS.
  Only the fork server can signal student processes (same uid); the grader cannot, and
  they cannot signal the grader."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

HARNESS_PARENT = str(Path(__file__).resolve().parent.parent)
_STUDENT_MAIN = (
    "import sys; sys.path.insert(0, %r); from workshop_harness.student import main; main(%d, %r, %r)"
)


STUDENT_OUTPUT_CAP = 256 * 1024  # of the student processes' output in the log, in all


class SpawnError(Exception):
    pass


class StudentOutput:
    """The student processes' output, copied to the log (the grader's stderr: the trainer's
    view only) up to :data:`STUDENT_OUTPUT_CAP` in all. Each process writes to a pipe of its
    own (see ``forkserver``); :meth:`add` drains one in a thread that ends when the last
    process holding its write end has gone. ``log`` None: read and dropped (a pipe nobody
    reads would block its writer)."""

    def __init__(self, log: int | None) -> None:
        self.log = log
        self.kept = 0
        self.lock = threading.Lock()

    def add(self, fd: int) -> None:
        threading.Thread(target=self._drain, args=(fd,), daemon=True, name="student-output").start()

    def _drain(self, fd: int) -> None:
        with os.fdopen(fd, "rb", buffering=0) as source:
            while True:
                try:
                    chunk = source.read(65536)
                except OSError:
                    return
                if not chunk:
                    return
                with self.lock:
                    room = STUDENT_OUTPUT_CAP - self.kept
                    if self.log is None or room <= 0:
                        continue
                    self.kept += min(room, len(chunk))
                    try:
                        os.write(self.log, chunk[:room])
                    except OSError:
                        self.log = None


class LocalSpawner:
    def __init__(self, folder: Path, module: str) -> None:
        self.folder = folder
        self.module = module
        self.procs: dict[int, subprocess.Popen[bytes]] = {}
        self.bare: tempfile.TemporaryDirectory[str] | None = None  # after reset(keep_files=False)
        # Taken now: a test cell spawns with its sys.stderr redirected to a StringIO.
        try:
            self.output = sys.stderr.fileno()
        except (AttributeError, OSError, ValueError):
            self.output = 2  # the log (with sys-level capture, fd 2 is never pytest's file)

    def spawn(self) -> tuple[socket.socket, int]:
        mine, theirs = socket.socketpair()
        folder = Path(self.bare.name) if self.bare is not None else self.folder
        code = _STUDENT_MAIN % (HARNESS_PARENT, theirs.fileno(), str(folder), self.module)
        proc = subprocess.Popen(
            [sys.executable, "-I", "-c", code],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=self.output,
            cwd=folder,
            start_new_session=True,
        )
        theirs.close()
        self.procs[proc.pid] = proc
        return mine, proc.pid

    def kill(self, pid: int) -> None:
        proc = self.procs.pop(pid, None)
        if proc is None:
            return
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        proc.wait()

    def reset(self, keep_files: bool) -> None:
        """Every process stopped; the next one runs in the submission's folder, or (not
        ``keep_files``) in a new empty one. This is the student's own machine
        (``workshop check``): nothing else of theirs is wiped."""
        for pid in list(self.procs):
            self.kill(pid)
        if self.bare is not None:  # a new one each time: what a call wrote there goes
            self.bare.cleanup()
            self.bare = None
        if not keep_files:
            self.bare = tempfile.TemporaryDirectory(prefix="workshop-call-")

    def reap(self, pid: int) -> tuple[int | None, int | None]:
        proc = self.procs.pop(pid, None)
        if proc is None:
            return None, None
        try:
            code = proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(pid, signal.SIGKILL)
            code = proc.wait()
        return (code, None) if code >= 0 else (None, -code)


class ForkServerClient:
    """The grader's end of the control channel (a SOCK_SEQPACKET socket)."""

    def __init__(self, control: socket.socket, output: StudentOutput | None = None) -> None:
        self.control = control
        self.output = output or StudentOutput(None)

    def _ask(self, request: dict[str, object]) -> tuple[dict[str, object], list[int]]:
        try:
            self.control.sendall(json.dumps(request).encode())
            data, fds, _flags, _addr = socket.recv_fds(self.control, 4096, 2)
        except OSError as exc:
            raise SpawnError("the fork server is gone") from exc
        if not data:
            raise SpawnError("the fork server is gone")
        try:
            reply = json.loads(data)
        except ValueError as exc:
            for fd in fds:
                os.close(fd)
            raise SpawnError("bad reply from the fork server") from exc
        if not isinstance(reply, dict):
            raise SpawnError("bad reply from the fork server")
        return reply, fds

    def spawn(self) -> tuple[socket.socket, int]:
        reply, fds = self._ask({"op": "spawn"})
        pid = reply.get("pid")
        if len(fds) != 2 or type(pid) is not int:  # its channel, and its output's pipe
            for fd in fds:
                os.close(fd)
            raise SpawnError(str(reply.get("error", "could not start your code"))[:200])
        self.output.add(fds[1])
        return socket.socket(fileno=fds[0]), pid

    def kill(self, pid: int) -> None:
        try:
            self._ask({"op": "kill", "pid": pid})
        except SpawnError:
            pass

    def reset(self, keep_files: bool) -> None:
        reply, fds = self._ask({"op": "reset", "keep_files": keep_files})
        for fd in fds:
            os.close(fd)
        if "error" in reply:  # fail closed: no new process where the wipe did not finish
            raise SpawnError(str(reply["error"])[:200])

    def reap(self, pid: int) -> tuple[int | None, int | None]:
        try:
            reply, _ = self._ask({"op": "reap", "pid": pid})
        except SpawnError:
            return None, None
        code, sig = reply.get("exit"), reply.get("signal")
        return (code if type(code) is int else None, sig if type(sig) is int else None)
