"""Grading notebook answers by hand, on a real SQLite gradebook: a grade applies to the answer
it was given for (kept across re-grades, dropped when the answer changes), stays within the
cell's points, counts in the total, and until every answer is graded the exports leave the
score blank. Answers are hostile HTML: rendering escapes them. (End to end, in Chromium:
tests/test_review_browser.py.)"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from workshop import results
from workshop.course import Course
from workshop.errors import InputError
from workshop.export import FORMATS, export
from workshop.gradebook import Gradebook
from workshop.manual import render, save, to_grade
from workshop.notebooks import answer_hash
from workshop.results import GradeResult, ManualAnswer, Status
from workshop.roster import RosterEntry

ESSAY = "A parameter is a number the training adjusts."


def _result(essay: str = ESSAY, status: Status = Status.passed) -> GradeResult:
    """A notebook result: one autograded cell (1/1), one answer waiting for the trainer (2)."""
    return GradeResult(
        status=status,
        score=1,
        max_score=3,
        tests=[
            results.TestResult(
                id="nb/test", name="nb/test", visibility="public", points=1, earned=1, outcome="passed"
            ),
            results.TestResult(
                id="nb/essay", name="nb/essay", visibility="public", points=2, earned=0, outcome="manual"
            ),
        ],
        answers=[ManualAnswer(id="nb/essay", cell_type="markdown", source=essay, sha256=answer_hash(essay))],
    )


@pytest.fixture
def book(tmp_path: Path):
    book = Gradebook(tmp_path / "gb.sqlite")
    yield book
    book.close()


def _graded(book: Gradebook, result: GradeResult, attempt: str = "a1", key: str = "k1") -> None:
    sid = book.register("neurone", "alice", attempt, Path(attempt), 1)
    book.record(sid, key, result)


def test_a_grade_counts_in_the_total_and_marks_the_cell_graded(book):
    _graded(book, _result())
    assert book.latest()[0].result.awaiting_manual
    row = save(book, "neurone", "alice", "nb/essay", answer_hash(ESSAY), 1.5, "Clear, but say what it does.")
    assert (row.result.score, row.result.max_score, row.result.awaiting_manual) == (2.5, 3, False)
    essay = row.result.tests[1]
    assert (essay.outcome, essay.earned, essay.detail) == (
        results.TestOutcome.graded,
        1.5,
        "Clear, but say what it does.",
    )


def test_a_regrade_keeps_the_grade_and_a_changed_answer_waits_again(book):
    _graded(book, _result())
    save(book, "neurone", "alice", "nb/essay", answer_hash(ESSAY), 2, "")
    _graded(book, _result(), key="k2")  # the same attempt graded again (a test changed)
    assert book.latest()[0].result.score == 3
    _graded(book, _result(), attempt="a2")  # a new attempt, the same answer
    assert book.latest()[0].result.score == 3
    _graded(book, _result(ESSAY + " Edited."), attempt="a3")  # a new answer
    latest = book.latest()[0].result
    assert (latest.score, latest.awaiting_manual) == (1, True)


@pytest.mark.parametrize("points", [-0.5, 2.5, float("nan"), float("inf")])
def test_points_outside_the_cell_are_refused_and_nothing_is_stored(book, points):
    _graded(book, _result())
    with pytest.raises(InputError) as refused:
        save(book, "neurone", "alice", "nb/essay", answer_hash(ESSAY), points, "")
    assert str(refused.value) == "Points for 'nb/essay' must be between 0 and 2. Give a number in that range."
    assert book.manual_grades() == {}


def test_a_grade_for_an_answer_that_changed_meanwhile_is_refused(book):
    _graded(book, _result())
    with pytest.raises(InputError) as refused:
        save(book, "neurone", "alice", "nb/essay", answer_hash("an older answer"), 1, "")
    assert str(refused.value).startswith("The answer 'nb/essay' of alice changed since this page was loaded")
    with pytest.raises(InputError, match="alice has no answer 'nb/test' to grade by hand"):
        save(book, "neurone", "alice", "nb/test", answer_hash(ESSAY), 1, "")


def test_exports_leave_the_score_blank_until_every_answer_is_graded(book):
    course = Course.locate(Path(__file__).resolve().parents[1])
    roster = [
        RosterEntry(id="alice", name="Alice", email="alice@x.org", moodle_idnumber="A1", lti_user_id="u1")
    ]
    _graded(book, _result())

    def exported() -> dict[str, str]:
        return {fmt: export(fmt, course, book.latest(), roster) for fmt in FORMATS}  # type: ignore[arg-type]

    before = exported()
    rows = list(csv.reader(io.StringIO(before["csv"])))
    assert rows[1] == ["alice", "Alice", "alice@x.org", "", ""]  # no score, no total: not final
    assert list(csv.reader(io.StringIO(before["canvas"])))[2][5] == ""
    assert "not final: answers still to be graded by the trainer" in before["moodle-csv"]
    assert "<result>" not in before["moodle-xml"]
    assert json.loads(before["json"])["items"] == []
    assert json.loads(before["gradescope"])["neurone"] == {}
    assert json.loads(before["prairielearn"])["neurone"] == {}

    save(book, "neurone", "alice", "nb/essay", answer_hash(ESSAY), 1.5, "ok")
    after = exported()
    assert list(csv.reader(io.StringIO(after["csv"])))[1][3:] == ["2.5", "2.5"]
    assert list(csv.reader(io.StringIO(after["canvas"])))[2][5] == "2.5"
    assert "<score>2.5</score>" in after["moodle-xml"]
    assert json.loads(after["json"])["items"][0]["resultScore"] == 2.5
    assert json.loads(after["gradescope"])["neurone"]["alice"]["score"] == 2.5
    assert json.loads(after["prairielearn"])["neurone"]["alice"]["score"] == pytest.approx(2.5 / 3)


def test_hostile_answers_are_rendered_inert():
    markdown = render(
        "markdown",
        "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))"
        " ![i](http://x/t.png) *ok*",
    )
    assert markdown == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; "
        '[click](javascript:alert(3)) !<a href="http://x/t.png">i</a> <em>ok</em></p>\n'
    )  # raw HTML escaped, no javascript: link, no image loaded from anywhere
    code = render("code", "</code></pre><script>alert(1)</script>")
    assert code == "<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>"


def test_the_page_lists_each_answer_with_its_maximum_and_current_grade(book):
    _graded(book, _result())
    [entry] = to_grade(book.latest(), {"neurone": "A tiny neural network"})
    assert (entry["student"], entry["awaiting"], entry["title"]) == ("alice", True, "A tiny neural network")
    [cell] = entry["cells"]
    assert (cell["cell"], cell["max"], cell["points"], cell["sha256"]) == (
        "nb/essay",
        2,
        None,
        answer_hash(ESSAY),
    )
    assert cell["html"] == f"<p>{ESSAY}</p>\n"


def test_review_without_a_gradebook_says_what_to_do(tmp_path):
    from conftest import run_cli

    done = run_cli("review", "--gradebook", str(tmp_path / "none.sqlite"))
    assert done.returncode == 1
    missing = tmp_path / "none.sqlite"
    assert done.stderr == (
        f"Error: No gradebook at {missing}. Grade first (workshop grade), or give --gradebook.\n"
    )


def test_review_grades_by_hand_in_a_postgresql_gradebook(postgres_server, tmp_path):
    import os
    import subprocess
    import sys

    import httpx

    from conftest import REPO

    url = postgres_server.new_database()
    book = Gradebook(url)
    _graded(book, _result())
    proc = subprocess.Popen(
        [sys.executable, "-m", "workshop.cli", "review", "--gradebook", url, "--course", str(REPO)]
        + ["--reports", str(tmp_path / "reports"), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "WORKSHOP_LANG": "en"},
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("Grading by hand on http://127.0.0.1:"), line + (
            proc.stderr.read() if proc.stderr else ""
        )
        page = line.split(" on ", 1)[1].split(" (open", 1)[0]
        base, token = page.split("/review#token=")
        auth = {"Authorization": f"Bearer {token}"}
        [entry] = httpx.get(f"{base}/api/v1/manual", headers=auth).json()["students"]
        assert [c["cell"] for c in entry["cells"]] == ["nb/essay"]
        given = {"exercise": "neurone", "student": "alice", "cell": "nb/essay", "sha256": answer_hash(ESSAY)}
        saved = httpx.post(
            f"{base}/api/v1/manual", headers=auth, json={**given, "points": 1.5, "comment": "ok"}
        )
        assert saved.json() == {"score": 2.5, "max_score": 3.0, "awaiting": False}
    finally:
        proc.terminate()
        proc.wait(10)
    assert [r.result.score for r in Gradebook(url).latest()] == [2.5]


def test_review_of_a_postgresql_gradebook_out_of_reach_is_one_line():
    from conftest import run_cli

    done = run_cli("review", "--gradebook", "postgresql://workshop:secret@127.0.0.1:9/nowhere")
    assert done.returncode == 1
    assert done.stderr.startswith(
        "Error: Cannot use the database postgresql://workshop:***@127.0.0.1:9/nowhere ("
    )
    assert done.stderr.endswith(
        "Check that PostgreSQL runs and the URL (user, password, host, database name), or give another"
        " with --gradebook.\n"
    )


# -- the review page polls: each answer is rendered once (red team 12b, F5) ----------------------


def test_each_answer_is_rendered_once_however_often_the_review_page_asks(book, monkeypatch):
    # 8 students' answers of '[a](' x 12,500 (the 50,000-character cap): markdown-it takes
    # about half a second on each, and the page asks again on every GET /api/v1/manual.
    import workshop.manual as manual

    monkeypatch.setattr(manual, "_RENDERED", manual._Rendered())
    calls: list[str] = []
    real = manual._render_uncached

    def counted(cell_type: str, source: str) -> str:
        calls.append(source[-8:])
        return real(cell_type, source)

    monkeypatch.setattr(manual, "_render_uncached", counted)
    for n in range(8):
        essay = "[a](" * 12_498 + f" s{n:02d}"  # within the cap (workshop.bounds): each its own
        sid = book.register("neurone", f"s{n:02d}", "a1", Path("a1"), 1)
        book.record(sid, "k1", _result(essay))

    first = to_grade(book.latest(), {})
    again = [to_grade(book.latest(), {}) for _ in range(5)]

    assert len(calls) == 8
    assert all(page == first for page in again)
    assert first[0]["cells"][0]["html"].startswith("<p>[a](")
    sid = book.register("neurone", "s03", "a2", Path("a2"), 1)
    book.record(sid, "k2", _result("A new answer."))  # a changed answer is rendered anew
    updated = to_grade(book.latest(), {})
    assert len(calls) == 9
    shown = [c["html"] for e in updated if e["student"] == "s03" for c in e["cells"]]
    assert shown == ["<p>A new answer.</p>\n"]


def test_the_render_cache_drops_the_least_recently_used_past_its_budget():
    from workshop.manual import _Rendered

    cache = _Rendered(budget=150)  # bytes of memory (red team 12c: it counted characters)
    cache.get("code", "a" * 30)  # 103 bytes of HTML each (sys.getsizeof): two exceed the budget
    cache.get("code", "b" * 30)  # a, the oldest, is dropped
    cache.get("code", "a" * 30)  # rendered again; b, now the oldest, is dropped

    assert cache.size <= 150
    assert [html[11:12] for html in cache.kept.values()] == ["a"]
