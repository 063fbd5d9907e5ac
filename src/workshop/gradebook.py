"""The gradebook: every attempt that reached the inbox, and its grades.

A grade is keyed by (submission, grader key); the grader key changes when the tests, the
exercise spec or the grading image change, so an unchanged inbox is never graded twice
and a fixed test re-grades everything it touches. A grade other than ``infra_error`` is
final for its key: recording the same attempt and key again (a job that ran twice) keeps
the first, so an attempt is recorded once; an ``infra_error`` (ours, never the student's)
is graded again, after a capped back-off (``retries``). Grades given by hand
(``manual_grades``) are merged into what :meth:`Gradebook.latest` returns.

The gradebook is an SQLite file by default, or a PostgreSQL database by URL
(``postgresql://user@host/db``, with ``workshop[scale]``); the tables, the engine and the
migrations live in :mod:`workshop.records`, loaded only when a gradebook is opened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from workshop.bounds import bounded
from workshop.manual import ManualGrade, apply
from workshop.results import GradeResult, Status

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine


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
    """One class's gradebook at ``place``: a path (SQLite) or a database URL.

    One thread at a time per instance (open one per thread); any number of instances and
    processes may share a place. ``create=False`` (commands that only read, such as
    ``export``) opens an existing gradebook and never makes one: a mistyped path is an
    error, not an empty class."""

    def __init__(self, place: Path | str, create: bool = True) -> None:
        from workshop.records.database import engine_for, require_gradebook

        self.path = place
        if not create:
            require_gradebook(place)
        self.engine: Engine = engine_for(place, "gradebook", create=create)
        self._conn: Connection | None = None
        self._ids: dict[tuple[str, str, str], int] = {}
        self._final: set[tuple[int, str]] = set()

    def close(self) -> None:
        """Nothing stays open between calls; kept so that callers may say they are done."""

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: they are all kept, or (on an exception) none is.

        >>> with book.transaction():  # doctest: +SKIP
        ...     book.register(...)
        """
        if self._conn is not None:  # already inside one: join it
            yield
            return
        from workshop.records.database import writing

        known, final = dict(self._ids), set(self._final)
        try:
            with writing(self.engine) as conn:
                self._conn = conn
                yield
        except BaseException:  # rolled back: forget what it taught us
            self._ids, self._final = known, final
            raise
        finally:
            self._conn = None

    @contextmanager
    def _use(self, write: bool = True) -> Iterator[Connection]:
        if self._conn is not None:
            yield self._conn
            return
        if write:
            from workshop.records.database import writing

            with writing(self.engine) as conn:
                yield conn
        else:
            with self.engine.connect() as conn:
                yield conn

    def register(self, exercise: str, student: str, attempt: str, path: Path, size: int) -> int:
        """The id of this attempt, registered if new (registering twice changes nothing)."""
        from sqlalchemy import select

        from workshop.records import tables
        from workshop.records.database import insert_for

        key = (exercise, student, attempt)
        if key in self._ids:  # attempts are never removed: an id once read stays true
            return self._ids[key]
        s = tables.submissions
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._use() as conn:
            conn.execute(
                insert_for(conn, s)
                .values(
                    exercise=exercise,
                    student=student,
                    attempt=attempt,
                    path=str(path),
                    size=size,
                    received_at=now,
                )
                .on_conflict_do_nothing(index_elements=["exercise", "student", "attempt"])
            )
            found = conn.execute(
                select(s.c.id).where(s.c.exercise == exercise, s.c.student == student, s.c.attempt == attempt)
            ).scalar_one()
        self._ids[key] = int(found)
        return int(found)

    def supersede(self, submission_id: int, by_submission_id: int) -> None:
        """Record that an attempt never graded gave way to a newer one (kept if graded)."""
        from sqlalchemy import exists, select

        from workshop.records import tables
        from workshop.records.database import insert_for

        g, sup = tables.grades, tables.superseded
        with self._use() as conn:
            if conn.execute(select(exists().where(g.c.submission_id == submission_id))).scalar():
                return
            conn.execute(
                insert_for(conn, sup)
                .values(
                    submission_id=submission_id,
                    by_submission_id=by_submission_id,
                    at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
                .on_conflict_do_nothing(index_elements=["submission_id"])
            )

    def superseded(self) -> dict[int, int]:
        """Superseded attempt's submission id -> the id of the attempt that replaced it."""
        from sqlalchemy import select

        from workshop.records import tables

        sup = tables.superseded
        with self._use(write=False) as conn:
            return {
                int(a): int(b) for a, b in conn.execute(select(sup.c.submission_id, sup.c.by_submission_id))
            }

    def has_grade(self, submission_id: int, grader_key: str) -> bool:
        """A final grade exists for this attempt under this key (``infra_error`` is not one)."""
        from sqlalchemy import select

        from workshop.records import tables

        if (submission_id, grader_key) in self._final:
            return True
        g = tables.grades
        with self._use(write=False) as conn:
            status = conn.execute(
                select(g.c.status).where(g.c.submission_id == submission_id, g.c.grader_key == grader_key)
            ).scalar_one_or_none()
        if status is not None and status != Status.infra_error:
            self._final.add((submission_id, grader_key))
            return True
        return False

    def grade_state(self, submission_id: int, grader_key: str) -> GradeState:
        """Where this submission stands under this grader key (see :class:`GradeState`)."""
        from sqlalchemy import select

        from workshop.records import tables

        if (submission_id, grader_key) in self._final:
            return GradeState("graded")
        g, r = tables.grades, tables.retries
        with self._use(write=False) as conn:
            rows = dict(
                conn.execute(
                    select(g.c.grader_key, g.c.status).where(g.c.submission_id == submission_id)
                ).all()
            )
            if grader_key not in rows:
                return GradeState("regrade" if rows else "fresh")
            if rows[grader_key] != Status.infra_error:
                self._final.add((submission_id, grader_key))
                return GradeState("graded")
            found = conn.execute(
                select(r.c.failures, r.c.next_at).where(
                    r.c.submission_id == submission_id, r.c.grader_key == grader_key
                )
            ).first()
        failures, next_at = (int(found[0]), str(found[1])) if found else (1, "")
        return GradeState("retry", failures, next_at)

    def record(self, submission_id: int, grader_key: str, result: GradeResult) -> bool:
        """Store a grade; False when a final grade was already there (it is kept). In the
        same transaction, an infrastructure error counts one more failure and sets when the
        next try may come; any other result ends the retries."""
        from sqlalchemy import delete, select
        from sqlalchemy.exc import IntegrityError

        from workshop.records import tables
        from workshop.records.database import insert_for

        g, r = tables.grades, tables.retries
        now = datetime.now(UTC)
        result = bounded(result)  # what one attempt may store (workshop.bounds)
        row: dict[str, Any] = {
            "submission_id": submission_id,
            "grader_key": grader_key,
            "status": result.status.value,
            "score": result.score,
            "max_score": result.max_score,
            "result_json": result.model_dump_json(),
            "graded_at": now.isoformat(timespec="seconds"),
        }
        mine = (g.c.submission_id == submission_id, g.c.grader_key == grader_key)
        its_retry = (r.c.submission_id == submission_id, r.c.grader_key == grader_key)
        for tries_left in (1, 0):
            try:
                with self._use() as conn:
                    status = conn.execute(select(g.c.status).where(*mine)).scalar_one_or_none()
                    if status is not None and status != Status.infra_error:
                        return False
                    if status is not None:  # infra_error: this new grade replaces it
                        conn.execute(delete(g).where(*mine))
                    conn.execute(g.insert().values(**row))
                    if result.status != Status.infra_error:
                        conn.execute(delete(r).where(*its_retry))
                    else:
                        before = conn.execute(select(r.c.failures).where(*its_retry)).scalar_one_or_none()
                        failures = int(before or 0) + 1
                        retry = {
                            "failures": failures,
                            "last_error": f"{result.note}: {result.log}"[:500],
                            "next_at": (now + timedelta(seconds=retry_delay(failures))).isoformat(
                                timespec="milliseconds"
                            ),
                        }
                        conn.execute(
                            insert_for(conn, r)
                            .values(submission_id=submission_id, grader_key=grader_key, **retry)
                            .on_conflict_do_update(index_elements=["submission_id", "grader_key"], set_=retry)
                        )
                break
            except IntegrityError:  # another process recorded it meanwhile (PostgreSQL)
                if not tries_left or self._conn is not None:
                    raise
        if result.status != Status.infra_error:
            self._final.add((submission_id, grader_key))
        return True

    def latest(self, student: str | None = None, exercise: str | None = None) -> list[GradedRow]:
        """For each (exercise, student): the newest graded attempt and its most recent grade;
        only one student's (and one exercise's) when given, which stays cheap for a
        server answering a whole class's polls."""
        from sqlalchemy import and_, exists, func, select

        from workshop.records import tables

        s, g = tables.submissions, tables.grades
        mine = (
            select(s)
            .where(
                *([s.c.student == student] if student is not None else []),
                *([s.c.exercise == exercise] if exercise is not None else []),
            )
            .cte("mine")
        )
        who = (mine.c.exercise, mine.c.student)
        # The newest attempt that has a grade: a newer one waiting hides nothing.
        graded = (
            select(*who, func.max(mine.c.attempt).label("attempt"))
            .where(exists().where(g.c.submission_id == mine.c.id))
            .group_by(*who)
            .cte("graded")
        )
        counts = select(*who, func.count().label("n")).group_by(*who).cte("counts")
        earlier = g.alias("earlier")
        newest = select(func.max(earlier.c.id)).where(earlier.c.submission_id == s.c.id).scalar_subquery()
        query = (
            select(s.c.exercise, s.c.student, s.c.attempt, counts.c.n, g.c.result_json, g.c.graded_at)
            .select_from(graded)
            .join(
                s,
                and_(
                    s.c.exercise == graded.c.exercise,
                    s.c.student == graded.c.student,
                    s.c.attempt == graded.c.attempt,
                ),
            )
            .join(counts, and_(counts.c.exercise == s.c.exercise, counts.c.student == s.c.student))
            .join(g, g.c.submission_id == s.c.id)
            .where(g.c.id == newest)
        )
        with self._use(write=False) as conn:
            rows = conn.execute(query).all()
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
            out.append(GradedRow(ex, st, at, int(n), result, when))
        # Sorted in Python: the same order whatever the database's collation.
        return sorted(out, key=lambda row: (row.exercise, row.student))

    def manual_grades(
        self, student: str | None = None, exercise: str | None = None
    ) -> dict[tuple[str, str], dict[tuple[str, str], ManualGrade]]:
        """(exercise, student) -> (cell, answer hash) -> the trainer's grade."""
        from sqlalchemy import select

        from workshop.records import tables

        m = tables.manual_grades
        query = select(
            m.c.exercise, m.c.student, m.c.cell_id, m.c.answer_sha256, m.c.points, m.c.comment, m.c.graded_at
        ).where(
            *([m.c.student == student] if student is not None else []),
            *([m.c.exercise == exercise] if exercise is not None else []),
        )
        found: dict[tuple[str, str], dict[tuple[str, str], ManualGrade]] = {}
        with self._use(write=False) as conn:
            for ex, st, cell, sha, points, comment, when in conn.execute(query):
                found.setdefault((ex, st), {})[(cell, sha)] = ManualGrade(
                    points=points, comment=comment, graded_at=when
                )
        return found

    def save_manual_grade(
        self, exercise: str, student: str, cell_id: str, answer_sha256: str, points: float, comment: str
    ) -> None:
        """Store (or replace) the trainer's grade of one answer; see :func:`workshop.manual.save`,
        which checks it first."""
        from workshop.records import tables
        from workshop.records.database import insert_for

        given = {
            "points": points,
            "comment": comment,
            "graded_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with self._use() as conn:
            conn.execute(
                insert_for(conn, tables.manual_grades)
                .values(
                    exercise=exercise, student=student, cell_id=cell_id, answer_sha256=answer_sha256, **given
                )
                .on_conflict_do_update(
                    index_elements=["exercise", "student", "cell_id", "answer_sha256"], set_=given
                )
            )

    def lti_sent(self, lineitem: str) -> dict[str, SentScore]:
        """What the LTI push last sent to ``lineitem``, by LTI user id."""
        from sqlalchemy import select

        from workshop.records import tables

        sent = tables.lti_sent
        with self._use(write=False) as conn:
            rows = conn.execute(select(sent).where(sent.c.lineitem == lineitem)).all()
        return {row.user_id: SentScore(*row) for row in rows}

    def record_lti_sent(self, sent: SentScore) -> None:
        from dataclasses import asdict

        from workshop.records import tables
        from workshop.records.database import insert_for

        values = asdict(sent)
        with self._use() as conn:
            insert = insert_for(conn, tables.lti_sent).values(**values)
            conn.execute(
                insert.on_conflict_do_update(
                    index_elements=["lineitem", "user_id"],
                    set_={k: v for k, v in values.items() if k not in ("lineitem", "user_id")},
                )
            )

    def last_lti_timestamp(self) -> str | None:
        """The newest timestamp the push ever sent (ISO 8601 UTC), or None."""
        from sqlalchemy import func, select

        from workshop.records import tables

        with self._use(write=False) as conn:
            newest = conn.execute(select(func.max(tables.lti_sent.c.sent_at))).scalar_one_or_none()
        return str(newest) if newest else None

    def counts(self) -> tuple[int, int]:
        from sqlalchemy import func, select

        from workshop.records import tables

        with self._use(write=False) as conn:
            subs = conn.execute(select(func.count()).select_from(tables.submissions)).scalar_one()
            grades = conn.execute(select(func.count()).select_from(tables.grades)).scalar_one()
        return int(subs), int(grades)
