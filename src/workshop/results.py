"""What a grading run produced, and how the host reads the sandbox's untrusted output.

Everything that comes out of a container is validated here (size cap, schema) before it
is believed; garbage becomes a ``crashed`` status with a message, never an exception.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

MAX_RESULTS_BYTES = 1024 * 1024


class Status(StrEnum):
    """How a submission's grading ended. ``infra_error`` is never the student's fault."""

    passed = "passed"
    failed = "failed"
    timeout = "timeout"
    memory = "memory"
    crashed = "crashed"
    invalid = "invalid"
    infra_error = "infra_error"


class TestOutcome(StrEnum):
    passed = "passed"
    failed = "failed"
    timeout = "timeout"
    memory = "memory"
    crashed = "crashed"
    manual = "manual"
    error = "error"
    skipped = "skipped"
    not_run = "not_run"


Visibility = Literal["public", "hidden"]


class TestResult(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    visibility: Visibility
    points: float
    earned: float
    outcome: TestOutcome
    en: str = ""
    fr: str = ""
    detail: str = ""


class GradeResult(BaseModel):
    """The graded outcome of one submission; stored in the gradebook as JSON."""

    status: Status
    score: float
    max_score: float
    tests: list[TestResult] = []
    load_error: str | None = None
    notes: list[str] = []
    note: str = ""
    log: str = ""
    duration_s: float = 0.0
    runtime: str = ""  # the OCI runtime that ran the container (runc, runsc); "" when none ran

    @classmethod
    def ungraded(cls, status: Status, max_score: float, note: str, log: str = "") -> GradeResult:
        """No test ran (invalid submission, or the infrastructure failed): score 0."""
        return cls(status=status, score=0, max_score=max_score, note=note, log=log[:500])


class RunOutput(BaseModel):
    """What the sandbox observed, before interpretation."""

    exit_code: int | None
    runtime: str = ""
    timed_out: bool = False
    oom_killed: bool = False
    stdout: bytes = b""
    stderr: bytes = b""
    duration_s: float = 0.0


# -- the harness's records (see workshop_harness.records) ---------------------------------
_Text = Annotated[str, Field(max_length=4000)]


class PlannedTest(BaseModel):
    id: _Text
    name: _Text
    visibility: Visibility
    points: float = Field(ge=0, le=10_000)
    en: _Text = ""
    fr: _Text = ""
    manual: bool = False


class PlanRecord(BaseModel):
    type: Literal["plan"]
    tests: list[PlannedTest] = Field(max_length=5000)


class TestRecord(BaseModel):
    type: Literal["test"]
    id: _Text
    outcome: Literal["passed", "failed", "timeout", "memory", "crashed", "manual", "error", "skipped"]
    detail: _Text = ""


class LoadErrorRecord(BaseModel):
    type: Literal["load_error"]
    message: _Text


class NoteRecord(BaseModel):
    type: Literal["note"]
    message: _Text


class DoneRecord(BaseModel):
    type: Literal["done"]
    exit_code: int


Record = Annotated[
    PlanRecord | TestRecord | LoadErrorRecord | NoteRecord | DoneRecord, Field(discriminator="type")
]
_records: TypeAdapter[Record] = TypeAdapter(Record)


def interpret(output: RunOutput, max_score: float, log_cap: int) -> GradeResult:
    """Turn the sandbox's raw output into a :class:`GradeResult`."""
    plan: list[PlannedTest] | None = None
    outcomes: dict[str, TestRecord] = {}
    load_error: str | None = None
    notes: list[str] = []
    done = False
    rejected = 0
    if len(output.stdout) > MAX_RESULTS_BYTES:
        rejected += 1
    for line in output.stdout[:MAX_RESULTS_BYTES].splitlines():
        try:
            record = _records.validate_python(json.loads(line))
        except (ValueError, ValidationError, RecursionError):
            rejected += 1
            continue
        if isinstance(record, PlanRecord) and plan is None:
            plan = record.tests
        elif isinstance(record, TestRecord) and record.id not in outcomes:
            outcomes[record.id] = record
        elif isinstance(record, LoadErrorRecord):
            load_error = record.message
        elif isinstance(record, NoteRecord) and len(notes) < 50:
            notes.append(record.message)
        elif isinstance(record, DoneRecord):
            done = True

    tests = [_result(planned, outcomes.get(planned.id)) for planned in plan or []]
    score = round(sum(t.earned for t in tests), 4)
    log = output.stderr.decode("utf-8", "replace")[-log_cap:]
    note = ""
    if output.timed_out:
        status = Status.timeout
    elif output.oom_killed:
        status = Status.memory
    elif not done or plan is None:
        status = Status.crashed
        note = "results_incomplete"
    elif all(t.outcome in (TestOutcome.passed, TestOutcome.manual) for t in tests):
        status = Status.passed
    else:
        status = _worst_test_outcome(tests)
    if rejected and not note:
        note = "results_rejected"
    return GradeResult(
        status=status,
        score=min(score, max_score),
        max_score=max_score,
        tests=tests,
        load_error=load_error,
        notes=notes,
        note=note,
        log=log,
        duration_s=round(output.duration_s, 3),
        runtime=output.runtime,
    )


def _result(planned: PlannedTest, record: TestRecord | None) -> TestResult:
    outcome = TestOutcome(record.outcome) if record else TestOutcome.not_run
    if planned.manual and outcome != TestOutcome.failed:  # a manual answer whose code raised: 0
        outcome = TestOutcome.manual
    return TestResult(
        id=planned.id,
        name=planned.name,
        visibility=planned.visibility,
        points=planned.points,
        earned=planned.points if outcome == TestOutcome.passed else 0.0,
        outcome=outcome,
        en=planned.en,
        fr=planned.fr,
        detail=record.detail if record and planned.visibility == "public" else "",
    )


def _worst_test_outcome(tests: list[TestResult]) -> Status:
    """A run that completed: memory, then timeout, then crash of the student process on
    some call decides the status, else ``failed``."""
    seen = {t.outcome for t in tests}
    for outcome, status in (
        (TestOutcome.memory, Status.memory),
        (TestOutcome.timeout, Status.timeout),
        (TestOutcome.crashed, Status.crashed),
    ):
        if outcome in seen:
            return status
    return Status.failed
