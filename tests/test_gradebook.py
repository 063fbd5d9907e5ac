"""The gradebook on real SQLite files and a real PostgreSQL server (tests/services.py)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from workshop.gradebook import Gradebook, SentScore, retry_delay
from workshop.results import GradeResult, ManualAnswer, Status
from workshop.results import TestOutcome as Outcome
from workshop.results import TestResult as Check


def _result(score: float) -> GradeResult:
    return GradeResult(status=Status.failed, score=score, max_score=10)


def test_a_newer_attempt_waiting_for_its_grade_hides_nothing(tmp_path: Path) -> None:
    book = Gradebook(tmp_path / "gb.sqlite")
    first = book.register("calc", "ana", "20260101T000000000000Z-aaaaaaaaaaaa.tar.gz", tmp_path / "a", 1)
    book.record(first, "k", _result(4))
    book.register("calc", "ana", "20260102T000000000000Z-bbbbbbbbbbbb.tar.gz", tmp_path / "b", 1)
    rows = book.latest()
    assert [(r.student, r.attempt[:8], r.attempts, r.result.score) for r in rows] == [
        ("ana", "20260101", 2, 4.0)
    ]


def test_latest_for_one_student_and_exercise(tmp_path: Path) -> None:
    book = Gradebook(tmp_path / "gb.sqlite")
    for student, score in (("ana", 4), ("bob", 7)):
        sid = book.register(
            "calc", student, "20260101T000000000000Z-aaaaaaaaaaaa.tar.gz", tmp_path / student, 1
        )
        book.record(sid, "k", _result(score))
    assert [r.result.score for r in book.latest("bob", "calc")] == [7.0]
    assert book.latest("bob", "other") == []
    assert len(book.latest()) == 2


# -- SQLite and PostgreSQL, one library (SQLAlchemy Core + Alembic) ------------------------
RELEASE_0_1_0 = REPO / "tests" / "data" / "gradebook-0.1.0.sqlite"
MAIN_FEFAA8C = REPO / "tests" / "data" / "gradebook-main-fefaa8c.sqlite"  # with issue 13's lti_sent
# With issue 12's retries (chloe's infra_error) and issue 10's manual_grades (dana's answer).
MAIN_4309095 = REPO / "tests" / "data" / "gradebook-main-4309095.sqlite"
A1 = "20260105T090000000000Z-aaaaaaaaaaaa.tar.gz"
A2 = "20260105T091500000000Z-bbbbbbbbbbbb.tar.gz"


@pytest.fixture(params=["sqlite", "postgresql"])
def place(request, tmp_path: Path) -> Path | str:
    """A fresh gradebook place on each engine."""
    if request.param == "sqlite":
        return tmp_path / "gb.sqlite"
    return request.getfixturevalue("postgres_server").new_database()


def _rows(book: Gradebook) -> list[tuple[str, str, str, int, str, float]]:
    return [
        (r.exercise, r.student, r.attempt, r.attempts, r.result.status.value, r.result.score)
        for r in book.latest()
    ]


@pytest.mark.parametrize(
    "written_by",
    [RELEASE_0_1_0, MAIN_FEFAA8C, MAIN_4309095],
    ids=["release-0.1.0", "main-fefaa8c", "main-4309095"],
)
def test_gradebook_written_by_an_earlier_version_opens_and_upgrades_in_place(
    tmp_path: Path, written_by: Path
) -> None:
    copy = tmp_path / "gradebook.sqlite"
    shutil.copyfile(written_by, copy)
    book = Gradebook(copy)
    # What that version's own latest() printed for this file (tests/data/make_gradebooks.py):
    # ana's grade recorded last under the first key stays her latest one; dana's (main
    # 4309095 only) is 2 points by the tests and 2.5 given by hand.
    dana = [("neurone", "dana", A1, 1, "passed", 4.5)] if written_by == MAIN_4309095 else []
    assert _rows(book) == [
        ("calculatrice", "ana", A1, 1, "failed", 47.0),
        ("calculatrice", "bob", A1, 2, "failed", 10.0),
        ("calculatrice", "chloe", A1, 1, "infra_error", 0.0),
        *dana,
        ("prompts", "ana", A2, 1, "passed", 12.0),
    ]
    assert book.counts() == (5 + len(dana), 5 + len(dana))
    db = sqlite3.connect(copy)
    assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [("0007",)]
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"retries", "manual_grades", "lti_sent", "blobs", "uploads"} <= tables
    ana = "SELECT id, grader_key, score FROM grades WHERE submission_id = 1 ORDER BY id"
    assert db.execute(ana).fetchall() == [
        (2, "new@222222222222", 40.0),
        (3, "old@111111111111", 47.0),
    ]
    db.close()
    # The upgraded file goes on working: the waiting attempt of bob gets graded, chloe's
    # infra_error is replaced, and opening it again upgrades nothing.
    bob2 = book.register("calculatrice", "bob", A2, tmp_path / "b2", 1)
    assert bob2 == 3
    assert book.record(bob2, "new@222222222222", _result(30))
    chloe = book.register("calculatrice", "chloe", A1, tmp_path / "c", 1)
    assert book.record(chloe, "new@222222222222", _result(20))
    again = Gradebook(copy)
    assert [(r.student, r.result.score) for r in again.latest("bob") + again.latest("chloe")] == [
        ("bob", 30.0),
        ("chloe", 20.0),
    ]


def test_what_the_lti_push_sent_survives_the_upgrade(tmp_path: Path) -> None:
    copy = tmp_path / "gradebook.sqlite"
    shutil.copyfile(MAIN_FEFAA8C, copy)
    book = Gradebook(copy)
    sent = book.lti_sent("https://lms.example/items/calc")
    assert list(sent) == ["sub-ana"]
    assert (sent["sub-ana"].score_given, sent["sub-ana"].comment) == (47.0, "failed — 47/48")
    assert book.last_lti_timestamp() == "2026-01-05T10:00:00.123Z"
    book.record_lti_sent(replace(sent["sub-ana"], score_given=48.0, sent_at="2026-01-06T10:00:00.000Z"))
    again = Gradebook(copy).lti_sent("https://lms.example/items/calc")["sub-ana"]
    assert (again.score_given, again.sent_at) == (48.0, "2026-01-06T10:00:00.000Z")


def test_the_lti_ledger_is_the_same_on_postgresql(postgres_server) -> None:
    book = Gradebook(postgres_server.new_database())
    assert book.lti_sent("x") == {} and book.last_lti_timestamp() is None
    row = SentScore("x", "u1", "ana", "calc", A1, 3.0, 10.0, "c", "2026-01-01T00:00:00.000Z")
    book.record_lti_sent(row)
    book.record_lti_sent(replace(row, score_given=4.0))
    assert book.lti_sent("x") == {"u1": replace(row, score_given=4.0)}


def test_retries_and_grades_given_by_hand_survive_the_upgrade(tmp_path: Path) -> None:
    copy = tmp_path / "gradebook.sqlite"
    shutil.copyfile(MAIN_4309095, copy)
    stored_next_at = sqlite3.connect(copy).execute("SELECT next_at FROM retries").fetchone()[0]
    book = Gradebook(copy)
    chloe = book.register("calculatrice", "chloe", A1, tmp_path / "c", 1)
    state = book.grade_state(chloe, "new@222222222222")
    assert (state.kind, state.failures, state.next_at) == ("retry", 1, stored_next_at)
    assert book.grade_state(chloe, "newer@444444444444").kind == "regrade"
    [dana] = book.latest("dana", "neurone")
    explain = next(test for test in dana.result.tests if test.id == "explain")
    assert (explain.outcome, explain.earned, explain.detail) == (Outcome.graded, 2.5, "Clear.")
    assert book.manual_grades("dana")[("neurone", "dana")][("explain", "c" * 64)].points == 2.5
    book.save_manual_grade("neurone", "dana", "explain", "c" * 64, 3.0, "Very clear.")
    assert [r.result.score for r in Gradebook(copy).latest("dana")] == [5.0]
    assert book.record(chloe, "new@222222222222", _result(9))
    assert sqlite3.connect(copy).execute("SELECT COUNT(*) FROM retries").fetchone() == (0,)


def test_retry_bookkeeping_is_the_same_on_sqlite_and_postgresql(place: Path | str, tmp_path: Path) -> None:
    book = Gradebook(place)
    sid = book.register("calc", "ana", A1, tmp_path / "a", 1)
    assert book.grade_state(sid, "k").kind == "fresh"
    failure = GradeResult.ungraded(Status.infra_error, 10, "sandbox_failed", "engine went away")
    for failures in (1, 2, 3):
        assert book.record(sid, "k", failure)
        state = book.grade_state(sid, "k")
        assert (state.kind, state.failures) == ("retry", failures)
    assert retry_delay(3) == 20
    assert Gradebook(place).grade_state(sid, "k").failures == 3  # kept in the database, not in memory
    assert book.record(sid, "k", _result(6))
    assert book.grade_state(sid, "k").kind == "graded"
    assert book.grade_state(sid, "other").kind == "regrade"
    assert book.record(sid, "k", failure) is False  # a final grade stays final
    assert Gradebook(place).grade_state(sid, "k").kind == "graded"


def test_grades_given_by_hand_are_the_same_on_sqlite_and_postgresql(
    place: Path | str, tmp_path: Path
) -> None:
    book = Gradebook(place)
    sid = book.register("nb", "ana", A1, tmp_path / "a", 1)
    by_hand = Check(
        id="c1", name="c1", visibility="public", points=4, earned=0, outcome=Outcome.manual, en="E", fr="E"
    )
    answer = ManualAnswer(id="c1", cell_type="markdown", source="Because.", sha256="a" * 64)
    result = GradeResult(status=Status.passed, score=1, max_score=5, tests=[by_hand], answers=[answer])
    book.record(sid, "k", result)
    assert [r.result.awaiting_manual for r in book.latest()] == [True]
    book.save_manual_grade("nb", "ana", "c1", "a" * 64, 2.0, "ok")
    book.save_manual_grade("nb", "ana", "c1", "a" * 64, 3.0, "good")  # the trainer changes it
    book.save_manual_grade("nb", "ana", "c1", "b" * 64, 4.0, "another answer")  # not this one's
    [row] = Gradebook(place).latest("ana", "nb")
    assert (row.result.score, row.result.awaiting_manual, row.result.tests[0].detail) == (4.0, False, "good")
    assert sorted(book.manual_grades()[("nb", "ana")]) == [("c1", "a" * 64), ("c1", "b" * 64)]


def test_release_0_1_0_still_reads_the_upgraded_file(tmp_path: Path) -> None:
    """A trainer who goes back to 0.1.0 with an upgraded gradebook keeps reading it: the
    upgrade only adds (a grade id that is SQLite's rowid, two tables)."""
    copy = tmp_path / "gradebook.sqlite"
    shutil.copyfile(RELEASE_0_1_0, copy)
    Gradebook(copy)
    db = sqlite3.connect(copy)
    latest_0_1_0 = db.execute(
        "SELECT s.student, g.score FROM submissions s JOIN grades g ON g.submission_id = s.id"
        " WHERE g.rowid = (SELECT MAX(rowid) FROM grades WHERE submission_id = s.id)"
        " ORDER BY s.exercise, s.student"
    ).fetchall()
    assert latest_0_1_0 == [("ana", 47.0), ("bob", 10.0), ("chloe", 0.0), ("ana", 12.0)]


def test_a_grade_recorded_twice_is_kept_once_and_the_first_stands(place: Path | str, tmp_path: Path) -> None:
    book = Gradebook(place)
    sid = book.register("calc", "ana", A1, tmp_path / "a", 1)
    assert book.record(sid, "k", _result(4)) is True
    assert book.record(sid, "k", _result(5)) is False  # the same job answered twice
    assert book.counts() == (1, 1)
    assert [r.result.score for r in book.latest()] == [4.0]
    assert book.has_grade(sid, "k")


def test_an_infra_error_is_replaced_by_the_next_grade(place: Path | str, tmp_path: Path) -> None:
    book = Gradebook(place)
    sid = book.register("calc", "ana", A1, tmp_path / "a", 1)
    book.record(sid, "k", GradeResult(status=Status.infra_error, score=0, max_score=10))
    assert not book.has_grade(sid, "k")
    assert book.record(sid, "k", _result(6)) is True
    assert book.counts() == (1, 1)
    assert [(r.result.status, r.result.score) for r in book.latest()] == [(Status.failed, 6.0)]


def test_a_transaction_that_fails_keeps_nothing(place: Path | str, tmp_path: Path) -> None:
    book = Gradebook(place)
    with pytest.raises(RuntimeError, match="stop"), book.transaction():
        book.register("calc", "ana", A1, tmp_path / "a", 1)
        book.register("calc", "bob", A1, tmp_path / "b", 1)
        raise RuntimeError("stop")
    assert book.counts() == (0, 0)
    sid = book.register("calc", "ana", A1, tmp_path / "a", 1)  # not a stale id from the rollback
    book.record(sid, "k", _result(1))
    assert [r.student for r in Gradebook(place).latest()] == ["ana"]


def test_latest_is_the_same_on_sqlite_and_postgresql(postgres_server, tmp_path: Path) -> None:
    """Attempt names compare byte by byte on both (PostgreSQL columns use collation "C"):
    the same attempt is the latest, the rows come in the same order."""
    books = [Gradebook(tmp_path / "gb.sqlite"), Gradebook(postgres_server.new_database())]
    names = ["20260105T090000000000Z-abcdefabcdef.tar.gz", "20260105T090000000000Z-abcdefabcdef-1.tar.gz"]
    for book in books:
        for student in ("Zoe", "adam", "emile", "bob"):
            for n, name in enumerate(names):
                book.record(book.register("calc", student, name, tmp_path / name, 1), "k", _result(n + 1))
    assert _rows(books[0]) == _rows(books[1])
    assert [r[1] for r in _rows(books[0])] == ["Zoe", "adam", "bob", "emile"]  # bytes: upper case first
    assert {r[2] for r in _rows(books[0])} == {names[0]}  # "-1" < "." byte by byte


WRITER = """
import sys
from dataclasses import replace
from pathlib import Path
from workshop.gradebook import Gradebook, SentScore
from workshop.results import GradeResult, Status
place, me = sys.argv[1], int(sys.argv[2])
place = place if "://" in place else Path(place)
name = "20260101T000000000000Z-aaaaaaaaaaaa.tar.gz"
for i in range(25):  # every process registers and grades the same 25 attempts, and 5 of its own
    book = Gradebook(place)
    with book.transaction():
        shared = book.register("calc", f"s{i}", name, Path("x"), 1)
        own = book.register("calc", f"p{me}-{i % 5}", name, Path("x"), 1)
    book.record(shared, "k", GradeResult(status=Status.failed, score=me, max_score=10))
    book.record(own, "k", GradeResult(status=Status.failed, score=me, max_score=10))
print("ok")
"""


def test_several_processes_writing_at_once_lose_nothing(place: Path | str) -> None:
    Gradebook(place)  # created (and migrated) before the race: servers start one by one
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(place), str(n)], stdout=subprocess.PIPE, text=True
        )
        for n in range(4)
    ]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0] and outs == ["ok\n"] * 4
    book = Gradebook(place)
    assert book.counts() == (25 + 4 * 5, 25 + 4 * 5)  # one row per attempt, one grade each
    own = {r.student: r.result.score for r in book.latest() if r.student.startswith("p")}
    assert own == {f"p{me}-{i}": float(me) for me in range(4) for i in range(5)}


def test_processes_opening_an_old_gradebook_together_upgrade_it_once(tmp_path: Path) -> None:
    copy = tmp_path / "gradebook.sqlite"
    shutil.copyfile(RELEASE_0_1_0, copy)
    code = "import sys; from pathlib import Path; from workshop.gradebook import Gradebook;"
    code += " print(len(Gradebook(Path(sys.argv[1])).latest()))"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(copy)], stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    assert [p.communicate(timeout=120)[0] for p in procs] == ["4\n"] * 4
    assert Gradebook(copy).counts() == (5, 5)


def test_the_migrations_end_where_the_code_says(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from workshop.records.database import MIGRATIONS
    from workshop.records.tables import HEADS

    for schema, head in HEADS.items():
        assert ScriptDirectory(str(MIGRATIONS / schema)).get_heads() == [head], schema


def test_a_postgresql_gradebook_out_of_reach_is_one_clear_line(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nana,Ana,ana@x.org\n")
    url = "postgresql://workshop:s3cret@127.0.0.1:9/classes"
    done = run_cli("export", "--format", "csv", "--roster", str(roster), "--gradebook", url)
    assert done.returncode == 1
    line = done.stderr.strip().splitlines()[-1]
    assert line.startswith("Error: Cannot use the database postgresql://workshop:***@127.0.0.1:9/classes (")
    assert line.endswith(
        "Check that PostgreSQL runs and the URL (user, password, host, database name),"
        " or give another with --gradebook."
    )
    assert "s3cret" not in done.stderr
