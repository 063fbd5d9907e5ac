"""Notebook exercises: nbgrader parity on nbgrader's own example course, tampering, bad
notebooks; everything through the CLI and the real Docker engine."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import nbformat
import nbgrader  # noqa: E402 - a test dependency (pip install -e ".[test]"): missing fails, never skips
import pytest

from conftest import run_cli

EXAMPLE = Path(nbgrader.__file__).parent / "docs" / "source" / "user_guide"
STUDENTS = ("bitdiddle", "hacker")


@pytest.fixture(scope="module")
def nbgrader_scores(tmp_path_factory) -> dict[tuple[str, str], float | None]:
    """nbgrader's own autograde of its example course: (student, notebook/grade_id) -> auto score."""
    course = tmp_path_factory.mktemp("nbgrader-course")
    shutil.copytree(EXAMPLE / "source" / "ps1", course / "source" / "ps1")
    for student in STUDENTS:
        shutil.copytree(EXAMPLE / "submitted" / student, course / "submitted" / student)
    (course / "nbgrader_config.py").write_text(
        "c = get_config()\nc.CourseDirectory.course_id = 'example'\n"
        "c.CourseDirectory.db_assignments = [dict(name='ps1')]\n"
        "c.CourseDirectory.db_students = [dict(id='bitdiddle'), dict(id='hacker')]\n"
    )
    for step in ("generate_assignment", "autograde"):
        done = subprocess.run(
            ["nbgrader", step, "ps1", "--force"],
            cwd=course,
            capture_output=True,
            text=True,
            env={**os.environ, "JUPYTER_PLATFORM_DIRS": "1"},
        )
        assert done.returncode == 0, done.stderr[-2000:]
    from nbgrader.api import Gradebook

    scores = {}
    with Gradebook(f"sqlite:///{course}/gradebook.db") as book:
        for student in STUDENTS:
            for notebook in book.find_submission("ps1", student).notebooks:
                for grade in notebook.grades:
                    scores[(student, f"{notebook.name}/{grade.name}")] = grade.auto_score
    return scores


@pytest.fixture(scope="module")
def course(tmp_path_factory, sandbox_image) -> Path:
    root = tmp_path_factory.mktemp("course")
    sources = [str(EXAMPLE / "source" / "ps1" / name) for name in ("problem1.ipynb", "problem2.ipynb")]
    done = run_cli("exercise", "build", *sources, "--slug", "ps1", "--course", str(root))
    assert done.returncode == 0, done.stderr
    assert "3 autograded point(s)" in done.stdout
    return root


def _grade(course: Path, work: Path, notebooks: dict[str, dict[str, bytes]], *submit_flags: str) -> dict:
    # nbgrader's example submissions leave an answer unwritten (bitdiddle's): submit refuses a
    # notebook that would not run as it is, so they are handed in with --allow-errors.
    submit_flags = submit_flags or ("--allow-errors",)
    inbox = work / "inbox"
    for student, files in notebooks.items():
        folder = work / student
        folder.mkdir(parents=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        done = run_cli(
            "submit",
            "--dir",
            str(folder),
            "--exercise",
            "ps1",
            "--student",
            student,
            "--to",
            str(inbox),
            "--course",
            str(course),
            *submit_flags,
        )
        assert done.returncode == 0, done.stderr
    done = run_cli(
        "grade",
        str(inbox),
        "--course",
        str(course),
        "--gradebook",
        str(work / "gb.sqlite"),
        "--reports",
        str(work / "reports"),
    )
    assert done.returncode == 0, done.stderr
    return {s: json.loads((work / "reports" / "ps1" / f"{s}.json").read_text()) for s in notebooks}


def _submitted(student: str) -> dict[str, bytes]:
    folder = EXAMPLE / "submitted" / student / "ps1"
    return {name: (folder / name).read_bytes() for name in ("problem1.ipynb", "problem2.ipynb")}


def test_scores_equal_nbgrader_autograde_cell_by_cell(course, tmp_path, nbgrader_scores):
    reports = _grade(course, tmp_path, {s: _submitted(s) for s in STUDENTS})
    ours = {(s, t["name"]): t for s, r in reports.items() for t in r["tests"]}
    assert set(ours) == set(nbgrader_scores)
    for key, theirs in nbgrader_scores.items():
        if theirs is None:
            assert ours[key]["outcome"] == "manual", key
        else:
            assert ours[key]["earned"] == theirs, key
    assert {s: r["score"] for s, r in reports.items()} == {
        s: sum(v for (st, _), v in nbgrader_scores.items() if st == s and v is not None) for s in STUDENTS
    }


def _tampered(student: str, change) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    files = _submitted(student)
    nb = nbformat.reads(files["problem1.ipynb"].decode(), as_version=4)
    change(nb)
    files["problem1.ipynb"] = nbformat.writes(nb).encode()
    return files


def _cell(nb, grade_id: str):  # type: ignore[no-untyped-def]
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def test_tampering_never_changes_a_score_and_is_reported_to_the_trainer(course, tmp_path):
    def edit_test(nb):  # type: ignore[no-untyped-def]
        _cell(nb, "correct_squares").source = "pass"

    def raise_points(nb):  # type: ignore[no-untyped-def]
        _cell(nb, "correct_squares").metadata["nbgrader"]["points"] = 100

    def to_markdown(nb):  # type: ignore[no-untyped-def]
        _cell(nb, "correct_sum_of_squares").cell_type = "markdown"
        _cell(nb, "correct_sum_of_squares").pop("outputs", None)
        _cell(nb, "correct_sum_of_squares").pop("execution_count", None)

    def delete(nb):  # type: ignore[no-untyped-def]
        nb.cells.remove(_cell(nb, "correct_squares"))

    cases = {"edit": edit_test, "points": raise_points, "markdown": to_markdown, "deleted": delete}
    reports = _grade(course, tmp_path, {k: _tampered("bitdiddle", f) for k, f in cases.items()})
    for name, report in reports.items():
        assert report["score"] == 1.5, name  # bitdiddle's honest score
    index = (tmp_path / "reports" / "index.html").read_text()
    for phrase in (
        "(locked) was edited",
        "metadata &#39;points&#39; changed",
        "was turned from code into markdown",
        "was deleted",
    ):
        assert phrase in index


def test_notebook_that_is_not_json_is_refused_at_submit_and_invalid_if_forced(course, tmp_path):
    files = _submitted("hacker")
    files["problem1.ipynb"] = b"{ not json"
    folder = tmp_path / "w"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    refused = run_cli(
        "submit",
        "--dir",
        str(folder),
        "--exercise",
        "ps1",
        "--student",
        "eve",
        "--to",
        str(tmp_path / "inbox"),
        "--course",
        str(course),
    )
    assert refused.returncode == 1
    # Issue 12: what is wrong and where (this expectation was "is not a readable notebook").
    assert refused.stderr == (
        "Error: problem1.ipynb is not JSON (line 1, column 3: Expecting property name enclosed in"
        " double quotes). Save it again from Jupyter, then submit.\n"
    )
    reports = _grade(course, tmp_path / "forced", {"eve": files}, "--allow-errors")
    assert reports["eve"]["status"] == "invalid"
    assert reports["eve"]["load_error"] == refused.stderr.removeprefix("Error: ").strip()


def test_validate_passes_for_the_built_example_and_fails_for_a_wrong_solution(course, tmp_path):
    done = run_cli("exercise", "validate", "ps1", "--course", str(course))
    assert done.returncode == 0, done.stdout
    assert "✓ The reference solution earns full marks (3/3)." in done.stdout
    broken = tmp_path / "broken"
    shutil.copytree(course, broken)
    grader = broken / "graders" / "ps1" / "problem1.ipynb"
    nb = nbformat.read(grader, as_version=4)
    _cell(nb, "squares").source = "def squares(n):\n    return [i * i for i in range(n)]\n"
    nbformat.write(nb, grader)
    failed = run_cli("exercise", "validate", "ps1", "--course", str(broken))
    assert failed.returncode == 1
    assert (
        "✗ The reference solution earns 0.5/3, not full marks; it fails: problem1/correct_squares"
        in failed.stdout
    )


def test_a_hanging_cell_is_stopped_and_the_rest_goes_on(course, tmp_path):
    fast = tmp_path / "fast-course"
    shutil.copytree(course, fast)
    spec = fast / "exercises" / "ps1" / "exercise.toml"
    spec.write_text(spec.read_text().replace("call_time_s = 30", "call_time_s = 2"))

    def hang_first(nb):  # type: ignore[no-untyped-def]
        nb.cells.insert(0, nbformat.v4.new_code_cell("while True:\n    pass"))

    reports = _grade(fast, tmp_path / "work", {"hacker": _tampered("hacker", hang_first)})
    assert reports["hacker"]["score"] == 3.0
    index = (tmp_path / "work" / "reports" / "index.html").read_text()
    assert "cell-0: CallTimeout: time limit (2.0 s) reached" in index


def test_a_student_rebinding_a_builtin_cannot_answer_for_a_test(course, tmp_path):
    def forge(nb):  # type: ignore[no-untyped-def]
        # Wrong squares, and an `AssertionError`/`len` of its own: the tests must still fail.
        _cell(
            nb, "squares"
        ).source = "def squares(n):\n    return []\nAssertionError = ZeroDivisionError\nlen = lambda x: 10\n"

    reports = _grade(course, tmp_path, {"forger": _tampered("hacker", forge)})
    outcomes = {t["name"]: t["outcome"] for t in reports["forger"]["tests"]}
    assert outcomes["problem1/correct_squares"] == "failed"
