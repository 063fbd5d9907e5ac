"""``workshop check``: the public tests, on the student's machine, no Docker needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from workshop.course import Exercise
from workshop.errors import InputError, SubmissionRejected
from workshop.grade import LOG_CAP_CHARS, build_job, notebook_job
from workshop.i18n import Lang, t
from workshop.results import GradeResult, LocalCheck, Status, TestOutcome, TestResult, interpret, local_check
from workshop.sandbox.local import LocalRunner
from workshop.submit import collect

# How the student process looks for modules on this machine (see workshop_harness.spawn).
_FIND = (
    "import importlib.util, json, sys; "
    "print(json.dumps([m for m in sys.argv[1:] if importlib.util.find_spec(m) is None]))"
)


def check(folder: Path, exercise: Exercise, lang: Lang = "en") -> GradeResult:
    return check_files_here(collect(folder, exercise, allow_errors=True), exercise, lang)[0]


def check_files_here(
    files: dict[str, bytes], exercise: Exercise, lang: Lang = "en"
) -> tuple[GradeResult, LocalCheck | None]:
    """The public tests on this machine: what ``workshop check`` prints, and the raw records
    ``workshop submit`` puts in the archive (None for prompts, where no student process
    runs, and when the run did not complete)."""
    if exercise.spec.kind == "prompts":
        from workshop.prompts.grade import SUBMISSION_FILE, checks_of, grade_prompts, read_submission

        try:
            read_submission(exercise, files[SUBMISSION_FILE])
        except SubmissionRejected as exc:  # what submit would refuse, with its line number
            max_score = sum(c.points for _, c in checks_of(exercise, hidden=False))
            return GradeResult(
                status=Status.invalid, score=0, max_score=max_score, load_error=exc.render(lang)
            ), None
        return grade_prompts(exercise, files, hidden=False), None
    if exercise.spec.kind == "notebook":
        require_modules(exercise, files)
        job, restored = notebook_job(exercise, files, public_only=True, lang=lang)
        output = LocalRunner().run(job)
        result = interpret(output, float("inf"), LOG_CAP_CHARS, _lang(lang))
        manual = {c["id"] for nb in restored.notebooks for c in nb["cells"] if c["kind"] == "manual"}
        tests = [test for test in result.tests if test.id not in manual]  # the trainer's, not a test
        return result.model_copy(
            update={"tests": tests, "max_score": sum(t.points for t in tests)}
        ), local_check(output)
    output = LocalRunner().run(build_job(exercise, files, lang, hidden=False))
    result = interpret(output, float("inf"), LOG_CAP_CHARS, _lang(lang))
    public_points = sum(test.points for test in result.tests)
    return result.model_copy(update={"max_score": public_points}), local_check(output)


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


def require_modules(exercise: Exercise, files: dict[str, bytes]) -> None:
    """A notebook that imports what this machine lacks cannot run here: say what is missing
    and how to get it, rather than failing every test."""
    from workshop.notebooks import imported_modules, read

    local = {name.rsplit(".", 1)[0] for name in [*files, *exercise.spec.data] if name.endswith(".py")}
    for name, data in files.items():
        if not name.endswith(".ipynb"):
            continue
        wanted = [m for m in imported_modules(read(data, name)) if m not in local]
        if not wanted:
            continue
        done = subprocess.run(
            [sys.executable, "-I", "-c", _FIND, *wanted], capture_output=True, text=True, timeout=60
        )
        missing = json.loads(done.stdout or "[]") if done.returncode == 0 else []
        if missing:
            raise InputError("check_missing_modules", name=name, modules=", ".join(missing))


def _lang(lang: str) -> Lang:
    return "fr" if lang == "fr" else "en"
