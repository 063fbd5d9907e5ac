"""The cost of the grader/student split, per submission: the current harness (two
processes, two uids, proxy calls) next to the backbone's single-process harness (the
student's module imported into pytest), same tests, same submissions, same runner,
interleaved in one run on the same machine. Prints figures; asserts nothing.

    python benchmarks/split_cost.py [--rounds 30] [--backbone REV]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from workshop.archive import sha256  # noqa: E402
from workshop.course import Course  # noqa: E402
from workshop.grade import build_job  # noqa: E402
from workshop.results import interpret  # noqa: E402
from workshop.sandbox.image import ImageRecipe, ensure_image  # noqa: E402
from workshop.sandbox.runner import DockerRunner  # noqa: E402

# The last commit whose harness imported the submission into the pytest process.
BACKBONE_REV = "ea517cd"
SOURCES = [
    "graders/calculatrice/solution/calculator.py",
    "graders/calculatrice/demo/bruno/calculator.py",
    "graders/calculatrice/demo/chloe/calculator.py",
]


def backbone_image(rev: str, into: Path) -> str:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "src/workshop_harness", "sandbox"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    recipe = ImageRecipe(into / "sandbox", into / "src" / "workshop_harness")
    tag, _ = ensure_image(recipe=recipe)
    return tag


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--backbone", default=BACKBONE_REV)
    args = parser.parse_args()
    exercise = Course.locate(REPO).exercise("calculatrice")
    split_image, _ = ensure_image()
    with tempfile.TemporaryDirectory() as tmp:
        single_image = backbone_image(args.backbone, Path(tmp))
    jobs = [build_job(exercise, {"calculator.py": (REPO / s).read_bytes()}, "en") for s in SOURCES]
    times: dict[str, list[float]] = {"split": [], "single": []}
    scores: dict[str, set[tuple[str, float]]] = {"split": set(), "single": set()}
    runners = {"split": DockerRunner(split_image), "single": DockerRunner(single_image)}
    for name in runners:  # warm both images once
        runners[name].run(jobs[0])
    for i in range(args.rounds):
        job = jobs[i % len(jobs)]
        for name in ("split", "single") if i % 2 else ("single", "split"):
            started = time.monotonic()
            output = runners[name].run(job)
            times[name].append(time.monotonic() - started)
            result = interpret(output, exercise.spec.points, 1000)
            scores[name].add((sha256(job.files["submission/calculator.py"])[:8], result.score))
    split, single = statistics.mean(times["split"]), statistics.mean(times["single"])
    print(
        f"rounds: {args.rounds} (sequential, interleaved), split image {split_image}, "
        f"single-process image {single_image} (harness of {args.backbone})"
    )
    print(
        f"single process, per submission:  mean {single:.3f} s  median {statistics.median(times['single']):.3f} s"
    )
    print(
        f"split,          per submission:  mean {split:.3f} s  median {statistics.median(times['split']):.3f} s"
    )
    print(
        f"cost of the split:               {split - single:+.3f} s per submission (ratio {split / single:.2f})"
    )
    print(f"same scores both ways:           {scores['split'] == scores['single']}")


if __name__ == "__main__":
    main()
