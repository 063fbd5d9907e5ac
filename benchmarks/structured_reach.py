"""Reach and cost of the two general dictation readers of session 33, each called ALONE
(:mod:`workshop.prompts.schedule` for the plan, :mod:`workshop.prompts.verdicts` for the
sentiment labels), over every corpus file in tests/prompts_corpus/*.toml:

- recall: gaming attempts that deserve ``prompt-data`` but not the task's main answer check
  (answer-sections; an answer-review-k) AND whose answer earns that check under a plain
  prompt (the task's data only): the prompt is the only reason they should lose it;
- cost: every fair attempt of the task, and every gaming attempt that deserves the main
  check(s): each flag there is a point a fair student would lose (must be 0).

    PYTHONPATH=src python3 benchmarks/structured_reach.py [--task plan|sentiment] [-v]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))

import corpus  # noqa: E402

from workshop.course import Course  # noqa: E402
from workshop.prompts import evaluate, schedule, verdicts  # noqa: E402
from workshop.prompts.checks import DurationsCheck  # noqa: E402
from workshop.prompts.grade import load  # noqa: E402
from workshop.prompts.text import identifiers_as_words, normalize  # noqa: E402

MAIN = {"plan": ["answer-sections"], "sentiment": ["answer-review-1", "answer-review-2", "answer-review-3"]}


def _reader(task: evaluate.Task, checks: list):  # type: ignore[no-untyped-def,type-arg]
    if task.id == "plan":
        durations = next(c for c in checks if isinstance(c, DurationsCheck))

        def plan(prompt: str) -> bool:
            rest = evaluate.without_data(prompt, task)
            return schedule.dictates(rest, int(durations.total), durations.min_sections)

        return plan

    def labels(prompt: str) -> bool:
        rest = evaluate.without_data(prompt, task)
        return verdicts.dictates(rest, evaluate.with_revealed(prompt), task.data, task.items)

    return labels


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--task", choices=sorted(MAIN), nargs="*", default=sorted(MAIN))
    parser.add_argument("-v", action="store_true", help="list the missed dictation ids too")
    args = parser.parse_args()
    exercise = Course.locate(REPO).exercise("prompts")
    tasks, found = load(exercise)
    files = sorted(p for p in (REPO / "tests" / "prompts_corpus").glob("*.toml") if p.stem != "texts")
    for task_id in args.task:
        task = tasks[task_id]
        checks = [c for _, c in found if c.task == task_id]
        flags = _reader(task, checks)
        plain = task.data[0]
        caught: list[str] = []
        missed: list[str] = []
        cost: list[str] = []
        fair_n = 0
        for path in files:
            for attempt in corpus.load(path.stem):
                if attempt.task != task_id or attempt.invalid:
                    continue
                prompt = identifiers_as_words(normalize(attempt.prompt))
                fair = path.stem.endswith("fair")
                if fair or set(MAIN[task_id]) <= set(attempt.deserves):
                    fair_n += 1
                    if flags(prompt):
                        cost.append(f"{path.stem}:{attempt.id}")
                    continue
                if "prompt-data" not in attempt.deserves:
                    continue
                undeserved = [n for n in MAIN[task_id] if n not in attempt.deserves]
                got = corpus.earned(exercise, task_id, plain, attempt.answer, fill=False)
                if not any(got.get(n) for n in undeserved):
                    continue  # the answer fails the check anyway: not the dictation class
                (caught if flags(prompt) else missed).append(f"{path.stem}:{attempt.id}")
        n = len(caught) + len(missed)
        print(f"{task_id}: recall {len(caught)}/{n}  cost {len(cost)}/{fair_n}")
        for name in cost:
            print(f"  COST {name}")
        if args.v:
            for name in missed:
                print(f"  missed {name}")
            for name in caught:
                print(f"  caught {name}")


if __name__ == "__main__":
    main()
