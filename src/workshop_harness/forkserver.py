"""The fork server: forks a fresh student process on the grader's request.

It is forked by the entry point *before* the job is read, so neither it nor any student
process forked from it ever held the hidden tests in memory; it receives the submission's
files alone, through a pipe. It keeps root with CAP_SETUID/CAP_SETGID only (the container
has no other capability), so that a student process (uid 10002) can neither signal nor
inspect it; every child drops to the student uid before it loads anything of the
student's. ``kill`` sends SIGKILL to every student-uid process (with the student uid as
effective uid for the call, ``kill(-1)`` reaches exactly those, and needs no new pid)."""

from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import time
from collections.abc import Callable
from pathlib import Path

from . import student

PR_SET_CHILD_SUBREAPER = 36


def _become_subreaper() -> None:
    """Orphans of student processes come back to us, so we reap them."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _first_for_the_oom_killer() -> None:
    """oom_score_adj 1000: when memory runs out, the kernel kills a student process first,
    never the grader. Written while still root: once dropped to the student uid the
    process is no longer dumpable, its /proc files stay root's and the write would fail.
    (Raising one's own score needs no capability.)"""
    with open("/proc/self/oom_score_adj", "w") as handle:
        handle.write("1000")


def serve(
    control: socket.socket,
    folder: Path,
    module: str,
    drop: Callable[[], None],
    output_fd: int,
    student_uid: int,
) -> None:
    _become_subreaper()
    statuses: dict[int, int] = {}

    def collect() -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            statuses[pid] = status

    def reply(message: dict[str, object], fds: list[int] | None = None) -> None:
        socket.send_fds(control, [json.dumps(message).encode()], fds or [])

    def kill_students() -> None:
        # No new process for this (a fork bomb may hold every pid): take the student uid as
        # effective uid for a moment, so kill(-1) reaches exactly the student's processes,
        # again until none is left (processes forked during one sweep get the next one).
        os.seteuid(student_uid)
        try:
            for _ in range(200):
                try:
                    os.kill(-1, signal.SIGKILL)
                except ProcessLookupError:
                    return
                # A killed process stays signalable until reaped: reap (we are the
                # subreaper of every student process), then sweep again.
                time.sleep(0.001)
                collect()
        finally:
            os.seteuid(0)

    while True:
        try:
            data = control.recv(4096)
        except OSError:
            return
        if not data:
            return
        try:
            request = json.loads(data)
            op = request["op"]
        except (ValueError, KeyError, TypeError):
            reply({"error": "bad request"})
            continue
        collect()
        if op == "spawn":
            try:
                mine, theirs = socket.socketpair()
                pid = os.fork()
            except OSError as exc:
                reply({"error": "cannot start a process: %s" % exc.strerror})
                continue
            if pid == 0:
                try:
                    control.close()
                    mine.close()
                    os.dup2(output_fd, 1)
                    os.dup2(output_fd, 2)
                    keep = theirs.fileno()
                    os.closerange(3, keep)
                    os.closerange(keep + 1, 65536)
                    os.setsid()
                    _first_for_the_oom_killer()
                    drop()
                    os.chdir(folder)
                    student.serve(theirs, folder, module)
                finally:
                    os._exit(0)
            theirs.close()
            reply({"pid": pid}, [mine.fileno()])
            mine.close()
        elif op == "kill":
            kill_students()
            time.sleep(0.01)
            collect()
            reply({"ok": True})
        elif op == "reap":
            pid = request.get("pid")
            deadline = time.monotonic() + 2
            while pid not in statuses and time.monotonic() < deadline:
                collect()
                time.sleep(0.005)
            status = statuses.pop(pid, None) if isinstance(pid, int) else None
            if status is None:
                reply({"exit": None, "signal": None})
            elif os.WIFSIGNALED(status):
                reply({"exit": None, "signal": os.WTERMSIG(status)})
            else:
                reply({"exit": os.WEXITSTATUS(status), "signal": None})
        else:
            reply({"error": "unknown op"})
