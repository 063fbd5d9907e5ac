"""Score exports an LMS accepts as they are (see shared docs/lms-formats.md).

Every cell that a spreadsheet would run as a formula is neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Literal

from workshop.course import Course
from workshop.errors import ExerciseNotFound
from workshop.gradebook import GradedRow
from workshop.i18n import Lang, t
from workshop.results import Status, TestOutcome
from workshop.roster import RosterEntry

Format = Literal["csv", "canvas", "moodle"]
FORMATS: tuple[str, ...] = ("csv", "canvas", "moodle")
MoodleId = Literal["email", "username", "idnumber"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text. Numbers are written as numbers.

    >>> safe_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    """
    if isinstance(value, int | float):
        return _number(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


class _Columns:
    def __init__(self, course: Course, rows: list[GradedRow], lang: Lang) -> None:
        slugs = sorted({row.exercise for row in rows})
        self.exercises = []
        for slug in slugs:
            try:
                self.exercises.append(course.exercise(slug))
            except ExerciseNotFound:
                continue
        self.by_student = {(row.student, row.exercise): row for row in rows}
        self.lang = lang

    def score(self, student: str, slug: str) -> float | None:
        """The score, or None (a blank cell) when there is none or it was not graded."""
        row = self.by_student.get((student, slug))
        if row is None or row.result.status == Status.infra_error:
            return None
        return row.result.score

    def feedback(self, student: str, slug: str) -> str:
        row = self.by_student.get((student, slug))
        if row is None:
            return ""
        res = row.result
        failed = [x.name for x in res.tests if x.outcome != TestOutcome.passed]
        text = f"{t('status_' + res.status.value, self.lang)} — {res.score:g}/{res.max_score:g}"
        if failed:
            text += f" — {t('report_failed_tests', self.lang)}: " + ", ".join(failed[:20])
        return text


def export(
    fmt: Format,
    course: Course,
    rows: list[GradedRow],
    roster: list[RosterEntry],
    lang: Lang = "en",
    moodle_id: MoodleId = "email",
) -> str:
    cols = _Columns(course, rows, lang)
    if fmt == "canvas":
        return _write(_canvas(cols, roster))
    if fmt == "moodle":
        return _write(_moodle(cols, roster, moodle_id))
    return _write(_plain(cols, roster))


def _write(rows: Iterable[list[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(v) if v is not None else "" for v in row])
    return buf.getvalue()


def _plain(cols: _Columns, roster: list[RosterEntry]) -> Iterable[list[object]]:
    yield ["id", "name", "email", *[e.slug for e in cols.exercises], "total"]
    for st in roster:
        scores = [cols.score(st.id, e.slug) for e in cols.exercises]
        total = sum(s for s in scores if s is not None)
        yield [st.id, st.name, st.email, *scores, total]


def _canvas(cols: _Columns, roster: list[RosterEntry]) -> Iterable[list[object]]:
    titles = []
    for e in cols.exercises:
        title = e.spec.title.get(cols.lang)
        aid = e.spec.lms.canvas_assignment_id
        titles.append(f"{title} ({aid})" if aid else title)
    yield ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *titles]
    yield ["    Points Possible", "", "", "", "", *[e.spec.points for e in cols.exercises]]
    for st in roster:
        yield [
            st.name,
            st.canvas_id,
            st.sis_user_id,
            st.sis_login_id,
            st.section,
            *[cols.score(st.id, e.slug) for e in cols.exercises],
        ]


def _moodle(cols: _Columns, roster: list[RosterEntry], moodle_id: MoodleId) -> Iterable[list[object]]:
    header: list[object] = [moodle_id]
    for e in cols.exercises:
        title = e.spec.title.get(cols.lang)
        header += [title, f"{title} (Feedback)"]
    yield header
    for st in roster:
        ident = {"email": st.email, "username": st.username, "idnumber": st.moodle_idnumber}[moodle_id]
        row: list[object] = [ident]
        for e in cols.exercises:
            row += [cols.score(st.id, e.slug), cols.feedback(st.id, e.slug)]
        yield row
