"""The gradebook: every attempt that reached the inbox, and its grades.

A grade is keyed by (submission, grader key); the grader key changes when the tests, the
exercise spec or the grading image change, so an unchanged inbox is never graded twice
and a fixed test re-grades everything it touches. A grade other than ``infra_error`` is
final for its key: recording the same attempt and key again (a job that ran twice) keeps
the first, so an attempt is recorded once.

The gradebook is an SQLite file by default, or a PostgreSQL database by URL
(``postgresql://user@host/db``, with ``workshop[scale]``); the tables, the engine and the
migrations live in :mod:`workshop.records`, loaded only when a gradebook is opened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop.results import GradeResult, Status

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine


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

    def record(self, submission_id: int, grader_key: str, result: GradeResult) -> bool:
        """Store a grade; False when a final grade was already there (it is kept)."""
        from sqlalchemy import delete, select
        from sqlalchemy.exc import IntegrityError

        from workshop.records import tables

        g = tables.grades
        row: dict[str, Any] = {
            "submission_id": submission_id,
            "grader_key": grader_key,
            "status": result.status.value,
            "score": result.score,
            "max_score": result.max_score,
            "result_json": result.model_dump_json(),
            "graded_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        mine = (g.c.submission_id == submission_id, g.c.grader_key == grader_key)
        for tries_left in (1, 0):
            try:
                with self._use() as conn:
                    status = conn.execute(select(g.c.status).where(*mine)).scalar_one_or_none()
                    if status is not None and status != Status.infra_error:
                        return False
                    if status is not None:  # infra_error: this new grade replaces it
                        conn.execute(delete(g).where(*mine))
                    conn.execute(g.insert().values(**row))
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
        return sorted(  # in Python: the same order whatever the database's collation
            (
                GradedRow(ex, st, at, int(n), GradeResult.model_validate_json(js), when)
                for ex, st, at, n, js, when in rows
            ),
            key=lambda row: (row.exercise, row.student),
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
