"""docs/design.md: "Labels are shown to the trainer only: a student's report keeps the test
names and messages it had." A test's skill label (label_en / label_fr, carried from the
`grade` marker through the harness's plan record) is on the class page and the live
dashboard, never in a student's report (JSON, HTML, Markdown), in what the server answers
a student (feedback, before and after release; their attempts) nor in the comment the LMS
pulls for the student."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import httpx
import pytest

from conftest import REPO
from test_server import LiveServer
from workshop.course import Course
from workshop.gradebook import Gradebook
from workshop.reports import write_reports
from workshop.results import GradeResult, RunOutput, interpret
from workshop.roster import load_roster
from workshop.server.app import RateLimit, create_app

ROSTER = "id,name,email,moodle_idnumber\nalice,Alice,alice@x.org,A1\n"
ATTEMPT = "20260101T000000000000Z-0123456789ab.tar.gz"
# (test, visibility, outcome): a public and a hidden test passed, one of each failed
TESTS = [
    ("test_sum", "public", "passed"),
    ("test_order", "public", "failed"),
    ("test_secret", "hidden", "passed"),
    ("test_trap", "hidden", "failed"),
]
# No character that HTML or Markdown would escape: a label is found as written.
LABELS = {
    name: (f"Skill {name[5:]} in English", f"Compétence {name[5:]} en français") for name, _, _ in TESTS
}
EVERY_LABEL = [label for pair in LABELS.values() for label in pair]


def _result() -> GradeResult:
    plan = {
        "type": "plan",
        "tests": [
            {
                "id": name,
                "name": name,
                "visibility": visibility,
                "points": 1,
                "en": f"The message of {name}.",
                "fr": f"Le message de {name}.",
                "label_en": LABELS[name][0],
                "label_fr": LABELS[name][1],
            }
            for name, visibility, _ in TESTS
        ],
    }
    records = [
        {"type": "test", "id": name, "outcome": outcome, "detail": "" if outcome == "passed" else "got 1"}
        for name, _, outcome in TESTS
    ]
    stdout = b"\n".join(json.dumps(line).encode() for line in [plan, *records]) + b"\n"
    return interpret(RunOutput(exit_code=0, stdout=stdout), float(len(TESTS)), 100)


def _no_label(text: str) -> None:
    assert [label for label in EVERY_LABEL if label in text] == []


def _record(gradebook: Path, inbox: Path) -> None:
    book = Gradebook(gradebook)
    try:
        book.record(book.register("calculatrice", "alice", ATTEMPT, Path("x"), 1), "k", _result())
    finally:
        book.close()
    (inbox / "calculatrice" / "alice").mkdir(parents=True)
    (inbox / "calculatrice" / "alice" / ATTEMPT).write_bytes(b"x")


def test_the_result_carries_the_labels():
    assert {(t.label_en, t.label_fr) for t in _result().tests} == set(LABELS.values())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_students_report_has_no_label_the_class_page_has_them(tmp_path, lang):
    gradebook = tmp_path / "gradebook.sqlite"
    _record(gradebook, tmp_path / "inbox")
    book = Gradebook(gradebook)
    rows = book.latest()
    book.close()
    out = tmp_path / "reports"

    summary = write_reports(rows, Course.locate(REPO), out, lang)

    for suffix in ("json", "html", "md"):
        report = (out / "calculatrice" / f"alice.{suffix}").read_text(encoding="utf-8")
        _no_label(report)
        assert ("Le message de" if lang == "fr" else "The message of") in report  # names and messages
    assert "label" not in json.loads((out / "calculatrice" / "alice.json").read_text())["tests"][0]
    page = summary.read_text(encoding="utf-8")
    for english, french in LABELS.values():
        assert (french if lang == "fr" else english) in page


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_server_shows_labels_on_the_dashboard_never_to_the_student(tmp_path, monkeypatch, lang):
    monkeypatch.setenv("WORKSHOP_LANG", lang)  # the server runs in this process
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    data, inbox = tmp_path / "server", tmp_path / "inbox"
    app = create_app(
        inbox, Course.locate(REPO), data, load_roster(roster_path), worker=None, rate=RateLimit(1000, 60)
    )
    live = LiveServer(app)
    try:
        _record(data / "gradebook.sqlite", inbox)
        with (data / "tokens.csv").open() as handle:
            tokens = {row["id"]: row["token"] for row in csv.DictReader(handle)}
        student = {"Authorization": f"Bearer {tokens['alice']}"}
        trainer = {"Authorization": f"Bearer {tokens['*class*']}"}
        seen = []
        for _ in ("before release", "after release"):
            feedback = httpx.get(f"{live.url}/api/v1/feedback/calculatrice", headers=student)
            assert feedback.status_code == 200 and feedback.json()["status"] == "graded"
            seen.append(feedback.json())
            _no_label(feedback.text)
            mine = httpx.get(f"{live.url}/api/v1/me", headers=student)
            assert mine.status_code == 200
            _no_label(mine.text)
            released = httpx.post(f"{live.url}/api/v1/release/calculatrice", headers=trainer)
            assert released.status_code == 200
        assert {t["name"] for t in seen[0]["tests"]} == {"test_sum", "test_order"}
        assert {t["name"] for t in seen[1]["tests"]} == {name for name, _, _ in TESTS}
        pulled = httpx.get(f"{live.url}/api/v1/scores", headers=trainer)  # its comment reaches the student
        assert pulled.status_code == 200 and "test_trap" in pulled.text
        _no_label(pulled.text)
        board = httpx.get(f"{live.url}/api/v1/dashboard", headers=trainer)
        assert board.status_code == 200
        for english, french in LABELS.values():
            assert (french if lang == "fr" else english) in board.text
    finally:
        live.stop()
