"""How a memory bomb's run ends on a loaded machine: Docker's exit code and ``OOMKilled``
flag, and the status ``workshop.results.interpret`` gives it. The figure behind the rule
that a run SIGKILLed (exit 137) before its results, with no timeout, is ``memory`` even
when the flag is false. Prints a tally; asserts nothing.

    PYTHONPATH=src python benchmarks/memory_bomb_under_load.py [--runs 25] [--busy 4] [--runtime runsc]

``--busy`` starts that many busy loops for the length of the runs (0: an idle machine).
Session 29 on 2 cores, runsc, 4 busy loops, 25 runs: exit 137 every time; ``OOMKilled``
false in 2 of 25 before the rule (those were ``crashed``), 1 of 25 after (now ``memory``).
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_sandbox_e2e import _job, _run  # noqa: E402
from workshop.sandbox.image import ensure_image  # noqa: E402

BOMB = """
def test_bomb(submission):
    hog = []
    while True:
        hog.append(bytearray(1 << 20))
        hog[-1][::4096] = b"x" * len(hog[-1][::4096])
"""


def _spin() -> None:
    while True:
        pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--busy", type=int, default=4)
    parser.add_argument("--runtime", default="runsc")
    args = parser.parse_args()
    tag, _ = ensure_image()
    busy = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(args.busy)]
    for process in busy:
        process.start()
    tally: collections.Counter[tuple[object, ...]] = collections.Counter()
    try:
        for _ in range(args.runs):
            output, result = _run(tag, _job(BOMB, memory_mib=64), args.runtime)
            tally[(result.status.value, output.exit_code, output.oom_killed, output.timed_out)] += 1
    finally:
        for process in busy:
            process.terminate()
    print(f"{args.runs} runs, runtime {args.runtime}, {args.busy} busy loops")
    print("status    exit  OOMKilled  timed_out  runs")
    for (status, code, oom, timed_out), count in tally.most_common():
        print(f"{status:9} {code!s:5} {oom!s:10} {timed_out!s:10} {count}")


if __name__ == "__main__":
    main()
