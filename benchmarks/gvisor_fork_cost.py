"""What one fork of a student process costs in gVisor's memory count, the figure behind
``workshop_harness.forkserver.GVISOR_FORK_COST_MIB``: the fork server, as the student's
OOM killer under runsc, lets each live process use that much past the memory limit, so
the constant must stay above what a fork really costs, or a student who forks up to the
pid limit ends as ``memory`` under runsc and not under runc. Prints figures; asserts
nothing.

    python benchmarks/gvisor_fork_cost.py [--forks 32] [--rounds 3]

A student process forks N children that sleep, with and without 100 MiB of its own heap
touched first, and reads the sandbox's use (``MemTotal - MemAvailable`` of gVisor's
/proc/meminfo, what the fork server reads) before and 2 s after. Needs an engine that
lists runsc (``bash scripts/setup.sh`` registers it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from workshop.course import Limits  # noqa: E402
from workshop.results import interpret  # noqa: E402
from workshop.sandbox.image import ensure_image  # noqa: E402
from workshop.sandbox.runner import DockerRunner, Job  # noqa: E402
from workshop_harness.forkserver import GVISOR_FORK_COST_MIB  # noqa: E402

MODULE = """
import os, time
HOG = []
def used():
    fields = dict(line.split(':', 1) for line in open('/proc/meminfo'))
    return (int(fields['MemTotal'].split()[0]) - int(fields['MemAvailable'].split()[0])) // 1024
def cost(heap_mib, forks):
    if heap_mib:
        HOG.append(bytearray(heap_mib << 20))
        HOG[-1][::4096] = b'x' * len(HOG[-1][::4096])
    time.sleep(1)
    before = used()
    for _ in range(forks):
        if os.fork() == 0:
            while True:
                time.sleep(1)
    time.sleep(2)
    return [before, used()]
"""
TESTS = """
import json
def test_measure(submission):
    raise AssertionError(json.dumps(submission.cost(%d, %d)))
"""


def measure(tag: str, heap_mib: int, forks: int) -> float:
    job = Job(
        {
            "job.json": json.dumps({"module": "m", "call_time_s": 60}).encode(),
            "submission/m.py": MODULE.encode(),
            "tests/public/test_probe.py": (TESTS % (heap_mib, forks)).encode(),
        },
        Limits(wall_time_s=120, memory_mib=8192, pids=forks + 8),
    )
    result = interpret(DockerRunner(tag, "runsc").run(job), 100, 10_000)
    detail = result.tests[0].detail or ""
    before, after = json.loads(detail[detail.index("[") : detail.index("]") + 1])
    return (after - before) / forks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forks", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    tag, _ = ensure_image()
    print(f"forks per round: {args.forks}; GVISOR_FORK_COST_MIB = {GVISOR_FORK_COST_MIB}")
    worst = 0.0
    for heap in (0, 100):
        costs = [measure(tag, heap, args.forks) for _ in range(args.rounds)]
        worst = max(worst, *costs)
        print(f"heap {heap:>3} MiB touched: MiB per fork " + ", ".join(f"{c:.1f}" for c in costs))
    print(f"worst {worst:.1f} MiB per fork: the constant is {GVISOR_FORK_COST_MIB / worst:.2f}x that")


if __name__ == "__main__":
    main()
