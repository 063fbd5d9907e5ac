"""Per-student reports (HTML, JSON, Markdown) and the class summary (HTML).

A student's report shows the result as :func:`workshop.student_view.student_result` has
it: hidden tests (and any decided after a hidden one started) with their name,
passed/partial/failed, points and the trainer's message only, and the run's status as
decided before any hidden test. The class summary (the trainer's) shows the real status,
marked when it is not what the student sees. Everything is escaped (Jinja2 autoescape
for HTML; Markdown special characters for .md)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel

from workshop.course import Course
from workshop.debrief import debrief
from workshop.errors import ExerciseNotFound
from workshop.gradebook import GradedRow
from workshop.i18n import Lang, local_time, t
from workshop.results import Status, TestOutcome
from workshop.roster import RosterEntry
from workshop.student_view import differs, student_result

_env = Environment(
    loader=PackageLoader("workshop", "templates"),
    autoescape=select_autoescape(["html", "html.j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


class ReportTest(BaseModel):
    name: str
    visibility: str
    outcome: TestOutcome
    points: float
    earned: float
    message: str
    detail: str  # what a public test saw; for an answer graded by hand, the trainer's comment


class StudentReport(BaseModel):
    exercise: str
    title: str
    student: str
    attempt: str
    attempts: int
    status: Status
    status_text: str
    score: float
    max_score: float
    load_error: str | None
    tests: list[ReportTest]
    graded_at: str
    mode: str = ""  # prompt exercises: how the answers were obtained, in words
    awaiting_manual: bool = False  # some answers still wait for the trainer: the score is not final


def student_report(row: GradedRow, title: str, lang: Lang) -> StudentReport:
    res = student_result(row.result)
    tests = [
        ReportTest(
            name=test.name,
            visibility=test.visibility,
            outcome=test.outcome,
            points=test.points,
            earned=test.earned,
            message="" if test.outcome == TestOutcome.passed else (test.fr if lang == "fr" else test.en),
            detail=test.detail if test.visibility == "public" else "",
        )
        for test in res.tests
    ]
    return StudentReport(
        exercise=row.exercise,
        title=title,
        student=row.student,
        attempt=row.attempt,
        attempts=row.attempts,
        status=res.status,
        status_text=t(f"status_{res.status.value}", lang),
        score=res.score,
        max_score=res.max_score,
        load_error=res.load_error,
        tests=sorted(tests, key=lambda x: x.outcome == TestOutcome.passed),  # what to fix comes first
        graded_at=row.graded_at,
        mode=t(f"report_mode_{res.mode}", lang) if res.mode else "",
        awaiting_manual=res.awaiting_manual,
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>])")


def _md(text: object) -> str:
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


_env.filters["md"] = _md
_env.filters["local_time"] = local_time  # stored in UTC, shown in the reader's local time


def _num(value: float, lang: Lang) -> str:
    """A number as the language writes it: 76.8 in English, 76,8 in French."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "fr" else text


_env.filters["num"] = _num


def _write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return True


def write_reports(
    rows: list[GradedRow], course: Course, out: Path, lang: Lang, roster: list[RosterEntry] | None = None
) -> Path:
    """Write every student's report and the class summary; return the summary's path. The
    summary opens with the debrief (:mod:`workshop.debrief`); with ``roster``, it names
    who has not handed in."""
    titles: dict[str, str] = {}
    for slug in {row.exercise for row in rows}:
        try:
            titles[slug] = course.exercise(slug).spec.title.get(lang)
        except ExerciseNotFound:
            titles[slug] = slug
    words = {key: t(f"report_{key}", lang) for key in REPORT_WORDS}
    outcomes = {o.value: t(f"outcome_{o.value}", lang) for o in TestOutcome}
    student_tpl = _env.get_template("student.html.j2")
    md_tpl = _env.get_template("student.md.j2")
    reports = []
    for row in rows:
        report = student_report(row, titles[row.exercise], lang)
        # The class summary is the trainer's: the real status, marked when the student's
        # report words it otherwise (decided after a hidden test started).
        real = t(f"status_{row.result.status.value}", lang)
        reports.append(
            report.model_copy(
                update={
                    "status": row.result.status,
                    "status_text": t("report_trainer_only", lang, text=real) if differs(row.result) else real,
                }
            )
        )
        base = out / row.exercise / row.student
        _write_if_changed(base.with_name(row.student + ".json"), report.model_dump_json(indent=2) + "\n")
        html = student_tpl.render(r=report, w=words, o=outcomes, lang=lang)
        _write_if_changed(base.with_name(row.student + ".html"), html)
        _write_if_changed(base.with_name(row.student + ".md"), md_tpl.render(r=report, w=words, o=outcomes))
    summary = out / "index.html"
    _write_if_changed(
        summary,
        _env.get_template("class.html.j2").render(
            exercises=_class_view(reports, titles),
            debrief=debrief(course, {(r.exercise, r.student): r.result for r in rows}, roster, lang),
            cells={c: t(f"report_cell_{c}", lang) for c in ("ok", "part", "ko", "wait", "none")},
            notes=[(row.exercise, row.student, note) for row in rows for note in row.result.notes],
            similar=similar_transcripts(rows),
            w=words,
            lang=lang,
        ),
    )
    return summary


REPORT_WORDS = (
    "title",
    "class_title",
    "student",
    "exercise",
    "status",
    "score",
    "attempts",
    "test",
    "result",
    "points",
    "message",
    "hidden",
    "public",
    "load_error",
    "distribution",
    "pass_rate",
    "report",
    "graded_at",
    "tests_hidden_note",
    "colon",
    "trainer_notes",
    "mode",
    "similar",
    "similar_note",
    "awaiting_manual",
    "comment",
    "grid",
    "top_failures",
    "no_failures",
    "missing",
    "nobody_missing",
    "mean",
    "students_word",
    "student_word",
    "nobody_yet",
    "nothing_works",
    "session",
    "session_total",
    "optional",
)


def similar_transcripts(rows: list[GradedRow]) -> list[tuple[str, str, str, str, int]]:
    """(exercise, task, student, student, similarity %) for near-identical transcripts."""
    from workshop.prompts.similarity import similar_pairs

    found = []
    for exercise in sorted({row.exercise for row in rows}):
        mine = [row for row in rows if row.exercise == exercise and row.result.sketches]
        for task in dict.fromkeys(task for row in mine for task in row.result.sketches):
            sketches = {row.student: row.result.sketches.get(task, []) for row in mine}
            found += [(exercise, task, a, b, round(100 * score)) for a, b, score in similar_pairs(sketches)]
    return found


def _class_view(reports: list[StudentReport], titles: dict[str, str]) -> list[dict[str, object]]:
    view = []
    for slug in sorted(titles):
        mine = [r for r in reports if r.exercise == slug]
        modes = Counter(r.mode for r in mine if r.mode)
        bins = Counter(min(9, int(10 * r.score / r.max_score)) if r.max_score else 0 for r in mine)
        passes: Counter[str] = Counter()
        for r in mine:
            passes.update(test.name for test in r.tests if test.outcome == TestOutcome.passed)
        names = list(dict.fromkeys(test.name for r in mine for test in r.tests))
        view.append(
            {
                "slug": slug,
                "title": titles[slug],
                "reports": mine,
                "bins": [(f"{10 * i}–{10 * i + 10} %", bins.get(i, 0)) for i in range(10)],
                "largest": max(bins.values(), default=1),
                "pass_rates": [(n, passes[n], len(mine)) for n in names],
                "mean": round(sum(r.score for r in mine) / len(mine), 2) if mine else 0,
                "modes": sorted(modes.items()),
            }
        )
    return view
