"""Score exports an LMS accepts as they are (see shared docs/lms-formats.md).

The CSV formats live here (every cell that a spreadsheet would run as a formula is
neutralised); the XML and JSON ones in :mod:`workshop.export_formats`. Whatever the format,
only roster students appear, and a missing grade, an ``infra_error`` or a notebook with
answers still to grade by hand is blank or absent, never zero or a partial total."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import replace
from typing import Literal

from workshop.course import Course
from workshop.errors import ExerciseNotFound
from workshop.gradebook import GradedRow
from workshop.i18n import Lang, t
from workshop.results import Status, TestOutcome
from workshop.roster import RosterEntry
from workshop.student_view import student_result

Format = Literal["csv", "canvas", "moodle-csv", "moodle-xml", "gradescope", "prairielearn", "json", "moodle"]
# "moodle" is the former name of "moodle-csv", kept so that scripts using it still work.
FORMATS: tuple[str, ...] = (
    "csv",
    "canvas",
    "moodle-csv",
    "moodle-xml",
    "gradescope",
    "prairielearn",
    "json",
    "moodle",
)
MoodleId = Literal["email", "username", "idnumber"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text. Numbers are written as numbers.

    >>> safe_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    """
    if isinstance(value, int | float):
        return number(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def number(value: float) -> str:
    """A score as text: a dot, at most four decimals, no trailing zeros."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


class Columns:
    """The exercises of the export (those the course knows) and each student's latest grade,
    as the student may see it (:func:`workshop.student_view.student_result`): every format
    reaches students (an LMS shows its comment and result file), so none carries a status
    word or an outcome decided after a hidden test started, nor the run's duration."""

    def __init__(self, course: Course, rows: list[GradedRow], lang: Lang) -> None:
        slugs = sorted({row.exercise for row in rows})
        self.exercises = []
        for slug in slugs:
            try:
                self.exercises.append(course.exercise(slug))
            except ExerciseNotFound:
                continue
        self.by_student = {
            (row.student, row.exercise): replace(row, result=student_result(row.result)) for row in rows
        }
        self.lang = lang

    def row(self, student: str, slug: str) -> GradedRow | None:
        """The latest grade, whatever its status."""
        return self.by_student.get((student, slug))

    def graded(self, student: str, slug: str) -> GradedRow | None:
        """The latest grade, or None when there is none, it was not graded (infra_error), or
        answers still wait for the trainer's grading (a partial total is never final)."""
        row = self.by_student.get((student, slug))
        if row is None or row.result.status == Status.infra_error or row.result.awaiting_manual:
            return None
        return row

    def awaiting_manual(self, student: str, slug: str) -> bool:
        row = self.by_student.get((student, slug))
        return row is not None and row.result.awaiting_manual

    def score(self, student: str, slug: str) -> float | None:
        """The score, or None (a blank cell) when there is none or it was not graded."""
        row = self.graded(student, slug)
        return None if row is None else row.result.score

    def feedback(self, student: str, slug: str) -> str:
        """One line for an LMS comment: status, score, failed tests ("" with no grade)."""
        row = self.by_student.get((student, slug))
        if row is None:
            return ""
        res = row.result
        if res.status == Status.infra_error:  # no score to give: "0/48" would read as a zero
            return t("status_infra_error", self.lang)
        if res.awaiting_manual:
            return t("export_awaiting_manual", self.lang)
        failed = [x.name for x in res.tests if x.outcome not in (TestOutcome.passed, TestOutcome.graded)]
        text = f"{t('status_' + res.status.value, self.lang)} — {number(res.score)}/{number(res.max_score)}"
        if res.mode:  # prompt exercises: a pasted answer and a replayed prompt are not the same score
            text += f" — {t(f'report_mode_{res.mode}_short', self.lang)}"
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
    """The export as text, ready to be written to a UTF-8 file.

    ``moodle_id`` chooses the identity column of ``moodle-csv``; ``moodle-xml`` always uses
    the roster's ``moodle_idnumber`` and the exercise's ``[lms] moodle_idnumber`` (see
    :func:`workshop.export_formats.moodle_unknowns` for who and what is left out)."""
    cols = Columns(course, rows, lang)
    if fmt == "canvas":
        return _write(_canvas(cols, roster))
    if fmt in ("moodle", "moodle-csv"):
        return _write(_moodle(cols, roster, moodle_id))
    if fmt == "csv":
        return _write(_plain(cols, roster))
    from workshop import export_formats  # it imports this module: loaded on first use

    writer = export_formats.WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return writer(cols, roster)


def _write(rows: Iterable[list[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(v) if v is not None else "" for v in row])
    return buf.getvalue()


def _plain(cols: Columns, roster: list[RosterEntry]) -> Iterable[list[object]]:
    yield ["id", "name", "email", *[e.slug for e in cols.exercises], "total"]
    for st in roster:
        scores = [cols.score(st.id, e.slug) for e in cols.exercises]
        graded = [s for s in scores if s is not None]
        total = sum(graded) if graded else None  # no score anywhere: blank, never 0
        if any(cols.awaiting_manual(st.id, e.slug) for e in cols.exercises):
            total = None  # a part still to grade by hand: no total that reads as final
        yield [st.id, st.name, st.email, *scores, total]


def _canvas(cols: Columns, roster: list[RosterEntry]) -> Iterable[list[object]]:
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


def _moodle(cols: Columns, roster: list[RosterEntry], moodle_id: MoodleId) -> Iterable[list[object]]:
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
