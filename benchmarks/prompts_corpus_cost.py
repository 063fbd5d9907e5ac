"""CPU time per attempt of the prompts corpora graded in transcript mode, as the tests grade them.

    PYTHONPATH=src python benchmarks/prompts_corpus_cost.py [--every N] [--course PATH]

Every Nth attempt of every corpus (tests/prompts_corpus/*.toml), each a different text, graded
once after a warm-up (the word lists loaded, as in a test worker that graded before): the
figure the prompts tests pay about 12,000 times (corpus, metamorphic, live and round tests).
Run it with another checkout's source (its PYTHONPATH) in the same session to compare two
graders: the machine's load moves CPU time less than wall time, not to nothing."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "prompts_corpus"))

import corpus  # noqa: E402

from workshop.course import Course  # noqa: E402
from workshop.prompts.grade import grade_prompts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("--course", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args()
    exercise = Course.locate(args.course).exercise("prompts")
    starter = (exercise.public_dir / "prompts.md").read_text(encoding="utf-8")
    folder = Path(__file__).resolve().parent.parent / "tests" / "prompts_corpus"
    attempts = [a for p in sorted(folder.glob("*.toml")) if p.stem != "texts" for a in corpus.load(p.stem)]
    texts = [corpus.transcript(starter, a).encode() for a in attempts]
    for data in texts[1 :: 10 * args.every]:  # warm-up: word lists, checks files, imports
        grade_prompts(exercise, {"prompts.md": data})
    chosen = texts[:: args.every]
    started = time.process_time()
    for data in chosen:
        grade_prompts(exercise, {"prompts.md": data})
    spent = time.process_time() - started
    print(f"prompts corpora, transcript mode: {1000 * spent / len(chosen):.1f} ms CPU per attempt ({len(chosen)} attempts)")


if __name__ == "__main__":
    main()
