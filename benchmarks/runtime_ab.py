"""A/B of the grading harness's CPU per submission: this checkout's harness against the
harness of another revision, under runc and under runsc, all four interleaved in one run
(so that load from anything else falls on every one alike). Prints figures; asserts nothing.

    python benchmarks/runtime_ab.py --against main [--rounds 12]

Jobs: those of ``runtime_cost.py`` (the calculator's reference solution and three demo
students). CPU is the container's, read from the cgroup ``cpuacct`` of a parent cgroup
(cgroups v1; under runsc it counts gVisor's Sentry and gofer too). Needs an engine that
lists runsc, and root.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from workshop.course import Course  # noqa: E402
from workshop.grade import build_job  # noqa: E402
from workshop.results import interpret  # noqa: E402
from workshop.sandbox.image import ImageRecipe, ensure_image  # noqa: E402
from workshop.sandbox.runner import DockerRunner  # noqa: E402
from workshop.sandbox.runtime import RUNTIMES, engine_runtimes  # noqa: E402

SOURCES = [
    "graders/calculatrice/solution/calculator.py",
    "graders/calculatrice/demo/bruno/calculator.py",
    "graders/calculatrice/demo/chloe/calculator.py",
    "graders/calculatrice/demo/gael/calculator.py",
]
CGROUP = "workshop-runtime-ab"
CPUACCT = Path("/sys/fs/cgroup/cpuacct") / CGROUP / "cpuacct.usage"


def cpu_s() -> float:
    return int(CPUACCT.read_text()) / 1e9


def revision_image(rev: str, into: Path) -> str:
    """The grading image of ``rev``'s harness and sandbox recipe."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "src/workshop_harness", "sandbox"],
        check=True,
        capture_output=True,
    ).stdout
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    tag, _ = ensure_image(recipe=ImageRecipe(into / "sandbox", into / "src" / "workshop_harness"))
    return tag


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", default="main", help="the revision to compare with (A)")
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args()
    missing = set(RUNTIMES) - engine_runtimes()
    if missing:
        sys.exit(f"the engine lacks {', '.join(sorted(missing))}")
    os.makedirs(CPUACCT.parent, exist_ok=True)
    exercise = Course.locate(REPO).exercise("calculatrice")
    with tempfile.TemporaryDirectory() as tmp:
        images = {"A": revision_image(args.against, Path(tmp) / "a"), "B": ensure_image()[0]}
    jobs = [build_job(exercise, {"calculator.py": (REPO / s).read_bytes()}, "en") for s in SOURCES]
    keys = [(image, runtime) for image in images for runtime in RUNTIMES]
    runners = {(i, r): DockerRunner(images[i], r, cgroup_parent="/" + CGROUP) for i, r in keys}
    cpu: dict[tuple[str, str], list[float]] = {k: [] for k in keys}
    wall: dict[tuple[str, str], list[float]] = {k: [] for k in keys}
    scores: dict[tuple[str, str], list[tuple[str, float]]] = {k: [] for k in keys}
    for key in keys:  # warm each once
        runners[key].run(jobs[0])
    for i in range(args.rounds):
        job = jobs[i % len(jobs)]
        for key in keys if i % 2 else list(reversed(keys)):
            started, used = time.monotonic(), cpu_s()
            output = runners[key].run(job)
            wall[key].append(time.monotonic() - started)
            cpu[key].append(cpu_s() - used)
            result = interpret(output, exercise.spec.points, 1000)
            scores[key].append((result.status.value, result.score))
    print(
        f"A = {args.against} ({images['A']}), B = this checkout ({images['B']}); {args.rounds} rounds, interleaved"
    )
    med = {k: statistics.median(cpu[k]) for k in keys}
    for key in keys:
        print(
            f"{key[0]} {key[1]:6} container CPU median {med[key]:.3f} s (mean {statistics.mean(cpu[key]):.3f})"
            f"   wall median {statistics.median(wall[key]):.3f} s"
        )
    for image in images:
        print(f"{image}: runsc/runc CPU {med[(image, 'runsc')] / med[(image, 'runc')]:.2f}")
    for runtime in RUNTIMES:
        print(f"{runtime}: B/A CPU {med[('B', runtime)] / med[('A', runtime)]:.3f}")
    print(f"same statuses and scores everywhere: {len({tuple(v) for v in scores.values()}) == 1}")
    for folder in Path("/sys/fs/cgroup").glob("*/" + CGROUP):
        try:
            folder.rmdir()
        except OSError:
            pass


if __name__ == "__main__":
    main()
