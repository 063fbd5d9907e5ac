"""The cost per submission under gVisor (runsc) next to runc: the same grading image, the
same jobs, the same runner, interleaved in one run on the same machine (so that load from
anything else falls on both alike). Prints figures; asserts nothing.

    python benchmarks/runtime_cost.py [--rounds 24]

Jobs: the calculator's reference solution and three demo students whose tests pass or
fail (the common case; a timeout costs the wall clock under both runtimes), plus a bare
container that only imports pytest (the engine's and the runtime's own start cost).

Two figures per job: the wall clock (what a student waits for on an idle machine), and the
container's CPU time, read from the cgroup ``cpuacct`` of a parent cgroup that holds every
container of the run (cgroups v1; under runsc it counts gVisor's Sentry and gofer too).
CPU is what a class costs when every core is busy, and it moves far less than the wall
clock when other work shares the machine. Docker's and containerd's own CPU (outside the
container) is in neither.
Needs an engine that lists runsc (``bash scripts/setup.sh`` registers it) and root (the
parent cgroup is made under /sys/fs/cgroup/cpuacct).
"""

from __future__ import annotations

import argparse
import os
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


CGROUP = "workshop-runtime-cost"
CPUACCT = Path("/sys/fs/cgroup/cpuacct") / CGROUP / "cpuacct.usage"


def cpu_s() -> float:
    """CPU seconds of every container of this run so far (the parent cgroup's count)."""
    return int(CPUACCT.read_text()) / 1e9


def bare_start(image: str, runtime: str) -> tuple[float, float]:
    """create + start + ``python3 -c 'import pytest'`` + wait + remove, network none:
    (wall, CPU) seconds."""
    started, cpu = time.monotonic(), cpu_s()
    client().containers.run(
        image,
        entrypoint=["python3", "-c", "import pytest"],
        runtime=runtime,
        network_mode="none",
        remove=True,
        cgroup_parent="/" + CGROUP,
    )
    return time.monotonic() - started, cpu_s() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=24)
    args = parser.parse_args()
    missing = set(RUNTIMES) - engine_runtimes()
    if missing:
        sys.exit(f"the engine lacks {', '.join(sorted(missing))}: run 'bash scripts/setup.sh' first")
    if not CPUACCT.parent.parent.is_dir():
        sys.exit("no cgroup v1 cpuacct hierarchy at /sys/fs/cgroup/cpuacct: this benchmark needs one")
    os.makedirs(CPUACCT.parent, exist_ok=True)
    exercise = Course.locate(REPO).exercise("calculatrice")
    image, _ = ensure_image()
    jobs = [build_job(exercise, {"calculator.py": (REPO / s).read_bytes()}, "en") for s in SOURCES]
    runners = {name: DockerRunner(image, name, cgroup_parent="/" + CGROUP) for name in RUNTIMES}
    grade: dict[str, list[float]] = {name: [] for name in RUNTIMES}
    bare: dict[str, list[float]] = {name: [] for name in RUNTIMES}
    grade_cpu: dict[str, list[float]] = {name: [] for name in RUNTIMES}
    bare_cpu: dict[str, list[float]] = {name: [] for name in RUNTIMES}
    scores: dict[str, list[tuple[str, float]]] = {name: [] for name in RUNTIMES}
    for name in RUNTIMES:  # warm both once
        runners[name].run(jobs[0])
    for i in range(args.rounds):
        job = jobs[i % len(jobs)]
        for name in RUNTIMES if i % 2 else tuple(reversed(RUNTIMES)):
            started, cpu = time.monotonic(), cpu_s()
            output = runners[name].run(job)
            grade[name].append(time.monotonic() - started)
            grade_cpu[name].append(cpu_s() - cpu)
            result = interpret(output, exercise.spec.points, 1000)
            scores[name].append((result.status.value, result.score))
            wall, used = bare_start(image, name)
            bare[name].append(wall)
            bare_cpu[name].append(used)
    print(f"image {image}; {args.rounds} rounds, sequential, runc and runsc interleaved")
    for label, series in (
        ("bare start + import pytest", bare),
        ("grade one submission", grade),
        ("  container CPU, bare", bare_cpu),
        ("  container CPU, grade", grade_cpu),
    ):
        runc, runsc = statistics.median(series["runc"]), statistics.median(series["runsc"])
        print(
            f"{label:27} runc median {runc:.3f} s (mean {statistics.mean(series['runc']):.3f})   "
            f"runsc median {runsc:.3f} s (mean {statistics.mean(series['runsc']):.3f})   "
            f"ratio {runsc / runc:.2f}"
        )
    print(f"same statuses and scores under both: {scores['runc'] == scores['runsc']}")
    for folder in Path("/sys/fs/cgroup").glob("*/" + CGROUP):  # the engine made it in each
        try:
            folder.rmdir()
        except OSError:
            pass


if __name__ == "__main__":
    main()
