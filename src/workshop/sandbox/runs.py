"""Which run of which inbox made a grading container, and the sweep of the containers a
dead run left behind.

Every container of a run carries two labels: ``workshop.inbox`` (a hash of the inbox's
resolved path: two classes on one machine never touch each other's containers) and
``workshop.run`` (``host/pid/start time`` of the process that made it: a pid alone could
have been reused). A run that is killed (SIGKILL, power cut) cannot remove its own
containers; the next run of the same inbox does, and removes only those: the containers
of a run still alive, of another inbox, or of another host are never touched."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

import psutil
from docker.errors import DockerException, NotFound

from workshop.errors import SandboxError
from workshop.sandbox.engine import client
from workshop.sandbox.image import require_image
from workshop.sandbox.runner import CONTAINER_LABEL, DockerRunner
from workshop.sandbox.runtime import Runtime

INBOX_LABEL = "workshop.inbox"
RUN_LABEL = "workshop.run"


def inbox_id(inbox: Path) -> str:
    return hashlib.sha256(str(inbox.resolve()).encode()).hexdigest()[:16]


def this_run() -> str:
    me = psutil.Process()
    return f"{socket.gethostname()}/{me.pid}/{me.create_time():.2f}"


def run_labels(inbox: Path) -> dict[str, str]:
    return {INBOX_LABEL: inbox_id(inbox), RUN_LABEL: this_run()}


def is_dead(run: str) -> bool:
    """Whether the run named by a ``workshop.run`` label has ended, as far as this host can
    tell (another host's runs are never judged dead)."""
    host, _, rest = run.partition("/")
    pid_text, _, started = rest.partition("/")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    try:
        return f"{psutil.Process(int(pid_text)).create_time():.2f}" != started  # pid reused
    except psutil.NoSuchProcess:
        return True
    except psutil.Error:
        return False


def sweep(inbox: Path) -> int:
    """Remove the grading containers that dead runs of ``inbox`` left; return how many."""
    api = client().api
    try:
        found = api.containers(
            all=True, filters={"label": [CONTAINER_LABEL, f"{INBOX_LABEL}={inbox_id(inbox)}"]}
        )
    except DockerException as exc:
        raise SandboxError("sandbox_failed", detail=str(exc)[:200]) from exc
    removed = 0
    for container in found:
        if is_dead((container.get("Labels") or {}).get(RUN_LABEL, "")):
            try:
                api.remove_container(container["Id"], force=True)
                removed += 1
            except NotFound:
                pass
            except DockerException as exc:
                raise SandboxError("sandbox_failed", detail=str(exc)[:200]) from exc
    return removed


def runner_for(inbox: Path, runtime: Runtime = "runc", warm: int = 0) -> DockerRunner:
    """The runner of this run of ``inbox``, made after sweeping what dead runs left; it
    keeps ``warm`` containers started ahead (their labels are the run's: swept alike)."""
    image = require_image()
    sweep(inbox)
    return DockerRunner(image, runtime, labels=run_labels(inbox), warm=warm)
