"""Transcript-mode grading time of one prompts submission (the reference solution).

    PYTHONPATH=src python benchmarks/prompts_grading.py [--runs N]

Prints the mean and the slowest time per submission; a class of 200 takes about 200 times
the mean, on one core (grading threads share it: the work is pure Python)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from workshop.course import Course
from workshop.prompts.grade import grade_prompts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    exercise = Course.locate(root).exercise("prompts")
    files = {"prompts.md": (root / "graders/prompts/solution/prompts.md").read_bytes()}
    grade_prompts(exercise, files)  # imports and caches warm
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        grade_prompts(exercise, files)
        times.append(time.perf_counter() - started)
    print(
        f"prompts, transcript mode: {1000 * sum(times) / len(times):.1f} ms per submission "
        f"(slowest {1000 * max(times):.1f} ms, {args.runs} runs)"
    )


if __name__ == "__main__":
    main()
