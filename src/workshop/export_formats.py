"""The XML and JSON exports (see shared docs/lms-formats.md): Moodle's XML grade import,
Gradescope's and PrairieLearn's per-submission result files (a preview of what the
autograders of ``workshop package`` write on those platforms, which import no such file),
and LTI AGS-shaped results.

Each writer takes the table built by :class:`workshop.export.Columns` and the roster, and
returns text; :func:`workshop.export.export` is the way in. Hidden tests show their name,
points, passed/failed and the trainer's message only, never a detail (as in the student
reports: the table holds each result as :mod:`workshop.student_view` projects it)."""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from workshop.course import Course
from workshop.export import Columns, number
from workshop.gradebook import GradedRow
from workshop.i18n import Lang, t
from workshop.results import Status, TestOutcome, TestResult
from workshop.roster import RosterEntry
from workshop.student_view import SHOWN_DURATION_S
from workshop_harness import platforms

# Characters XML 1.0 cannot hold, even escaped: ElementTree would write them and produce
# a file no parser reads.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# -- Moodle XML --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoodleUnknowns:
    """What the Moodle XML cannot name: graded roster students without ``moodle_idnumber``
    and exercises without ``[lms] moodle_idnumber`` (Moodle matches both by ID number only,
    and rejects the whole file at the first ID number it does not know)."""

    students: list[str]
    exercises: list[str]

    def __bool__(self) -> bool:
        return bool(self.students or self.exercises)


def moodle_unknowns(course: Course, rows: list[GradedRow], roster: list[RosterEntry]) -> MoodleUnknowns:
    """The pre-flight of the Moodle XML: who and what it would leave out."""
    cols = Columns(course, rows, "en")
    graded = [e for e in cols.exercises if any(cols.graded(st.id, e.slug) for st in roster)]
    return MoodleUnknowns(
        _without_idnumber(cols, roster), [e.slug for e in graded if not e.spec.lms.moodle_idnumber]
    )


def _without_idnumber(cols: Columns, roster: list[RosterEntry]) -> list[str]:
    return [
        st.id
        for st in roster
        if not st.moodle_idnumber and any(cols.graded(st.id, e.slug) for e in cols.exercises)
    ]


def moodle_xml(cols: Columns, roster: list[RosterEntry]) -> str:
    """``<results batch><result><state/><assignment/><student/><score/><feedback/></result>``:
    the grade item's idnumber (the exercise's ``lms.moodle_idnumber``) and the student's
    idnumber. No ``<result>`` without a grade, for ``infra_error``, for a student without an
    idnumber or an exercise without one: a guessed idnumber Moodle does not know would make
    it reject the whole file (see :func:`moodle_unknowns`)."""
    root = ET.Element("results")
    for e in cols.exercises:
        assignment = e.spec.lms.moodle_idnumber
        if not assignment:
            continue
        for st in roster:
            row = cols.graded(st.id, e.slug)
            if row is None or not st.moodle_idnumber:
                continue
            result = ET.SubElement(root, "result")
            for tag, text in (
                ("state", "new"),
                ("assignment", assignment),
                ("student", st.moodle_idnumber),
                ("score", number(row.result.score)),
                ("feedback", cols.feedback(st.id, e.slug)),
            ):
                ET.SubElement(result, tag).text = _NOT_XML.sub("", text)
    # The same grades give the same batch id, so a re-export is recognisably the same file.
    root.set("batch", "workshop-" + hashlib.sha256(ET.tostring(root)).hexdigest()[:16])
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True).decode("utf-8") + "\n"


# -- per-submission result files ---------------------------------------------------------------


def gradescope(cols: Columns, roster: list[RosterEntry]) -> str:
    """``{exercise: {student: results.json}}``; no entry without a grade or for infra_error."""
    out: dict[str, dict[str, Any]] = {}
    for e in cols.exercises:
        out[e.slug] = {}
        for st in roster:
            row = cols.graded(st.id, e.slug)
            if row is not None:
                out[e.slug][st.id] = _gradescope_result(row, cols)
    return _json(out)


def _gradescope_result(row: GradedRow, cols: Columns) -> dict[str, Any]:
    """``execution_time`` (required) is a fixed 0: the only duration measured covers the
    hidden tests, which a student process can stretch at will (red team 13: 15 s against
    4 s for the same 10/10), and the result file is the student's to read. The trainer
    keeps the real one (the gradebook's ``duration_s``)."""
    res = row.result
    return platforms.gradescope_results(res.score, SHOWN_DURATION_S, _summary(row, cols), _tests(row, cols))


def prairielearn(cols: Columns, roster: list[RosterEntry]) -> str:
    """``{exercise: {student: results}}`` in PrairieLearn's external-grader shape;
    ``gradable: false`` (and no score) for infra_error and invalid submissions; no entry
    while answers wait for the trainer's grading."""
    out: dict[str, dict[str, Any]] = {}
    for e in cols.exercises:
        out[e.slug] = {}
        for st in roster:
            row = cols.row(st.id, e.slug)
            if row is None or row.result.awaiting_manual:  # not final yet: nothing to send
                continue
            res = row.result
            gradable = res.status not in (Status.infra_error, Status.invalid)
            out[e.slug][st.id] = platforms.prairielearn_results(
                gradable, res.score, res.max_score, _summary(row, cols), _tests(row, cols)
            )
    return _json(out)


def _tests(row: GradedRow, cols: Columns) -> list[dict[str, Any]]:
    """The tests as the result-file builders of :mod:`workshop_harness.platforms` take them
    (the same builders the packaged autograders use)."""
    return [
        {
            "name": test.name,
            "visibility": test.visibility,
            "points": test.points,
            "earned": test.earned,
            "outcome": test.outcome.value,
            "message": _message(test, cols.lang),
            "detail": _detail(test),
        }
        for test in row.result.tests
    ]


# -- LTI AGS results ---------------------------------------------------------------------------


def lti_results(cols: Columns, roster: list[RosterEntry]) -> str:
    """``{"items": [...]}``, each item shaped like an LTI AGS result, ``userId`` being the
    roster id; no item without a grade or for infra_error."""
    items = []
    for e in cols.exercises:
        for st in roster:
            row = cols.graded(st.id, e.slug)
            if row is None:
                continue
            items.append(
                {
                    "userId": st.id,
                    "resultScore": row.result.score,
                    "resultMaximum": row.result.max_score,
                    "comment": cols.feedback(st.id, e.slug),
                    "scoreOf": e.slug,
                    "timestamp": _utc(row.graded_at),
                }
            )
    return _json({"items": items})


# -- shared ------------------------------------------------------------------------------------


def _summary(row: GradedRow, cols: Columns) -> str:
    """The LMS comment, plus why the student's file did not load (their own error)."""
    text = cols.feedback(row.student, row.exercise)
    if row.result.load_error:
        text += f"\n{t('report_load_error', cols.lang)} {row.result.load_error}"
    return text


def _message(test: TestResult, lang: Lang) -> str:
    """The trainer's message for a test that did not pass ("" when it passed)."""
    if test.outcome == TestOutcome.passed:
        return ""
    return test.fr if lang == "fr" else test.en


def _detail(test: TestResult) -> str:
    """What the test saw (assertion, traceback): public tests only."""
    return test.detail if test.visibility == "public" else ""


def _utc(timestamp: str) -> str:
    when = datetime.fromisoformat(timestamp)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


WRITERS: dict[str, Callable[[Columns, list[RosterEntry]], str]] = {
    "moodle-xml": moodle_xml,
    "gradescope": gradescope,
    "prairielearn": prairielearn,
    "json": lti_results,
}
