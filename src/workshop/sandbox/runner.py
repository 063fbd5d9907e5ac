"""Run one grading job in a fresh, locked-down container.

The job goes in as a tar on the container's stdin and the results come back on its
stdout, both over the engine's attach stream: no bind mount, so nothing on the host is
writable from inside, and the engine keeps no log file (``log_config`` none) that a
submission could flood. The wall-clock limit kills the container with SIGKILL.
"""

from __future__ import annotations

import io
import socket
import struct
import tarfile
import threading
import time
from dataclasses import dataclass, field
from typing import Protocol

from docker import APIClient
from docker.errors import DockerException, NotFound
from docker.types import LogConfig, Ulimit

from workshop.course import Limits
from workshop.errors import SandboxError
from workshop.results import MAX_RESULTS_BYTES, RunOutput
from workshop.sandbox import pagecache
from workshop.sandbox.engine import client
from workshop.sandbox.runtime import Runtime, host_limits

# The entry point starts as root holding only CAP_SETUID and CAP_SETGID, sets up the
# grader (uid 10001) and the student fork server (uid 10002), then drops them.
ENTRY_USER = "0:0"
CONTAINER_LABEL = "workshop.grade"
START_GRACE_S = 5.0


@dataclass
class Job:
    """Files of the job (``job.json``, ``submission/...``, ``tests/...``) and its limits."""

    files: dict[str, bytes]
    limits: Limits
    labels: dict[str, str] = field(default_factory=dict)

    def tar(self) -> bytes:
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            for name, data in sorted(self.files.items()):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(data))
        return buf.getvalue()


@dataclass
class Prepared:
    """A started container waiting for its job on stdin (attach stream open)."""

    container: str
    stream: socket.SocketIO
    raw: socket.socket
    created: float  # monotonic


def _host_key(limits: Limits) -> tuple[int, int, float]:
    """What of the limits goes into the container itself (the rest travels with the job)."""
    return (limits.memory_mib, limits.pids, limits.cpus)


class Runner(Protocol):
    def run(self, job: Job) -> RunOutput: ...


class GradingStopped(SandboxError):
    """The run was stopped (``DockerRunner.stop``) while this job ran: no result."""


class DockerRunner:
    """The real runner, through the Docker engine's API. Its containers carry ``labels``
    (which run of which inbox made them: see ``sandbox/runs.py``); :meth:`stop` removes
    the live ones and refuses new jobs."""

    def __init__(
        self,
        image: str,
        runtime: Runtime = "runc",
        labels: dict[str, str] | None = None,
        cgroup_parent: str | None = None,
        entrypoint: list[str] | None = None,
        warm: int = 0,
    ) -> None:
        self.image = image
        self.runtime = runtime
        self.labels = labels or {}
        # benchmarks/runtime_cost.py: every container under one parent cgroup, whose
        # cpuacct counts the CPU of all of them (gVisor's own included), removed or not.
        self.cgroup_parent = cgroup_parent
        # benchmarks/runtime_breakdown.py: the same container cut short after one phase.
        self.entrypoint = entrypoint
        self._live: set[str] = set()
        self._killed: set[str] = set()
        self._lock = threading.Lock()
        self._stopped = False
        # ``warm``: containers started ahead, per set of host limits, each waiting for its
        # job on stdin (see ``prewarm``): the same container, the same order of events
        # inside (fork server forked, pytest imported, nothing of a job in memory), only
        # started before the upload arrives instead of after.
        self.warm = warm
        self._pool: dict[tuple[int, int, float], list[Prepared]] = {}
        self._ahead: set[str] = set()  # started ahead, no job handed over yet
        self._wanted: list[Limits] = []
        self._wake = threading.Condition(self._lock)
        self._filler: threading.Thread | None = None

    def stop(self) -> int:
        """Refuse new jobs and remove the containers running now (those started ahead
        too); return how many were running a job."""
        with self._lock:
            self._stopped = True
            live = list(self._live)
            busy = len(set(live) - self._ahead)
            self._killed.update(live)
            self._pool.clear()
            self._wake.notify_all()
        api = client().api
        for container in live:
            try:
                api.remove_container(container, force=True)
            except (NotFound, DockerException):
                pass
        return busy

    def run(self, job: Job) -> RunOutput:
        if self._stopped:
            raise GradingStopped("sandbox_failed", detail="stopped")
        # No job runs before every page of the image is held in the host's page cache: a
        # job could otherwise leave pages cached, or not, for a later one to time.
        pagecache.ensure(self.image)
        warm = self._take(job)
        self._want(job.limits)  # the next job's, started while this one runs
        if warm is not None:
            # Started ahead: the job's clock starts when the job is handed over.
            warm.created = time.monotonic()
            try:
                _send(warm.raw, job)
            except OSError:  # it died while it waited: a fresh one instead
                self._discard(warm)
                warm = None
        prepared = warm if warm is not None else self._prepare(job.limits, job.labels)
        container = prepared.container
        api = client().api
        try:
            if container in self._killed:
                raise GradingStopped("sandbox_failed", detail="stopped")
            output = self._drive(api, prepared, job, sent=warm is not None)
        except SandboxError:
            if container in self._killed:  # removed under the job by stop(): no result
                raise GradingStopped("sandbox_failed", detail="stopped") from None
            raise
        finally:
            with self._lock:
                self._live.discard(container)
            try:
                api.remove_container(container, force=True)
            except (NotFound, DockerException):
                pass
        if container in self._killed:  # what a killed container said is not the submission's
            raise GradingStopped("sandbox_failed", detail="stopped")
        return output

    # -- containers started ahead -------------------------------------------------------
    def prewarm(self, limits: Limits) -> None:
        """Keep ``warm`` containers with these limits started and waiting (none if 0)."""
        self._want(limits)

    def _want(self, limits: Limits) -> None:
        if self.warm <= 0:
            return
        with self._lock:
            if self._stopped:
                return
            self._wanted.append(limits)
            if self._filler is None:
                self._filler = threading.Thread(target=self._fill, name="warm-containers", daemon=True)
                self._filler.start()
            self._wake.notify_all()

    def _take(self, job: Job) -> Prepared | None:
        if self.warm <= 0 or job.labels:  # labels are set at creation: none known ahead
            return None
        with self._lock:
            ready = self._pool.get(_host_key(job.limits))
            while ready:
                prepared = ready.pop(0)
                self._ahead.discard(prepared.container)
                if prepared.container not in self._killed:
                    return prepared
        return None

    def _fill(self) -> None:
        """One thread (one engine client) starts the containers wanted, one at a time."""
        while True:
            with self._lock:
                while not self._wanted and not self._stopped:
                    self._wake.wait()
                if self._stopped:
                    return
                limits = self._wanted.pop(0)
                key = _host_key(limits)
                if len(self._pool.get(key, [])) >= self.warm:
                    continue
            try:
                prepared = self._prepare(limits, {}, ahead=True)
            except SandboxError:  # the engine is away: the next job makes its own
                continue
            with self._lock:
                if not self._stopped and prepared.container not in self._killed:
                    self._pool.setdefault(key, []).append(prepared)
                    if len(self._pool[key]) < self.warm:
                        self._wanted.append(limits)
                    continue
            self._discard(prepared)

    def _discard(self, prepared: Prepared) -> None:
        with self._lock:
            self._live.discard(prepared.container)
            self._ahead.discard(prepared.container)
        prepared.stream.close()
        try:
            client().api.remove_container(prepared.container, force=True)
        except (NotFound, DockerException):
            pass

    def _prepare(self, limits: Limits, labels: dict[str, str], ahead: bool = False) -> Prepared:
        """Create and start a container for jobs with these limits; it waits on stdin."""
        api = client().api
        host = host_limits(self.runtime, limits)
        try:
            host_config = api.create_host_config(
                network_mode="none",
                read_only=True,
                # Two scratch file systems: the student's (/tmp) and the grader's own, owned by
                # the grader uid and closed to others, so filling one cannot starve the other.
                tmpfs={
                    "/tmp": "rw,nosuid,nodev,noexec,size=64m,mode=1777",
                    "/grader": "rw,nosuid,nodev,noexec,size=32m,mode=0700,uid=10001,gid=10001",
                    # An empty read-only file system over the cgroup files (runc mounts them
                    # readable): their counters (pids.events, memory high-water marks,
                    # failcnt, cpu stats) outlive every student process and nothing inside
                    # can reset them; a student advanced one to carry a model from one
                    # isolated call to the next (red team 9 round 5). Nothing of the
                    # harness reads them (its memory watch reads /proc/meminfo); under
                    # runsc /sys/fs is not reachable either way.
                    "/sys/fs/cgroup": "ro,nosuid,nodev,noexec,size=4k,mode=0555",
                },
                mem_limit=host.memory,
                memswap_limit=host.memory,
                pids_limit=host.pids_limit,
                nano_cpus=int(limits.cpus * 1e9),
                cap_drop=["ALL"],
                cap_add=["SETUID", "SETGID"],
                security_opt=["no-new-privileges"],
                ulimits=[
                    Ulimit(name="fsize", soft=16 << 20, hard=16 << 20),
                    Ulimit(name="nofile", soft=256, hard=256),
                    Ulimit(name="core", soft=0, hard=0),
                    *host.ulimits,
                ],
                log_config=LogConfig(type="none"),
                runtime=self.runtime,
                **({"cgroup_parent": self.cgroup_parent} if self.cgroup_parent else {}),
            )
            # detach=False with stdin_open: the engine closes the container's stdin when
            # our side of the attach stream does (StdinOnce).
            container = api.create_container(
                self.image,
                user=ENTRY_USER,
                stdin_open=True,
                detach=False,
                network_disabled=True,
                labels={CONTAINER_LABEL: "1", **self.labels, **labels},
                environment=host.environment,
                host_config=host_config,
                **({"entrypoint": self.entrypoint} if self.entrypoint else {}),
            )["Id"]
        except DockerException as exc:
            raise SandboxError("sandbox_failed", detail=str(exc)[:200]) from exc
        created = time.monotonic()
        with self._lock:
            self._live.add(container)
            if ahead:
                self._ahead.add(container)
            if self._stopped:  # stop() ran between the check in run() and now
                self._killed.add(container)
        try:
            stream = api.attach_socket(container, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            api.start(container)
        except (DockerException, OSError) as exc:
            with self._lock:
                self._live.discard(container)
                self._ahead.discard(container)
            try:
                api.remove_container(container, force=True)
            except (NotFound, DockerException):
                pass
            raise SandboxError("sandbox_failed", detail=str(exc)[:200]) from exc
        return Prepared(container, stream, stream._sock, created)

    def _drive(self, api: APIClient, prepared: Prepared, job: Job, sent: bool) -> RunOutput:
        limits = job.limits
        cap = limits.output_kib * 1024
        container, raw, started = prepared.container, prepared.raw, prepared.created
        if not sent:
            try:
                _send(raw, job)
            except OSError as exc:
                raise SandboxError("sandbox_failed", detail=str(exc)[:200]) from exc
        deadline = started + limits.wall_time_s + START_GRACE_S
        out, err, timed_out = _read_frames(raw, deadline, MAX_RESULTS_BYTES + 1, cap)
        prepared.stream.close()
        if timed_out:
            try:
                api.kill(container, signal="SIGKILL")
            except DockerException:
                pass
        try:
            state = api.wait(container, timeout=30)
            info = api.inspect_container(container)["State"]
        except DockerException as exc:
            raise SandboxError("sandbox_failed", detail=str(exc)[:200]) from exc
        return RunOutput(
            runtime=self.runtime,
            exit_code=state.get("StatusCode"),
            timed_out=timed_out,
            oom_killed=bool(info.get("OOMKilled")) and not timed_out,
            stdout=out,
            stderr=err,
            duration_s=time.monotonic() - started,
        )


def _send(raw: socket.socket, job: Job) -> None:
    """The job's tar on the container's stdin, then end of file."""
    raw.sendall(job.tar())
    raw.shutdown(socket.SHUT_WR)


def _read_frames(
    raw: socket.socket, deadline: float, out_cap: int, err_cap: int
) -> tuple[bytes, bytes, bool]:
    """Read the engine's multiplexed stream (8-byte header: stream id, size) until the
    container closes it or the deadline passes; keep at most ``*_cap`` bytes of each."""
    buffers = {1: bytearray(), 2: bytearray()}
    caps = {1: out_cap, 2: err_cap}
    pending = bytearray()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return bytes(buffers[1]), bytes(buffers[2]), True
        raw.settimeout(remaining)
        try:
            chunk = raw.recv(65536)
        except TimeoutError:
            return bytes(buffers[1]), bytes(buffers[2]), True
        except OSError:
            break
        if not chunk:
            break
        pending += chunk
        while len(pending) >= 8:
            kind, size = struct.unpack(">BxxxL", pending[:8])
            if len(pending) < 8 + size:
                break
            payload = pending[8 : 8 + size]
            del pending[: 8 + size]
            target = buffers.get(kind)
            if target is not None and len(target) < caps[kind]:
                target += payload[: caps[kind] - len(target)]
    return bytes(buffers[1]), bytes(buffers[2]), False
