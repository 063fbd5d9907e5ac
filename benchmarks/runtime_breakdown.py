"""Where the CPU of one submission goes, under runc and under runsc (gVisor): the grading
container cut short after each phase of its start, then the whole job, all through the
same runner (same host config, same attach stream, the job's tar on stdin), runtimes
interleaved in one run. Prints figures; asserts nothing.

    python benchmarks/runtime_breakdown.py [--rounds 8] [--runtimes runc,runsc]

Each line is the median container CPU (the cgroup ``cpuacct`` of a parent cgroup that
holds every container of the run: under runsc it counts gVisor's Sentry and gofer too)
and wall clock of one variant; a phase's cost is the difference with the line above:

* ``boot``: the entry point is ``true`` (create, start, wait, remove; under runsc the
  sandbox's own start: Sentry, gofer, mounts);
* ``python``: ``python3 -I -S`` reading the job from stdin, nothing else;
* ``entry``: what ``entry.py`` does before the job (site folders, the bundle, the fork
  server's modules);
* ``fork``: then the fork server's fork and ``prepare()`` (pytest and the plugin imported);
* ``grade``: the real job (the calculator's reference solution, 41 tests, one student
  process, some 80 calls through the proxy);
* ``grade, no memory watch``: the same with the fork server's memory watch off (runsc
  only: what its polling costs; the real runner always sets it under runsc).

Other runtimes registered in the engine (``runsc-<x>``, e.g. with other runsc flags) can
be given to ``--runtimes`` to compare them with the same jobs. Needs root (the parent
cgroup is made under /sys/fs/cgroup/cpuacct).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from workshop.course import Course, Limits  # noqa: E402
from workshop.grade import build_job  # noqa: E402
from workshop.sandbox import runner as runner_module  # noqa: E402
from workshop.sandbox.image import ensure_image  # noqa: E402
from workshop.sandbox.runner import DockerRunner, Job  # noqa: E402
from workshop.sandbox.runtime import MEMORY_ENV, HostLimits, Runtime, engine_runtimes, host_limits  # noqa: E402

CGROUP = "workshop-runtime-breakdown"
CPUACCT = Path("/sys/fs/cgroup/cpuacct") / CGROUP / "cpuacct.usage"
SOLUTION = "graders/calculatrice/solution/calculator.py"

# What entry.py does before main(), then the phases of container.main before the job.
ENTRY = """import os, site, sys
sys.stdin.buffer.read()
sys.path.insert(0, "/opt/workshop")
for folder in site.getsitepackages():
    if os.path.isdir(folder):
        site.addsitedir(folder)
from workshop_harness import bundle
bundle.install("/opt/workshop/bundle.bin")
from workshop_harness import forkserver
"""
FORK = """pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
from workshop_harness.run import prepare
prepare()
"""
PYTHON = ["python3", "-I", "-S", "-c"]
VARIANTS: dict[str, list[str] | None] = {
    "boot (true)": ["true"],
    "python (read stdin)": [*PYTHON, "import sys; sys.stdin.buffer.read()"],
    "entry (bundle, imports)": [*PYTHON, ENTRY],
    "fork + prepare (pytest)": [*PYTHON, ENTRY + FORK],
    "grade": None,
}
NO_WATCH = "grade, no memory watch"


def cpu_s() -> float:
    return int(CPUACCT.read_text()) / 1e9


def without_memory_watch(real: Callable[[Runtime, Limits], HostLimits]) -> Callable[[Runtime, Limits], HostLimits]:
    def limits(runtime: Runtime, job_limits: Limits) -> HostLimits:
        host = real(runtime, job_limits)
        env = {k: v for k, v in host.environment.items() if k != MEMORY_ENV}
        return HostLimits(host.pids_limit, host.memory, host.ulimits, env)

    return limits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--runtimes", default="runc,runsc")
    args = parser.parse_args()
    runtimes: list[str] = args.runtimes.split(",")
    missing = set(runtimes) - engine_runtimes()
    if missing:
        sys.exit(f"the engine lacks {', '.join(sorted(missing))}")
    os.makedirs(CPUACCT.parent, exist_ok=True)
    exercise = Course.locate(REPO).exercise("calculatrice")
    image, _ = ensure_image()
    job: Job = build_job(exercise, {"calculator.py": (REPO / SOLUTION).read_bytes()}, "en")
    parent = "/" + CGROUP
    real_limits = runner_module.host_limits
    figures: dict[tuple[str, str], list[tuple[float, float]]] = {}

    def measure(variant: str, runtime: str, entrypoint: list[str] | None) -> None:
        runner = DockerRunner(image, runtime, cgroup_parent=parent, entrypoint=entrypoint)  # type: ignore[arg-type]
        started, cpu = time.monotonic(), cpu_s()
        output = runner.run(job)
        if entrypoint is None and output.exit_code != 0:
            sys.exit(f"{variant} under {runtime}: exit code {output.exit_code}: {output.stderr[-500:]!r}")
        figures.setdefault((variant, runtime), []).append((cpu_s() - cpu, time.monotonic() - started))

    for runtime in runtimes:  # warm once
        measure("warm", runtime, None)
    for i in range(args.rounds):
        for runtime in runtimes if i % 2 else list(reversed(runtimes)):
            for variant, entrypoint in VARIANTS.items():
                measure(variant, runtime, entrypoint)
            if runtime != "runc":
                runner_module.host_limits = without_memory_watch(host_limits)
                try:
                    measure(NO_WATCH, runtime, None)
                finally:
                    runner_module.host_limits = real_limits
    print(f"image {image}; {args.rounds} rounds; runtimes interleaved; median container CPU / wall, s")
    print(f"{'':26}" + "".join(f"{rt:>24}" for rt in runtimes))
    for variant in [*VARIANTS, NO_WATCH]:
        cells = []
        for runtime in runtimes:
            series = figures.get((variant, runtime))
            if not series:
                cells.append(f"{'-':>24}")
                continue
            cpu = statistics.median(s[0] for s in series)
            wall = statistics.median(s[1] for s in series)
            cells.append(f"{cpu:>12.3f} / {wall:>6.3f} s")
        print(f"{variant:26}" + "".join(cells))
    for folder in Path("/sys/fs/cgroup").glob("*/" + CGROUP):
        try:
            folder.rmdir()
        except OSError:
            pass


if __name__ == "__main__":
    main()
