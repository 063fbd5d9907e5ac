"""What `workshop submit` costs the student now that it runs the public tests on their
machine first (issue 9, class 3), next to `--no-check`: the real CLI, in a subprocess,
into a folder inbox, for `calculatrice` (bruno: one public test fails) and `neurone` (the
reference answers), interleaved, several rounds. Prints figures; asserts nothing.

    python benchmarks/submit_local_check.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STUDENTS = {
    "calculatrice": ("calculator.py", REPO / "graders" / "calculatrice" / "demo" / "bruno" / "calculator.py"),
    "neurone": ("neurone.ipynb", REPO / "graders" / "neurone" / "neurone.ipynb"),
}


def _submit(folder: Path, exercise: str, inbox: Path, check: bool) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "WORKSHOP_LANG": "en"}
    args = [sys.executable, "-m", "workshop.cli", "submit", "--dir", str(folder), "--exercise", exercise]
    args += ["--student", "alice", "--to", str(inbox), "--course", str(REPO), "--allow-errors"]
    started = time.perf_counter()
    done = subprocess.run([*args, *([] if check else ["--no-check"])], env=env, capture_output=True, text=True)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory(prefix="submit-bench-") as tmp:
        root = Path(tmp)
        times: dict[tuple[str, bool], list[float]] = {}
        for exercise, (name, source) in STUDENTS.items():
            (root / exercise).mkdir()
            (root / exercise / name).write_bytes(source.read_bytes())
        for _ in range(rounds):
            for exercise in STUDENTS:
                for check in (True, False):
                    took = _submit(root / exercise, exercise, root / "inbox", check)
                    times.setdefault((exercise, check), []).append(took)
    print(f"workshop submit, {rounds} rounds, median (min-max) seconds, {os.cpu_count()} cores:")
    for exercise in STUDENTS:
        for check, label in ((True, "with the local run"), (False, "--no-check")):
            runs = times[(exercise, check)]
            print(f"  {exercise:<13} {label:<19} {statistics.median(runs):6.2f}  ({min(runs):.2f}-{max(runs):.2f})")


if __name__ == "__main__":
    main()
