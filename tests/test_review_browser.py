"""Grading notebook answers by hand, end to end, in real headless Chromium (Debian's
chromium through Playwright): `workshop review` over a gradebook filled by `workshop grade`
(real Docker engine), and the same page in `workshop serve`'s dashboard. A grade changes
the total, the report and every export; a re-grade keeps it; a changed answer waits again;
a hostile answer runs nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
from playwright.sync_api import expect, sync_playwright

from conftest import run_cli
from test_dashboard_browser import CHROMIUM, FLAGS
from test_server import LiveServer, _tokens

ROSTER = (
    "id,name,email,moodle_idnumber,lti_user_id\nalice,Alice,alice@x.org,A1,u-a\nbob,Bob,bob@x.org,B2,u-b\n"
)
HOSTILE = (
    "A parameter is **learnt**. <img src=x onerror=\"window.pwned='img'\">"
    " <script>window.pwned='script'</script> [more](javascript:window.pwned='link')"
)
FORMATS = ("csv", "canvas", "moodle-csv", "moodle-xml", "gradescope", "prairielearn", "json")


def _meta(grade_id: str, *, grade: bool, solution: bool, points: float = 0) -> dict:
    meta = {
        "grade": grade,
        "solution": solution,
        "locked": not solution,
        "grade_id": grade_id,
        "schema_version": 3,
    }
    return {"nbgrader": meta | ({"points": points} if grade else {})}


def _master(path: Path) -> None:
    nb = new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    )
    nb.cells = [
        new_code_cell(
            "def double(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION",
            metadata=_meta("double", grade=False, solution=True),
        ),
        new_code_cell(
            "assert double(2) == 4", metadata=_meta("test_double", grade=True, solution=False, points=1)
        ),
        new_markdown_cell(
            "### BEGIN SOLUTION\nA number the training adjusts.\n### END SOLUTION",
            metadata=_meta("explain", grade=True, solution=True, points=2),
        ),
        new_code_cell(
            "def use(n):\n    ### BEGIN SOLUTION\n    return double(n) + 1\n    ### END SOLUTION",
            metadata=_meta("use", grade=True, solution=True, points=3),
        ),
    ]
    nbformat.write(nb, path)


def _answered(course: Path, **answers: str) -> bytes:
    """The student version with some answers written."""
    nb = nbformat.read(course / "exercises" / "essay" / "essay.ipynb", as_version=4)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return nbformat.writes(nb).encode()


@pytest.fixture
def classroom(tmp_path: Path, sandbox_image: str) -> Path:
    """A course with the `essay` notebook (1 point autograded, 5 by hand) and two graded students."""
    _master(tmp_path / "essay.ipynb")
    built = run_cli(
        "exercise",
        "build",
        str(tmp_path / "essay.ipynb"),
        "--slug",
        "essay",
        "--course",
        str(tmp_path / "course"),
    )
    assert built.returncode == 0, built.stderr
    assert "1 autograded point(s), 5 graded by hand" in built.stdout
    (tmp_path / "roster.csv").write_text(ROSTER)
    course = tmp_path / "course"
    spec = course / "exercises" / "essay" / "exercise.toml"  # Moodle's XML import needs its ID number
    spec.write_text(spec.read_text() + '\n[lms]\nmoodle_idnumber = "workshop-essay"\n')
    _submit(
        tmp_path,
        "alice",
        _answered(
            course,
            double="def double(x):\n    return 2 * x",
            explain=HOSTILE,
            use="def use(n):\n    return n",
        ),
    )
    _submit(tmp_path, "bob", _answered(course, explain="I do not know."))  # `use` left as handed out
    _grade(tmp_path)
    return tmp_path


def _submit(root: Path, student: str, notebook: bytes) -> None:
    folder = root / "work" / student
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "essay.ipynb").write_bytes(notebook)
    done = run_cli("submit", "--dir", str(folder), "--exercise", "essay", "--student", student, "--to",
                   str(root / "inbox"), "--course", str(root / "course"), "--allow-errors")  # fmt: skip
    assert done.returncode == 0, done.stderr


def _grade(root: Path) -> None:
    done = run_cli("grade", str(root / "inbox"), "--course", str(root / "course"),
                   "--gradebook", str(root / "gb.sqlite"), "--reports", str(root / "reports"))  # fmt: skip
    assert done.returncode == 0, done.stderr


def _exports(root: Path) -> dict[str, str]:
    out = {}
    for fmt in FORMATS:
        done = run_cli("export", "--format", fmt, "--roster", str(root / "roster.csv"),
                       "--course", str(root / "course"), "--gradebook", str(root / "gb.sqlite"))  # fmt: skip
        assert done.returncode == 0, done.stderr
        out[fmt] = done.stdout
    return out


def _alice(exports: dict[str, str]) -> dict[str, object]:
    """Alice's score as each export shows it (None: blank or absent)."""
    plain = list(csv.DictReader(io.StringIO(exports["csv"])))[0]
    canvas = list(csv.reader(io.StringIO(exports["canvas"])))[2]
    moodle = list(csv.reader(io.StringIO(exports["moodle-csv"])))[1]
    xml = exports["moodle-xml"]
    return {
        "csv": plain["essay"] or None,
        "csv total": plain["total"] or None,
        "canvas": canvas[5] or None,
        "moodle-csv": moodle[1] or None,
        "moodle-xml": xml.split("<student>A1</student>")[1].split("<score>")[1].split("<")[0]
        if "A1" in xml
        else None,
        "gradescope": json.loads(exports["gradescope"])["essay"].get("alice", {}).get("score"),
        "prairielearn": json.loads(exports["prairielearn"])["essay"].get("alice", {}).get("score"),
        "json": next(
            (i["resultScore"] for i in json.loads(exports["json"])["items"] if i["userId"] == "alice"), None
        ),
    }


@pytest.fixture
def page():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.dialogs = []  # type: ignore[attr-defined]
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
        yield page
        browser.close()


def _review(root: Path):  # type: ignore[no-untyped-def]
    """`workshop review` as the trainer starts it; its URL from its first line."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "workshop.cli", "review", "--gradebook", str(root / "gb.sqlite"), "--course",
         str(root / "course"), "--reports", str(root / "reports"), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "WORKSHOP_LANG": "en"},
    )  # fmt: skip
    line = proc.stdout.readline() if proc.stdout else ""
    assert line.startswith("Grading by hand on http://127.0.0.1:"), line + (
        proc.stderr.read() if proc.stderr else ""
    )
    return proc, line.split(" on ", 1)[1].split(" (open", 1)[0]


def _cell(page, student: str, cell: str):  # type: ignore[no-untyped-def]
    return page.locator(f"section[data-student={student}] article[data-cell='essay/{cell}']")


def test_a_grade_given_in_the_browser_changes_total_report_and_every_export_and_survives_a_regrade(
    classroom, page
):
    root = classroom
    before = _alice(_exports(root))
    assert set(before.values()) == {None}, before  # alice's parts wait for the trainer: blank everywhere
    bob_csv = list(csv.DictReader(io.StringIO(_exports(root)["csv"])))[1]
    assert bob_csv["essay"] == ""  # bob's written answer waits too; his `use` scored 0 already
    proc, url = _review(root)
    try:
        page.goto(url)
        expect(page.locator("h1")).to_have_text("Answers to grade by hand")
        explain = _cell(page, "alice", "explain")
        expect(explain).to_be_visible(timeout=10_000)
        # The hostile answer is shown as text; Markdown is rendered; nothing ran.
        expect(explain.locator(".answer strong")).to_have_text("learnt")
        expect(explain.locator(".answer")).to_contain_text("<img src=x onerror=")
        expect(explain.locator(".answer")).to_contain_text("<script>window.pwned='script'</script>")
        assert explain.locator(".answer img, .answer script, .answer a[href^='javascript']").count() == 0
        assert page.evaluate("window.pwned") is None and page.dialogs == []  # type: ignore[attr-defined]
        assert _cell(page, "bob", "use").count() == 0  # left as handed out: 0, nothing to grade
        score = page.locator("section[data-student=alice] .score")
        expect(score).to_have_text("Score 1 / 6 — answers still to grade")

        explain.locator("input[name=points]").fill("7")
        explain.locator("button").click()
        expect(explain.locator(".said")).to_have_text(
            "Points for 'essay/explain' must be between 0 and 2. Give a number in that range."
        )
        explain.locator("input[name=points]").fill("1.5")
        explain.locator("textarea").fill("Good start; say what training does.")
        explain.locator("button").click()
        expect(explain.locator(".said")).to_have_text("Saved.")
        expect(score).to_have_text("Score 2.5 / 6 — answers still to grade")
        assert set(_alice(_exports(root)).values()) == {None}  # still not final: `use` waits

        use = _cell(page, "alice", "use")
        use.locator("input[name=points]").fill("2")
        use.locator("button").click()
        expect(use.locator(".said")).to_have_text("Saved.")
        expect(score).to_have_text("Score 4.5 / 6 — all answers graded")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    after = _alice(_exports(root))
    assert after == {
        "csv": "4.5", "csv total": "4.5", "canvas": "4.5", "moodle-csv": "4.5", "moodle-xml": "4.5",
        "gradescope": 4.5, "prairielearn": 0.75, "json": 4.5,
    }  # fmt: skip
    report = json.loads((root / "reports" / "essay" / "alice.json").read_text())  # rewritten on save
    assert (report["score"], report["awaiting_manual"]) == (4.5, False)
    assert "Good start; say what training does." in (root / "reports" / "essay" / "alice.html").read_text()

    # A re-grade (the course changed: every attempt is graded again) keeps the grades.
    spec = root / "course" / "exercises" / "essay" / "exercise.toml"
    spec.write_text(spec.read_text().replace("call_time_s = 30", "call_time_s = 29"))
    _grade(root)
    assert _alice(_exports(root))["csv"] == "4.5"
    # A new attempt with a changed `explain` waits for the trainer again; `use` keeps its grade.
    _submit(root, "alice", _answered(root / "course", double="def double(x):\n    return 2 * x",
                                     explain="Rewritten.", use="def use(n):\n    return n"))  # fmt: skip
    _grade(root)
    assert set(_alice(_exports(root)).values()) == {None}
    proc, url = _review(root)
    try:
        page.goto(url)
        expect(_cell(page, "alice", "explain").locator("input[name=points]")).to_have_value(
            "", timeout=10_000
        )
        expect(_cell(page, "alice", "use").locator("input[name=points]")).to_have_value("2")
        expect(page.locator("section[data-student=alice] .score")).to_have_text(
            "Score 3 / 6 — answers still to grade"
        )
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_review_refuses_a_wrong_token_and_listens_on_loopback_only(classroom, page):
    proc, url = _review(classroom)
    try:
        page.goto(url.split("#")[0] + "#token=wrong")
        expect(page.locator("#state")).to_have_text("Unknown token: open the link your trainer gave you.")
        assert url.startswith("http://127.0.0.1:")
        refused = httpx.post(
            url.split("/review")[0] + "/api/v1/manual", json={}, headers={"Authorization": "Bearer wrong"}
        )
        assert refused.status_code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_dashboard_leads_to_grading_and_the_student_sees_the_grade_once_released(classroom, page):
    from workshop.course import Course
    from workshop.roster import load_roster
    from workshop.server.app import create_app
    from workshop.server.worker import GradingWorker

    root = classroom
    course, data = Course.locate(root / "course"), root / "server"
    worker = GradingWorker(root / "inbox", course, data, workers=1)
    live = LiveServer(create_app(root / "inbox", course, data, load_roster(root / "roster.csv"), worker))
    worker.start()
    try:
        tokens = _tokens(data)
        page.goto(f"{live.url}/dashboard#token={tokens['*class*']}")
        link = page.locator("section[data-slug=essay] .to-grade a")
        expect(link).to_have_text("Answers to grade by hand: 3", timeout=120_000)  # alice 2, bob 1
        link.click()
        explain = _cell(page, "bob", "explain")
        expect(explain).to_be_visible(timeout=10_000)
        explain.locator("input[name=points]").fill("0.5")
        explain.locator("textarea").fill("Try again.")
        explain.locator("button").click()
        expect(explain.locator(".said")).to_have_text("Saved.")
        headers = {"Authorization": f"Bearer {tokens['bob']}"}
        feedback = httpx.get(f"{live.url}/api/v1/feedback/essay", headers=headers).json()
        cell = next(t for t in feedback["tests"] if t["name"] == "essay/explain")
        assert (cell["outcome"], cell["earned"], cell["detail"]) == ("manual", 0.0, "")  # not released yet
        released = httpx.post(
            f"{live.url}/api/v1/release/essay", headers={"Authorization": f"Bearer {tokens['*class*']}"}
        )
        assert released.status_code == 200
        feedback = httpx.get(f"{live.url}/api/v1/feedback/essay", headers=headers).json()
        cell = next(t for t in feedback["tests"] if t["name"] == "essay/explain")
        assert (cell["outcome"], cell["earned"], cell["detail"]) == ("graded", 0.5, "Try again.")
        assert (feedback["score"], feedback["max_score"], feedback["awaiting_manual"]) == (0.5, 6, False)
        deadline = time.monotonic() + 10
        report = data / "reports" / "essay" / "bob.json"
        while time.monotonic() < deadline and json.loads(report.read_text())["score"] != 0.5:
            time.sleep(0.2)
        assert json.loads(report.read_text())["score"] == 0.5
    finally:
        live.stop()
        worker.stop()
