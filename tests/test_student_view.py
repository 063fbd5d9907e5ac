"""workshop.student_view: what a student may see of a result decided once a hidden test had
started (red team 13: S1 outcome words, S2 where not_run starts, S3 the status word, S4
the duration, S5 a public notebook cell moved after a hidden one)."""

from __future__ import annotations

import json
from itertools import product

import pytest

from workshop.results import GradeResult, RunOutput, Status, interpret
from workshop.results import TestOutcome as Outcome
from workshop.results import TestResult as Result
from workshop.student_view import (
    SHOWN_DURATION_S,
    differs,
    hidden_started,
    student_result,
    student_status,
    student_test,
)

DONE = {"type": "done", "exit_code": 0}
SHOWN_AFTER_HIDDEN = {Outcome.passed, Outcome.partial, Outcome.failed}


def _plan(*tests: tuple[str, str]) -> dict[str, object]:
    return {
        "type": "plan",
        "tests": [{"id": i, "name": i, "visibility": v, "points": 1, "en": f"msg {i}"} for i, v in tests],
    }


def _test(test_id: str, outcome: str = "passed", detail: str = "", **extra: object) -> dict[str, object]:
    return {"type": "test", "id": test_id, "outcome": outcome, "detail": detail, **extra}


def _run(*records: dict[str, object], **observed: object) -> RunOutput:
    return RunOutput(
        exit_code=0, stdout=b"\n".join(json.dumps(r).encode() for r in records) + b"\n", **observed
    )


def _grade(*records: dict[str, object], **observed: object) -> GradeResult:
    return interpret(_run(*records, **observed), 10.0, 100)


PLAN = _plan(("p1", "public"), ("p2", "public"), ("h1", "hidden"), ("h2", "hidden"))


# -- one test: every outcome x visibility x after-hidden ---------------------------------
@pytest.mark.parametrize(
    ("outcome", "visibility", "late"), list(product(list(Outcome), ["public", "hidden"], [False, True]))
)
def test_every_outcome_visibility_and_order(outcome: Outcome, visibility: str, late: bool) -> None:
    earned = {Outcome.passed: 1.0, Outcome.partial: 0.5, Outcome.graded: 0.75}.get(outcome, 0.0)
    test = Result(
        id="t", name="t", visibility=visibility, points=1, earned=earned, outcome=outcome,  # type: ignore[arg-type]
        en="Trainer's message.", detail="what the student process said",
    )  # fmt: skip
    shown = student_test(test, late)
    if outcome in (Outcome.manual, Outcome.graded) or (
        not late and outcome in (Outcome.passed, Outcome.partial, Outcome.failed)
    ):
        assert shown == test  # by hand, or before any hidden test and no more than passed or failed
        return
    if not late:  # before any hidden test, how it ended is not shown either: failed, its detail kept
        assert (shown.outcome, shown.earned, shown.detail) == (Outcome.failed, 0.0, test.detail)
        assert shown.visibility == visibility
        return
    assert shown.outcome in SHOWN_AFTER_HIDDEN
    assert shown.outcome == (outcome if outcome in (Outcome.passed, Outcome.partial) else Outcome.failed)
    assert shown.earned == earned  # the points earned are the grade: kept
    assert shown.visibility == "hidden"  # shown only once hidden tests are
    assert shown.detail == ""
    assert shown.en == "Trainer's message."  # what an honest student reads stays


# -- from interpret: which tests are decided after a hidden one --------------------------------
def test_interpret_marks_tests_from_the_first_hidden_one_on() -> None:
    result = _grade(PLAN, _test("p1"), _test("p2", "failed", "assert 1 == 2"), _test("h1"), _test("h2"), DONE)
    assert [t.after_hidden for t in result.tests] == [False, False, True, True]


def test_interpret_marks_a_public_cell_run_after_a_hidden_one() -> None:
    plan = _plan(("p1", "public"), ("h1", "hidden"), ("p2", "public"))  # the student's order
    result = _grade(plan, _test("p1"), _test("h1"), _test("p2", "timeout"), DONE)
    assert [t.after_hidden for t in result.tests] == [False, True, True]
    shown = {t.id: t for t in student_result(result).tests}
    assert (shown["p2"].outcome, shown["p2"].visibility) == (Outcome.failed, "hidden")
    assert (shown["p1"].outcome, shown["p1"].visibility) == (Outcome.passed, "public")


def test_interpret_marks_a_record_that_came_after_a_hidden_one_and_tests_never_run() -> None:
    result = _grade(PLAN, _test("p1"), _test("h1"), _test("p2"), DONE)  # p2 after h1, p2 first in plan
    assert {t.id: t.after_hidden for t in result.tests} == {"p1": False, "p2": True, "h1": True, "h2": True}


def test_a_result_stored_before_the_flag_is_read_by_its_order() -> None:
    result = _grade(PLAN, _test("p1"), _test("p2"), _test("h1", "memory"), _test("h2", "crashed"), DONE)
    old = result.model_copy(
        update={"tests": [t.model_copy(update={"after_hidden": False}) for t in result.tests]}
    )
    assert [t.outcome for t in student_result(old).tests] == ["passed", "passed", "failed", "failed"]
    assert student_status(old) == Status.failed


# -- the hidden tests' outcomes: one bit each ----------------------------------------------
@pytest.mark.parametrize("ending", ["failed", "timeout", "memory", "crashed", "error", "skipped"])
def test_a_hidden_test_that_did_not_pass_shows_failed_whatever_its_end(ending: str) -> None:
    result = _grade(PLAN, _test("p1"), _test("p2"), _test("h1", ending), _test("h2"), DONE)
    shown = student_result(result)
    assert [t.outcome for t in shown.tests] == ["passed", "passed", "failed", "passed"]
    assert shown.status == Status.failed
    assert result.tests[2].outcome == ending  # the trainer's: kept
    assert differs(result) == (ending != "failed")


def test_every_ending_of_the_hidden_tests_gives_one_view() -> None:
    views = set()
    for ending in ("failed", "timeout", "memory", "crashed", "error"):
        result = _grade(PLAN, _test("p1"), _test("p2"), _test("h1", ending), _test("h2", ending), DONE)
        views.add(student_result(result).model_dump_json())
    assert len(views) == 1


# -- the status word ----------------------------------------------------------------------------
def test_a_run_the_wall_clock_stopped_in_a_hidden_test_shows_failed_and_no_not_run() -> None:
    result = _grade(PLAN, _test("p1"), _test("p2"), _test("h1", "crashed"), timed_out=True)
    assert result.status == Status.timeout and result.tests[3].outcome == Outcome.not_run
    shown = student_result(result)
    assert shown.status == Status.failed
    assert [t.outcome for t in shown.tests] == ["passed", "passed", "failed", "failed"]


def test_a_run_stopped_in_the_first_hidden_test_before_its_record_counts_as_hidden() -> None:
    result = _grade(PLAN, _test("p1"), _test("p2"), timed_out=True)  # h1 was running
    assert hidden_started(result)
    assert student_status(result) == Status.failed


def test_the_position_of_the_first_test_not_run_is_not_shown() -> None:
    seen = set()
    for stop in range(1, 4):
        hidden = [_test(f"h{i}", "crashed" if i == stop else "passed") for i in range(1, stop + 1)]
        plan = _plan(("p1", "public"), *((f"h{i}", "hidden") for i in range(1, 5)))
        shown = student_result(_grade(plan, _test("p1"), *hidden, timed_out=True))
        seen.add(
            (shown.status, tuple(t.outcome for t in shown.tests if t.outcome not in ("passed", "failed")))
        )
    assert seen == {(Status.failed, ())}


def test_a_status_beyond_passed_or_failed_is_never_shown() -> None:
    # Before any hidden test too: the host's caches may choose how a public call ends.
    before = _grade(PLAN, _test("p1"), timed_out=True)  # stopped in p2: no hidden test started
    assert not hidden_started(before) and before.status == Status.timeout
    assert student_status(before) == Status.failed
    public_timeout = _grade(
        PLAN, _test("p1", "timeout"), _test("p2"), _test("h1", "memory"), _test("h2"), DONE
    )
    assert public_timeout.status == Status.memory  # the real one, decided by h1
    assert student_status(public_timeout) == Status.failed


def test_a_run_that_passed_everything_says_passed() -> None:
    result = _grade(PLAN, _test("p1"), _test("p2"), _test("h1"), _test("h2"), DONE)
    assert student_status(result) == Status.passed and not differs(result)


@pytest.mark.parametrize("status", [Status.invalid, Status.infra_error])
def test_host_statuses_are_shown_as_they_are(status: Status) -> None:
    result = GradeResult.ungraded(status, 10.0, "note", "why")
    assert student_status(result) == status


def test_no_hidden_test_still_no_ending_beyond_failed() -> None:
    plan = _plan(("p1", "public"), ("p2", "public"))
    result = _grade(plan, _test("p1", "memory"), _test("p2", "crashed", "boom"), DONE)
    shown = student_result(result)
    assert [(t.outcome, t.detail) for t in shown.tests] == [(Outcome.failed, ""), (Outcome.failed, "boom")]
    assert result.status == Status.memory and shown.status == Status.failed


# -- the duration, the trainer's fields ------------------------------------------------------
def test_the_duration_and_the_trainers_fields_are_not_shown() -> None:
    result = _grade(PLAN, _test("p1"), _test("p2"), _test("h1"), _test("h2"), DONE, duration_s=15.273)
    result = result.model_copy(update={"notes": ["[trainer only] x"], "log": "stderr"})
    shown = student_result(result)
    assert (shown.duration_s, shown.notes, shown.log) == (SHOWN_DURATION_S, [], "")
    assert (shown.score, shown.max_score) == (result.score, result.max_score)


def test_partial_credit_after_a_hidden_test_keeps_its_points() -> None:
    plan = _plan(("h1", "hidden"), ("p1", "public"))
    result = _grade(plan, _test("h1", earned=0.5), _test("p1"), DONE)
    shown = student_result(result)
    assert [(t.outcome, t.earned) for t in shown.tests] == [(Outcome.partial, 0.5), (Outcome.passed, 1.0)]
    assert shown.score == result.score == 1.5
