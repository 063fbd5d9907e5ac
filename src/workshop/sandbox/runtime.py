"""Which OCI runtime grades: ``runc`` (the engine's default) or ``runsc`` (gVisor), and what
the container's limits become under each.

gVisor runs the container's system calls against a kernel of its own (the Sentry), in
user space: a kernel exploit from the student uid meets the Sentry, not the host kernel.
Docker takes it as a runtime declared in ``/etc/docker/daemon.json``; ``auto`` uses it
when the engine lists it.

Under ``runsc`` the container's host cgroup holds the Sentry itself, its Go threads, the
gofer and one stub process per address space (ptrace platform): about 55 host tasks and
30 MiB before the job starts, several host threads per process after. A pids or memory
limit set there at the job's values is eaten by gVisor, and when the Sentry cannot make
a thread it panics and the whole sandbox dies (exit status 2); when the host OOM killer
fires it kills the Sentry, i.e. every process at once. So under ``runsc`` the job's
limits are enforced inside the sandbox, where gVisor enforces them per container:

* pids: ``RLIMIT_NPROC`` (gVisor counts tasks per uid in its own kernel, so one
  container's count is its own; under runc it would be shared by every container of the
  host that runs the same uid, which is why runc keeps the pids cgroup);
* memory: gVisor has no OOM killer of its own, so the fork server kills the student's
  processes when the sandbox's memory use passes the limit (``WORKSHOP_MEMORY_LIMIT_MIB``,
  see ``workshop_harness.forkserver``), as the kernel's OOM killer does under runc;

and the host cgroup gets a ceiling with room for gVisor's own tasks and memory: it
protects the host, it is not the student's limit (see docs/design.md).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from docker.errors import DockerException
from docker.types import Ulimit

from workshop.course import Limits
from workshop.errors import EngineUnavailable, SandboxError
from workshop.i18n import t
from workshop.sandbox.engine import client
from workshop_harness.forkserver import GVISOR_FORK_COST_MIB

Runtime = Literal["runc", "runsc"]
Choice = Literal["runc", "runsc", "auto"]
RUNTIMES: tuple[Runtime, ...] = ("runc", "runsc")
CHOICES: tuple[Choice, ...] = ("runc", "runsc", "auto")
ENV_VAR = "WORKSHOP_RUNTIME"
MEMORY_ENV = "WORKSHOP_MEMORY_LIMIT_MIB"
RUNSC_CONFIG = '{"runtimes": {"runsc": {"path": "/usr/bin/runsc", "runtimeArgs": ["--network=none"]}}}'

# Host ceilings under runsc. Measured on the hostile suite with the job's limits at their
# defaults (64 pids, 256 MiB): a fork bomb held by RLIMIT_NPROC peaks near 1,200 host tasks
# and 550 MiB of host memory (gVisor's stubs and page tables included), any other
# submission near 80 tasks and 300 MiB.
RUNSC_MIN_HOST_PIDS = 2048
RUNSC_HOST_PIDS_PER_PID = 24
RUNSC_HOST_MEMORY_EXTRA_MIB = 512


def engine_runtimes() -> set[str]:
    """The runtimes the Docker engine lists (``docker info``)."""
    try:
        info = client().info()
    except DockerException as exc:
        raise EngineUnavailable("engine_unavailable", detail=str(exc)[:160]) from exc
    return set((info.get("Runtimes") or {}).keys())


def has_runsc() -> bool:
    return "runsc" in engine_runtimes()


def resolve(
    choice: Choice, say: Callable[[str], None], listed: Callable[[], set[str]] = engine_runtimes
) -> Runtime:
    """The runtime ``choice`` stands for on this engine. ``auto``: runsc when the engine
    lists it, else runc, and ``say`` tells which (``say`` is called at most once here)."""
    if choice == "runc":
        return "runc"
    available = listed()
    if choice == "runsc":
        if "runsc" not in available:
            raise SandboxError("runtime_runsc_missing", config=RUNSC_CONFIG)
        return "runsc"
    if "runsc" in available:
        say(t("runtime_auto_runsc"))
        return "runsc"
    say(t("runtime_auto_runc"))
    return "runc"


@dataclass
class RuntimeChoice:
    """A choice resolved once, on first use (``grade`` with nothing to do never asks the
    engine), and announced once."""

    choice: Choice = "auto"
    say: Callable[[str], None] = lambda line: None
    listed: Callable[[], set[str]] = engine_runtimes
    _resolved: Runtime | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self) -> Runtime:
        with self._lock:
            if self._resolved is None:
                self._resolved = resolve(self.choice, self.say, self.listed)
            return self._resolved

    def known(self) -> Runtime | None:
        """The runtime if it can be told without the engine, or the engine is reachable;
        None when ``auto`` meets an engine that is down."""
        try:
            return self.get()
        except EngineUnavailable:
            return None


@dataclass(frozen=True)
class HostLimits:
    """What the runner gives the engine for one container, runtime by runtime."""

    pids_limit: int
    memory: str
    ulimits: list[Ulimit]
    environment: dict[str, str]


def host_limits(runtime: Runtime, limits: Limits) -> HostLimits:
    if runtime == "runc":
        return HostLimits(limits.pids, f"{limits.memory_mib}m", [], {})
    return HostLimits(
        pids_limit=max(RUNSC_MIN_HOST_PIDS, RUNSC_HOST_PIDS_PER_PID * limits.pids),
        # The fork server lets each process use GVISOR_FORK_COST_MIB past the limit.
        memory=f"{limits.memory_mib + GVISOR_FORK_COST_MIB * limits.pids + RUNSC_HOST_MEMORY_EXTRA_MIB}m",
        ulimits=[Ulimit(name="nproc", soft=limits.pids, hard=limits.pids)],
        environment={MEMORY_ENV: str(limits.memory_mib)},
    )
