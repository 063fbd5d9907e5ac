"""The classroom server shows students the result as workshop.student_view projects it
(red team 13, S1-S5): before release the public tests decided before any hidden one; after
release every test as passed/partial/failed once a hidden test had started, and the status
decided before any hidden test. The LMS pull (comments) follows the same projection; the
gradebook keeps everything."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import httpx
import pytest

from conftest import REPO
from test_server import LiveServer
from workshop.course import Course
from workshop.gradebook import Gradebook
from workshop.results import GradeResult, RunOutput, Status, interpret
from workshop.roster import load_roster
from workshop.server.app import RateLimit, create_app

ROSTER = "id,name,email,moodle_idnumber\nalice,Alice,alice@x.org,A1\nbob,Bob,bob@x.org,B2\n"
ATTEMPT = "20260101T000000000000Z-0123456789ab.tar.gz"
SHOWN = {"passed", "partial", "failed"}


def _run(plan: list[tuple[str, str]], records: list[tuple[str, str]], **observed: object) -> GradeResult:
    lines = [
        {
            "type": "plan",
            "tests": [{"id": i, "name": i, "visibility": v, "points": 1, "en": f"msg {i}"} for i, v in plan],
        }
    ]
    lines += [
        {"type": "test", "id": i, "outcome": o, "detail": f"said by {i}" if o != "passed" else ""}
        for i, o in records
    ]
    stdout = b"\n".join(json.dumps(line).encode() for line in lines) + b"\n"
    return interpret(RunOutput(exit_code=0, stdout=stdout, **observed), float(len(plan)), 100)


# alice (calculatrice): each hidden call ended as the student process chose, then the wall
# clock stopped the run in a hidden test (S1, S2, S3, S4).
ALICE = _run(
    [("p_ok", "public"), ("p_ko", "public"), *((f"h{i}", "hidden") for i in range(6))],
    [
        ("p_ok", "passed"),
        ("p_ko", "failed"),
        ("h0", "timeout"),
        ("h1", "memory"),
        ("h2", "crashed"),
        ("h3", "passed"),
    ],
    timed_out=True,
    duration_s=15.273,
)
# bob (a notebook): a public test cell moved after a hidden one, ending in a time limit (S5).
BOB = _run(
    [("p_first", "public"), ("h_cell", "hidden"), ("p_moved", "public")],
    [("p_first", "passed"), ("h_cell", "passed"), ("p_moved", "timeout")],
    timed_out=False,
)


@pytest.fixture
def server(tmp_path: Path):
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    data, inbox = tmp_path / "server", tmp_path / "inbox"
    app = create_app(
        inbox,
        Course.locate(REPO),
        data,
        load_roster(roster_path),
        worker=None,
        rate=RateLimit(count=1000, window_s=60),
    )
    live = LiveServer(app)
    book = Gradebook(data / "gradebook.sqlite")
    for student, exercise, result in (("alice", "calculatrice", ALICE), ("bob", "neurone", BOB)):
        sid = book.register(exercise, student, ATTEMPT, Path("x"), 1)
        book.record(sid, "k", result)
        (inbox / exercise / student).mkdir(parents=True)
        (inbox / exercise / student / ATTEMPT).write_bytes(b"x")  # the dashboard lists attempts
    book.close()
    with (data / "tokens.csv").open() as handle:
        tokens = {row["id"]: row["token"] for row in csv.DictReader(handle)}
    yield live, tokens, data
    live.stop()


def _feedback(live: LiveServer, token: str, exercise: str) -> dict:
    answer = httpx.get(f"{live.url}/api/v1/feedback/{exercise}", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _release(live: LiveServer, tokens: dict[str, str], exercise: str) -> None:
    answer = httpx.post(
        f"{live.url}/api/v1/release/{exercise}", headers={"Authorization": f"Bearer {tokens['*class*']}"}
    )
    assert answer.status_code == 200


def test_the_stored_results_hold_what_a_student_must_not_see():
    assert ALICE.status == Status.memory and BOB.status == Status.crashed
    assert {t.outcome for t in ALICE.tests} == {"passed", "failed", "timeout", "memory", "crashed", "not_run"}


def test_feedback_before_and_after_release_follows_the_projection(server):
    live, tokens, data = server
    before = _feedback(live, tokens["alice"], "calculatrice")
    assert [(t["name"], t["outcome"], t["detail"]) for t in before["tests"]] == [
        ("p_ok", "passed", ""),
        ("p_ko", "failed", "said by p_ko"),  # before any hidden test: the student's own detail
    ]
    assert "outcome" not in before and "score" not in before
    _release(live, tokens, "calculatrice")
    after = _feedback(live, tokens["alice"], "calculatrice")
    hidden = [t for t in after["tests"] if t["visibility"] == "hidden"]
    assert [(t["name"], t["outcome"]) for t in hidden] == [
        ("h0", "failed"),
        ("h1", "failed"),
        ("h2", "failed"),
        ("h3", "passed"),
        ("h4", "failed"),
        ("h5", "failed"),
    ]
    assert all(
        t["message"] == f"msg {t['name']}" and t["detail"] == "" for t in hidden if t["outcome"] == "failed"
    )
    assert after["outcome"] == "failed"  # not "memory": decided in a hidden test
    assert after["score"] == ALICE.score == 2
    text = json.dumps(after)
    for word in ("timeout", "memory", "crashed", "not_run", "15.27"):
        assert word not in text


def test_a_public_cell_moved_after_a_hidden_one_shows_only_once_released_as_passed_or_failed(server):
    live, tokens, _ = server
    before = _feedback(live, tokens["bob"], "neurone")
    assert [t["name"] for t in before["tests"]] == ["p_first"]
    _release(live, tokens, "neurone")
    after = _feedback(live, tokens["bob"], "neurone")
    moved = next(t for t in after["tests"] if t["name"] == "p_moved")
    assert (moved["visibility"], moved["outcome"], moved["detail"]) == ("hidden", "failed", "")
    assert after["outcome"] == "failed"
    assert {t["outcome"] for t in after["tests"]} <= SHOWN


def test_the_student_page_reads_the_projected_feedback_only(server):
    live, _, _ = server
    page = httpx.get(f"{live.url}/student").text
    # Its only data: /me (names of attempts) and the feedback above, shown as they come.
    assert set(re.findall(r'fetch\("([^"]+)"', page)) == {"api/v1/me", "api/v1/feedback/"}


def test_the_lms_pull_carries_the_projection_and_the_gradebook_keeps_everything(server):
    live, tokens, data = server
    items = httpx.get(f"{live.url}/api/v1/scores", params={"token": tokens["*class*"]}).json()["items"]
    comments = {item["userId"]: item["comment"] for item in items}
    assert comments["alice"].startswith("some tests failed — 2/8")
    assert all("time limit" not in c and "memory" not in c for c in comments.values())
    book = Gradebook(data / "gradebook.sqlite")
    try:
        stored = {row.student: row.result for row in book.latest()}
    finally:
        book.close()
    assert stored == {"alice": ALICE, "bob": BOB}


def test_the_trainers_dashboard_keeps_the_real_status_marked(server):
    live, tokens, _ = server
    answer = httpx.get(
        f"{live.url}/api/v1/dashboard", headers={"Authorization": f"Bearer {tokens['*class*']}"}
    )
    assert answer.status_code == 200, answer.text
    students = {s["id"]: s for ex in answer.json()["exercises"] for s in ex["students"]}
    assert (students["alice"]["status"], students["alice"].get("trainer_only")) == ("memory", True)
    assert (students["bob"]["status"], students["bob"].get("trainer_only")) == ("crashed", True)
