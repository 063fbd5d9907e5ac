"""The gradebook's views, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from workshop.gradebook import Gradebook
from workshop.results import GradeResult, Status


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
