"""Issue 9, class 3, end to end: `workshop submit` runs the public tests on the student's
machine first and stores their raw records; the real engine's grading then shows an
honest student the same public details (and load error) as submit printed, and withholds
what the student's machine did not give (--no-check, a forged archive)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import httpx
import nbformat
import pytest

from conftest import REPO, run_cli
from test_neurone import ALWAYS_CHIHUAHUA, _answered
from test_server import LiveServer, _poll, _tokens
from workshop.archive import read_attempt
from workshop.course import Course
from workshop.i18n import t
from workshop.roster import load_roster
from workshop.server.app import create_app
from workshop.server.worker import GradingWorker

DEMO = REPO / "graders" / "calculatrice" / "demo"
BROKEN_MSE = "def mse(y_true, y_pred):\n    return undefined_name"
WITHHELD = t("detail_withheld", "en")


def _printed(stdout: str) -> tuple[dict[str, str], str | None]:
    """What a `workshop check` printout says: per failed test its detail (the line under
    it, else what follows the dash when the test has no trainer's message), and the load error."""
    details: dict[str, str] = {}
    lines = stdout.splitlines()
    for at, line in enumerate(lines):
        found = re.match(r" ✗ (\S+) — (.*)$", line)
        if found:
            below = lines[at + 1] if at + 1 < len(lines) and lines[at + 1].startswith("     ") else ""
            details[found.group(1)] = below.strip() or found.group(2)
    load = next(
        (line.split(": ", 1)[1] for line in lines if line.startswith("Your file could not be loaded")), None
    )
    return details, load


def _submit(folder: Path, student: str, exercise: str, inbox: Path, *extra: str, lang: str = "en"):  # type: ignore[no-untyped-def]
    done = run_cli(
        "submit", "--dir", str(folder), "--exercise", exercise, "--student", student, "--to", str(inbox),
        "--allow-errors", "--course", str(REPO), *extra, env={"WORKSHOP_LANG": lang}, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def graded(tmp_path_factory, sandbox_image) -> dict:
    """Honest students submitted with their public tests run here, one with --no-check;
    one `workshop grade` run."""
    root = tmp_path_factory.mktemp("details")
    inbox = root / "inbox"
    students = {"bruno": "calculatrice", "david": "calculatrice", "nocheck": "calculatrice"}
    for student, source in (("bruno", "bruno"), ("david", "david"), ("nocheck", "bruno")):
        (root / student).mkdir()
        shutil.copyfile(DEMO / source / "calculator.py", root / student / "calculator.py")
    for student, notebook in (
        ("constant", _answered(classify=ALWAYS_CHIHUAHUA)),
        ("broken", _answered(mse=BROKEN_MSE)),
    ):
        (root / student).mkdir()
        (root / student / "neurone.ipynb").write_bytes(notebook)
        students[student] = "neurone"
    printed = {
        s: _submit(root / s, s, ex, inbox, *(["--no-check"] if s == "nocheck" else [])).stdout
        for s, ex in students.items()
    }
    done = run_cli(
        "grade", str(inbox), "--course", str(REPO), "--gradebook", str(root / "gb.sqlite"),
        "--reports", str(root / "reports"), "--workers", "2",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reports = {s: json.loads((root / "reports" / ex / f"{s}.json").read_text()) for s, ex in students.items()}
    archives = {s: read_attempt(next((inbox / ex / s).glob("*.tar.gz")))[0] for s, ex in students.items()}
    summary = (root / "reports" / "index.html").read_text(encoding="utf-8")
    return {"printed": printed, "reports": reports, "archives": archives, "summary": summary}


@pytest.mark.parametrize("student", ["bruno", "david", "constant", "broken"])
def test_an_honest_student_sees_at_grading_the_details_submit_printed(graded, student):
    printed = graded["printed"][student]
    assert printed.startswith("Running the public tests on your machine first")
    details, load_error = _printed(printed.split("\nSubmitted ", 1)[0])
    report = graded["reports"][student]
    assert report["load_error"] == load_error
    public = {test["name"]: test["detail"] for test in report["tests"] if test["visibility"] == "public"}
    for name, detail in public.items():
        if detail:
            assert detail == details[name], name
    assert WITHHELD not in json.dumps(report)
    assert not re.search(rf"<td>{student}</td><td>\[trainer only\][^<]*differs", graded["summary"])
    checked = graded["archives"][student].local_check
    assert checked is not None and checked.load_error == load_error
    assert {test.id.split("::")[-1] for test in checked.tests if test.outcome != "passed"} >= set(details)


def test_the_failing_public_details_are_really_there(graded):
    """The comparison above is not empty: bruno's detail, david's load error."""
    bruno = {test["name"]: test["detail"] for test in graded["reports"]["bruno"]["tests"]}
    assert bruno["test_precedence"] == "assert 20.0 == 14.0 ± 1.4e-05"
    assert graded["reports"]["david"]["load_error"] == "SyntaxError, line 5: '(' was never closed"
    # neurone's test cells all hold hidden tests: grading shows none of their details (as
    # before); what the student's machine explained is in the archive.
    broken = {test.id: test for test in graded["archives"]["broken"].local_check.tests}
    assert broken["neurone/test_mse"].detail.startswith("NameError: name 'undefined_name' is not defined")


def test_without_the_local_run_public_details_are_withheld_and_noted(graded):
    assert "Running the public tests" not in graded["printed"]["nocheck"]
    assert graded["archives"]["nocheck"].local_check is None
    tests = {test["name"]: test for test in graded["reports"]["nocheck"]["tests"]}
    assert tests["test_precedence"]["detail"] == WITHHELD
    assert tests["test_precedence"]["outcome"] == "failed" and tests["test_precedence"]["message"]
    assert "[trainer only] Test public/test_public.py::test_precedence" in graded["summary"]
    assert "assert 20.0 == 14.0" in graded["summary"]  # the trainer's notes keep it


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "could not run on this machine"), ("fr", "n'ont pas pu s'exécuter")]
)
def test_public_tests_that_cannot_run_here_warn_and_submit_all_the_same(tmp_path, lang, words):
    notebook = nbformat.reads(_answered().decode(), as_version=4)
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "predict":
            cell.source = "import workshop_no_such_module\n" + cell.source
    (tmp_path / "nb").mkdir()
    (tmp_path / "nb" / "neurone.ipynb").write_text(nbformat.writes(notebook), encoding="utf-8")
    done = _submit(tmp_path / "nb", "alice", "neurone", tmp_path / "inbox", lang=lang)
    assert words in done.stderr and "workshop_no_such_module" in done.stderr
    archive = next((tmp_path / "inbox" / "neurone" / "alice").glob("*.tar.gz"))
    assert read_attempt(archive)[0].local_check is None


def test_no_check_says_in_help_what_the_student_loses():
    done = run_cli("submit", "--help")
    assert "--no-check" in done.stdout and "shows no details" in " ".join(done.stdout.split())


def test_submit_to_a_server_prints_at_grading_the_details_it_printed_here(tmp_path, sandbox_image):
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nbob,Bob,bob@x.org\ndavid,David,d@x.org\n")
    course = Course.locate(REPO)
    inbox, data = tmp_path / "inbox", tmp_path / "server"
    worker = GradingWorker(inbox, course, data, workers=2)
    live = LiveServer(create_app(inbox, course, data, load_roster(roster), worker))
    worker.start()
    try:
        tokens = _tokens(data)
        for student, source in (("bob", "bruno"), ("david", "david")):
            (tmp_path / student).mkdir()
            shutil.copyfile(DEMO / source / "calculator.py", tmp_path / student / "calculator.py")
            done = run_cli(
                "submit", "--dir", str(tmp_path / student), "--exercise", "calculatrice",
                "--student", student,
                "--server", live.url, "--token", tokens[student], "--allow-errors", cwd=REPO, timeout=300,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
            here, feedback = done.stdout.split("\nSubmitted ", 1)
            assert "tests passed so far" in feedback, feedback
            # The details; the server shows a load error only for an invalid upload (a file
            # the host could not read), never the student process's.
            assert _printed(feedback.split("\n", 1)[1])[0] == _printed(here)[0]
            body = _poll(live.url, tokens[student])
            assert WITHHELD not in json.dumps(body)
        seen = httpx.get(
            f"{live.url}/api/v1/feedback/calculatrice", headers={"Authorization": f"Bearer {tokens['bob']}"}
        ).json()
        assert any(test["detail"] == "assert 20.0 == 14.0 ± 1.4e-05" for test in seen["tests"])
    finally:
        live.stop()
        worker.stop()
