"""The XML and JSON exports (see shared docs/lms-formats.md): Moodle's XML grade import,
Gradescope's and PrairieLearn's per-submission result files, and LTI AGS-shaped results.

Each writer takes the table built by :class:`workshop.export.Columns` and the roster, and
returns text; :func:`workshop.export.export` is the way in. Hidden tests show their name,
points and the trainer's message only, never a detail (as in the student reports)."""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from workshop.course import Course
from workshop.export import Columns, number
from workshop.gradebook import GradedRow
from workshop.i18n import Lang, t
from workshop.results import Status, TestOutcome, TestResult
from workshop.roster import RosterEntry

# Characters XML 1.0 cannot hold, even escaped: ElementTree would write them and produce
# a file no parser reads.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_GRADESCOPE_VISIBILITY = {"public": "visible", "hidden": "after_published"}


# -- Moodle XML --------------------------------------------------------------------------------


def missing_moodle_idnumbers(course: Course, rows: list[GradedRow], roster: list[RosterEntry]) -> list[str]:
    """Roster ids of the students with a grade the Moodle XML leaves out: they have no
    ``moodle_idnumber``, and Moodle matches ``<student>`` by that alone."""
    return _without_idnumber(Columns(course, rows, "en"), roster)


def _without_idnumber(cols: Columns, roster: list[RosterEntry]) -> list[str]:
    return [
        st.id
        for st in roster
        if not st.moodle_idnumber and any(cols.graded(st.id, e.slug) for e in cols.exercises)
    ]


def moodle_xml(cols: Columns, roster: list[RosterEntry]) -> str:
    """``<results batch><result><state/><assignment/><student/><score/><feedback/></result>``:
    the grade item's idnumber (the exercise's ``lms.moodle_idnumber``, else its slug) and
    the student's idnumber. No ``<result>`` without a grade, for ``infra_error``, or for a
    student without an idnumber."""
    root = ET.Element("results")
    for e in cols.exercises:
        assignment = e.spec.lms.moodle_idnumber or e.slug
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
    res = row.result
    return {
        "score": res.score,
        "execution_time": res.duration_s,
        "output": _summary(row, cols),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": [
            {
                "score": test.earned,
                "max_score": test.points,
                "status": "passed"
                if test.outcome == TestOutcome.passed
                or (test.outcome == TestOutcome.graded and test.earned >= test.points)
                else "failed",
                "name": test.name,
                "number": str(index),
                "output": "\n".join(x for x in (_message(test, cols.lang), _detail(test)) if x),
                "visibility": _GRADESCOPE_VISIBILITY[test.visibility],
            }
            # Gradescope knows passed/failed only: cells the trainer grades by hand are left out.
            for index, test in enumerate((t for t in res.tests if t.outcome != TestOutcome.manual), 1)
        ],
    }


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
            entry: dict[str, Any] = {"gradable": res.status not in (Status.infra_error, Status.invalid)}
            if entry["gradable"]:
                entry["score"] = min(max(res.score / res.max_score, 0.0), 1.0) if res.max_score > 0 else 0.0
            entry["message"] = _summary(row, cols)
            entry["tests"] = [
                {
                    "name": test.name,
                    "points": test.earned,
                    "max_points": test.points,
                    "message": _message(test, cols.lang),
                    "output": _detail(test),
                }
                for test in res.tests
            ]
            out[e.slug][st.id] = entry
    return _json(out)


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
