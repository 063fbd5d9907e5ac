"""CPU time of grading one prompts transcript whose prompt or answer is a pump (the red
team's repeated units: "1, ", "<!--", "(", ...) of 2, 4, 8 and 16 KiB.

    PYTHONPATH=src python benchmarks/prompts_redos.py [--kib 2 4 8 16] [--payload NAME ...]
        [--place riddle/answer ...] [--course PATH]

For each payload, the worst place (task and part) at each size, and the ratio of the
largest size's time to the smallest's: linear cost doubles with the size (x8 from 2 to
16 KiB), quadratic cost quadruples (x64). Grading runs in this process, to measure the
grader itself. Run it with another checkout's
source (PYTHONPATH) and course (--course) to compare graders; on a slow grader, give small
sizes and a few payloads."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import redos  # noqa: E402
from workshop.course import Course  # noqa: E402
from workshop.prompts import text  # noqa: E402
from workshop.prompts.grade import grade_prompts  # noqa: E402

try:
    from workshop.prompts.grade import clear_text_caches  # noqa: E402
except ImportError:  # a grader from before it (another checkout's source): its two text caches

    def clear_text_caches() -> None:
        text.fold.cache_clear()
        text.normalize.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kib", type=int, nargs="*", default=list(redos.KIB))
    parser.add_argument("--payload", nargs="*", default=list(redos.PAYLOADS))
    parser.add_argument(
        "--place", nargs="*", default=[f"{t}/{w}" for t in redos.TASKS for w in ("prompt", "answer")]
    )
    parser.add_argument("--course", type=Path, default=redos.ROOT)
    args = parser.parse_args()
    exercise = Course.locate(args.course).exercise("prompts")
    grade_prompts(exercise, {"prompts.md": redos.GOOD.encode()})  # imports and caches warm
    total = 0.0
    for name in args.payload:
        worst: list[tuple[float, str, str]] = []
        for kib in args.kib:
            payload = redos.pumped(redos.PAYLOADS[name], kib)
            slowest = (0.0, "", "")
            for place in args.place:
                task, where = place.split("/")
                data = redos.transcript(payload, task, where).encode()
                clear_text_caches()
                started = time.process_time()
                result = grade_prompts(exercise, {"prompts.md": data})
                spent = time.process_time() - started
                total += spent
                if spent >= slowest[0]:
                    slowest = (spent, place, result.status.value)
            worst.append(slowest)
        cells = "  ".join(
            f"{kib:>2} KiB {1000 * s:8.1f} ms" for kib, (s, _, _) in zip(args.kib, worst, strict=True)
        )
        ratio = worst[-1][0] / max(worst[0][0], 1e-6)
        print(f"{name:20s} {cells}  x{ratio:5.1f}  worst at {worst[-1][1]} ({worst[-1][2]})", flush=True)
    print(f"total CPU {total:.1f} s")


if __name__ == "__main__":
    main()
