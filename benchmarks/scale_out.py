"""Grading through the broker against grading in-process, in one run on one machine: real
Redis and PostgreSQL (Debian's packages, started here on loopback), real ``workshop worker``
processes, the real Docker engine (and a second one, standing for another machine, when
run as root). Prints figures; asserts nothing (shared machines: compare figures of one run).

    python benchmarks/scale_out.py [--jobs 12] [--pairs 10] [--no-second-engine]

What it prints:
* throughput (jobs/s) of ``grade_inbox`` in-process (1 container at a time, then 2) and
  through the broker with 1 worker, then 2 workers (1 container each), run in that
  interleaved order so that the machine's other load weighs on all of them alike;
* where the time of one job goes through the broker: enqueue (build and send the message),
  transfer (broker both ways, queueing included), grade (the worker, container included),
  record (interpret the output and write the grade to PostgreSQL);
* the overhead of one job through the broker against the in-process path: ``--pairs``
  pairs of jobs, one in-process (local engine, SQLite) and one through the broker (one
  worker on the same engine, PostgreSQL), alternating which goes first; the median of the
  pairs' differences (target: at most 0.1 s).

Every job is its own copy of a calculator (a comment names it), so that no answer is reused.
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
from workshop.course import Course, Exercise  # noqa: E402
from workshop.grade import LOG_CAP_CHARS, Graders, build_job, grade_inbox, grader_key  # noqa: E402
from workshop.gradebook import Gradebook  # noqa: E402
from workshop.results import interpret  # noqa: E402
from workshop.sandbox.image import ensure_image  # noqa: E402
from workshop.sandbox.runner import DockerRunner, Runner  # noqa: E402
from workshop.scale.runner import BrokerRunner  # noqa: E402
from workshop.scale.settings import BULK, BrokerSettings  # noqa: E402
from workshop.submit import submit  # noqa: E402

DEMO = REPO / "graders/calculatrice/demo"
SOURCES = [REPO / "graders/calculatrice/solution/calculator.py", *(DEMO / s / "calculator.py" for s in ("alice", "bruno", "chloe", "gael"))]  # fmt: skip


def source(n: int, tag: str) -> bytes:
    return SOURCES[n % len(SOURCES)].read_bytes() + f"\n# {tag} {n}\n".encode()


def make_inbox(root: Path, run: str, jobs: int, exercise: Exercise) -> Path:
    inbox = root / run / "inbox"
    for n in range(jobs):
        work = root / run / "work" / f"s{n:03d}"
        work.mkdir(parents=True)
        (work / "calculator.py").write_bytes(source(n, run))
        submit(work, exercise, f"s{n:03d}", inbox, allow_errors=True)
    return inbox


def timed_grade(
    inbox: Path, course: Course, book: Gradebook, runner: Callable[[], Runner], pool: int
) -> float:
    started = time.perf_counter()
    run = grade_inbox(inbox, course, book, Graders(runner), workers=pool, lang="en")
    elapsed = time.perf_counter() - started
    if len(run.graded) == 0:
        raise SystemExit("nothing was graded")
    return elapsed


def one_job(
    runner: Runner, exercise: Exercise, book: Gradebook, key: str, code: bytes, who: str
) -> tuple[float, float]:
    """Run one job and record its grade as grade_inbox does; (total, record) seconds."""
    started = time.perf_counter()
    output = runner.run(build_job(exercise, {"calculator.py": code}, "en"))
    recording = time.perf_counter()
    result = interpret(output, exercise.spec.points, LOG_CAP_CHARS)
    sid = book.register(
        exercise.slug, who, "20260101T000000000000Z-aaaaaaaaaaaa.tar.gz", Path(who), len(code)
    )
    book.record(sid, key, result)
    done = time.perf_counter()
    return done - started, done - recording


def ms(values: list[float]) -> str:
    return (
        f"{statistics.median(values) * 1000:8.1f} ms median, {statistics.fmean(values) * 1000:8.1f} ms mean"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=12)
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--no-second-engine", action="store_true", help="both workers on the local engine")
    args = parser.parse_args()
    image, _ = ensure_image()
    course = Course.locate(REPO)
    exercise = course.exercise("calculatrice")
    key = grader_key(exercise, image, None)
    root = Path(tempfile.mkdtemp(prefix="workshop-scale-bench-"))
    redis, pg = Redis(), Postgres()
    engine2 = None
    workers: list[Worker] = []

    def start_workers(db: int, count: int) -> str:
        url = redis.url.rsplit("/", 1)[0] + f"/{db}"
        hosts = [None, engine2.host if engine2 else None]
        for k in range(count):
            workers.append(Worker(url, f"bench{k}@machine-{k + 1}", hosts[k], concurrency=1))
        return url

    def stop_workers() -> None:
        for worker in workers:
            worker.stop()
            remove_worker_containers(worker.name)
        workers.clear()

    try:
        if not args.no_second_engine and os.geteuid() == 0:
            engine2 = SecondEngine(image)
        n = args.jobs
        print(
            f"{n} calculators per throughput run, {args.pairs} pairs for the overhead; {os.cpu_count()} cores"
        )
        print("(figures taken while other work runs on this machine are provisional: compare within one run)")
        local = DockerRunner(image)
        for w in range(2):  # warm-up: the first containers of a run pay for cold caches
            one_job(local, exercise, Gradebook(root / "warm.sqlite"), key, source(w, "warm"), f"w{w}")

        # -- throughput, interleaved ------------------------------------------------------------
        elapsed: dict[str, float] = {}
        elapsed["in-process, 1 container at a time"] = timed_grade(
            make_inbox(root, "local1", n, exercise), course, Gradebook(root / "l1.sqlite"), lambda: local, 1
        )
        url = start_workers(1, 1)
        broker1 = BrokerRunner(BrokerSettings(broker_url=url), image, BULK)
        elapsed["broker, 1 worker"] = timed_grade(
            make_inbox(root, "broker1", n, exercise),
            course,
            Gradebook(pg.new_database()),
            lambda: broker1,
            32,
        )
        stop_workers()
        elapsed["in-process, 2 containers at a time"] = timed_grade(
            make_inbox(root, "local2", n, exercise), course, Gradebook(root / "l2.sqlite"), lambda: local, 2
        )
        url = start_workers(2, 2)
        broker2 = BrokerRunner(BrokerSettings(broker_url=url), image, BULK)
        name = f"broker, 2 workers ({'second engine' if engine2 else 'same engine'})"
        elapsed[name] = timed_grade(
            make_inbox(root, "broker2", n, exercise),
            course,
            Gradebook(pg.new_database()),
            lambda: broker2,
            32,
        )
        stop_workers()

        # -- one job at a time: pairs ----------------------------------------------------------
        url = start_workers(3, 1)
        paired = BrokerRunner(BrokerSettings(broker_url=url), image, BULK)
        here_book, there_book = Gradebook(root / "pairs.sqlite"), Gradebook(pg.new_database())
        diffs: list[float] = []
        totals: dict[str, list[float]] = {"in-process": [], "broker": []}
        records: dict[str, list[float]] = {"in-process": [], "broker": []}
        for p in range(args.pairs):
            order = [("in-process", local, here_book), ("broker", paired, there_book)]
            if p % 2:
                order.reverse()
            took = {}
            for label, runner, book in order:
                total, record = one_job(runner, exercise, book, key, source(p, f"pair-{label}"), f"p{p}")
                took[label] = total
                totals[label].append(total)
                records[label].append(record)
            diffs.append(took["broker"] - took["in-process"])
        stop_workers()

        print()
        print("throughput (jobs/s):")
        for label, seconds in elapsed.items():
            print(f"  {label:40s} {n / seconds:6.2f}   ({seconds:6.1f} s)")
        one, two = elapsed["broker, 1 worker"], elapsed[name]
        print(f"  2 workers / 1 worker: {one / two:.2f}x")

        timings = [t for t in paired.timings if not t.reused]
        print()
        print(f"where the time of one job goes through the broker ({len(timings)} jobs, one at a time):")
        print(f"  enqueue   {ms([t.enqueue for t in timings])}")
        print(f"  transfer  {ms([t.transfer for t in timings])}")
        print(f"  grade     {ms([t.grade for t in timings])}")
        print(f"  record    {ms(records['broker'])}   (in-process, SQLite: {ms(records['in-process'])})")
        print()
        print(f"overhead of the broker, one job at a time ({args.pairs} pairs, order alternated):")
        print(f"  in-process  {ms(totals['in-process'])}")
        print(f"  broker      {ms(totals['broker'])}")
        print(f"  difference  {ms(diffs)}   (target: at most 100 ms)")
        fixed = [t.enqueue + t.transfer for t in timings]
        print(f"  enqueue + transfer alone: {ms(fixed)}")
    finally:
        stop_workers()
        if engine2 is not None:
            engine2.stop()
        redis.stop()
        pg.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
