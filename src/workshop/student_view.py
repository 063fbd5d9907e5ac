"""What a student may see of a graded result (shared docs/security.md, guarantee 2).

Once a hidden test has started, the student process has seen hidden inputs, and whatever
it then chooses may carry them: not only what it says (the harness and
:func:`workshop.results.interpret` drop that) but how each call ends. A hidden test that
ends ``failed``, ``timeout``, ``memory``, ``crashed``, ``error`` or ``not_run`` by the
student process's choice is two bits, not one (red team 13: 66 bits of hidden inputs in
one report); the run's status word (``timeout``, ``memory``, ``crashed``) and the place
where ``not_run`` starts say more. So every student-visible renderer (reports, every
export, the classroom server's feedback and student page, ``submit --server``) goes
through :func:`student_result`:

- a test decided once a hidden test had started (``TestResult.after_hidden``, or planned at
  or after the first hidden test: tests run in plan order) shows as ``passed``,
  ``partial`` (with its points) or ``failed``, and counts as hidden: a public notebook
  cell the student moved after a hidden one shows only once hidden tests do; no detail,
  the trainer's message as for any failed test. An answer graded by hand (``manual``,
  ``graded``: the host's and the trainer's, not the student process's) stays as it is;
- a test that ended in more than passed, partial or failed (a time limit, memory, a crash,
  an error, not run) shows ``failed``, public ones before any hidden test too: the host's
  caches may carry another job's hidden inputs into how a call ends (red teams 13 and 14,
  and 12f: even a word the student's own machine gave too, as the archive's
  ``local_check`` says, is a third state that a forged archive chooses); what a student
  reads beside a public one is their own machine's detail (``interpret``'s gate);
- the run's status is ``passed`` when every test shows passed, else ``failed``; only the
  host's own (``invalid``, ``infra_error``) stay;
- the run's duration is not shown (0): the only one measured covers the hidden tests,
  which a student process can stretch at will.

Points earned stay (they are the grade). The gradebook keeps the full result: the
trainer's class summary and dashboard show the real status and outcomes.
"""

from __future__ import annotations

from workshop.results import GradeResult, Status, TestOutcome, TestResult

# What a test decided after a hidden one started may show; every other outcome is "failed".
KEPT_AFTER_HIDDEN = (TestOutcome.passed, TestOutcome.partial)
# What a student may see of any test: more would say how a call ended.
_SHOWN = (TestOutcome.passed, TestOutcome.partial, TestOutcome.failed, TestOutcome.manual, TestOutcome.graded)
# An answer graded by hand: the host and the trainer decide it, not the student process.
_HANDS = (TestOutcome.manual, TestOutcome.graded)
# Statuses the host decides before any test runs: never the student process's choice.
_HOST_STATUSES = (Status.invalid, Status.infra_error)
_PASSED_LIKE = (TestOutcome.passed, TestOutcome.manual, TestOutcome.graded)
# The run's duration a student sees, whatever it was (see the module's docstring).
SHOWN_DURATION_S = 0.0


def after_hidden(tests: list[TestResult]) -> list[bool]:
    """For each test, whether it was decided once a hidden test had started. Results stored
    before ``after_hidden`` existed are read by their order alone (the plan's order is the
    order tests run in)."""
    first = next((i for i, test in enumerate(tests) if test.visibility == "hidden"), len(tests))
    return [test.after_hidden or i >= first for i, test in enumerate(tests)]


def hidden_started(result: GradeResult) -> bool:
    """A hidden test had started when the run ended: one decided after a hidden one ran,
    or every test before the first such one has a record (the run went past them)."""
    late = after_hidden(result.tests)
    if not any(late):
        return False
    if any(
        flag and test.outcome != TestOutcome.not_run for test, flag in zip(result.tests, late, strict=True)
    ):
        return True
    first = late.index(True)
    return all(test.outcome != TestOutcome.not_run for test in result.tests[:first])


def student_test(test: TestResult, late: bool) -> TestResult:
    """One test as a student sees it (``late``: decided once a hidden test had started)."""
    if not late and test.outcome not in _SHOWN:  # a time limit, a crash...: failed
        # (its detail is the student's machine's, or the gate's one line: interpret)
        return test.model_copy(update={"outcome": TestOutcome.failed})  # its points are the grade
    if not late or test.outcome in _HANDS:
        return test
    outcome = test.outcome if test.outcome in KEPT_AFTER_HIDDEN else TestOutcome.failed
    return test.model_copy(
        update={
            "outcome": outcome,
            "visibility": "hidden",
            "detail": "",
            "after_hidden": True,
        }
    )


def student_tests(result: GradeResult) -> list[TestResult]:
    return [
        student_test(test, late) for test, late in zip(result.tests, after_hidden(result.tests), strict=True)
    ]


def student_status(result: GradeResult) -> Status:
    """The run's status as a student sees it: the host's own (invalid, infra_error), else
    passed or failed (see the module's docstring)."""
    if result.status in _HOST_STATUSES:
        return result.status
    if not result.tests and result.status == Status.passed:
        return Status.passed
    shown = student_tests(result)
    return Status.passed if shown and all(t.outcome in _PASSED_LIKE for t in shown) else Status.failed


def student_result(result: GradeResult) -> GradeResult:
    """The result as every student-visible renderer shows it: projected tests and status,
    no duration, no trainer notes and no log (the trainer's). Score, points and the load
    error (kept by ``interpret`` only when decided before any hidden test) are unchanged."""
    return result.model_copy(
        update={
            "tests": student_tests(result),
            "status": student_status(result),
            "duration_s": SHOWN_DURATION_S,
            "notes": [],
            "log": "",
        }
    )


def differs(result: GradeResult) -> bool:
    """What the student sees is not all there is (the trainer's pages say so)."""
    shown = student_result(result)
    return shown.status != result.status or any(
        (a.outcome, a.visibility) != (b.outcome, b.visibility)
        for a, b in zip(shown.tests, result.tests, strict=True)
    )
