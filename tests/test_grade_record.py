"""What grading stores when the gradebook refuses one result (red team 12g, S1): that
attempt's infra_error, retried with the capped back-off, and the run goes on; when the
gradebook refuses everything (a full disk), the run fails with the first error. The
gradebook is the real SQLite one; only its refusal of one result is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.grade import _record, _Todo
from workshop.gradebook import Gradebook
from workshop.results import GradeResult, Status


class Refusing(Gradebook):
    """Refuses any result that is not an infra_error (``everything``: every result)."""

    everything = False

    def record(self, submission_id: int, grader_key: str, result: GradeResult) -> bool:
        if self.everything or result.status != Status.infra_error:
            raise ValueError("cannot store this one")
        return super().record(submission_id, grader_key, result)


def _todo(book: Gradebook, tmp_path: Path) -> _Todo:
    sid = book.register("calculatrice", "alice", "a1.tar.gz", tmp_path / "a1.tar.gz", 100)
    return _Todo(attempt=None, exercise=None, key="key", submission_id=sid, rank=0)  # type: ignore[arg-type]


def _result() -> GradeResult:
    return GradeResult(status=Status.passed, score=10, max_score=10, runtime="runc")


def test_a_result_the_gradebook_refuses_becomes_that_attempts_infra_error(tmp_path):
    book = Refusing(tmp_path / "gradebook.sqlite")
    try:
        item = _todo(book, tmp_path)
        kept = _record(book, item, _result())
        assert (kept.status, kept.score, kept.max_score, kept.runtime) == (Status.infra_error, 0, 10, "runc")
        assert kept.note == "result_unstorable" and "cannot store this one" in kept.log
        state = book.grade_state(item.submission_id, "key")
        assert state.kind == "retry" and state.failures == 1 and state.next_at  # retried later
    finally:
        book.close()


def test_a_gradebook_that_stores_nothing_fails_the_run_with_the_first_error(tmp_path):
    book = Refusing(tmp_path / "gradebook.sqlite")
    book.everything = True
    try:
        item = _todo(book, tmp_path)
        with pytest.raises(ValueError, match="cannot store this one"):
            _record(book, item, _result())
        assert book.grade_state(item.submission_id, "key").kind == "fresh"
    finally:
        book.close()


def test_a_stored_result_is_returned_as_it_is(tmp_path):
    book = Gradebook(tmp_path / "gradebook.sqlite")
    try:
        item = _todo(book, tmp_path)
        result = _result()
        assert _record(book, item, result) is result
        assert book.grade_state(item.submission_id, "key").kind == "graded"
    finally:
        book.close()
