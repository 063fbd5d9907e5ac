"""Real ``nbgrader generate_assignment`` + ``nbgrader autograde`` runs, for parity tests:
one nbgrader course in a temporary folder, one assignment per case, and the auto score of
every grade cell as nbgrader's own gradebook holds it."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import nbgrader

PACKAGE = Path(nbgrader.__file__).parent
APPS = PACKAGE / "tests" / "apps" / "files"
PREPROCESSORS = PACKAGE / "tests" / "preprocessors" / "files"
USER_GUIDE = PACKAGE / "docs" / "source" / "user_guide"


@dataclass
class Case:
    """One assignment: master notebooks (name -> file), students' notebooks (student ->
    name -> file; ``"release"`` means nbgrader's own student version), data files, and the
    autotests.yml to use."""

    masters: dict[str, Path]
    students: dict[str, dict[str, Path | str]]
    data: list[Path] = field(default_factory=list)
    autotests: Path | None = None


# (student, "notebook/grade_id") -> (auto score, needs manual grading)
Scores = dict[tuple[str, str], tuple[float | None, bool]]


def _run(args: list[str], cwd: Path) -> None:
    done = subprocess.run(
        ["nbgrader", *args, "--force"],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "JUPYTER_PLATFORM_DIRS": "1"},
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def generate(root: Path, cases: dict[str, Case]) -> None:
    """The nbgrader course with every case's assignment generated (its release versions
    are then in ``root/release``)."""
    students = sorted({s for case in cases.values() for s in case.students})
    (root / "nbgrader_config.py").write_text(
        "c = get_config()\nc.CourseDirectory.course_id = 'parity'\n"
        f"c.CourseDirectory.db_assignments = [{', '.join(f'dict(name={n!r})' for n in cases)}]\n"
        f"c.CourseDirectory.db_students = [{', '.join(f'dict(id={s!r})' for s in students)}]\n"
        "c.Execute.timeout = 60\n"
    )
    for name, case in cases.items():
        source = root / "source" / name
        source.mkdir(parents=True)
        for notebook, path in case.masters.items():
            shutil.copyfile(path, source / notebook)
        for data in case.data:
            shutil.copyfile(data, source / data.name)
        if case.autotests:  # nbgrader reads it from the assignment folder
            shutil.copyfile(case.autotests, source / "autotests.yml")
    # One nbgrader process for every assignment: nbgrader reads its assignment id as a glob
    # (source/*/), so "*" converts each case in turn, as one run per case did, without paying
    # nbgrader's start (about 4 s) once per case; a case that fails fails the run.
    _run(["generate_assignment", "*"], root)


def grade_generated(root: Path, cases: dict[str, Case]) -> dict[str, Scores]:
    """Every case's nbgrader scores (case -> scores), by ``nbgrader autograde`` after
    :func:`generate`; nbgrader failing is a test failure."""
    for name, case in cases.items():
        for student, notebooks in case.students.items():
            folder = root / "submitted" / student / name
            folder.mkdir(parents=True)
            for notebook, path in notebooks.items():
                given = root / "release" / name / notebook if path == "release" else Path(path)
                shutil.copyfile(given, folder / notebook)
            for data in case.data:
                shutil.copyfile(data, folder / data.name)
    _run(["autograde", "*"], root)  # every case's submissions, one nbgrader process (as above)
    from nbgrader.api import Gradebook

    out: dict[str, Scores] = {}
    with Gradebook(f"sqlite:///{root}/gradebook.db") as book:
        for name, case in cases.items():
            scores: Scores = {}
            for student in case.students:
                for notebook in book.find_submission(name, student).notebooks:
                    for grade in notebook.grades:
                        key = (student, f"{notebook.name}/{grade.name}")
                        scores[key] = (grade.auto_score, bool(grade.needs_manual_grade))
            out[name] = scores
    return out


def release(root: Path, case: str, notebook: str) -> Path:
    """nbgrader's student version of one notebook (after :func:`autograde`)."""
    return root / "release" / case / notebook
