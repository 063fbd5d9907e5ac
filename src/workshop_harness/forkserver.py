"""The fork server: forks a fresh student process on the grader's request.

It is forked by the entry point *before* the job is read, so neither it nor any student
process forked from it ever held the hidden tests in memory; it receives the submission's
files alone, through a pipe. It keeps root with CAP_SETUID/CAP_SETGID only (the container
has no other capability), so that a student process (uid 10002) can neither signal nor
inspect it; every child drops to the student uid before it loads anything of the
student's, and installs the seccomp filter of ``seccomp`` (no new socket, no POSIX
message queue: what they hold would outlive the wipe between isolated calls). ``kill``
sends SIGKILL to every student-uid process (with the student uid as effective uid for the
call, ``kill(-1)`` reaches exactly those, and needs no new pid);
``reset`` does the same, then wipes what those processes could leave behind
(``workshop_harness.scratch``) before the next one starts.

Under gVisor (``runsc``) it is also the student's OOM killer: gVisor has none of its own
(the host's would kill the whole sandbox), so with ``memory_limit_mib`` set it reads the
sandbox's memory use between requests and, past the limit, sends the student's
processes the same SIGKILL the kernel's OOM killer sends them under runc. gVisor breaks
copy-on-write in 2 MiB units where Linux copies 4 KiB pages, so each fork of a Python
process costs about 10 MiB there (``benchmarks/gvisor_fork_cost.py``) against a fraction
of one under Linux: each live process gets ``GVISOR_FORK_COST_MIB`` on top of the limit,
or a student who forks up to the pid limit would end as ``memory`` under gVisor and not
under runc. gVisor also hands a killed
process's pages back a few hundred milliseconds after its death, where Linux does it at
once: a new student process waits for that before it starts, or it would pay for the
memory of the one before it (and, killed while loading, be taken for a module that cannot
load)."""

from __future__ import annotations

import ctypes
import gc
import json
import os
import select
import signal
import socket
import time
from collections.abc import Callable
from pathlib import Path

from . import seccomp, student

PR_SET_CHILD_SUBREAPER = 36
MEMORY_POLL_S = 0.01
# The watch looks again sooner the closer the use is to the limit: after a look, the next
# comes once the use could have climbed from there to the limit at MEMORY_RATE_MIB_S
# (between MEMORY_POLL_S and MEMORY_POLL_MAX_S), so no use passes the limit by more before
# a look sees it than at a fixed MEMORY_POLL_S. The rate is four times the fastest
# allocation measured under runsc (a student process touching fresh memory: about
# 0.9 GiB/s on this 2-core machine); each look costs gVisor a count of the sandbox's pages.
MEMORY_POLL_MAX_S = 0.05
MEMORY_RATE_MIB_S = 4096
MEMORY_SETTLE_S = 0.5
MEMORY_WAIT_MAX_S = 10.0
GVISOR_FORK_COST_MIB = 16  # measured under runsc: 8.1 to 11.5 MiB per fork (benchmarks/gvisor_fork_cost.py)


_OPEN: dict[str, int] = {}


def memory_used_mib(meminfo: str = "/proc/meminfo") -> int:
    """What the sandbox uses (MemTotal - MemAvailable); under gVisor this is the Sentry's
    own count of the container's pages (anonymous, tmpfs, page cache), 0 if unreadable."""
    fields: dict[str, int] = {}
    try:
        # Opened once, read again from offset 0 (the kernel, and gVisor's, make the text
        # anew at each read from 0): one system call per look instead of about seven, as
        # the fork server looks every 10 ms under gVisor, where each is a trip to the Sentry.
        fd = _OPEN.get(meminfo)
        if fd is None:
            fd = _OPEN[meminfo] = os.open(meminfo, os.O_RDONLY | os.O_CLOEXEC)
        for line in os.pread(fd, 8192, 0).decode("ascii", "replace").splitlines():
            name, _, rest = line.partition(":")
            if name in ("MemTotal", "MemAvailable") and rest.split():
                fields[name] = int(rest.split()[0])
    except (OSError, ValueError):
        return 0
    if len(fields) != 2:
        return 0
    return max(0, fields["MemTotal"] - fields["MemAvailable"]) // 1024


def over_memory_limit(limit_mib: int, used: int | None = None) -> bool:
    used = memory_used_mib() if used is None else used
    if used <= limit_mib:
        return False
    try:  # only past the limit: the process count costs a /proc listing
        processes = sum(1 for name in os.listdir("/proc") if name.isdigit())
    except OSError:
        processes = 0
    return used > limit_mib + GVISOR_FORK_COST_MIB * processes


class MemoryWatch:
    """The student's memory use under gVisor: the sandbox's, less what dead processes still
    held when the running one started. gVisor hands a killed process's pages back over a
    few hundred milliseconds, longer on a loaded machine; counted against the next process,
    they would kill it for the memory of the one before, and a verdict would depend on the
    machine's load. ``floor`` is the lowest use seen since the last spawn (taken before the
    fork): whatever of it is above the sandbox's use before any student process is stale,
    and is not the running process's. It only falls, so the allowance shrinks as the
    pages come back, and it is never more than what was held at the spawn (a dead
    process's pages, or what the student left in the tmpfs mounts, at most their size)."""

    def __init__(self, limit_mib: int) -> None:
        self.limit_mib = limit_mib
        self.base = self.floor = memory_used_mib()
        self.next_look_s = MEMORY_POLL_S

    def spawning(self) -> None:
        self.floor = memory_used_mib()
        self.next_look_s = MEMORY_POLL_S

    def over(self) -> bool:
        used = memory_used_mib()
        self.floor = min(self.floor, used)
        counted = used - max(0, self.floor - self.base)
        # The headroom to the limit itself (not counting the forks' allowance): the soonest
        # the use could pass it, at the fastest rate an allocation reaches.
        soonest = (self.limit_mib - counted) / MEMORY_RATE_MIB_S
        self.next_look_s = min(MEMORY_POLL_MAX_S, max(MEMORY_POLL_S, soonest))
        return over_memory_limit(self.limit_mib, counted)


def wait_for_memory_back(limit_mib: int, collect: Callable[[], object]) -> None:
    """Before a new student process starts: while the sandbox is over the limit and its use
    keeps falling (gVisor giving back the pages of a killed process, which takes longer on
    a loaded machine), wait; memory that stops falling for MEMORY_SETTLE_S is held by
    something alive, and the new process starts anyway."""
    started = lowest_at = time.monotonic()
    lowest = memory_used_mib()
    while over_memory_limit(limit_mib) and time.monotonic() - started < MEMORY_WAIT_MAX_S:
        if time.monotonic() - lowest_at > MEMORY_SETTLE_S:
            return
        time.sleep(MEMORY_POLL_S)
        collect()
        used = memory_used_mib()
        if used < lowest:
            lowest, lowest_at = used, time.monotonic()


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
    student_uid: int,
    memory_limit_mib: int = 0,
    reset: Callable[[bool], None] | None = None,
) -> None:
    _become_subreaper()
    statuses: dict[int, int] = {}

    def collect() -> bool:
        """Reap what died; True while any child lives (we are the subreaper: a student
        process, or one of its descendants, is always a descendant of ours)."""
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return False
            if pid == 0:
                return True
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

    watch = MemoryWatch(memory_limit_mib) if memory_limit_mib > 0 else None
    # No student process, no student memory that can grow: the watch sleeps until a spawn
    # (each look makes gVisor count the sandbox's pages, ~0.3 ms of its CPU).
    students = False
    while True:
        if watch is not None and students:
            try:
                ready, _, _ = select.select([control], [], [], watch.next_look_s)
            except OSError:
                return
            if not ready:
                if watch.over():
                    kill_students()
                continue
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
        students = collect()
        if op == "spawn":
            if watch is not None:
                wait_for_memory_back(memory_limit_mib, collect)
                watch.spawning()
            # Each student process gets open files of its own: its own /dev/null as
            # stdin and its own pipe as stdout and stderr (the grader drains it into the
            # log). Shared ones would carry state from one process to the next past
            # every kill and wipe: an open file's flags, owner and signal (F_SETFL,
            # F_SETOWN, F_SETSIG) and a pipe's size (F_SETPIPE_SZ) belong to the open
            # file, not to the process that set them (red team 9 round 4 passed a model
            # between isolated calls that way).
            try:
                out_read, out_write = os.pipe()
            except OSError as exc:
                reply({"error": "cannot start a process: %s" % exc.strerror})
                continue
            # The fork server's objects out of the collector's reach: the student
            # process's collections would otherwise write to each of them, copying the
            # pages it shares with us (2 MiB at a time under gVisor).
            gc.freeze()
            try:
                mine, theirs = socket.socketpair()
                pid = os.fork()
            except OSError as exc:
                os.close(out_read)
                os.close(out_write)
                reply({"error": "cannot start a process: %s" % exc.strerror})
                continue
            if pid == 0:
                try:
                    control.close()
                    mine.close()
                    os.close(out_read)
                    stdin = os.open(os.devnull, os.O_RDONLY)
                    os.dup2(stdin, 0)
                    os.dup2(out_write, 1)
                    os.dup2(out_write, 2)
                    keep = theirs.fileno()
                    os.closerange(3, keep)
                    os.closerange(keep + 1, 65536)
                    os.setsid()
                    _first_for_the_oom_killer()
                    drop()
                    # No new socket or POSIX message queue from here on (see
                    # ``seccomp``): state they hold would outlive the wipe between
                    # isolated calls. Fail closed: no filter, no student code.
                    try:
                        seccomp.install()
                    except OSError as exc:
                        os.write(2, b"workshop: cannot install the seccomp filter: %s\n" % str(exc).encode())
                        os._exit(72)
                    os.chdir(folder)
                    student.serve(theirs, folder, module)
                finally:
                    os._exit(0)
            theirs.close()
            os.close(out_write)
            students = True
            reply({"pid": pid}, [mine.fileno(), out_read])
            mine.close()
            os.close(out_read)
        elif op == "kill":
            kill_students()
            time.sleep(0.01)
            students = collect()
            reply({"ok": True})
        elif op == "reset":
            # Every student process dead, then what they could leave for the next one
            # wiped (``reset``, in a child as the student uid): the submission's files laid
            # out again, or (``keep_files`` false) none of them, not even the data.
            kill_students()
            collect()
            try:
                if reset is not None:
                    reset(request.get("keep_files") is True)
            except OSError as exc:  # no process for the wipe: the next spawn says so
                students = collect()
                reply({"error": "cannot reset: %s" % exc.strerror})
                continue
            students = collect()
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
