"""A shared-folder inbox is written by students while grading reads it (red team 12j, V):
a student creating and removing files and folders as fast as they could made one grading
run in eight end with a FileNotFoundError traceback, grading nobody. What goes away while
it is read is simply not there."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from conftest import REPO
from workshop import grade
from workshop.course import Course
from workshop.gradebook import Gradebook
from workshop.inbox import Attempt, InboxIndex, _list_student, deliver, scan

WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def test_a_folder_removed_before_it_is_listed_holds_nothing(tmp_path: Path) -> None:
    strays: list[Path] = []
    assert _list_student("calculatrice", tmp_path / "calculatrice" / "gone", strays) == []
    (tmp_path / "a-file").write_text("x")
    assert _list_student("calculatrice", tmp_path / "a-file", strays) == [] and strays == []


def test_a_student_folder_removed_between_two_listings_is_skipped(tmp_path: Path, monkeypatch) -> None:
    deliver(tmp_path, "calculatrice", "alice", b"x", "a" * 64, WHEN)
    deliver(tmp_path, "calculatrice", "zoe", b"x", "b" * 64, WHEN)
    real = Path.iterdir

    def racing(self: Path):  # type: ignore[no-untyped-def]
        if self.name == "zoe" and self.exists():  # seen as a folder, gone when it is listed
            for entry in real(self):
                entry.unlink()
            self.rmdir()
        return real(self)

    monkeypatch.setattr(Path, "iterdir", racing)
    assert [a.student for a in scan(tmp_path)[0]] == ["alice"]
    monkeypatch.undo()
    deliver(tmp_path, "calculatrice", "zoe", b"x", "b" * 64, WHEN)
    monkeypatch.setattr(Path, "iterdir", racing)
    assert [a.student for a in InboxIndex(tmp_path).attempts()] == ["alice"]


def test_an_attempt_removed_after_the_scan_is_not_registered_and_the_run_goes_on(
    tmp_path: Path, monkeypatch
) -> None:
    inbox = tmp_path / "inbox"
    kept = deliver(inbox, "calculatrice", "alice", b"x", "a" * 64, WHEN)
    gone = Attempt("calculatrice", "zoe", kept.name, inbox / "calculatrice" / "zoe" / kept.name)
    monkeypatch.setattr(grade, "scan", lambda folder: ([*scan(folder)[0], gone], []))
    book = Gradebook(tmp_path / "gb.sqlite")
    try:
        todo = grade._plan(
            inbox,
            Course.locate(REPO),
            book,
            grade.Graders(runner_factory=lambda: None),  # type: ignore[arg-type,return-value]
            grade.GradeRun(),
            False,
            set(),
            Counter(),
        )
        assert [item.attempt.student for item in todo] == ["alice"]
    finally:
        book.close()
    registered = sqlite3.connect(tmp_path / "gb.sqlite").execute("SELECT student FROM submissions").fetchall()
    assert registered == [("alice",)]
