"""The class debrief, readable on a projector in ten seconds: per exercise a student × skill
grid (who is stuck where), the three most common failures with who, whose code earns
nothing yet, the mean in percent;
the roster's students who have not handed in; the session's total.

A *skill* is a test's label (``label_en``/``label_fr`` of the ``grade`` marker, of a prompt
check or task, or ``[labels]`` in ``exercise.toml``); a test without one is shown under its
group's name (a test function without its parametrised case, a notebook cell's grade_id, a
prompt task). The class page (reports) and the live dashboard both render this data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel

from workshop.course import Course, Exercise
from workshop.errors import ExerciseNotFound
from workshop.i18n import Lang
from workshop.results import GradeResult, TestOutcome, TestResult
from workshop.roster import RosterEntry

TOP = 3
Cell = Literal["ok", "part", "ko", "wait", "none"]
_NOT_FAILED = (TestOutcome.passed, TestOutcome.manual, TestOutcome.graded)


def group_of(test: TestResult) -> str:
    """The group a test belongs to when it has no label: ``test_computes[precedence-1]`` ->
    ``test_computes``; ``neurone/test_fit`` -> ``test_fit``; ``riddle: prompt-filled`` ->
    ``riddle``."""
    name = test.name.split("[", 1)[0]
    name = name.split(": ", 1)[0]
    return name.rsplit("/", 1)[-1]


def skill_of(test: TestResult, exercise: Exercise | None, lang: Lang) -> str:
    own = test.label_fr if lang == "fr" else test.label_en
    if own or test.label_en:
        return own or test.label_en
    group = group_of(test)
    label = exercise.spec.labels.get(group) if exercise else None
    return label.get(lang) if label else group


class StudentLine(BaseModel):
    id: str
    name: str
    cells: list[Cell]
    score: float | None  # None: handed in, not graded yet
    max_score: float | None
    status: str


class Failure(BaseModel):
    skill: str
    count: int
    students: list[str]


class ExerciseDebrief(BaseModel):
    slug: str
    title: str
    optional: bool
    max_points: float
    skills: list[str]
    students: list[StudentLine]
    top_failures: list[Failure]
    mean_percent: float | None
    missing: list[str]  # roster ids without a hand-in
    # Graded, nothing passed (code that does not load, loops, crashes): stuck before any
    # skill, so shown apart and left out of the top failures, which they would all fill.
    nothing_works: list[str]


class SessionTotal(BaseModel):
    name: str
    title: str
    points: float  # the session's expected total: its exercises that are not optional
    exercises: list[str]
    optional: list[str]
    mean_percent: float | None  # over the students who handed in something


class Debrief(BaseModel):
    exercises: list[ExerciseDebrief]
    session: SessionTotal | None


def _cell(tests: list[TestResult]) -> Cell:
    if all(t.outcome in _NOT_FAILED for t in tests):
        return "wait" if any(t.outcome == TestOutcome.manual for t in tests) else "ok"
    if sum(t.earned for t in tests) > 0:
        return "part"
    return "ko"


def debrief(
    course: Course,
    results: dict[tuple[str, str], GradeResult | None],
    roster: list[RosterEntry] | None,
    lang: Lang,
) -> Debrief:
    """``results``: the latest result of each (exercise, student) that handed in (``None``
    while it is being graded). ``roster``: the class, when known."""
    names = {e.id: e.name for e in roster or []}
    planned = course.session.slugs() if course.session else []  # shown before anyone hands in
    out = []
    for slug in dict.fromkeys([*planned, *sorted({e for e, _ in results})]):
        try:
            exercise: Exercise | None = course.exercise(slug)
        except ExerciseNotFound:
            exercise = None
        mine = {s: r for (e, s), r in sorted(results.items()) if e == slug}
        out.append(_exercise(slug, exercise, mine, names, roster, lang))
    return Debrief(exercises=out, session=_session(course, out, lang))


def _exercise(
    slug: str,
    exercise: Exercise | None,
    mine: dict[str, GradeResult | None],
    names: dict[str, str],
    roster: list[RosterEntry] | None,
    lang: Lang,
) -> ExerciseDebrief:
    skills: list[str] = []
    per_student: dict[str, dict[str, list[TestResult]]] = {}
    for student, result in mine.items():
        groups: dict[str, list[TestResult]] = {}
        for test in result.tests if result else []:
            skill = skill_of(test, exercise, lang)
            groups.setdefault(skill, []).append(test)
            if skill not in skills:
                skills.append(skill)
        per_student[student] = groups
    lines: list[StudentLine] = []
    failing: dict[str, list[str]] = {skill: [] for skill in skills}
    nothing_works = [
        student
        for student, result in mine.items()
        if result is not None and not any(t.outcome in _NOT_FAILED or t.earned for t in result.tests)
    ]
    for student, result in mine.items():
        groups = per_student[student]
        cells: list[Cell] = [_cell(groups[s]) if s in groups else "none" for s in skills]
        for skill, cell in zip(skills, cells, strict=True):
            if cell in ("part", "ko") and student not in nothing_works:
                failing[skill].append(student)
        lines.append(
            StudentLine(
                id=student,
                name=names.get(student, ""),
                cells=cells,
                score=result.score if result else None,
                max_score=result.max_score if result else None,
                status=result.status.value if result else "pending",
            )
        )
    ranked = sorted(skills, key=lambda s: -len(failing[s]))  # stable: the first seen first
    top = [Failure(skill=s, count=len(failing[s]), students=failing[s]) for s in ranked if failing[s]][:TOP]
    percents = [100 * r.score / r.max_score for r in mine.values() if r and r.max_score]
    title = exercise.spec.title.get(lang) if exercise else slug
    return ExerciseDebrief(
        slug=slug,
        title=title,
        optional=bool(exercise and exercise.optional),
        max_points=exercise.max_points() if exercise else 0,
        skills=skills,
        students=lines,
        top_failures=top,
        mean_percent=round(sum(percents) / len(percents), 1) if percents else None,
        missing=[e.id for e in roster or [] if e.id not in mine],
        nothing_works=nothing_works,
    )


def _session(course: Course, exercises: Iterable[ExerciseDebrief], lang: Lang) -> SessionTotal | None:
    session = course.session
    if session is None:
        return None
    counted = [e for e in exercises if e.slug in session.slugs() and not e.optional]
    points = sum(e.max_points for e in counted)
    totals: dict[str, float] = {}
    for exercise in counted:
        for line in exercise.students:
            totals[line.id] = totals.get(line.id, 0.0) + (line.score or 0.0)
    mean = round(100 * sum(totals.values()) / len(totals) / points, 1) if totals and points else None
    return SessionTotal(
        name=session.name,
        title=session.spec.title.get(lang),
        points=points,
        exercises=[e.slug for e in session.spec.exercise if not e.optional],
        optional=[e.slug for e in session.spec.exercise if e.optional],
        mean_percent=mean,
    )
