"""The cost of the grader/student split, per submission: the current harness (two
processes, two uids, proxy calls) next to the backbone's single-process harness (the
student's module imported into pytest), same tests, same submissions, same runner,
interleaved in one run on the same machine. With ``--against REV`` (main, say), the
harness of that revision runs too, interleaved with the others, and the difference between
it and the current one is printed: the cost of a change to the harness, measured in one run.
Prints figures; asserts nothing.

    python benchmarks/split_cost.py [--rounds 30] [--backbone REV] [--against REV]
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


def revision_image(rev: str, into: Path) -> str:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "src/workshop_harness", "sandbox"],
        check=True,
        capture_output=True,
    ).stdout
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    recipe = ImageRecipe(into / "sandbox", into / "src" / "workshop_harness")
    tag, _ = ensure_image(recipe=recipe)
    return tag


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--backbone", default=BACKBONE_REV)
    parser.add_argument("--against", default=None, help="also run the harness of this revision")
    args = parser.parse_args()
    exercise = Course.locate(REPO).exercise("calculatrice")
    split_image, _ = ensure_image()
    images = {"split": split_image}
    with tempfile.TemporaryDirectory() as tmp:
        images["single"] = revision_image(args.backbone, Path(tmp) / "backbone")
        if args.against:
            images["against"] = revision_image(args.against, Path(tmp) / "against")
    single_image = images["single"]
    jobs = [build_job(exercise, {"calculator.py": (REPO / s).read_bytes()}, "en") for s in SOURCES]
    times: dict[str, list[float]] = {name: [] for name in images}
    scores: dict[str, set[tuple[str, float]]] = {name: set() for name in images}
    runners = {name: DockerRunner(image) for name, image in images.items()}
    for name in runners:  # warm every image once
        runners[name].run(jobs[0])
    for i in range(args.rounds):
        job = jobs[i % len(jobs)]
        order = list(runners)
        for name in order[i % len(order) :] + order[: i % len(order)]:  # each goes first in turn
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
    if args.against:
        against = statistics.mean(times["against"])
        print(
            f"harness of {args.against}, per submission: mean {against:.3f} s  "
            f"median {statistics.median(times['against']):.3f} s (image {images['against']})"
        )
        print(
            f"this harness against {args.against}:   {split - against:+.3f} s per submission "
            f"(median {statistics.median(times['split']) - statistics.median(times['against']):+.3f} s, "
            f"ratio {split / against:.2f}); same scores: {scores['split'] == scores['against']}"
        )


if __name__ == "__main__":
    main()
