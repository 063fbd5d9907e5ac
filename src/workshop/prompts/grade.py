"""Score a prompts submission on the host: transcript mode (the pasted answers) or live
mode (fresh answers from the endpoint, N samples, points times the share that pass)."""

from __future__ import annotations

from workshop.course import Exercise
from workshop.errors import SubmissionRejected
from workshop.i18n import t
from workshop.prompts.checks import CHECKS_FILE, Check, load_checks, passes
from workshop.prompts.llm import LlmClient, LlmRefused, LlmUnavailable, Usage
from workshop.prompts.transcript import TaskEntry, parse
from workshop.results import GradeResult, Status, TestOutcome, TestResult

SUBMISSION_FILE = "prompts.md"


def checks_of(exercise: Exercise, hidden: bool = True) -> list[tuple[str, Check]]:
    found = [("public", c) for c in load_checks(exercise.public_dir / CHECKS_FILE)]
    if hidden and exercise.grader_dir is not None:
        found += [("hidden", c) for c in load_checks(exercise.grader_dir / CHECKS_FILE)]
    return found


def task_ids(exercise: Exercise) -> list[str]:
    """Tasks in the order the public checks first name them (every task has one)."""
    return list(dict.fromkeys(c.task for _, c in checks_of(exercise, hidden=False)))


def read_submission(exercise: Exercise, data: bytes) -> dict[str, TaskEntry]:
    return parse(data.decode("utf-8"), task_ids(exercise), SUBMISSION_FILE)


def grade_prompts(
    exercise: Exercise,
    files: dict[str, bytes],
    llm: LlmClient | None = None,
    usage: Usage | None = None,
    hidden: bool = True,
) -> GradeResult:
    checks = checks_of(exercise, hidden)
    max_score = exercise.spec.points if hidden else sum(c.points for _, c in checks)
    try:
        entries = read_submission(exercise, files[SUBMISSION_FILE])
    except SubmissionRejected as exc:
        return GradeResult.ungraded(Status.invalid, max_score, exc.key, str(exc))
    usage = usage or Usage()
    live_answers: dict[str, list[str]] = {}
    results: list[TestResult] = []
    try:
        for visibility, check in checks:
            entry = entries.get(check.task) or TaskEntry(check.task, 0)
            share = _share(check, entry, llm, usage, live_answers)
            earned = round(check.points * share, 4)
            results.append(
                TestResult(
                    id=f"{visibility}/{check.task}/{check.name}",
                    name=f"{check.task}: {check.name}",
                    visibility=visibility,  # type: ignore[arg-type]
                    points=check.points,
                    earned=earned,
                    outcome=TestOutcome.passed if share == 1 else TestOutcome.failed,
                    en=check.en,
                    fr=check.fr,
                )
            )
    except LlmUnavailable as exc:  # ours: graded again later
        return GradeResult.ungraded(Status.infra_error, max_score, "llm_unavailable", str(exc))
    except LlmRefused as exc:  # the prompt's: final
        refused = t("llm_refused", None, task=check.task, status=exc.status, detail=exc.detail)
        return GradeResult.ungraded(Status.invalid, max_score, "llm_refused", refused)
    score = round(sum(r.earned for r in results), 4)
    status = Status.passed if all(r.outcome == TestOutcome.passed for r in results) else Status.failed
    log = ""
    if llm is not None:
        log = (
            f"llm: {usage.calls} call(s), {usage.cached} from cache, {usage.prompt_tokens} prompt + "
            f"{usage.completion_tokens} completion tokens, {usage.seconds:.1f} s"
        )
    return GradeResult(
        status=status, score=min(score, max_score), max_score=max_score, tests=results, log=log
    )


def _share(
    check: Check, entry: TaskEntry, llm: LlmClient | None, usage: Usage, live_answers: dict[str, list[str]]
) -> float:
    """The fraction of the check's points earned: 0 or 1, or the share of live samples."""
    if check.on == "prompt" or llm is None:
        text = entry.prompt if check.on == "prompt" else entry.answer
        return 1.0 if text.strip() and passes(check, text) else 0.0
    if not entry.prompt.strip():
        return 0.0
    if entry.task not in live_answers:
        live_answers[entry.task] = [
            llm.answer(entry.prompt, sample, usage) for sample in range(llm.settings.samples)
        ]
    answers = live_answers[entry.task]
    return sum(1 for a in answers if a.strip() and passes(check, a)) / len(answers)
