"""What one graded attempt may make the server store (issue 12, red team 12e Q1: a notebook
cell's 1.9 MB ``grade_id`` was copied whole into a note, so a 39 KB attempt wrote about 2 MB
into the gradebook and the class report at every grading).

:func:`bounded` caps every text of a :class:`GradeResult` that can come from a submission
(notes, the load error, the log, the tests' details, the manual answers, the prompts'
sketches) and their counts, whatever made the result (the sandbox, the host's reading of a
notebook, the prompts grader). :meth:`workshop.gradebook.Gradebook.record` stores nothing
else, and reports, exports and the server's answers are made from what it stored. The
stored result of one attempt is then at most :data:`FIXED_CHARS` plus, per test of the
trainer's plan, :data:`PER_TEST_CHARS`, plus, per manual cell of the grader copy,
``MAX_ANSWER_CHARS``: caps that do not depend on the student's text."""

from __future__ import annotations

from workshop.results import GradeResult, ManualAnswer, TestResult, storable

MAX_NOTES = 50  # notes kept (the last one says how many more there were)
MAX_NOTE_CHARS = 300
MAX_LOAD_ERROR_CHARS = 2000
MAX_LOG_CHARS = 8000  # grade.LOG_CAP_CHARS: what the container's stderr keeps
MAX_STATUS_NOTE_CHARS = 100  # ``note`` is a message key
MAX_TEST_DETAIL_CHARS = 1000  # the harness sends at most grade.MAX_DETAIL_CHARS; a contract's message more
MAX_TEST_TEXT_CHARS = 2000  # a test's name, id, messages and labels (from the trainer's tests)
MAX_ANSWER_CHARS = 50_000  # notebooks.MAX_ANSWER_CHARS
MAX_SKETCH_TASKS, MAX_SKETCH_LEN = 100, 256
FIXED_CHARS = MAX_NOTES * (MAX_NOTE_CHARS + 1) + MAX_LOAD_ERROR_CHARS + MAX_LOG_CHARS + 4096
PER_TEST_CHARS = 7 * MAX_TEST_TEXT_CHARS + MAX_TEST_DETAIL_CHARS + 256
ELLIPSIS = "…"


def clip(text: str | None, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the cut marked with an ellipsis, storable."""
    text = storable(text or "")
    return text if len(text) <= limit else text[: max(0, limit - 1)] + ELLIPSIS


def clip_notes(notes: list[str]) -> list[str]:
    """At most :data:`MAX_NOTES` notes of at most :data:`MAX_NOTE_CHARS` each; past the
    count, the last kept one says how many were left out."""
    kept = [clip(note, MAX_NOTE_CHARS) for note in notes[:MAX_NOTES]]
    if len(notes) > MAX_NOTES:
        kept[-1] = f"(+{len(notes) - MAX_NOTES + 1})"
    return kept


def _test(test: TestResult) -> TestResult:
    capped = {
        name: clip(getattr(test, name), MAX_TEST_TEXT_CHARS)
        for name in ("id", "name", "en", "fr", "label_en", "label_fr")
    }
    capped["detail"] = clip(test.detail, MAX_TEST_DETAIL_CHARS)
    return test.model_copy(update=capped)


def _answer(answer: ManualAnswer) -> ManualAnswer:
    return answer.model_copy(
        update={
            "id": clip(answer.id, MAX_TEST_TEXT_CHARS),
            "source": storable(answer.source[:MAX_ANSWER_CHARS]),
        }
    )


def bounded(result: GradeResult) -> GradeResult:
    """``result`` with every submission-derived text and list capped (see the module)."""
    sketches = {
        clip(task, 200): storable(values[:MAX_SKETCH_LEN])
        if isinstance(values, str)
        else values[:MAX_SKETCH_LEN]
        for task, values in list(result.sketches.items())[:MAX_SKETCH_TASKS]
    }
    load_error = None if result.load_error is None else clip(result.load_error, MAX_LOAD_ERROR_CHARS)
    return result.model_copy(
        update={
            "notes": clip_notes(result.notes),
            "note": clip(result.note, MAX_STATUS_NOTE_CHARS),
            "log": storable(result.log[-MAX_LOG_CHARS:]),
            "load_error": load_error,
            "tests": [_test(test) for test in result.tests],
            "answers": [_answer(answer) for answer in result.answers],
            "sketches": sketches,
            "runtime": clip(result.runtime, 40),
        }
    )
