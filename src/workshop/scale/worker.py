"""``workshop worker``: take grading jobs from the broker and run them in this machine's
Docker engine (``DOCKER_HOST``, or the local one).

A worker needs the engine, the grading image each job names (``workshop sandbox build``,
or ``docker load`` of the same image) and the broker: no course, no inbox, no gradebook.
A job is held in memory while its container runs (the runner streams it to the
container's stdin) and nowhere else; the answer is what the container printed.

The runtime is the job's, never the worker's: the producer's ``--runtime`` is part of the
grader key, so a job that says ``runsc`` runs under gVisor or not at all (a worker whose
engine lacks it answers ``runtime_runsc_missing``: an infrastructure error, tried again
with back-off, on whichever worker takes it). A job that says ``auto`` runs under runsc
when this engine has it, else runc; the answer names the runtime that ran, and the
producer records the grade under that runtime's key.

Each container carries this worker's name and this worker *run* (``host/pid/start``, as
``workshop grade``'s runs do: see ``sandbox/runs.py``); at start a worker removes only the
containers that dead runs of its name left behind, never those of a live one."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from workshop.errors import SandboxError
from workshop.scale.app import make_app
from workshop.scale.settings import QUEUES, TASK, BrokerSettings
from workshop.scale.wire import JobMessage, JobOutcome, WireOutput

WORKER_LABEL = "workshop.worker"  # on every container a worker starts: who cleans it up


def default_name() -> str:
    return f"workshop@{socket.gethostname()}"


def grade_job(
    message: dict[str, Any], worker: str, stored: Callable[[], dict[str, Any] | None]
) -> dict[str, Any]:
    """Run one job; the answer is a :class:`JobOutcome` as JSON. Never raises: what goes
    wrong on this side is said in the answer, and the producer counts it ``infra_error``."""
    from workshop.sandbox.image import image_exists
    from workshop.sandbox.runner import DockerRunner
    from workshop.sandbox.runs import RUN_LABEL, this_run
    from workshop.sandbox.runtime import resolve

    received = time.time()

    def failed(key: str, detail: str) -> dict[str, Any]:
        return JobOutcome(
            ok=False,
            error=key,
            detail=detail[:500],
            worker=worker,
            received_at=received,
            finished_at=time.time(),
        ).wire()

    # A job that already has an answer (sent again by a restarted producer, or given back
    # by the broker after its worker vanished, and finished meanwhile) is not run again.
    earlier = stored()
    if earlier is not None and earlier.get("ok") is True:
        return earlier
    try:
        job = JobMessage.model_validate(message)
    except ValidationError as exc:
        first = exc.errors()[0]
        return failed("job_message_invalid", f"{'.'.join(map(str, first['loc'])) or 'job'}: {first['msg']}")
    try:
        if not image_exists(job.image):
            return failed("worker_image_missing", job.image)
        runtime = resolve(job.runtime, lambda line: None)
        labels = {WORKER_LABEL: worker, RUN_LABEL: this_run()}
        output = DockerRunner(job.image, runtime, labels).run(job.job({}))
    except SandboxError as exc:
        return failed(exc.key, str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug of ours must not take the job down with the worker
        return failed("internal_error", f"{type(exc).__name__}: {exc}")
    return JobOutcome(
        ok=True, output=WireOutput.of(output), worker=worker, received_at=received, finished_at=time.time()
    ).wire()


def remove_leftovers(worker: str) -> int:
    """Containers that dead runs of this worker left behind (killed mid-job); a live run's
    (the same name started twice, or this very run) are left alone."""
    from docker.errors import DockerException

    from workshop.sandbox.engine import client
    from workshop.sandbox.runs import RUN_LABEL, is_dead

    removed = 0
    for container in client().containers.list(all=True, filters={"label": f"{WORKER_LABEL}={worker}"}):
        run = container.labels.get(RUN_LABEL)
        if run and not is_dead(run):  # no run label: an older worker's, long gone
            continue
        try:
            container.remove(force=True)
            removed += 1
        except DockerException:
            pass
    return removed


def run_worker(
    settings: BrokerSettings,
    name: str,
    concurrency: int,
    queues: tuple[str, ...] = QUEUES,
    say: Callable[[str], None] = print,
) -> None:
    """Serve jobs until stopped (SIGTERM or Ctrl-C: the running jobs finish first)."""
    from workshop.i18n import t
    from workshop.sandbox.engine import client
    from workshop.scale.settings import shown

    client()  # the engine must answer before any job is taken
    engine = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    remove_leftovers(name)
    app = make_app(settings)

    @app.task(name=TASK, bind=True)  # type: ignore[misc]
    def _task(task: Any, message: dict[str, Any]) -> dict[str, Any]:
        def stored() -> dict[str, Any] | None:
            meta = task.backend.get_task_meta(task.request.id)
            result = meta.get("result")
            return result if meta.get("status") == "SUCCESS" and isinstance(result, dict) else None

        return grade_job(message, name, stored)

    from celery.signals import worker_ready

    @worker_ready.connect(weak=False)  # type: ignore[misc]
    def _ready(**_: Any) -> None:
        say(
            t(
                "worker_ready",
                name=name,
                queues=", ".join(queues),
                broker=shown(settings.broker_url),
                concurrency=concurrency,
                engine=engine,
            )
        )

    app.worker_main(
        [
            "worker",
            f"--hostname={name}",
            f"--concurrency={concurrency}",
            "--pool=threads",
            f"--queues={','.join(queues)}",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ]
    )
