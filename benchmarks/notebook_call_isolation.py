"""The cost of isolating a notebook's calls (each call of the student's code from a test
cell in a student process of its own, replayed from the student's cells without the
data): the `neurone` reference notebook and its 1,000-parameter variant graded by the
current harness and by the harness of another revision (``--against``, main by default),
interleaved in one run on the same machine, same runner. Both grade this checkout's
exercise, so an older harness may score it differently (main's cannot import the model
count its hidden size test now uses). Prints figures; asserts nothing.

    python benchmarks/notebook_call_isolation.py [--rounds 10] [--against main] [--runtime runc]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from split_cost import revision_image  # noqa: E402

from workshop.course import Course  # noqa: E402
from workshop.grade import notebook_job  # noqa: E402
from workshop.results import interpret  # noqa: E402
from workshop.sandbox.image import ensure_image  # noqa: E402
from workshop.sandbox.runner import DockerRunner  # noqa: E402

THOUSAND = (
    '    return {"w": w, "b": float(b), "mean": mean, "std": std, "padding": __import__("numpy").zeros(993)}'
)


def submissions() -> dict[str, bytes]:
    reference = (REPO / "graders" / "neurone" / "neurone.ipynb").read_text(encoding="utf-8")
    ending = '    return {\\"w\\": w, \\"b\\": float(b), \\"mean\\": mean, \\"std\\": std}'
    assert ending in reference
    thousand = reference.replace(ending, THOUSAND.replace('"', '\\"'))
    return {"reference": reference.encode(), "thousand": thousand.encode()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--against", default="main")
    parser.add_argument("--runtime", default="runc")
    args = parser.parse_args()
    exercise = Course.locate(REPO).exercise("neurone")
    images = {"this": ensure_image()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        images["against"] = revision_image(args.against, Path(tmp) / "against")
    jobs = {name: notebook_job(exercise, {"neurone.ipynb": data})[0] for name, data in submissions().items()}
    runners = {name: DockerRunner(image, runtime=args.runtime) for name, image in images.items()}
    times: dict[str, list[float]] = {name: [] for name in images}
    scores: dict[str, set[tuple[str, float]]] = {name: set() for name in images}
    for name in runners:  # warm every image once
        runners[name].run(jobs["reference"])
    for i in range(args.rounds):
        student = list(jobs)[i % len(jobs)]
        order = list(runners)[i % 2 :] + list(runners)[: i % 2]  # each goes first in turn
        for name in order:
            started = time.monotonic()
            output = runners[name].run(jobs[student])
            times[name].append(time.monotonic() - started)
            scores[name].add((student, interpret(output, exercise.spec.points, 1000).score))
    this, against = statistics.mean(times["this"]), statistics.mean(times["against"])
    print(f"rounds: {args.rounds} (sequential, interleaved), runtime {args.runtime}")
    print(
        f"harness of {args.against}: mean {against:.3f} s  median {statistics.median(times['against']):.3f} s"
    )
    print(f"this harness:       mean {this:.3f} s  median {statistics.median(times['this']):.3f} s")
    print(f"isolation cost:     {this - against:+.3f} s per notebook (ratio {this / against:.2f})")
    print(f"scores: this {sorted(scores['this'])}, {args.against} {sorted(scores['against'])}")


if __name__ == "__main__":
    main()
