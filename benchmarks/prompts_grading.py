"""Transcript-mode grading time of one prompts submission (the reference solution).

    PYTHONPATH=src python benchmarks/prompts_grading.py [--runs N]

Prints the mean and the slowest time per submission, wall clock and CPU; a class of 200
takes about 200 times the mean, on one core (grading threads share it: the work is pure
Python). The text caches (grade.clear_text_caches) are emptied before each run: every submission of a class is a
different text, so a cache hit between runs would flatter the figure. CPU time is the
figure to compare when other work shares the machine.

With ``--isolated``, also the wall time of the same grading through the child process that
``workshop grade`` and the server use (workshop.prompts.isolate: a fork from a fork server,
under a CPU limit), measured in the same run, and the ratio of the two."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from workshop.course import Course
from workshop.prompts import text
from workshop.prompts.grade import grade_prompts

try:
    from workshop.prompts.grade import clear_text_caches
except ImportError:  # a grader from before it (another checkout's source): its two text caches

    def clear_text_caches() -> None:
        text.fold.cache_clear()
        text.normalize.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--isolated", action="store_true")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    exercise = Course.locate(root).exercise("prompts")
    files = {"prompts.md": (root / "graders/prompts/solution/prompts.md").read_bytes()}
    grade_prompts(exercise, files)  # imports and caches warm
    times, cpu = [], []
    for _ in range(args.runs):
        clear_text_caches()
        started, started_cpu = time.perf_counter(), time.process_time()
        grade_prompts(exercise, files)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    print(
        f"prompts, transcript mode: {1000 * sum(times) / len(times):.1f} ms per submission "
        f"(slowest {1000 * max(times):.1f} ms; CPU {1000 * sum(cpu) / len(cpu):.1f} ms; {args.runs} runs)"
    )
    if args.isolated:
        from workshop.prompts.isolate import grade_isolated

        grade_isolated(exercise, files)  # the fork server started
        isolated = []
        for _ in range(args.runs):
            started = time.perf_counter()
            grade_isolated(exercise, files)
            isolated.append(time.perf_counter() - started)
        mean = sum(isolated) / len(isolated)
        print(
            f"in a child process: {1000 * mean:.1f} ms per submission (wall; slowest "
            f"{1000 * max(isolated):.1f} ms), x{mean / (sum(times) / len(times)):.2f} the in-process wall time"
        )


if __name__ == "__main__":
    main()
