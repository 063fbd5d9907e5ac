"""``workshop check``: the public tests, on the student's machine, no Docker needed."""

from __future__ import annotations

from pathlib import Path

from workshop.course import Exercise
from workshop.errors import SubmissionRejected
from workshop.grade import LOG_CAP_CHARS, build_job, notebook_job
from workshop.i18n import Lang, t
from workshop.results import GradeResult, Status, TestOutcome, TestResult, interpret
from workshop.sandbox.local import LocalRunner
from workshop.submit import collect


def check(folder: Path, exercise: Exercise, lang: Lang = "en") -> GradeResult:
    files = collect(folder, exercise, allow_errors=True)
    if exercise.spec.kind == "prompts":
        from workshop.prompts.grade import SUBMISSION_FILE, checks_of, grade_prompts, read_submission

        try:
            read_submission(exercise, files[SUBMISSION_FILE])
        except SubmissionRejected as exc:  # what submit would refuse, with its line number
            max_score = sum(c.points for _, c in checks_of(exercise, hidden=False))
            return GradeResult(
                status=Status.invalid, score=0, max_score=max_score, load_error=exc.render(lang)
            )
        return grade_prompts(exercise, files, hidden=False)
    if exercise.spec.kind == "notebook":
        job, _ = notebook_job(exercise, files, public_only=True)
        result = interpret(LocalRunner().run(job), float("inf"), LOG_CAP_CHARS)
        return result.model_copy(
            update={"max_score": sum(t.points for t in result.tests if t.outcome != "manual")}
        )
    output = LocalRunner().run(build_job(exercise, files, lang, hidden=False))
    result = interpret(output, float("inf"), LOG_CAP_CHARS)
    public_points = sum(test.points for test in result.tests)
    return result.model_copy(update={"max_score": public_points})


def explain(test: TestResult, lang: Lang) -> tuple[str, str]:
    """Why a test did not pass, never blank: the trainer's message, else the detail, else
    what happened; then what is left of those (what happened only when the test did not
    simply fail: a time limit, a crash...).

    >>> explain(TestResult(id="t", name="t", visibility="public", points=1, earned=0,
    ...                    outcome=TestOutcome.timeout, en="Add numbers."), "en")
    ('Add numbers.', 'too slow (time limit)')
    """
    what = "" if test.outcome == TestOutcome.failed else t(f"outcome_{test.outcome.value}", lang)
    message = (test.fr if lang == "fr" else test.en) or test.en or test.fr
    if message:
        return message, test.detail or what
    if test.detail:
        return test.detail, what
    return what or t("outcome_failed", lang), ""
