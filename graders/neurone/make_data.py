"""Data of the `neurone` exercise, part 2 ("chihuahua ou muffin ?"). Trainers only.

Each picture is already summarised by two numbers between 0 and 1:

* ``rondeur``: how round the outline is (a muffin top is rounder than a chihuahua's head
  with its big ears);
* ``texture``: how grainy the surface is (crumbs and blueberries versus short fur).

Labels: 0 = muffin, 1 = chihuahua. The two classes are Gaussian blobs that overlap a
little: a straight line (one neuron) separates them at about 93 %, never 100 %.

Run from the repository root::

    python graders/neurone/make_data.py            # writes the training CSV, prints the hidden set
    python graders/neurone/make_data.py --check    # the CSV and the master notebook match this script

It writes ``exercises/neurone/chihuahua_muffin_train.csv`` (200 rows, header
``rondeur,texture,label``) and prints the hidden test set (100 rows) as the Python
literal that the hidden test cell ``test_accuracy`` of ``source/neurone.ipynb`` contains.
The hidden set is never written under ``exercises/``: students must not receive it.
Deterministic: one seeded generator, values rounded to 3 decimals, so two runs give
byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

SEED = 20240917
N_TRAIN, N_TEST = 200, 100
SD = 0.13
CENTRES = {0: (0.70, 0.65), 1: (0.45, 0.35)}  # label -> (rondeur, texture): 0 muffin, 1 chihuahua

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
TRAIN_CSV = REPO / "exercises" / "neurone" / "chihuahua_muffin_train.csv"
MASTER = HERE / "source" / "neurone.ipynb"
ROWS_PER_LINE = 4


def blobs(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` rows (rondeur, texture, label), half of each class, shuffled."""
    parts = []
    for label, count in ((0, n // 2), (1, n - n // 2)):
        features = rng.normal(CENTRES[label], SD, size=(count, 2))
        parts.append(np.column_stack([np.clip(features, 0.0, 1.0), np.full(count, label)]))
    rows = np.vstack(parts)[rng.permutation(n)]
    rows[:, :2] = np.round(rows[:, :2], 3)
    return rows


def datasets() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    return blobs(rng, N_TRAIN), blobs(rng, N_TEST)


def csv_text(rows: np.ndarray) -> str:
    lines = ["rondeur,texture,label"]
    lines += ["%.3f,%.3f,%d" % (r, t, label) for r, t, label in rows]
    return "\n".join(lines) + "\n"


def hidden_literal(rows: np.ndarray) -> str:
    """The hidden set as it appears in the hidden test cell."""
    cells = ["(%.3f, %.3f, %d)," % (r, t, label) for r, t, label in rows]
    lines = [" ".join(cells[i : i + ROWS_PER_LINE]) for i in range(0, len(cells), ROWS_PER_LINE)]
    return "\n".join("        " + line for line in lines)


def check(train: np.ndarray, test: np.ndarray) -> list[str]:
    problems = []
    if TRAIN_CSV.read_text(encoding="utf-8") != csv_text(train):
        problems.append(f"{TRAIN_CSV} differs from what this script generates")
    master = json.loads(MASTER.read_text(encoding="utf-8"))
    cells = [
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for c in master["cells"]
        if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "test_accuracy"
    ]
    if len(cells) != 1 or hidden_literal(test) not in cells[0]:
        problems.append(f"{MASTER}: cell 'test_accuracy' does not hold the hidden set of this script")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    train, test = datasets()
    if args.check:
        problems = check(train, test)
        for problem in problems:
            print(problem, file=sys.stderr)
        print("ok" if not problems else "MISMATCH")
        return 1 if problems else 0
    TRAIN_CSV.parent.mkdir(parents=True, exist_ok=True)
    TRAIN_CSV.write_text(csv_text(train), encoding="utf-8", newline="\n")
    print(f"wrote {TRAIN_CSV.relative_to(REPO)}: {len(train)} rows", file=sys.stderr)
    print(f"hidden test set ({len(test)} rows), for the hidden test cell 'test_accuracy':", file=sys.stderr)
    print(hidden_literal(test))
    return 0


if __name__ == "__main__":
    sys.exit(main())
