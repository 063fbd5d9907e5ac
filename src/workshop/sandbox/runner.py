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

    def stop(self) -> int:
        """Refuse new jobs and remove the containers running now; return how many."""
        with self._lock:
            self._stopped = True
            live = list(self._live)
            self._killed.update(live)
        api = client().api
        for container in live:
            try:
                api.remove_container(container, force=True)
            except (NotFound, DockerException):
                pass
        return len(live)

    def run(self, job: Job) -> RunOutput:
        if self._stopped:
            raise GradingStopped("sandbox_failed", detail="stopped")
        limits = job.limits
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
                labels={CONTAINER_LABEL: "1", **self.labels, **job.labels},
                environment=host.environment,
                host_config=host_config,
                **({"entrypoint": self.entrypoint} if self.entrypoint else {}),
            )["Id"]
        except DockerException as exc:
            raise SandboxError("sandbox_failed", detail=str(exc)[:200]) from exc
        started = time.monotonic()
        try:
            with self._lock:
                self._live.add(container)
                if self._stopped:  # stop() ran between the check above and now
                    self._killed.add(container)
            if container in self._killed:
                raise GradingStopped("sandbox_failed", detail="stopped")
            output = self._drive(api, container, job, started)
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

    def _drive(self, api: APIClient, container: str, job: Job, started: float) -> RunOutput:
        limits = job.limits
        cap = limits.output_kib * 1024
        try:
            stream = api.attach_socket(container, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            raw: socket.socket = stream._sock
            api.start(container)
            raw.sendall(job.tar())
            raw.shutdown(socket.SHUT_WR)
        except (DockerException, OSError) as exc:
            raise SandboxError("sandbox_failed", detail=str(exc)[:200]) from exc
        deadline = started + limits.wall_time_s + START_GRACE_S
        out, err, timed_out = _read_frames(raw, deadline, MAX_RESULTS_BYTES + 1, cap)
        stream.close()
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
