"""The CPU cost of one proxy call (grader side and student side), for the current harness
and the harness of another revision, run alternately on this machine with local student
processes (no Docker). CPU time, not wall time: a shared, loaded machine moves wall-clock
figures by far more than a change to the harness costs. Prints figures; asserts nothing.

    python benchmarks/proxy_call_cost.py [--against main] [--calls 5000] [--rounds 4]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOLUTION = REPO / "graders" / "calculatrice" / "solution" / "calculator.py"

# Run in a fresh interpreter with one harness on sys.path; prints "grader_us student_us".
PROBE = """
import os, sys, time
sys.path.insert(0, sys.argv[1])
from workshop_harness.proxy import RemoteModule, StudentProcess
from workshop_harness.spawn import LocalSpawner
try:
    from workshop_harness.contract import parse
    extra = {"contract": parse({"calculate": "(expression) -> float"})}
except ImportError:  # a harness from before contracts
    extra = {}
process = StudentProcess(LocalSpawner(__import__("pathlib").Path(sys.argv[2]), "calculator"), 5.0, **extra)
process.start()
module = RemoteModule(process, "calculator")
calls = int(sys.argv[3])

def student_cpu():
    fields = open("/proc/%d/stat" % process.pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

for _ in range(200):
    module.calculate("3+4*2/(1-5)")
grader, student = time.process_time(), student_cpu()
for _ in range(calls):
    module.calculate("3+4*2/(1-5)")
print((time.process_time() - grader) / calls * 1e6, (student_cpu() - student) / calls * 1e6)
process.stop()
"""


def harness_of(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "src/workshop_harness"], check=True, capture_output=True
    ).stdout
    into.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", default="main")
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "submission"
        folder.mkdir()
        (folder / "calculator.py").write_bytes(SOLUTION.read_bytes())
        paths = {"this harness": REPO / "src", args.against: harness_of(args.against, Path(tmp) / "against")}
        cost: dict[str, list[float]] = {name: [] for name in paths}
        for _ in range(args.rounds):
            for name, path in paths.items():
                out = subprocess.run(
                    [sys.executable, "-c", PROBE, str(path), str(folder), str(args.calls)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.split()
                cost[name].append(float(out[0]) + float(out[1]))
    print(f"{args.calls} calls x {args.rounds} rounds, alternating; CPU of grader + student per call")
    for name, values in cost.items():
        print(f"{name:>14}: median {statistics.median(values):6.1f} us per call")
    delta = statistics.median(cost["this harness"]) - statistics.median(cost[args.against])
    print(
        f"difference: {delta:+.1f} us per call, {delta * 41 / 1000:+.2f} ms per calculatrice submission (41 calls)"
    )


if __name__ == "__main__":
    main()
