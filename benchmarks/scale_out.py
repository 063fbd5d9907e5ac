"""Grading through the broker against grading in-process, in one run on one machine: real
Redis and PostgreSQL (Debian's packages, started here on loopback), real ``workshop worker``
processes, the real Docker engine (and a second one, standing for another machine, when
run as root). Prints figures; asserts nothing (shared machines: compare figures of one run).

    python benchmarks/scale_out.py [--jobs 12] [--no-second-engine]

What it prints:
* throughput (jobs/s) in-process (1 container at a time, then 2) and through the broker
  with 1 worker, then 2 workers (1 container each);
* where the time of one job goes through the broker: enqueue (build and send the message),
  transfer (broker both ways, queueing included), grade (the worker, container included),
  record (interpret and write the grade to PostgreSQL);
* the overhead of one job through the broker against the in-process path, one job at a
  time on both sides (target: at most 0.1 s).

Every run grades its own copies of the calculators (a comment names the run), so that no
answer is reused from an earlier run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))

from services import Postgres, Redis, SecondEngine, Worker, remove_worker_containers  # noqa: E402
from workshop.course import Course  # noqa: E402
from workshop.grade import Graders, grade_inbox  # noqa: E402
from workshop.gradebook import Gradebook  # noqa: E402
from workshop.results import GradeResult  # noqa: E402
from workshop.sandbox.image import ensure_image  # noqa: E402
from workshop.sandbox.runner import DockerRunner, Runner  # noqa: E402
from workshop.scale.runner import BrokerRunner, JobTiming  # noqa: E402
from workshop.scale.settings import BULK, BrokerSettings  # noqa: E402
from workshop.submit import submit  # noqa: E402

DEMO = REPO / "graders/calculatrice/demo"
QUICK = ("alice", "bruno", "chloe", "gael")  # calculators that end in seconds
SOLUTION = REPO / "graders/calculatrice/solution/calculator.py"


class TimedGradebook(Gradebook):
    """The real gradebook, with the time of each record() kept."""

    def __init__(self, place: Path | str) -> None:
        super().__init__(place)
        self.record_s: list[float] = []

    def record(self, submission_id: int, grader_key: str, result: GradeResult) -> bool:
        started = time.perf_counter()
        try:
            return super().record(submission_id, grader_key, result)
        finally:
            self.record_s.append(time.perf_counter() - started)


def make_inbox(root: Path, run: str, jobs: int) -> Path:
    exercise = Course.locate(REPO).exercise("calculatrice")
    sources = [SOLUTION, *(DEMO / s / "calculator.py" for s in QUICK)]
    inbox = root / run / "inbox"
    for n in range(jobs):
        work = root / run / "work" / f"s{n:03d}"
        work.mkdir(parents=True)
        code = sources[n % len(sources)].read_text(encoding="utf-8")
        (work / "calculator.py").write_text(code + f"\n# {run} {n}\n", encoding="utf-8")
        submit(work, exercise, f"s{n:03d}", inbox, allow_errors=True)
    return inbox


def timed_grade(inbox: Path, book: Gradebook, runner: Callable[[], Runner], pool: int) -> float:
    course = Course.locate(REPO)
    started = time.perf_counter()
    run = grade_inbox(inbox, course, book, Graders(runner), workers=pool, lang="en")
    elapsed = time.perf_counter() - started
    assert run.graded, "nothing was graded"
    return elapsed


def mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=12)
    parser.add_argument("--no-second-engine", action="store_true", help="both workers on the local engine")
    args = parser.parse_args()
    image, _ = ensure_image()
    root = Path(tempfile.mkdtemp(prefix="workshop-scale-bench-"))
    redis, pg = Redis(), Postgres()
    engine2 = None
    workers: list[Worker] = []
    try:
        if not args.no_second_engine and os.geteuid() == 0:
            engine2 = SecondEngine(image)
        n = args.jobs
        print(f"{n} calculators per run, one container per job; {os.cpu_count()} cores; image {image}")
        print("(figures taken while other work runs on this machine are provisional: compare within one run)")

        # -- in-process: the laptop path (SQLite gradebook, local engine) -------------------
        local_seq = timed_grade(
            make_inbox(root, "local1", n), Gradebook(root / "local1.sqlite"), lambda: DockerRunner(image), 1
        )
        local_par = timed_grade(
            make_inbox(root, "local2", n), Gradebook(root / "local2.sqlite"), lambda: DockerRunner(image), 2
        )

        def broker_run(name: str, db: int, pool: int) -> tuple[float, TimedGradebook, BrokerRunner]:
            settings = BrokerSettings(broker_url=redis.url.rsplit("/", 1)[0] + f"/{db}")
            runner = BrokerRunner(settings, image, BULK)
            book = TimedGradebook(pg.new_database())
            return timed_grade(make_inbox(root, name, n), book, lambda: runner, pool), book, runner

        def start_workers(db: int, count: int) -> None:
            url = redis.url.rsplit("/", 1)[0] + f"/{db}"
            hosts = [None, engine2.host if engine2 else None]
            for k in range(count):
                workers.append(Worker(url, f"bench{k}@machine-{k + 1}", hosts[k], concurrency=1))

        def stop_workers() -> None:
            for worker in workers:
                worker.stop()
            workers.clear()

        # -- through the broker: one job at a time (the overhead), then 1 and 2 workers -----
        start_workers(1, 1)
        seq_elapsed, seq_book, seq_runner = broker_run("broker-seq", 1, 1)
        stop_workers()
        start_workers(2, 1)
        one_elapsed, _, _ = broker_run("broker-1w", 2, 32)
        stop_workers()
        start_workers(3, 2)
        two_elapsed, _, _ = broker_run("broker-2w", 3, 32)
        stop_workers()

        print()
        print("throughput (jobs/s):")
        print(f"  in-process, 1 container at a time   {n / local_seq:6.2f}   ({local_seq:6.1f} s)")
        print(f"  in-process, 2 containers at a time  {n / local_par:6.2f}   ({local_par:6.1f} s)")
        print(f"  broker, 1 worker                    {n / one_elapsed:6.2f}   ({one_elapsed:6.1f} s)")
        second = "second engine" if engine2 else "same engine"
        print(f"  broker, 2 workers ({second})  {n / two_elapsed:6.2f}   ({two_elapsed:6.1f} s)")
        print(f"  2 workers / 1 worker: {one_elapsed / two_elapsed:.2f}x")

        fresh: list[JobTiming] = [t for t in seq_runner.timings if not t.reused]
        print()
        print(f"one job through the broker, one at a time (mean of {len(fresh)}):")
        parts = {
            "enqueue": mean([t.enqueue for t in fresh]),
            "transfer": mean([t.transfer for t in fresh]),
            "grade": mean([t.grade for t in fresh]),
            "record": mean(seq_book.record_s),
        }
        for name, value in parts.items():
            print(f"  {name:9s} {value * 1000:8.1f} ms")
        per_job_broker, per_job_local = seq_elapsed / n, local_seq / n
        print()
        print("overhead of the broker, one job at a time:")
        print(f"  in-process  {per_job_local:6.3f} s per job")
        print(f"  broker      {per_job_broker:6.3f} s per job")
        overhead = per_job_broker - per_job_local
        print(f"  overhead    {overhead:+6.3f} s per job (target: at most 0.100 s)")
        print(f"  enqueue + transfer + record: {parts['enqueue'] + parts['transfer'] + parts['record']:.3f} s per job")
    finally:
        for worker in workers:
            worker.stop()
            remove_worker_containers(worker.name)
        if engine2 is not None:
            engine2.stop()
        redis.stop()
        pg.stop()
        shutil.rmtree(root, ignore_errors=True)



if __name__ == "__main__":
    main()
