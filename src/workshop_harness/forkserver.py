"""The fork server: runs as the student uid, forks a fresh student process on request.

It never loads the submission itself. ``kill`` sends SIGKILL to every process of the
student uid but itself (``kill(-1)``), so nothing a student process started survives it."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
from pathlib import Path

from . import student


def serve(control: socket.socket, folder: Path, module: str) -> None:
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
                control.close()
                mine.close()
                os.setsid()
                try:
                    student.serve(theirs, folder, module)
                finally:
                    os._exit(0)
            theirs.close()
            reply({"pid": pid}, [mine.fileno()])
            mine.close()
        elif op == "kill":
            try:
                os.kill(-1, signal.SIGKILL)
            except OSError:
                pass
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
