"""Grade the same notebook submissions with `nbgrader autograde` (unsandboxed, its own
example course) and with `workshop grade` (sandboxed), in one run on the same machine.
Prints both times and their ratio; asserts nothing.

    python benchmarks/notebooks_vs_nbgrader.py [--students 20]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbgrader

EXAMPLE = Path(nbgrader.__file__).parent / "docs" / "source" / "user_guide"
NOTEBOOKS = ("problem1.ipynb", "problem2.ipynb")
ORIGINALS = ("bitdiddle", "hacker")


def run(cmd: list[str], cwd: Path) -> float:
    started = time.monotonic()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "WORKSHOP_LANG": "en", "JUPYTER_PLATFORM_DIRS": "1",
                               "WORKSHOP_RUNTIME": os.environ.get("WORKSHOP_RUNTIME", "runc")})
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr[-3000:]}")
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=20)
    args = parser.parse_args()
    students = [f"s{i:02d}" for i in range(args.students)]
    workshop = [sys.executable, "-m", "workshop.cli"]
    root = Path(tempfile.mkdtemp(prefix="workshop-nb-bench-"))
    try:
        # nbgrader's course directory, database and released assignment (not timed).
        nbg = root / "nbgrader"
        shutil.copytree(EXAMPLE / "source" / "ps1", nbg / "source" / "ps1")
        for i, student in enumerate(students):
            target = nbg / "submitted" / student / "ps1"
            shutil.copytree(EXAMPLE / "submitted" / ORIGINALS[i % 2] / "ps1", target)
        (nbg / "nbgrader_config.py").write_text(
            "c = get_config()\nc.CourseDirectory.course_id = 'bench'\n"
            "c.CourseDirectory.db_assignments = [dict(name='ps1')]\n"
            f"c.CourseDirectory.db_students = [dict(id=s) for s in {students!r}]\n"
        )
        run(["nbgrader", "generate_assignment", "ps1", "--force"], nbg)

        # workshop's course and inbox (not timed).
        course = root / "course"
        run([*workshop, "exercise", "build", *(str(EXAMPLE / "source" / "ps1" / n) for n in NOTEBOOKS),
             "--slug", "ps1", "--course", str(course)], root)
        for i, student in enumerate(students):
            folder = EXAMPLE / "submitted" / ORIGINALS[i % 2] / "ps1"
            run([*workshop, "submit", "--dir", str(folder), "--exercise", "ps1", "--student", student,
                 "--to", str(root / "inbox"), "--course", str(course), "--allow-errors"], root)

        nbgrader_s = run(["nbgrader", "autograde", "ps1", "--force"], nbg)
        workshop_s = run([*workshop, "grade", str(root / "inbox"), "--course", str(course), "--gradebook",
                          str(root / "gb.sqlite"), "--reports", str(root / "reports")], root)
        n = args.students
        print(f"{n} students x {len(NOTEBOOKS)} notebooks (nbgrader's ps1 example), {os.cpu_count()} cores")
        print(f"nbgrader autograde (unsandboxed, serial): {nbgrader_s:7.2f} s  ({nbgrader_s / n:.2f} s per student)")
        print(f"workshop grade (sandboxed, parallel):     {workshop_s:7.2f} s  ({workshop_s / n:.2f} s per student)")
        print(f"ratio nbgrader / workshop:                {nbgrader_s / workshop_s:7.2f}x")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
