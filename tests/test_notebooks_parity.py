"""Parity with nbgrader beyond its example course: nbgrader's own test notebooks (and a few
of ours) graded by REAL ``nbgrader generate_assignment`` + ``nbgrader autograde`` and by
``workshop exercise build`` + ``submit`` + ``grade`` (the real Docker engine), compared
grade cell by grade cell. Covers AUTOTEST / HASHED AUTOTEST (with autotests.yml), partial
credit, the manual-grading rule (an answer left as handed out scores 0, any other waits
for the trainer even if it raises), NBGRADER_EXECUTION, notebooks graded by hand only,
hidden tests, tasks, data files next to the notebook, and tampered submissions."""

from __future__ import annotations

import json
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from conftest import run_cli
from nbgrader_runs import APPS, PREPROCESSORS, USER_GUIDE, Case, Scores, generate, grade_generated

P1 = "p1.ipynb"


def _grade_cell(source: str, grade_id: str, points: float, *, solution: bool = False, markdown: bool = False):  # type: ignore[no-untyped-def]
    meta = {
        "nbgrader": {
            "grade": True,
            "solution": solution,
            "locked": not solution,
            "points": points,
            "grade_id": grade_id,
            "schema_version": 3,
        }
    }
    return new_markdown_cell(source, metadata=meta) if markdown else new_code_cell(source, metadata=meta)


def _answer(source: str, grade_id: str):  # type: ignore[no-untyped-def]
    meta = {
        "nbgrader": {
            "grade": False,
            "solution": True,
            "locked": False,
            "grade_id": grade_id,
            "schema_version": 3,
        }
    }
    return new_code_cell(source, metadata=meta)


# Test cells whose last value, error output or environment decides the score (each 2 points).
VALUE_CELLS = {
    "half": "0.5",
    "numpy_scalar": "import numpy as np\nnp.float64(0.25)",
    "negative": "-1",
    "semicolon": "0.5;",
    "to_stderr": "import sys\nprint('x', file=sys.stderr)",
    "boolean": "True",
    "text": "'0.5'",
    "warning": "import warnings\nwarnings.warn('careful')",
    "deprecation": "import warnings\nwarnings.warn('old', DeprecationWarning)",
    "zero": "0",
    "nan": "float('nan')",
    "a_list": "[0.5]",
    "printed": "print(0.5)",
    "raises": "1 / 0",
    "in_a_block": "if True:\n    0.5",
    "commented": "0.5  # a comment",
    "last_of_two": "0.25\n0.5",
    "system_exit": "raise SystemExit(0)",
    "from_student": "half_of(3)",
    "env_in_grader": "import os\nassert os.environ['NBGRADER_EXECUTION'] == 'autograde'",
    "env_in_student": "assert mode == 'autograde'",
    "env_fails": "import os\nif os.getenv('NBGRADER_EXECUTION'):\n    assert False",
}


def _values_notebook(path: Path) -> Path:
    nb = new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    )
    nb.cells = [
        _answer(
            "### BEGIN SOLUTION\nimport os\nmode = os.environ.get('NBGRADER_EXECUTION')\n"
            "def half_of(x):\n    return x / 2\n### END SOLUTION",
            "answer",
        )
    ]
    nb.cells += [_grade_cell(source, name, 2) for name, source in VALUE_CELLS.items()]
    nbformat.write(nb, path)
    return path


def _manual_only(path: Path) -> Path:
    """A notebook graded by hand only: a written answer and a code answer, no test."""
    nb = new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    )
    nb.cells = [
        new_markdown_cell("Explain what a parameter is, then write `squares`."),
        _grade_cell(
            "### BEGIN SOLUTION\nA number the training adjusts.\n### END SOLUTION",
            "explain",
            2,
            solution=True,
            markdown=True,
        ),
        _grade_cell(
            "def squares(n):\n    ### BEGIN SOLUTION\n    return [i * i for i in range(1, n + 1)]\n"
            "    ### END SOLUTION",
            "code",
            3,
            solution=True,
        ),
    ]
    nbformat.write(nb, path)
    return path


def _edited(source: Path, path: Path, **sources: str) -> Path:
    nb = nbformat.read(source, as_version=4)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in sources:
            cell.source = sources[grade_id]
    nbformat.write(nb, path)
    return path


def _cases(tmp: Path) -> dict[str, Case]:
    def me(path: Path, **students: Path | str) -> dict[str, dict[str, Path | str]]:
        return {"reference": {P1: path}, "starter": {P1: "release"}} | {
            s: {P1: p} for s, p in students.items()
        }

    tests_yml = APPS / "autotests.yml"
    unchanged = APPS / "submitted-unchanged.ipynb"
    manual_only = _manual_only(tmp / "manual-only.ipynb")
    return {
        # nbgrader's own autograde tests: the master is a starter-like notebook
        "answers": Case(
            {P1: unchanged},
            {
                s: {P1: APPS / f"submitted-{s}.ipynb"}
                for s in (
                    "unchanged",
                    "changed",
                    "cheat-attempt",
                    "cheat-attempt-alternative",
                    "grade-cell-changed",
                    "locked-cell-changed",
                )
            }  # fmt: skip
            | {
                "answer-raises": {
                    P1: _edited(
                        APPS / "submitted-changed.ipynb",
                        tmp / "raises.ipynb",
                        quux="# YOUR CODE HERE\nraise ValueError('my attempt')",
                    )
                },
                "answer-blank": {P1: _edited(APPS / "submitted-changed.ipynb", tmp / "blank.ipynb", baz="")},
            },  # fmt: skip
        ),
        "autotest-simple": Case(
            {P1: APPS / "autotest-simple.ipynb"},
            me(
                APPS / "autotest-simple.ipynb",
                unchanged=APPS / "autotest-simple-unchanged.ipynb",
                changed=APPS / "autotest-simple-changed.ipynb",
            ),
            autotests=tests_yml,
        ),  # fmt: skip
        "autotest-hashed": Case(
            {P1: APPS / "autotest-hashed.ipynb"},
            me(
                APPS / "autotest-hashed.ipynb",
                unchanged=APPS / "autotest-hashed-unchanged.ipynb",
                changed=APPS / "autotest-hashed-changed.ipynb",
            ),
            autotests=tests_yml,
        ),  # fmt: skip
        "autotest-multi": Case(
            {P1: APPS / "autotest-multi.ipynb"},
            me(
                APPS / "autotest-multi.ipynb",
                unchanged=APPS / "autotest-multi-unchanged.ipynb",
                changed=APPS / "autotest-multi-changed.ipynb",
            ),
            autotests=tests_yml,
        ),  # fmt: skip
        "autotest-hidden": Case(
            {P1: APPS / "autotest-hidden.ipynb"},
            me(
                APPS / "autotest-hidden.ipynb",
                unchanged=APPS / "autotest-hidden-unchanged.ipynb",
                wrong=APPS / "autotest-hidden-changed-wrong.ipynb",
                right=APPS / "autotest-hidden-changed-right.ipynb",
            ),
            autotests=tests_yml,
        ),  # fmt: skip
        "ps1-autotest": Case(
            {n: USER_GUIDE / "source" / "ps1_autotest" / n for n in ("problem1.ipynb", "problem2.ipynb")},
            {
                "reference": {
                    n: USER_GUIDE / "source" / "ps1_autotest" / n
                    for n in ("problem1.ipynb", "problem2.ipynb")
                },
                "starter": {"problem1.ipynb": "release", "problem2.ipynb": "release"},
            },
            data=[USER_GUIDE / "source" / "ps1_autotest" / "jupyter.png"],
            autotests=USER_GUIDE / "autotests.yml",
        ),  # fmt: skip
        "hidden-tests": Case({P1: APPS / "test-hidden-tests.ipynb"}, me(APPS / "test-hidden-tests.ipynb")),
        "test": Case(
            {P1: APPS / "test.ipynb"}, me(APPS / "test.ipynb", output=APPS / "test-with-output.ipynb")
        ),
        "tasks": Case({P1: PREPROCESSORS / "test_taskcell.ipynb"}, me(PREPROCESSORS / "test_taskcell.ipynb")),
        "zero-points": Case(
            {P1: APPS / "validation-zero-points.ipynb"}, me(APPS / "validation-zero-points.ipynb")
        ),
        "environment": Case(
            {P1: APPS / "validating-environment-variable.ipynb"},
            me(APPS / "validating-environment-variable.ipynb"),
        ),
        "relative-file": Case(
            {P1: APPS / "open_relative_file.ipynb"},
            me(APPS / "open_relative_file.ipynb"),
            data=[APPS / "data.txt"],
        ),
        "slow": Case({P1: APPS / "timeout.ipynb"}, me(APPS / "timeout.ipynb")),
        "manual-code": Case(
            {P1: PREPROCESSORS / "manually-graded-code-cell.ipynb"},
            me(PREPROCESSORS / "manually-graded-code-cell.ipynb"),
        ),
        "manual-only": Case({P1: manual_only}, me(manual_only)),
        "values": Case(
            {P1: _values_notebook(tmp / "values.ipynb")}, {"reference": {P1: tmp / "values.ipynb"}}
        ),
    }


def _build(root: Path, cases: dict[str, Case]) -> None:
    """Build every case's exercise with workshop (from the masters: nbgrader's release is not
    needed), two at a time: each build writes its own exercises/<case> and graders/<case>."""
    course = root / "course"

    def build(name: str, case: Case) -> None:
        masters = root / "masters" / name
        masters.mkdir(parents=True)
        for notebook, path in case.masters.items():
            shutil.copyfile(path, masters / notebook)
        if case.autotests:  # next to the master notebook: where build looks first
            shutil.copyfile(case.autotests, masters / "autotests.yml")
        built = run_cli("exercise", "build", *sorted(str(masters / n) for n in case.masters), "--slug", name,
                        "--course", str(course))  # fmt: skip
        assert built.returncode == 0, built.stderr
        if case.data:
            spec = course / "exercises" / name / "exercise.toml"
            data = ", ".join(json.dumps(d.name) for d in case.data)
            spec.write_text(
                spec.read_text().replace('kind = "notebook"\n', f'kind = "notebook"\ndata = [{data}]\n')
            )
            for path in case.data:
                shutil.copyfile(path, course / "exercises" / name / path.name)

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda item: build(*item), cases.items()))


def _workshop(root: Path, cases: dict[str, Case]) -> dict[str, dict[str, dict]]:
    """Submit and grade every case with workshop, once built: case -> student -> report."""
    course, inbox = root / "course", root / "inbox"

    def submit(name: str, student: str, notebooks: dict[str, Path | str]) -> None:
        folder = root / "work" / name / student
        folder.mkdir(parents=True)
        for notebook, path in notebooks.items():
            given = root / "nbgrader" / "release" / name / notebook if path == "release" else Path(path)
            shutil.copyfile(given, folder / notebook)
        done = run_cli("submit", "--dir", str(folder), "--exercise", name, "--student", student,
                       "--to", str(inbox), "--course", str(course), "--allow-errors")  # fmt: skip
        assert done.returncode == 0, done.stderr

    # Each submit writes its own inbox folder (inbox/<case>/<student>/): two at a time.
    jobs = [(n, student, files) for n, case in cases.items() for student, files in case.students.items()]
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda job: submit(*job), jobs))
    done = run_cli("grade", str(inbox), "--course", str(course), "--gradebook", str(root / "gb.sqlite"),
                   "--reports", str(root / "reports"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    return {
        name: {s: json.loads((root / "reports" / name / f"{s}.json").read_text()) for s in case.students}
        for name, case in cases.items()
    }


@pytest.fixture(scope="module")
def graded(tmp_path_factory, sandbox_image) -> tuple[dict[str, Scores], dict[str, dict[str, dict]], Path]:
    root = tmp_path_factory.mktemp("parity")
    (root / "nbgrader").mkdir()
    cases = _cases(root)
    # nbgrader's runs and workshop's own only share the release versions (the starters handed
    # in): side by side. workshop's builds read the masters only, so they run (two at a time)
    # while nbgrader generates; the submits, two at a time, while nbgrader autogrades (the
    # fixture took 431 s in CI one after the other, 394 s with only the grading side by side).
    with ThreadPoolExecutor(max_workers=1) as pool:
        built = pool.submit(_build, root, cases)
        generate(root / "nbgrader", cases)
        built.result()
        nbgrader_side = pool.submit(grade_generated, root / "nbgrader", cases)
        ours = _workshop(root, cases)
        theirs = nbgrader_side.result()
    return theirs, ours, root


def _differences(theirs: Scores, ours: dict[str, dict]) -> list[str]:
    found = []
    mine = {(s, t["name"]): t for s, report in ours.items() for t in report["tests"]}
    for key in sorted(set(theirs) | set(mine)):
        if key not in mine or key not in theirs:
            found.append(f"{key}: only in {'nbgrader' if key in theirs else 'workshop'}")
            continue
        (score, manual), test = theirs[key], mine[key]
        if score is None or manual:
            if test["outcome"] != "manual":
                found.append(f"{key}: nbgrader leaves it to the trainer, workshop says {test['outcome']}")
        elif test["outcome"] == "manual" or test["earned"] != score:
            found.append(f"{key}: nbgrader {score}, workshop {test['earned']} ({test['outcome']})")
    return found


CASES = [
    "answers", "autotest-simple", "autotest-hashed", "autotest-multi", "autotest-hidden", "ps1-autotest",
    "hidden-tests", "test", "tasks", "zero-points", "environment", "relative-file", "slow", "manual-code",
    "manual-only", "values",
]  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_every_grade_cell_equals_nbgrader_autograde(graded, case):
    theirs, ours, _ = graded
    assert theirs[case], "nbgrader graded nothing: the case proves nothing"
    assert _differences(theirs[case], ours[case]) == []


def test_autotest_starters_earn_nothing_and_correct_answers_everything(graded):
    _, ours, _ = graded
    for case in ("autotest-simple", "autotest-hashed", "autotest-multi"):
        assert ours[case]["starter"]["score"] == 0, case
        assert ours[case]["unchanged"]["score"] == 0, case
        assert ours[case]["reference"]["score"] == ours[case]["reference"]["max_score"], case
    assert ours["autotest-multi"]["changed"]["score"] == 3  # nbgrader's own expectation
    assert [ours["autotest-hidden"][s]["score"] for s in ("wrong", "right")] == [0, 1]


def test_students_never_see_autotest_directives_nor_hidden_autotests(graded):
    _, _, root = graded

    def code(case: str) -> str:
        notebook = nbformat.read(root / "course" / "exercises" / case / P1, as_version=4)
        return "\n".join(cell.source for cell in notebook.cells)

    for case in ("autotest-simple", "autotest-hashed", "autotest-multi", "autotest-hidden"):
        assert "AUTOTEST" not in code(case), case
    hidden = code("autotest-hidden")
    assert "assert str(type(a)) ==" in hidden  # the visible autotests, instantiated
    assert 'assert str(a) == "5"' not in hidden  # the hidden ones, gone


def test_partial_credit_is_the_cells_last_number(graded):
    _, ours, _ = graded
    earned = {
        t["name"].split("/")[1]: (t["earned"], t["outcome"]) for t in ours["values"]["reference"]["tests"]
    }
    assert earned["half"] == (0.5, "partial")
    assert earned["zero"] == (0, "failed")
    assert earned["from_student"] == (1.5, "partial")  # a value of the student's, as a plain number
    assert earned["boolean"] == (2, "passed")


def test_an_answer_that_raises_waits_for_the_trainer_and_one_left_as_handed_out_scores_zero(graded):
    _, ours, _ = graded
    outcomes = {s: {t["name"]: t["outcome"] for t in r["tests"]} for s, r in ours["answers"].items()}
    assert outcomes["answer-raises"]["p1/quux"] == "manual"
    assert outcomes["unchanged"]["p1/quux"] == "failed"
    earned = {t["name"]: t["earned"] for t in ours["answers"]["unchanged"]["tests"]}
    assert (earned["p1/quux"], earned["p1/baz"]) == (0, 0)


def test_manual_only_notebook_builds_with_its_points_and_waits_for_the_trainer(graded):
    _, ours, root = graded
    spec = (root / "course" / "exercises" / "manual-only" / "exercise.toml").read_text()
    assert "\npoints = 5\n" in spec
    reference = ours["manual-only"]["reference"]
    assert (reference["score"], reference["max_score"], reference["awaiting_manual"]) == (0, 5, True)
    assert {t["outcome"] for t in ours["manual-only"]["starter"]["tests"]} == {"failed"}  # nothing written: 0
    assert ours["manual-only"]["starter"]["awaiting_manual"] is False


def test_tampering_is_reported_for_nbgrader_tampered_notebooks_only(graded):
    _, _, root = graded
    index = (root / "reports" / "index.html").read_text()
    notes = re.findall(r"<tr><td>answers</td><td>([^<]+)</td><td>(p1: cell [^<]+)</td></tr>", index)
    assert ("locked-cell-changed", "p1: cell &#39;ro1&#39; (locked) was edited") in notes
    assert ("locked-cell-changed", "p1: cell &#39;ro2&#39; (locked) was edited") in notes
    assert ("grade-cell-changed", "p1: cell &#39;bar&#39; (locked) was edited") in notes
    assert not [n for n in notes if n[0] in ("changed", "unchanged", "answer-raises")]


def test_validate_accepts_a_notebook_graded_by_hand_only_and_checks_its_points(graded, tmp_path):
    _, _, root = graded
    done = run_cli("exercise", "validate", "manual-only", "zero-points", "--course", str(root / "course"))
    assert done.returncode == 0, done.stdout
    assert (
        "✓ Graded by hand only (5 point(s)): nothing to run against the starter; grade the answers with "
        "'workshop review' or the server's dashboard." in done.stdout
    )
    assert "✓ The reference solution earns full marks (0/0)." in done.stdout
    wrong = tmp_path / "course"
    shutil.copytree(root / "course", wrong)
    spec = wrong / "exercises" / "manual-only" / "exercise.toml"
    spec.write_text(spec.read_text().replace("\npoints = 5\n", "\npoints = 4\n"))
    failed = run_cli("exercise", "validate", "manual-only", "--course", str(wrong))
    assert failed.returncode == 1
    assert (
        "✗ exercise.toml says points = 4 but the notebooks hold 5 point(s) (autograded and by hand). "
        "Set points = 5." in failed.stdout
    )
