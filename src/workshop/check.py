"""``workshop check``: the public tests, on the student's machine, no Docker needed."""

from __future__ import annotations

from pathlib import Path

from workshop.course import Exercise
from workshop.grade import LOG_CAP_CHARS, build_job, notebook_job
from workshop.i18n import Lang
from workshop.results import GradeResult, interpret
from workshop.sandbox.local import LocalRunner
from workshop.submit import collect


def check(folder: Path, exercise: Exercise, lang: str = "en") -> GradeResult:
    files = collect(folder, exercise, allow_errors=True)
    if exercise.spec.kind == "prompts":
        from workshop.prompts.grade import grade_prompts

        return grade_prompts(exercise, files, hidden=False)
    if exercise.spec.kind == "notebook":
        job, _ = notebook_job(exercise, files, public_only=True)
        result = interpret(LocalRunner().run(job), float("inf"), LOG_CAP_CHARS, _lang(lang))
        return result.model_copy(
            update={"max_score": sum(t.points for t in result.tests if t.outcome != "manual")}
        )
    output = LocalRunner().run(build_job(exercise, files, lang, hidden=False))
    result = interpret(output, float("inf"), LOG_CAP_CHARS, _lang(lang))
    public_points = sum(test.points for test in result.tests)
    return result.model_copy(update={"max_score": public_points})


def _lang(lang: str) -> Lang:
    return "fr" if lang == "fr" else "en"
