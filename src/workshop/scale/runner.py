"""The producer's side: a :class:`~workshop.sandbox.runner.Runner` whose containers run on
workers, through the broker.

``grade_inbox`` does not know the difference: its threads call ``run(job)`` and get the
container's output back, which ``results.interpret`` reads as always. Each call sends the
job (unless an answer for the very same job is already stored) and waits; one collector
thread fetches the answers of every waiting call in one round trip (``MGET`` on Redis).

:meth:`BrokerRunner.stop` (Ctrl-C on ``grade --broker``, a server stopping) sends nothing
more and lets the waiting calls go (``GradingStopped``): their jobs stay in the broker,
run on the workers, and their answers are kept there under the job's id, so the next run
finds them without grading again."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from workshop.errors import EngineUnavailable, SandboxError
from workshop.results import RunOutput
from workshop.sandbox.runner import GradingStopped, Job
from workshop.sandbox.runtime import Choice, RuntimeChoice
from workshop.scale.app import make_app
from workshop.scale.settings import INTERACTIVE, TASK, BrokerSettings, shown
from workshop.scale.wire import JobMessage, JobOutcome

POLL_S = 0.01
IN_FLIGHT = 32  # jobs a producer keeps in the broker at once, unless told (--workers)


@dataclass(frozen=True)
class JobTiming:
    """Where the time of one job went (seconds, one clock: producer and worker on one
    machine in the benchmark). ``transfer`` is the broker both ways, queueing included."""

    enqueue: float
    transfer: float
    grade: float
    reused: bool
    worker: str


class BrokerRunner:
    """Runs jobs on workers; ``queue`` is ``workshop.interactive`` for students waiting in
    the room, ``workshop.bulk`` for a trainer's batch."""

    def __init__(
        self, settings: BrokerSettings, image: str, queue: str = INTERACTIVE, runtime: Choice = "runc"
    ) -> None:
        self.settings, self.image, self.queue, self.runtime = settings, image, queue, runtime
        self._stopped = False
        self.app = make_app(settings)
        self.timings: list[JobTiming] = []
        self._waiting: dict[str, list[Future[dict[str, Any]]]] = {}
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._check_reachable()
        self._collector = threading.Thread(target=self._collect, name="broker-results", daemon=True)
        self._collector.start()

    def _check_reachable(self) -> None:
        """One clear error before any work starts, as for a missing Docker engine."""
        try:
            with self.app.connection_for_write() as conn:
                conn.ensure_connection(max_retries=1, timeout=5)
            self.app.backend.get_task_meta("job-reachable")
        except Exception as exc:  # noqa: BLE001 - kombu, redis and amqp each raise their own
            raise SandboxError(
                "broker_unreachable", url=shown(self.settings.broker_url), detail=_short(exc)
            ) from exc

    def stop(self) -> int:
        """Send nothing more; the calls waiting for an answer raise ``GradingStopped``.
        Returns 0: no container of this machine to remove (workers finish their jobs)."""
        with self._lock:
            self._stopped = True
            waiting = [future for futures in self._waiting.values() for future in futures]
            self._waiting.clear()
        for future in waiting:
            if not future.done():
                future.set_exception(GradingStopped("sandbox_failed", detail="stopped"))
        return 0

    def run(self, job: Job) -> RunOutput:
        if self._stopped:
            raise GradingStopped("sandbox_failed", detail="stopped")
        message = JobMessage.of(job, self.image, self.runtime)
        task_id = message.task_id()
        started = time.time()
        answer = self._stored(task_id)
        reused = answer is not None
        sent = started
        if answer is None:
            future: Future[dict[str, Any]] = Future()
            with self._lock:
                if self._stopped:
                    raise GradingStopped("sandbox_failed", detail="stopped")
                first = task_id not in self._waiting
                self._waiting.setdefault(task_id, []).append(future)
            if first:
                try:
                    self.app.send_task(TASK, args=[message.wire()], task_id=task_id, queue=self.queue)
                except Exception as exc:  # noqa: BLE001 - the broker's client errors
                    self._forget(task_id, future)
                    raise SandboxError(
                        "broker_unreachable", url=shown(self.settings.broker_url), detail=_short(exc)
                    ) from exc
            sent = time.time()
            self._wake.set()
            try:
                answer = future.result(timeout=self.settings.job_timeout_s)
            except FutureTimeout as exc:
                self._forget(task_id, future)
                raise SandboxError(
                    "broker_timeout", seconds=int(self.settings.job_timeout_s), queue=self.queue
                ) from exc
        seen = time.time()
        try:
            outcome = JobOutcome.model_validate(answer)
        except ValidationError as exc:
            raise SandboxError("worker_answer_invalid", detail=str(exc).splitlines()[0][:200]) from exc
        if not outcome.ok or outcome.output is None:
            raise SandboxError(
                "worker_failed", worker=outcome.worker or "?", detail=f"{outcome.error}: {outcome.detail}"
            )
        if not reused:
            grade = max(0.0, outcome.finished_at - outcome.received_at)
            transfer = max(0.0, (seen - sent) - grade)
            self.timings.append(JobTiming(sent - started, transfer, grade, False, outcome.worker))
        else:
            self.timings.append(JobTiming(0.0, seen - started, 0.0, True, outcome.worker))
        return outcome.output.run_output(job.limits)

    def _stored(self, task_id: str) -> dict[str, Any] | None:
        """An answer already there for this very job (a good one: a failure is tried again)."""
        try:
            meta = self.app.backend.get_task_meta(task_id)
        except Exception as exc:  # noqa: BLE001
            raise SandboxError(
                "broker_unreachable", url=shown(self.settings.broker_url), detail=_short(exc)
            ) from exc
        result = meta.get("result")
        if meta.get("status") == "SUCCESS" and isinstance(result, dict) and result.get("ok") is True:
            return result
        if meta.get("status") in ("SUCCESS", "FAILURE"):
            # A failure kept from an earlier try: forgotten before the job goes out again,
            # or the collector would hand it back at once instead of the new answer.
            try:
                self.app.backend.forget(task_id)
            except Exception as exc:  # noqa: BLE001
                raise SandboxError(
                    "broker_unreachable", url=shown(self.settings.broker_url), detail=_short(exc)
                ) from exc
        return None

    def _forget(self, task_id: str, future: Future[dict[str, Any]]) -> None:
        with self._lock:
            futures = self._waiting.get(task_id, [])
            if future in futures:
                futures.remove(future)
            if not futures:
                self._waiting.pop(task_id, None)

    def _collect(self) -> None:
        backend = self.app.backend
        while True:
            with self._lock:
                ids = list(self._waiting)
            if not ids:
                self._wake.wait(timeout=1.0)
                self._wake.clear()
                continue
            try:
                if hasattr(backend, "get_many"):  # key-value stores (Redis): one MGET for all
                    ready = list(backend.get_many(ids, interval=0, max_iterations=1, timeout=None))
                else:
                    ready = [
                        (i, m)
                        for i in ids
                        if (m := backend.get_task_meta(i))["status"] in ("SUCCESS", "FAILURE")
                    ]
            except Exception:  # noqa: BLE001 - the broker blinked: try again on the next round
                time.sleep(0.5)
                continue
            for task_id, meta in ready:
                answer = meta.get("result")
                if meta.get("status") != "SUCCESS" or not isinstance(answer, dict):
                    answer = {"ok": False, "error": "worker_failed", "detail": repr(answer)[:400]}
                with self._lock:
                    futures = self._waiting.pop(task_id, [])
                for future in futures:
                    if not future.done():
                        future.set_result(answer)
            time.sleep(POLL_S)


def _short(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:160]


def runner_factory(
    broker: str, results: str | None, queue: str, runtime: Choice = "runc"
) -> Callable[[], BrokerRunner]:
    """What ``Graders`` calls on first use: a runner on ``queue`` for the image of this
    version (the grader key names it; workers must have it), its jobs naming ``runtime``."""
    from workshop.sandbox.image import image_tag

    settings = BrokerSettings.from_env(broker, results)
    return lambda: BrokerRunner(settings, image_tag(), queue, runtime)


def broker_runtime(choice: Choice) -> RuntimeChoice:
    """The runtime as the producer sees it: it has no engine of its own to ask. ``runc``
    and ``runsc`` are named in every job as they are (the grader key names them too);
    ``auto`` is each worker's to resolve, so here it stays unknown, a grade under either
    runtime counts as done (``grade._keys``), and each result is recorded under the key of
    the runtime its answer names (``grade._Todo.key_for``)."""

    def listed() -> set[str]:
        if choice == "auto":
            raise EngineUnavailable("engine_unavailable", detail="each worker resolves auto")
        return {"runc", "runsc"}

    return RuntimeChoice(choice, listed=listed)
