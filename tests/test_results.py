"""workshop.results.interpret: the sandbox's output is untrusted; it is read, never believed blindly."""

from __future__ import annotations

import json

from workshop.results import MAX_RESULTS_BYTES, GradeResult, RunOutput, Status, interpret
from workshop.results import TestOutcome as Outcome

MAX_SCORE = 10.0
LOG_CAP = 100
PLAN = {
    "type": "plan",
    "tests": [
        {
            "id": "t_add",
            "name": "addition",
            "visibility": "public",
            "points": 2,
            "en": "Add.",
            "fr": "Ajoute.",
        },
        {"id": "t_div", "name": "division", "visibility": "public", "points": 3},
        {"id": "h_edge", "name": "edge cases", "visibility": "hidden", "points": 5},
    ],
}
DONE = {"type": "done", "exit_code": 0}


def _test(test_id: str, outcome: str = "passed", detail: str = "") -> dict[str, str]:
    return {"type": "test", "id": test_id, "outcome": outcome, "detail": detail}


ALL_PASSED = [PLAN, _test("t_add"), _test("t_div"), _test("h_edge"), DONE]


def _run(*records: dict[str, object] | bytes, **observed: object) -> RunOutput:
    lines = [r if isinstance(r, bytes) else json.dumps(r).encode() for r in records]
    return RunOutput(**{"exit_code": 0, "stdout": b"\n".join(lines) + b"\n", **observed})  # type: ignore[arg-type]


def _outcomes(result: GradeResult) -> dict[str, Outcome]:
    return {t.id: t.outcome for t in result.tests}


def test_all_tests_passed_gives_passed_and_full_score() -> None:
    result = interpret(_run(*ALL_PASSED), MAX_SCORE, LOG_CAP)

    assert result.status == Status.passed
    assert result.score == 10.0
    assert result.max_score == 10.0
    assert result.note == ""
    assert _outcomes(result) == {"t_add": "passed", "t_div": "passed", "h_edge": "passed"}


def test_one_failed_test_gives_failed_and_loses_its_points() -> None:
    result = interpret(
        _run(PLAN, _test("t_add"), _test("t_div", "failed"), _test("h_edge"), DONE), MAX_SCORE, LOG_CAP
    )

    assert result.status == Status.failed
    assert result.score == 7.0
    assert [(t.id, t.earned) for t in result.tests] == [("t_add", 2.0), ("t_div", 0.0), ("h_edge", 5.0)]


def test_test_without_record_is_not_run_and_fails_the_submission() -> None:
    result = interpret(_run(PLAN, _test("t_add"), _test("t_div"), DONE), MAX_SCORE, LOG_CAP)

    assert result.status == Status.failed
    assert result.score == 5.0
    assert _outcomes(result)["h_edge"] == Outcome.not_run


def test_missing_done_record_gives_crashed() -> None:
    result = interpret(_run(PLAN, _test("t_add"), _test("t_div"), _test("h_edge")), MAX_SCORE, LOG_CAP)

    assert result.status == Status.crashed
    assert result.note == "results_incomplete"


def test_missing_plan_gives_crashed_with_no_score() -> None:
    result = interpret(_run(_test("t_add"), DONE), MAX_SCORE, LOG_CAP)

    assert result.status == Status.crashed
    assert result.note == "results_incomplete"
    assert result.score == 0.0
    assert result.tests == []


def test_timed_out_run_gives_timeout() -> None:
    result = interpret(_run(*ALL_PASSED, timed_out=True), MAX_SCORE, LOG_CAP)

    assert result.status == Status.timeout


def test_a_run_the_wall_clock_stopped_after_memory_deaths_is_memory_whatever_the_load() -> None:
    # Each call died of memory and each restart took time: on a loaded machine the job's
    # wall clock ran out before the last test, on an idle one it did not. The status names
    # what stopped the student's calls (memory first, as for a completed run), not how far
    # the run got: the same submission gets the same status on any machine.
    died = [PLAN, _test("t_add", "memory"), _test("t_div", "memory")]
    stopped = interpret(_run(*died, timed_out=True), MAX_SCORE, LOG_CAP)
    completed = interpret(_run(*died, _test("h_edge", "memory"), DONE), MAX_SCORE, LOG_CAP)
    assert (stopped.status, completed.status) == (Status.memory, Status.memory)
    assert _outcomes(stopped)["h_edge"] == Outcome.not_run


def test_a_run_the_wall_clock_stopped_with_no_resource_death_is_timeout() -> None:
    # Calls that failed or crashed did not use up the clock: the run itself was too slow.
    records = [PLAN, _test("t_add", "failed"), _test("t_div", "crashed")]
    assert interpret(_run(*records, timed_out=True), MAX_SCORE, LOG_CAP).status == Status.timeout


def test_oom_killed_run_gives_memory() -> None:
    result = interpret(_run(*ALL_PASSED, oom_killed=True), MAX_SCORE, LOG_CAP)

    assert result.status == Status.memory


def test_empty_output_gives_crashed() -> None:
    result = interpret(RunOutput(exit_code=1), MAX_SCORE, LOG_CAP)

    assert result.status == Status.crashed
    assert result.score == 0.0


def test_a_run_killed_from_the_host_before_its_results_is_memory_without_the_oom_flag() -> None:
    # Exit 137 (SIGKILL) that the runner did not send (no timeout; a stopped run never reaches
    # interpret): nothing inside the sandbox may signal the harness, so it is the memory
    # cgroup's OOM killer, whose flag Docker sometimes misses on a loaded machine
    # (measured under runsc: 2 runs in 25 with 4 busy loops, benchmarks/memory_bomb_under_load.py).
    for records in ([], [PLAN, _test("t_add")]):
        result = interpret(_run(*records, exit_code=137), MAX_SCORE, LOG_CAP)
        assert result.status == Status.memory, records
    # The same death after the results were complete changes nothing; another exit code is a crash.
    assert interpret(_run(*ALL_PASSED, exit_code=137), MAX_SCORE, LOG_CAP).status == Status.passed
    assert interpret(_run(PLAN, _test("t_add"), exit_code=139), MAX_SCORE, LOG_CAP).status == Status.crashed


def test_garbage_lines_are_ignored_and_noted() -> None:
    garbage = [
        b"not json at all",
        b"\xff\xfe\x00 not utf-8",
        b"[1, 2, 3]",
        b"null",
        b'{"type": "evil", "score": 1000}',
        b'{"type": "test", "id": "t_div"}',
        b'{"type": "plan", "tests": [{"id": "x", "name": "x", "visibility": "public", "points": NaN}]}',
        b"9" * 5000,
    ]
    result = interpret(
        _run(PLAN, *garbage, _test("t_add"), _test("t_div", "failed"), _test("h_edge"), DONE),
        MAX_SCORE,
        LOG_CAP,
    )

    assert result.status == Status.failed
    assert result.score == 7.0
    assert result.note == "results_rejected"


def test_deeply_nested_json_line_is_ignored_not_raised() -> None:
    result = interpret(
        _run(PLAN, b"[" * 100_000, _test("t_add"), _test("t_div"), _test("h_edge"), DONE), MAX_SCORE, LOG_CAP
    )

    assert result.status == Status.passed
    assert result.note == "results_rejected"


def test_output_beyond_one_mib_is_not_read() -> None:
    head = b"\n".join(json.dumps(r).encode() for r in (PLAN, _test("t_add"), _test("t_div"), DONE)) + b"\n"
    padding = b" " * (MAX_RESULTS_BYTES - len(head))
    stdout = head + padding + b"\n" + json.dumps(_test("h_edge")).encode() + b"\n"

    result = interpret(RunOutput(exit_code=0, stdout=stdout), MAX_SCORE, LOG_CAP)

    assert _outcomes(result)["h_edge"] == Outcome.not_run
    assert result.status == Status.failed
    assert result.score == 5.0
    assert result.note == "results_rejected"


def test_done_record_beyond_one_mib_is_not_believed() -> None:
    head = b"\n".join(json.dumps(r).encode() for r in ALL_PASSED[:-1]) + b"\n"
    stdout = head + b" " * MAX_RESULTS_BYTES + b"\n" + json.dumps(DONE).encode() + b"\n"

    result = interpret(RunOutput(exit_code=0, stdout=stdout), MAX_SCORE, LOG_CAP)

    assert result.status == Status.crashed


def test_test_record_for_unplanned_id_earns_nothing() -> None:
    result = interpret(
        _run(PLAN, _test("t_add"), _test("t_div", "failed"), _test("h_edge"), _test("bonus"), DONE),
        MAX_SCORE,
        LOG_CAP,
    )

    assert result.score == 7.0
    assert [t.id for t in result.tests] == ["t_add", "t_div", "h_edge"]


def test_duplicate_test_record_cannot_change_the_first() -> None:
    result = interpret(
        _run(
            PLAN,
            _test("t_add"),
            _test("t_div", "failed", "1/0"),
            _test("t_div", "passed", "fixed"),
            _test("h_edge"),
            DONE,
        ),
        MAX_SCORE,
        LOG_CAP,
    )

    div = next(t for t in result.tests if t.id == "t_div")
    assert (div.outcome, div.earned, div.detail) == (Outcome.failed, 0.0, "1/0")
    assert result.status == Status.failed
    assert result.score == 7.0


def test_second_plan_record_cannot_replace_the_first() -> None:
    rich_plan = {
        "type": "plan",
        "tests": [{"id": "t_add", "name": "addition", "visibility": "public", "points": 10_000}],
    }

    result = interpret(_run(PLAN, rich_plan, *ALL_PASSED[1:]), 100.0, LOG_CAP)

    assert [(t.id, t.points) for t in result.tests] == [("t_add", 2.0), ("t_div", 3.0), ("h_edge", 5.0)]
    assert result.score == 10.0


def test_hidden_test_detail_is_never_kept() -> None:
    result = interpret(
        _run(
            PLAN,
            _test("t_add", "failed", "expected 3, got 4"),
            _test("t_div"),
            _test("h_edge", "failed", "assert divide(1, 0) raises ZeroDivisionError"),
            DONE,
        ),
        MAX_SCORE,
        LOG_CAP,
    )

    details = {t.id: t.detail for t in result.tests}
    assert details == {"t_add": "expected 3, got 4", "t_div": "", "h_edge": ""}


def test_planned_messages_are_carried_to_the_result() -> None:
    result = interpret(_run(*ALL_PASSED), MAX_SCORE, LOG_CAP)

    add = result.tests[0]
    assert (add.name, add.visibility, add.en, add.fr) == ("addition", "public", "Add.", "Ajoute.")


def test_score_never_exceeds_max_score() -> None:
    generous = {
        "type": "plan",
        "tests": [
            {"id": "a", "name": "a", "visibility": "public", "points": 10_000},
            {"id": "b", "name": "b", "visibility": "hidden", "points": 10_000},
        ],
    }

    result = interpret(_run(generous, _test("a"), _test("b"), DONE), MAX_SCORE, LOG_CAP)

    assert result.status == Status.passed
    assert result.score == MAX_SCORE


def test_log_keeps_only_the_end_of_stderr() -> None:
    stderr = ("x" * 500 + "Traceback: the end").encode()

    result = interpret(RunOutput(exit_code=1, stderr=stderr), MAX_SCORE, LOG_CAP)

    assert result.log == ("x" * 500 + "Traceback: the end")[-LOG_CAP:]


# -- once a hidden test has ended, nothing the student process says reaches the student ----
def test_load_error_after_a_hidden_test_goes_to_the_trainer_notes_only() -> None:
    records = (
        PLAN,
        _test("t_add"),
        _test("h_edge", "crashed"),
        {"type": "load_error", "message": "ValueError: 1+2*3-4 | 8/4/2"},
        _test("t_div", "error"),
        DONE,
    )
    result = interpret(_run(*records), MAX_SCORE, LOG_CAP)
    assert result.load_error is None
    assert result.notes == [
        "[trainer only] The student's file failed to load again after a hidden test had started; "
        "not shown to the student (it may carry hidden inputs): ValueError: 1+2*3-4 | 8/4/2"
    ]


def test_load_error_the_harness_marks_after_hidden_is_never_shown_even_first() -> None:
    marked = {"type": "load_error", "message": "SyntaxError: 8/4/2", "after_hidden": True}
    result = interpret(_run(PLAN, marked, _test("t_add", "error"), DONE), MAX_SCORE, LOG_CAP)
    assert result.load_error is None
    assert result.notes[0].endswith("SyntaxError: 8/4/2")


def test_load_error_before_any_hidden_test_is_the_students_to_see() -> None:
    error = {"type": "load_error", "message": "SyntaxError, line 3: invalid syntax"}
    result = interpret(_run(PLAN, error, _test("t_add", "error"), DONE), MAX_SCORE, LOG_CAP)
    assert result.load_error == "SyntaxError, line 3: invalid syntax"
    assert result.notes == []


def test_public_test_detail_after_a_hidden_test_is_dropped() -> None:
    records = (PLAN, _test("t_add", "failed", "assert 1 == 2"), _test("h_edge"))
    records += (_test("t_div", "failed", "AssertionError: 8/4/2"), DONE)
    result = interpret(_run(*records), MAX_SCORE, LOG_CAP)
    assert {t.id: t.detail for t in result.tests} == {"t_add": "assert 1 == 2", "t_div": "", "h_edge": ""}


def test_contract_violation_is_worded_by_the_host_in_the_reports_language() -> None:
    wrong = _test("t_add", "failed") | {
        "violation": {"name": "calculate", "expected": "float", "got": "ndarray", "what": "return"}
    }
    english = interpret(_run(PLAN, wrong, DONE), MAX_SCORE, LOG_CAP)
    french = interpret(_run(PLAN, wrong, DONE), MAX_SCORE, LOG_CAP, "fr")
    assert english.tests[0].detail == (
        "calculate must return float (the contract in exercise.toml); it returned a numpy array."
    )
    assert french.tests[0].detail == (
        "calculate doit renvoyer float (le contrat de exercise.toml)\u00a0; elle a renvoyé un tableau numpy."
    )


def test_contract_violation_words_come_from_a_fixed_list_only() -> None:
    free_text = _test("t_add", "failed") | {
        "violation": {"name": "calculate", "expected": "float", "got": "8/4/2 leaked", "what": "return"}
    }
    result = interpret(_run(PLAN, free_text, DONE), MAX_SCORE, LOG_CAP)
    assert result.note == "results_rejected"
    assert result.tests[0].outcome == Outcome.not_run and result.tests[0].detail == ""
