"""What the trainer's dashboard and a student's page show, as plain data (JSON)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from workshop.course import Course
from workshop.debrief import debrief
from workshop.errors import ExerciseNotFound
from workshop.gradebook import GradedRow
from workshop.i18n import Lang
from workshop.inbox import Attempt, InboxIndex
from workshop.results import TestOutcome
from workshop.roster import RosterEntry
from workshop.student_view import differs


def overview(
    inbox: Path, rows: list[GradedRow], roster: list[RosterEntry], course: Course, lang: Lang = "en"
) -> dict[str, Any]:
    """Per exercise: who submitted, statuses (``pending`` until the latest attempt is
    graded), the score distribution and the pass rate of each test; and the debrief
    (:mod:`workshop.debrief`: skills grid, top failures, who has not handed in, the
    session's total); titles in ``lang``."""
    attempts = _attempts(inbox)
    latest: dict[tuple[str, str], str] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for attempt in attempts:
        key = (attempt.exercise, attempt.student)
        counts[key] += 1
        latest[key] = max(latest.get(key, ""), attempt.name)
    graded = {(r.exercise, r.student): r for r in rows}
    names = {e.id: e.name for e in roster}
    exercises = []
    for slug in sorted({e for e, _ in latest}):
        try:
            title = course.exercise(slug).spec.title.get(lang)
        except ExerciseNotFound:
            title = slug
        students: list[dict[str, Any]] = []
        statuses: Counter[str] = Counter()
        passes: Counter[str] = Counter()
        seen_tests: dict[str, int] = {}
        bins = [0] * 10
        to_grade = 0  # notebook answers waiting for the trainer (graded on /review)
        for (exercise, student), newest in sorted(latest.items()):
            if exercise != slug:
                continue
            row = graded.get((exercise, student))
            fresh = row is not None and row.attempt == newest
            status = row.result.status.value if fresh and row else "pending"
            statuses[status] += 1
            entry = {
                "id": student,
                "name": names.get(student, ""),
                "status": status,
                "attempts": counts[(exercise, student)],
                "score": None,
                "max_score": None,
            }
            if fresh and row:
                res = row.result
                entry.update(score=res.score, max_score=res.max_score)
                if differs(res):  # the student sees another status or outcome (student_view)
                    entry["trainer_only"] = True
                if res.max_score:
                    bins[min(9, int(10 * res.score / res.max_score))] += 1
                to_grade += sum(1 for test in res.tests if test.outcome == TestOutcome.manual)
                for test in res.tests:
                    seen_tests[test.name] = seen_tests.get(test.name, 0) + 1
                    passes[test.name] += test.outcome == TestOutcome.passed
            students.append(entry)
        exercises.append(
            {
                "slug": slug,
                "title": title,
                "submitted": len(students),
                "roster": len(roster),
                "statuses": dict(statuses),
                "distribution": bins,
                "pass_rates": [
                    {"test": name, "passed": passes[name], "of": n} for name, n in seen_tests.items()
                ],
                "students": students,
                "to_grade": to_grade,
            }
        )
    results = {
        key: row.result if (row := graded.get(key)) is not None and row.attempt == newest else None
        for key, newest in latest.items()
    }
    summary = debrief(course, results, roster, lang).model_dump(mode="json")
    return {"exercises": exercises, "debrief": summary["exercises"], "session": summary["session"]}


def student_view(
    inbox: Path, student: str, course: Course | None = None, lang: Lang = "en"
) -> dict[str, Any]:
    """A student's attempts, per exercise (names only: the feedback comes per exercise),
    with each exercise's title in ``lang``."""
    mine: dict[str, list[str]] = {}
    for attempt in _index(inbox).of_student(student):
        mine.setdefault(attempt.exercise, []).append(attempt.name)
    return {
        "student": student,
        "exercises": [
            {"slug": slug, "title": _title(course, slug, lang), "attempts": sorted(names)}
            for slug, names in sorted(mine.items())
        ],
    }


_INDEXES: dict[Path, InboxIndex] = {}


def _index(inbox: Path) -> InboxIndex:
    index = _INDEXES.get(inbox)
    if index is None:
        index = _INDEXES.setdefault(inbox, InboxIndex(inbox))
    return index


def _attempts(inbox: Path) -> list[Attempt]:
    """The inbox's attempts through its :class:`InboxIndex`: a poll costs a stat per
    student folder, not a listing of every attempt."""
    return _index(inbox).attempts()


def _title(course: Course | None, slug: str, lang: Lang) -> str:
    try:
        return course.exercise(slug).spec.title.get(lang) if course else slug
    except ExerciseNotFound:
        return slug
