"""`workshop serve` with timestamps on the grading path, for benchmarks/burst_breakdown.py.

    WORKSHOP_TRACE=events.jsonl python benchmarks/_burst_trace.py serve INBOX ...

Wraps (monkeypatching, nothing of the code under test changes) the steps one upload goes
through, and writes one JSON line per step: wall time, thread, step, the attempt (or
container) it belongs to, and its duration. Works on any checkout on PYTHONPATH: a step
that checkout lacks is simply not traced."""

from __future__ import annotations

import functools
import json
import os
import threading
import time

_OUT = open(os.environ["WORKSHOP_TRACE"], "a", buffering=1, encoding="utf-8")  # noqa: SIM115
_LOCK = threading.Lock()
_local = threading.local()


def emit(step: str, start: float, end: float, **extra: object) -> None:
    line = {"t0": start, "t1": end, "thread": threading.current_thread().name, "step": step}
    line["attempt"] = getattr(_local, "attempt", None)
    line.update(extra)
    with _LOCK:
        _OUT.write(json.dumps(line) + "\n")


def timed(owner: object, name: str, step: str, attempt_of: object = None) -> None:
    """Replace ``owner.name`` by a wrapper that emits ``step`` with its duration."""
    original = getattr(owner, name, None)
    if original is None:
        return

    @functools.wraps(original)
    def wrapper(*args: object, **kwargs: object) -> object:
        if attempt_of is not None:
            _local.attempt = attempt_of(args)  # type: ignore[operator]
        start = time.time()
        try:
            return original(*args, **kwargs)
        finally:
            emit(step, start, time.time())

    setattr(owner, name, wrapper)


def install() -> None:
    from workshop import grade, reports
    from workshop.gradebook import Gradebook
    from workshop.sandbox import runner
    from workshop.server import app, worker

    timed(grade, "_grade_one", "job", lambda a: a[0].name)  # in the pool thread: the whole job
    timed(grade, "read_attempt", "read_attempt")
    timed(grade, "check_files", "check_files")
    timed(grade, "build_job", "build_job")
    timed(grade, "interpret", "interpret")
    timed(grade, "_plan", "plan")
    timed(grade, "_finish", "finish", lambda a: a[1].attempt.name)
    timed(runner.DockerRunner, "run", "runner.run")
    timed(runner.DockerRunner, "_prepare", "prepare")  # create + attach + start
    timed(runner.DockerRunner, "_take", "take_warm")
    timed(runner.DockerRunner, "_drive", "drive")
    timed(runner, "_send", "send")
    timed(runner, "_read_frames", "read_output")  # the job inside the container
    timed(Gradebook, "record", "record")
    timed(Gradebook, "register", "register")
    timed(worker, "write_reports", "reports")
    timed(reports, "write_reports", "reports_any")
    timed(Gradebook, "latest", "book.latest")

    from docker import APIClient

    for name in (
        "create_container",
        "start",
        "wait",
        "inspect_container",
        "remove_container",
        "attach_socket",
    ):
        timed(APIClient, name, f"api.{name}")

    # Upload accepted: wrap the worker's wake event set by the upload handler.
    original_init = worker.GradingWorker.__init__

    def init(self: worker.GradingWorker, *args: object, **kwargs: object) -> None:
        original_init(self, *args, **kwargs)
        wake = self.wake
        original_set = wake.set

        def set_() -> None:
            now = time.time()
            emit("wake", now, now)
            original_set()

        wake.set = set_  # type: ignore[method-assign]

    worker.GradingWorker.__init__ = init  # type: ignore[method-assign]
    _ = app


if __name__ == "__main__":
    import sys

    install()
    from workshop.cli import main

    sys.argv[0] = "workshop"
    main()
