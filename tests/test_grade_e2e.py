"""workshop demo / grade / export through the real CLI and the real Docker engine."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import tomllib
from pathlib import Path

import pytest

from conftest import REPO, RUNTIMES, require_runtime, run_cli

DEMO = REPO / "graders" / "calculatrice" / "demo"
HIDDEN = REPO / "graders" / "calculatrice" / "tests" / "test_hidden.py"
SOLUTION = REPO / "graders" / "calculatrice" / "solution" / "calculator.py"


@pytest.fixture(scope="module", params=RUNTIMES)
def demo_run(request, tmp_path_factory, sandbox_image) -> tuple[Path, str]:
    """``workshop demo --runtime R``: every student must end the same under runc and runsc."""
    runtime = require_runtime(request.param)
    folder = tmp_path_factory.mktemp(f"demo-{runtime}") / "class"
    done = run_cli("demo", str(folder), "--runtime", runtime, cwd=REPO)
    assert done.returncode == 0, done.stderr[-2000:]
    return folder, done.stdout


def _expected() -> dict[str, dict]:
    data = tomllib.loads((DEMO / "class.toml").read_text())
    return {s["id"]: s for s in data["student"]}


def test_demo_gives_each_student_the_score_their_code_deserves(demo_run):
    folder, _ = demo_run
    for student, want in _expected().items():
        report = json.loads((folder / "reports" / "calculatrice" / f"{student}.json").read_text())
        # a student reads passed or failed (workshop.student_view); the class table below
        # checks the trainer's status (a time limit, memory, a crash) against class.toml
        shown = "passed" if want["expect_status"] == "passed" else "failed"
        assert (report["status"], report["score"]) == (shown, want["expect_score"]), student


def test_demo_ends_with_the_class_table_and_report_paths(demo_run):
    folder, stdout = demo_run
    for student in _expected():
        assert f"{folder / 'reports' / 'calculatrice' / student}.html" in stdout
    assert "✗" not in stdout  # every row met its expectation
    assert (folder / "reports" / "index.html").is_file()


def test_demo_scores_csv_matches_gradebook(demo_run):
    folder, _ = demo_run
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((folder / "scores.csv").read_text()))}
    for student, want in _expected().items():
        assert float(rows[student]["calculatrice"]) == want["expect_score"]


def test_no_hidden_test_text_in_anything_a_student_sees(demo_run):
    folder, stdout = demo_run
    hidden_lines = [
        line.strip()
        for line in HIDDEN.read_text().splitlines()
        if len(line.strip()) > 25
        and not line.strip().startswith(("#", "en=", "fr=", '"""'))
        and "en=" not in line
        and "fr=" not in line
    ]
    assert len(hidden_lines) > 10
    seen = stdout + (folder / "scores.csv").read_text()
    for path in (folder / "reports").rglob("*"):
        if path.is_file():
            seen += path.read_text()
    leaked = [line for line in hidden_lines if line in seen]
    assert leaked == []
    assert "/tmp/job" not in seen and "/grader/job" not in seen and "graders/" not in seen


def _runtime_of(folder: Path) -> str:
    return folder.parent.name.split("-")[1].rstrip("0123456789")


def test_second_grade_changes_nothing(demo_run):
    folder, _ = demo_run
    book = folder / "gradebook.sqlite"
    before = sqlite3.connect(book).execute("SELECT * FROM grades ORDER BY rowid").fetchall()
    done = run_cli(
        "grade",
        str(folder / "inbox"),
        "--gradebook",
        str(book),
        "--reports",
        str(folder / "reports"),
        env={"WORKSHOP_RUNTIME": _runtime_of(folder)},
    )
    assert done.returncode == 0, done.stderr
    assert "Nothing to grade: 8 submission(s) unchanged" in done.stderr
    after = sqlite3.connect(book).execute("SELECT * FROM grades ORDER BY rowid").fetchall()
    assert before == after


def test_demo_records_the_runtime_of_each_grade(demo_run):
    folder, _ = demo_run
    runtime = _runtime_of(folder)
    rows = (
        sqlite3.connect(folder / "gradebook.sqlite")
        .execute("SELECT grader_key, json_extract(result_json, '$.runtime') FROM grades")
        .fetchall()
    )
    assert len(rows) == 8 and {r for _, r in rows} == {runtime}
    assert all(key.endswith("@runsc") == (runtime == "runsc") for key, _ in rows)


def test_auto_grades_under_runsc_says_so_once_and_a_runc_class_is_graded_again(tmp_path, sandbox_image):
    require_runtime("runsc")  # this engine lists runsc: auto must pick it
    inbox = tmp_path / "inbox"
    work = tmp_path / "w"
    work.mkdir()
    (work / "calculator.py").write_bytes(SOLUTION.read_bytes())
    for student in ("ana", "ben"):
        submitted = run_cli(
            "submit", "--dir", str(work), "--exercise", "calculatrice", "--student", student,
            "--to", str(inbox), cwd=REPO,
        )  # fmt: skip
        assert submitted.returncode == 0, submitted.stderr
    book = tmp_path / "gb.sqlite"
    grade = ("grade", str(inbox), "--gradebook", str(book), "--reports", str(tmp_path / "r"))
    under_runc = run_cli(*grade, "--runtime", "runc", cwd=REPO)
    assert under_runc.returncode == 0, under_runc.stderr
    assert "Grading under" not in under_runc.stderr  # runc was asked for: nothing to say
    auto = run_cli(*grade, cwd=REPO)  # --runtime auto, the default
    assert auto.returncode == 0, auto.stderr
    said = (
        "Grading under gVisor (runsc), which this Docker engine offers"
        " (--runtime runc for Docker's default runtime)."
    )
    assert auto.stderr.count(said) == 1, auto.stderr
    runtimes = (
        sqlite3.connect(book)
        .execute("SELECT json_extract(result_json, '$.runtime'), status, score FROM grades ORDER BY rowid")
        .fetchall()
    )
    assert runtimes == [("runc", "passed", 48.0)] * 2 + [("runsc", "passed", 48.0)] * 2
    again = run_cli(*grade, cwd=REPO)
    assert "Nothing to grade: 2 submission(s) unchanged" in again.stderr


def test_grade_refuses_an_unknown_runtime_in_one_line(tmp_path):
    done = run_cli("grade", str(tmp_path), "--runtime", "kata", cwd=REPO)
    assert done.returncode == 2
    assert "Invalid value for '--runtime': 'kata' is not one of 'runc', 'runsc', 'auto'." in done.stderr


def test_grade_survives_bad_archives_and_regrades_only_what_changed(tmp_path, sandbox_image):
    inbox = tmp_path / "inbox"
    work = tmp_path / "good"
    work.mkdir()
    (work / "calculator.py").write_bytes(SOLUTION.read_bytes())
    assert (
        run_cli(
            "submit",
            "--dir",
            str(work),
            "--exercise",
            "calculatrice",
            "--student",
            "ana",
            "--to",
            str(inbox),
            cwd=REPO,
        ).returncode
        == 0
    )
    # Hand-made attempts: one that is not an archive, one for another student's folder.
    forged = inbox / "calculatrice" / "zoe"
    forged.mkdir(parents=True)
    (forged / "20260101T000000000000Z-0123456789ab.tar.gz").write_bytes(b"not a tarball")
    stolen = inbox / "calculatrice" / "max"
    stolen.mkdir()
    (stolen / "20260101T000000000000Z-0123456789ab.tar.gz").write_bytes(
        next((inbox / "calculatrice" / "ana").iterdir()).read_bytes()
    )
    (inbox / "calculatrice" / "notes.txt").write_text("stray")
    book = tmp_path / "gb.sqlite"
    done = run_cli("grade", str(inbox), "--gradebook", str(book), "--reports", str(tmp_path / "r"), cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "Ignored (not a submission)" in done.stderr
    status = dict(
        sqlite3.connect(book)
        .execute(
            "SELECT s.student, g.status || ' ' || g.score"
            " FROM grades g JOIN submissions s ON s.id = g.submission_id"
        )
        .fetchall()
    )
    assert status == {"ana": "passed 48.0", "zoe": "invalid 0.0", "max": "invalid 0.0"}
    # A new attempt by ana is graded; zoe and max are not graded again.
    assert (
        run_cli(
            "submit",
            "--dir",
            str(work),
            "--exercise",
            "calculatrice",
            "--student",
            "ana",
            "--to",
            str(inbox),
            cwd=REPO,
        ).returncode
        == 0
    )
    again = run_cli("grade", str(inbox), "--gradebook", str(book), "--reports", str(tmp_path / "r"), cwd=REPO)
    assert again.returncode == 0
    graded = sqlite3.connect(book).execute("SELECT COUNT(*) FROM grades").fetchone()[0]
    assert graded == 4
    assert "2 " in again.stdout.split("ana")[1].splitlines()[0]  # two attempts shown for ana


def test_grade_with_engine_down_is_one_line_and_loses_nothing(tmp_path, demo_run):
    folder, _ = demo_run
    book = folder / "gradebook.sqlite"
    work = tmp_path / "w"
    work.mkdir()
    (work / "calculator.py").write_bytes(SOLUTION.read_bytes())
    inbox = tmp_path / "inbox"
    run_cli(
        "submit",
        "--dir",
        str(work),
        "--exercise",
        "calculatrice",
        "--student",
        "ana",
        "--to",
        str(inbox),
        cwd=REPO,
    )
    copy = tmp_path / "gb.sqlite"
    copy.write_bytes(book.read_bytes())
    done = run_cli(
        "grade",
        str(inbox),
        "--gradebook",
        str(copy),
        cwd=REPO,
        env={"DOCKER_HOST": f"unix://{tmp_path}/no-docker.sock"},
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("Error: The Docker engine is not reachable (")
    assert "workshop sandbox doctor" in done.stderr
    rows = sqlite3.connect(copy).execute("SELECT COUNT(*) FROM grades").fetchone()[0]
    assert rows == 8
    assert next((inbox / "calculatrice" / "ana").iterdir()).is_file()


def test_export_canvas_and_moodle_from_demo(demo_run):
    folder, _ = demo_run
    canvas = run_cli(
        "export",
        "--format",
        "canvas",
        "--roster",
        str(folder / "roster.csv"),
        "--gradebook",
        str(folder / "gradebook.sqlite"),
        cwd=REPO,
    )
    assert canvas.returncode == 0, canvas.stderr
    rows = list(csv.reader(io.StringIO(canvas.stdout)))
    assert rows[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert rows[1][0] == "    Points Possible" and rows[1][5] == "48"
    assert {r[0]: r[5] for r in rows[2:]}["Alice Martin"] == "48"
    moodle = run_cli(
        "export",
        "--format",
        "moodle",
        "--roster",
        str(folder / "roster.csv"),
        "--gradebook",
        str(folder / "gradebook.sqlite"),
        cwd=REPO,
    )
    rows = list(csv.reader(io.StringIO(moodle.stdout)))
    assert rows[0][0] == "email" and rows[0][2].endswith("(Feedback)")
    assert {r[0]: r[1] for r in rows[1:]}["chloe@example.org"] == "36"


def test_export_moodle_xml_from_demo_parses_back(demo_run):
    import xml.etree.ElementTree as ET

    folder, _ = demo_run
    done = run_cli(
        "export",
        "--format",
        "moodle-xml",
        "--roster",
        str(folder / "roster.csv"),
        "--gradebook",
        str(folder / "gradebook.sqlite"),
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    results = ET.fromstring(done.stdout.encode()).findall("result")
    scores = {r.findtext("student"): r.findtext("score") for r in results}
    # the grade item ID number the exercise declares ([lms] moodle_idnumber)
    assert {r.findtext("assignment") for r in results} == {"workshop-calculatrice"}
    assert scores["alice"] == "48" and scores["chloe"] == "36" and len(scores) == 8
