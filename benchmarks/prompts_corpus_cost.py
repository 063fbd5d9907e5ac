"""CPU time per attempt of the prompts corpora graded in transcript mode, as the tests grade them.

    PYTHONPATH=src python benchmarks/prompts_corpus_cost.py [--every N] [--course PATH]

Every Nth attempt of every corpus (tests/prompts_corpus/*.toml), each a different text, graded
once after a warm-up (the word lists loaded, as in a test worker that graded before): the
figure the prompts tests pay about 12,000 times (corpus, metamorphic, live and round tests).
Run it with another checkout's source (its PYTHONPATH) in the same session to compare two
graders: the machine's load moves CPU time less than wall time, not to nothing.

    PYTHONPATH=src python benchmarks/prompts_corpus_cost.py --against /work/main/src [--repeats 3]

does that itself: this checkout's grader (the ``src`` beside this script) and the one in
``--against``, each in its own process, alternated ``--repeats`` times on the same attempts,
then the ratio of their mean CPU times per attempt (below 1: this checkout's is faster).

    PYTHONPATH=src python benchmarks/prompts_corpus_cost.py --variants 3 [--against ...]

grades each chosen attempt's prompt with 3 answers, its own and two with a line added (as the
metamorphic tests grade a fair prompt with its answer transformed): the figure is then per
grading."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "prompts_corpus"))

import corpus  # noqa: E402

from workshop.course import Course  # noqa: E402
from workshop.prompts.grade import grade_prompts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("--course", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--against", type=Path, help="another grader's src folder, timed alternately")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--variants", type=int, default=1, help="answers graded per prompt (the first its own)"
    )
    args = parser.parse_args()
    if args.against:
        _compare(args.against, args.every, args.repeats, args.variants)
        return
    exercise = Course.locate(args.course).exercise("prompts")
    starter = (exercise.public_dir / "prompts.md").read_text(encoding="utf-8")
    folder = Path(__file__).resolve().parent.parent / "tests" / "prompts_corpus"
    attempts = [a for p in sorted(folder.glob("*.toml")) if p.stem != "texts" for a in corpus.load(p.stem)]
    texts = [corpus.transcript(starter, a).encode() for a in attempts]
    for data in texts[1 :: 10 * args.every]:  # warm-up: word lists, checks files, imports
        grade_prompts(exercise, {"prompts.md": data})
    chosen = texts[:: args.every]
    if args.variants > 1:
        chosen = [
            corpus.transcript(starter, replace(a, answer=answer)).encode()
            for a in attempts[:: args.every]
            for answer in [a.answer]
            + [a.answer.rstrip() + f"\n\n{_CLOSINGS[i % 2]} ({i})" for i in range(1, args.variants)]
        ]
    started = time.process_time()
    for data in chosen:
        grade_prompts(exercise, {"prompts.md": data})
    spent = time.process_time() - started
    print(
        f"prompts corpora, transcript mode: {1000 * spent / len(chosen):.1f} ms CPU per attempt ({len(chosen)} gradings)"
    )


_CLOSINGS = ("N'hésite pas si tu as d'autres questions.", "Let me know if you need anything else.")


def _compare(against: Path, every: int, repeats: int, variants: int = 1) -> None:
    """This checkout's grader and ``against``'s, alternated, each run in a process of its own."""
    ours = Path(__file__).resolve().parent.parent / "src"
    spent: dict[str, list[float]] = {"this": [], "against": []}
    for _ in range(repeats):
        for label, src in (("this", ours), ("against", against.resolve())):
            env = {**os.environ, "PYTHONPATH": str(src)}
            out = subprocess.run(
                [sys.executable, __file__, "--every", str(every), "--variants", str(variants)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            found = re.search(r"([\d.]+) ms CPU per attempt", out)
            assert found, out
            spent[label].append(float(found.group(1)))
            print(f"{label} ({src}): {out.strip()}", flush=True)
    mean = {label: sum(times) / len(times) for label, times in spent.items()}
    print(
        f"mean CPU per attempt: this {mean['this']:.1f} ms, against {mean['against']:.1f} ms; "
        f"ratio this/against {mean['this'] / mean['against']:.2f} ({repeats} runs each, alternated)"
    )


if __name__ == "__main__":
    main()
