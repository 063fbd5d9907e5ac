"""The student's side of a notebook exercise, through the real CLI: `workshop check` says why
each failing test cell failed in the student's terms and language (never an internal cell
id, never hidden content), names what is missing to run the notebook, and runs with
NBGRADER_EXECUTION=validate; `workshop submit` refuses a notebook that would not run."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest

from conftest import REPO, run_cli

STARTER = REPO / "exercises" / "neurone" / "neurone.ipynb"


def _folder(tmp_path: Path, notebook: nbformat.NotebookNode | None = None) -> Path:
    folder = tmp_path / "me"
    folder.mkdir()
    if notebook is None:
        shutil.copyfile(STARTER, folder / "neurone.ipynb")
    else:
        nbformat.write(notebook, folder / "neurone.ipynb")
    return folder


def _starter_with(**sources: str) -> nbformat.NotebookNode:
    nb = nbformat.read(STARTER, as_version=4)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in sources:
            cell.source = sources[grade_id]
    return nb


def _check(folder: Path, lang: str = "en"):  # type: ignore[no-untyped-def]
    return run_cli(
        "check",
        "--dir",
        str(folder),
        "--exercise",
        "neurone",
        "--course",
        str(REPO),
        env={"WORKSHOP_LANG": lang},
    )


def test_check_says_which_code_of_the_student_raised_and_where(tmp_path):
    done = _check(_folder(tmp_path))
    assert done.returncode == 1, done.stderr
    assert (
        " ✗ neurone/test_fit — NotImplementedError, raised by your code (fit)"
        " — test line 2: a_found, b_found = fit(x_data, y_data)\n"
    ) in done.stdout
    assert "NotImplementedError, raised by your code (predict) — test line 2:" in done.stdout
    assert "cell-" not in done.stdout and "<replay>" not in done.stdout


def test_check_speaks_french_to_a_french_student(tmp_path):
    done = _check(_folder(tmp_path), lang="fr")
    assert (
        "NotImplementedError, levée par votre code (fit) — ligne 2 du test\u00a0: a_found, b_found = fit("
        in done.stdout
    )


def test_check_names_the_cell_that_did_not_run(tmp_path):
    broken = _starter_with(fit="def fit(x, y, lr=0.01, epochs=1000):\n    return (1.0, 2.0\n")
    done = _check(_folder(tmp_path, broken))
    line = next(
        x for x in done.stdout.splitlines() if "test line 2: a_found, b_found = fit(x_data, y_data)" in x
    )
    assert "NameError: name 'fit' is not defined" in line
    assert "your cell `def fit(x, y, lr=0.01, epochs=1000):` did not run: SyntaxError:" in line
    assert "cell-" not in done.stdout


def test_check_never_shows_hidden_tests(tmp_path):
    done = _check(_folder(tmp_path))
    hidden = nbformat.read(REPO / "graders" / "neurone" / "neurone.ipynb", as_version=4)
    starter = nbformat.read(STARTER, as_version=4)
    visible = {line.strip() for cell in starter.cells for line in cell.source.splitlines()}
    secret = {
        line.strip()
        for c in hidden.cells
        if "### BEGIN HIDDEN TESTS" in c.source
        for line in c.source.split("### BEGIN HIDDEN TESTS")[1].splitlines()
        if len(line.strip()) > 12
    } - visible
    assert len(secret) > 10
    assert [line for line in secret if line in done.stdout] == []


def test_check_names_a_module_this_machine_lacks(tmp_path):
    notebook = _starter_with(
        predict="import workshop_no_such_module\n\ndef predict(x, a, b):\n    return a * x + b"
    )
    done = _check(_folder(tmp_path, notebook))
    assert done.returncode == 1
    assert done.stderr == (
        "Error: Cannot run neurone.ipynb on this machine: workshop_no_such_module not installed. "
        "Install what notebooks need with pip install 'workshop[student]' (numpy and Jupyter), "
        "or pip install workshop_no_such_module.\n"
    )


def test_check_runs_as_nbgrader_validate(tmp_path):
    notebook = _starter_with(
        predict="import os\nMODE = os.environ.get('NBGRADER_EXECUTION')\nassert MODE == 'validate', MODE\n\n"
        "def predict(x, a, b):\n    return a * x + b"
    )
    done = _check(_folder(tmp_path, notebook))
    assert " ✓ neurone/test_predict" in done.stdout, done.stdout


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {},
            "Error: neurone.ipynb would not run as it is: 5 answer(s) not written yet "
            "(def predict(x, a, b):, def mse(y_true, y_pred):, def fit(x, y, lr=0.01, epochs=1000):, "
            "def train(X, y, lr=0.5, epochs=2000):, def classify(model, X):). "
            "Fix it and check with 'workshop check' (or hand in anyway with --allow-errors).\n",
        ),
        (
            {"predict": "def predict(x, a, b)\n    return a * x + b"},
            "Error: neurone.ipynb would not run as it is: the cell `def predict(x, a, b)` has a syntax error "
            "(line 1: expected ':'); 4 answer(s) not written yet",
        ),
    ],
)
def test_submit_refuses_a_notebook_that_would_not_run_unless_allowed(tmp_path, change, expected):
    folder = _folder(tmp_path, _starter_with(**change))
    args = ("submit", "--dir", str(folder), "--exercise", "neurone", "--student", "eve", "--to",
            str(tmp_path / "inbox"), "--course", str(REPO))  # fmt: skip
    refused = run_cli(*args)
    assert refused.returncode == 1
    assert refused.stderr.startswith(expected)
    assert not (tmp_path / "inbox").exists() or not any((tmp_path / "inbox").rglob("*.tar.gz"))
    allowed = run_cli(*args, "--allow-errors")
    assert allowed.returncode == 0, allowed.stderr


def test_submit_refuses_a_notebook_whose_last_run_raised(tmp_path):
    reference = {
        c.metadata["nbgrader"]["grade_id"]: c.source
        for c in nbformat.read(REPO / "graders" / "neurone" / "neurone.ipynb", as_version=4).cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }
    notebook = _starter_with(**reference)
    free = next(
        c for c in notebook.cells if c.cell_type == "code" and "model = train(X_train, y_train)" in c.source
    )
    free.outputs = [nbformat.v4.new_output("error", ename="KeyError", evalue="'w'", traceback=[])]
    folder = _folder(tmp_path, notebook)
    refused = run_cli("submit", "--dir", str(folder), "--exercise", "neurone", "--student", "eve",
                      "--to", str(tmp_path / "inbox"), "--course", str(REPO))  # fmt: skip
    assert refused.returncode == 1
    assert "the cell `model = train(X_train, y_train)` raised KeyError when you last ran it" in refused.stderr


def test_the_student_extra_brings_numpy_and_jupyter():
    import tomllib

    spec = tomllib.loads((REPO / "pyproject.toml").read_text())
    student = spec["project"]["optional-dependencies"]["student"]
    assert {d.split(">=")[0] for d in student} == {"numpy", "notebook"}
    assert "pip install 'workshop[student]'" in (REPO / "README.md").read_text()
    assert all(">=" in d for d in student)  # lower bounds pinned


def test_check_names_the_models_form_when_train_returns_another(tmp_path):
    # Red team 9f: the 1,000-number model (and any other form) is refused at the public test,
    # with the form the contract names, in the student's language.
    reference = {
        cell.metadata.get("nbgrader", {}).get("grade_id"): cell.source
        for cell in nbformat.read(REPO / "graders" / "neurone" / "neurone.ipynb", as_version=4).cells
    }
    answers = {
        name: re.sub(r"^ *### (BEGIN|END) SOLUTION\n?", "", reference[name], flags=re.M)
        for name in ("predict", "mse", "fit", "train", "classify")
    }
    answers["train"] = answers["train"].replace('"std": std}', '"std": std, "padding": np.zeros(993)}')
    folder = _folder(tmp_path, _starter_with(**answers))
    form = (
        "{w: tuple[float, float], b: float} | {w: tuple[float, float], b: float,"
        " mean: tuple[float, float], std: tuple[float, float]}"
    )
    done = _check(folder)
    assert (
        f" ✗ neurone/test_model_size — train must return {form} (the contract in exercise.toml);"
        " it returned a dict with other keys.\n"
    ) in done.stdout
    assert " ✓ neurone/test_classify_output\n" in done.stdout
    done = _check(folder, lang="fr")
    assert (
        f"train doit renvoyer {form} (le contrat de exercise.toml)\u00a0;"
        " elle a renvoyé un dict avec d'autres clés."
    ) in done.stdout
