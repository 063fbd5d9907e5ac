"""The cost per submission under gVisor (runsc) next to runc: the same grading image, the
same jobs, the same runner, interleaved in one run on the same machine (so that load from
anything else falls on both alike). Prints figures; asserts nothing.

    python benchmarks/runtime_cost.py [--rounds 24]

Jobs: the calculator's reference solution and three demo students whose tests pass or
fail (the common case; a timeout costs the wall clock under both runtimes), plus a bare
container that only imports pytest (the engine's and the runtime's own start cost).
Needs an engine that lists runsc (``bash scripts/setup.sh`` registers it).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from workshop.course import Course  # noqa: E402
from workshop.grade import build_job  # noqa: E402
from workshop.results import interpret  # noqa: E402
from workshop.sandbox.engine import client  # noqa: E402
from workshop.sandbox.image import ensure_image  # noqa: E402
from workshop.sandbox.runner import DockerRunner  # noqa: E402
from workshop.sandbox.runtime import RUNTIMES, engine_runtimes  # noqa: E402

SOURCES = [
    "graders/calculatrice/solution/calculator.py",
    "graders/calculatrice/demo/bruno/calculator.py",
    "graders/calculatrice/demo/chloe/calculator.py",
    "graders/calculatrice/demo/gael/calculator.py",
]


def bare_start(image: str, runtime: str) -> float:
    """create + start + ``python3 -c 'import pytest'`` + wait + remove, network none."""
    started = time.monotonic()
    client().containers.run(
        image,
        entrypoint=["python3", "-c", "import pytest"],
        runtime=runtime,
        network_mode="none",
        remove=True,
    )
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=24)
    args = parser.parse_args()
    missing = set(RUNTIMES) - engine_runtimes()
    if missing:
        sys.exit(f"the engine lacks {', '.join(sorted(missing))}: run 'bash scripts/setup.sh' first")
    exercise = Course.locate(REPO).exercise("calculatrice")
    image, _ = ensure_image()
    jobs = [build_job(exercise, {"calculator.py": (REPO / s).read_bytes()}, "en") for s in SOURCES]
    runners = {name: DockerRunner(image, name) for name in RUNTIMES}
    grade: dict[str, list[float]] = {name: [] for name in RUNTIMES}
    bare: dict[str, list[float]] = {name: [] for name in RUNTIMES}
    scores: dict[str, list[tuple[str, float]]] = {name: [] for name in RUNTIMES}
    for name in RUNTIMES:  # warm both once
        runners[name].run(jobs[0])
    for i in range(args.rounds):
        job = jobs[i % len(jobs)]
        for name in RUNTIMES if i % 2 else tuple(reversed(RUNTIMES)):
            started = time.monotonic()
            output = runners[name].run(job)
            grade[name].append(time.monotonic() - started)
            result = interpret(output, exercise.spec.points, 1000)
            scores[name].append((result.status.value, result.score))
            bare[name].append(bare_start(image, name))
    print(f"image {image}; {args.rounds} rounds, sequential, runc and runsc interleaved")
    for label, series in (("bare start + import pytest", bare), ("grade one submission", grade)):
        runc, runsc = statistics.median(series["runc"]), statistics.median(series["runsc"])
        print(
            f"{label:27} runc median {runc:.3f} s (mean {statistics.mean(series['runc']):.3f})   "
            f"runsc median {runsc:.3f} s (mean {statistics.mean(series['runsc']):.3f})   "
            f"ratio {runsc / runc:.2f}"
        )
    print(f"same statuses and scores under both: {scores['runc'] == scores['runsc']}")


if __name__ == "__main__":
    main()
