"""The SQLite gradebook: every attempt that reached the inbox, and its grades.

A grade is keyed by (submission, grader key); the grader key changes when the tests, the
exercise spec or the grading image change, so an unchanged inbox is never graded twice
and a fixed test re-grades everything it touches. Grades given by hand (``manual_grades``)
are merged into what :meth:`Gradebook.latest` returns."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from workshop.errors import ConfigError
from workshop.manual import ManualGrade, apply
from workshop.results import GradeResult, Status

SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY,
    exercise TEXT NOT NULL,
    student TEXT NOT NULL,
    attempt TEXT NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (exercise, student, attempt)
);
CREATE TABLE IF NOT EXISTS grades (
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    grader_key TEXT NOT NULL,
    status TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    result_json TEXT NOT NULL,
    graded_at TEXT NOT NULL,
    PRIMARY KEY (submission_id, grader_key)
);
-- What the LTI push last sent for each line item and student (``workshop export --lti``):
-- a push sends only the scores that differ from this.
CREATE TABLE IF NOT EXISTS lti_sent (
    lineitem TEXT NOT NULL,
    user_id TEXT NOT NULL,
    student TEXT NOT NULL,
    exercise TEXT NOT NULL,
    attempt TEXT NOT NULL,
    score_given REAL NOT NULL,
    score_maximum REAL NOT NULL,
    comment TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (lineitem, user_id)
);
-- Infrastructure errors (ours, never the student's) waiting to be graded again: how many
-- in a row, the last one, and when the server may try again (capped back-off).
CREATE TABLE IF NOT EXISTS retries (
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    grader_key TEXT NOT NULL,
    failures INTEGER NOT NULL,
    last_error TEXT NOT NULL,
    next_at TEXT NOT NULL,
    PRIMARY KEY (submission_id, grader_key)
);
-- Attempts never graded because a newer one of the same student and exercise reached the
-- queue first (the queue holds one attempt per student and exercise); its file stays in the
-- inbox.
CREATE TABLE IF NOT EXISTS superseded (
    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id),
    by_submission_id INTEGER NOT NULL REFERENCES submissions(id),
    at TEXT NOT NULL
);
-- The trainer's grades of notebook answers graded by hand, keyed by the answer's hash: a
-- re-grade or a new attempt with the same answer keeps the grade, a changed answer does not.
CREATE TABLE IF NOT EXISTS manual_grades (
    exercise TEXT NOT NULL,
    student TEXT NOT NULL,
    cell_id TEXT NOT NULL,
    answer_sha256 TEXT NOT NULL,
    points REAL NOT NULL,
    comment TEXT NOT NULL,
    graded_at TEXT NOT NULL,
    PRIMARY KEY (exercise, student, cell_id, answer_sha256)
);
"""
RETRY_BASE_S = 5.0
RETRY_CAP_S = 120.0


def retry_delay(failures: int) -> float:
    """Seconds before the next try after ``failures`` infrastructure errors in a row:
    5, 10, 20, 40, 80, then 120 s at most."""
    return min(RETRY_CAP_S, RETRY_BASE_S * 2 ** max(0, failures - 1))


@dataclass(frozen=True)
class GradeState:
    """``fresh``: never graded; ``regrade``: graded, but not under the current grader key
    (the tests or the image changed); ``retry``: an infrastructure error, to try again
    (``failures`` in a row so far, not before ``next_at``); ``graded``: nothing to do."""

    kind: Literal["fresh", "regrade", "retry", "graded"]
    failures: int = 0
    next_at: str = ""


@dataclass(frozen=True)
class SentScore:
    """One row of ``lti_sent``: the score last accepted by the platform for a line item and
    student (``sent_at`` is the score's own timestamp)."""

    lineitem: str
    user_id: str
    student: str
    exercise: str
    attempt: str
    score_given: float
    score_maximum: float
    comment: str
    sent_at: str


@dataclass(frozen=True)
class GradedRow:
    exercise: str
    student: str
    attempt: str
    attempts: int
    result: GradeResult
    graded_at: str


class Gradebook:
    """``create=False`` (commands that only read, such as ``export``) opens an existing
    gradebook and never makes one: a mistyped path is an error, not an empty class."""

    def __init__(self, path: Path, create: bool = True) -> None:
        self.path = path
        if not create and not path.is_file():
            raise ConfigError("gradebook_missing", path=path)
        try:
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(path, isolation_level=None)
                self.db.execute("PRAGMA journal_mode=WAL")
            else:  # mode=rw: SQLite may not create the file, even if it vanished meanwhile
                self.db = sqlite3.connect(
                    path.resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None
                )
            self.db.execute("PRAGMA busy_timeout=10000")
            if create:
                self.db.executescript(SCHEMA)
            elif not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'grades'").fetchone():
                self.db.close()
                raise ConfigError("gradebook_not_a_gradebook", path=path)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise ConfigError("gradebook_unusable", path=path, detail=str(exc)[:120]) from exc

    def close(self) -> None:
        self.db.close()

    def register(self, exercise: str, student: str, attempt: str, path: Path, size: int) -> int:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.db.execute(
            "INSERT OR IGNORE INTO submissions (exercise, student, attempt, path, size, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (exercise, student, attempt, str(path), size, now),
        )
        row = self.db.execute(
            "SELECT id FROM submissions WHERE exercise=? AND student=? AND attempt=?",
            (exercise, student, attempt),
        ).fetchone()
        return int(row[0])

    def supersede(self, submission_id: int, by_submission_id: int) -> None:
        """Record that an attempt never graded gave way to a newer one (kept if graded)."""
        self.db.execute(
            "INSERT OR IGNORE INTO superseded SELECT ?, ?, ? WHERE NOT EXISTS"
            " (SELECT 1 FROM grades WHERE submission_id = ?)",
            (submission_id, by_submission_id, datetime.now(UTC).isoformat(timespec="seconds"), submission_id),
        )

    def superseded(self) -> dict[int, int]:
        """Superseded attempt's submission id -> the id of the attempt that replaced it."""
        return dict(self.db.execute("SELECT submission_id, by_submission_id FROM superseded"))

    def has_grade(self, submission_id: int, grader_key: str) -> bool:
        row = self.db.execute(
            "SELECT status FROM grades WHERE submission_id=? AND grader_key=?",
            (submission_id, grader_key),
        ).fetchone()
        return row is not None and row[0] != Status.infra_error

    def grade_state(self, submission_id: int, grader_key: str) -> GradeState:
        """Where this submission stands under this grader key (see :class:`GradeState`)."""
        rows = dict(
            self.db.execute("SELECT grader_key, status FROM grades WHERE submission_id=?", (submission_id,))
        )
        if grader_key not in rows:
            return GradeState("regrade" if rows else "fresh")
        if rows[grader_key] != Status.infra_error:
            return GradeState("graded")
        found = self.db.execute(
            "SELECT failures, next_at FROM retries WHERE submission_id=? AND grader_key=?",
            (submission_id, grader_key),
        ).fetchone()
        failures, next_at = found if found else (1, "")
        return GradeState("retry", failures, next_at)

    def record(self, submission_id: int, grader_key: str, result: GradeResult) -> None:
        """Store a grade; an infrastructure error also counts a failure and sets when the
        next try may come, any other result ends the retries."""
        now = datetime.now(UTC)
        with self.db:  # one transaction: the grade and its retry state agree
            self.db.execute("BEGIN")
            self.db.execute(
                "INSERT OR REPLACE INTO grades VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    submission_id,
                    grader_key,
                    result.status.value,
                    result.score,
                    result.max_score,
                    result.model_dump_json(),
                    now.isoformat(timespec="seconds"),
                ),
            )
            if result.status != Status.infra_error:
                self.db.execute(
                    "DELETE FROM retries WHERE submission_id=? AND grader_key=?", (submission_id, grader_key)
                )
                return
            row = self.db.execute(
                "SELECT failures FROM retries WHERE submission_id=? AND grader_key=?",
                (submission_id, grader_key),
            ).fetchone()
            failures = (row[0] if row else 0) + 1
            next_at = now + timedelta(seconds=retry_delay(failures))
            self.db.execute(
                "INSERT OR REPLACE INTO retries VALUES (?, ?, ?, ?, ?)",
                (
                    submission_id,
                    grader_key,
                    failures,
                    f"{result.note}: {result.log}"[:500],
                    next_at.isoformat(timespec="milliseconds"),
                ),
            )

    def latest(self, student: str | None = None, exercise: str | None = None) -> list[GradedRow]:
        """For each (exercise, student): the newest graded attempt and its most recent grade;
        only one student's (and one exercise's) when given, which stays cheap for a
        server answering a whole class's polls."""
        rows = self.db.execute(
            """
            WITH mine AS (
                SELECT * FROM submissions
                WHERE (:student IS NULL OR student = :student) AND (:exercise IS NULL OR exercise = :exercise)
            ),
            latest AS (  -- the newest attempt that has a grade: a newer one waiting hides nothing
                SELECT exercise, student, MAX(attempt) AS attempt,
                       (SELECT COUNT(*) FROM mine m2
                        WHERE m2.exercise = m.exercise AND m2.student = m.student) AS n
                FROM mine m
                WHERE EXISTS (SELECT 1 FROM grades g WHERE g.submission_id = m.id)
                GROUP BY exercise, student
            )
            SELECT s.exercise, s.student, s.attempt, latest.n, g.result_json, g.graded_at
            FROM latest
            JOIN submissions s USING (exercise, student, attempt)
            JOIN grades g ON g.submission_id = s.id
            WHERE g.rowid = (SELECT MAX(rowid) FROM grades WHERE submission_id = s.id)
            ORDER BY s.exercise, s.student
            """,
            {"student": student, "exercise": exercise},
        ).fetchall()
        manual = self.manual_grades(student, exercise) if rows else {}
        out = []
        for ex, st, at, n, js, when in rows:
            result = GradeResult.model_validate_json(js)
            given = manual.get((ex, st), {})
            if given and result.answers:
                merged = apply(result, given)
                if merged is not result:  # the newest change is the trainer's: LMS pulls with since= see it
                    current = {(a.id, a.sha256) for a in result.answers}
                    when = max([when] + [g.graded_at for key, g in given.items() if key in current])
                result = merged
            out.append(GradedRow(ex, st, at, n, result, when))
        return out

    def manual_grades(
        self, student: str | None = None, exercise: str | None = None
    ) -> dict[tuple[str, str], dict[tuple[str, str], ManualGrade]]:
        """(exercise, student) -> (cell, answer hash) -> the trainer's grade."""
        found: dict[tuple[str, str], dict[tuple[str, str], ManualGrade]] = {}
        for ex, st, cell, sha, points, comment, when in self.db.execute(
            "SELECT exercise, student, cell_id, answer_sha256, points, comment, graded_at FROM manual_grades"
            " WHERE (:student IS NULL OR student = :student) AND (:exercise IS NULL OR exercise = :exercise)",
            {"student": student, "exercise": exercise},
        ):
            found.setdefault((ex, st), {})[(cell, sha)] = ManualGrade(
                points=points, comment=comment, graded_at=when
            )
        return found

    def save_manual_grade(
        self, exercise: str, student: str, cell_id: str, answer_sha256: str, points: float, comment: str
    ) -> None:
        """Store (or replace) the trainer's grade of one answer; see :func:`workshop.manual.save`,
        which checks it first."""
        self.db.execute(
            "INSERT OR REPLACE INTO manual_grades VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                exercise,
                student,
                cell_id,
                answer_sha256,
                points,
                comment,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def lti_sent(self, lineitem: str) -> dict[str, SentScore]:
        """What the LTI push last sent to ``lineitem``, by LTI user id."""
        rows = self.db.execute("SELECT * FROM lti_sent WHERE lineitem = ?", (lineitem,)).fetchall()
        return {row[1]: SentScore(*row) for row in rows}

    def record_lti_sent(self, sent: SentScore) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO lti_sent VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                sent.lineitem,
                sent.user_id,
                sent.student,
                sent.exercise,
                sent.attempt,
                sent.score_given,
                sent.score_maximum,
                sent.comment,
                sent.sent_at,
            ),
        )

    def last_lti_timestamp(self) -> str | None:
        """The newest timestamp the push ever sent (ISO 8601 UTC), or None."""
        row = self.db.execute("SELECT MAX(sent_at) FROM lti_sent").fetchone()
        return str(row[0]) if row and row[0] else None

    def counts(self) -> tuple[int, int]:
        subs = self.db.execute("SELECT COUNT(*) FROM submissions").fetchone()[0]
        grades = self.db.execute("SELECT COUNT(*) FROM grades").fetchone()[0]
        return int(subs), int(grades)
