"""What a grading run produced, and how the host reads the sandbox's untrusted output.

Everything that comes out of a container is validated here (size cap, schema) before it
is believed; garbage becomes a ``crashed`` status with a message, never an exception.
"""

from __future__ import annotations

import json
import signal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from workshop.i18n import Lang, t

MAX_RESULTS_BYTES = 1024 * 1024
# A container's exit status when a SIGKILL ended it (Docker reports 128 + the signal).
KILLED_FROM_HOST = 128 + signal.SIGKILL


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
    manual = "manual"  # a cell the trainer grades by hand, not graded yet
    graded = "graded"  # a cell the trainer graded by hand (points and comment given)
    partial = "partial"  # a notebook test cell that earned part of its points
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
    # The skill this test checks, in a few words (the class debrief groups tests by it;
    # parametrised cases share their label). Empty: the debrief derives one from the name.
    label_en: str = ""
    label_fr: str = ""
    # Decided once a hidden test had started (planned at or after the first hidden test, its
    # record after a hidden one's, or no record once a hidden one ran): what a student sees
    # of it is passed/partial/failed only (workshop.student_view); the trainer keeps it all.
    after_hidden: bool = False


class ManualAnswer(BaseModel):
    """A notebook answer the trainer grades by hand, as the student wrote it. Made on the
    host from the submitted notebook (never from the sandbox's output); ``sha256`` keys
    the trainer's grade, so a re-grade keeps it unless this answer changed."""

    model_config = ConfigDict(extra="forbid")
    id: str
    cell_type: Literal["code", "markdown"]
    source: str
    sha256: str


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
    # Prompt exercises: how the answers were obtained ("transcript": pasted by the student;
    # "live": the prompt replayed), and per task a sketch of the transcript for the class
    # report's list of near-identical ones (workshop.prompts.similarity).
    mode: Literal["", "transcript", "live"] = ""
    sketches: dict[str, list[int]] = {}
    answers: list[ManualAnswer] = []

    @property
    def awaiting_manual(self) -> bool:
        """Some part is still to be graded by hand: the score is not final."""
        return any(test.outcome == TestOutcome.manual for test in self.tests)

    runtime: str = ""  # the OCI runtime that ran the container (runc, runsc); "" when none ran

    @classmethod
    def ungraded(cls, status: Status, max_score: float, note: str, log: str = "") -> GradeResult:
        """No test ran (invalid submission, or the infrastructure failed): score 0. For an
        invalid submission, ``log`` is the message saying what is wrong and where; reports
        and feedback show it as the reason the file could not be loaded."""
        reason = log[:500] if status == Status.invalid and log else None
        return cls(status=status, score=0, max_score=max_score, note=note, log=log[:500], load_error=reason)


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
    label_en: Annotated[str, Field(max_length=200)] = ""
    label_fr: Annotated[str, Field(max_length=200)] = ""
    manual: bool = False


class PlanRecord(BaseModel):
    type: Literal["plan"]
    tests: list[PlannedTest] = Field(max_length=5000)


_Got = Literal[
    "none", "bool", "int", "float", "str", "bytes", "list", "tuple", "dict", "ndarray", "object",
    "shape", "dtype", "range", "length", "size", "content", "function", "keys",
]  # fmt: skip


class Violation(BaseModel):
    """An answer that does not fit the exercise's contract (see workshop_harness.contract):
    the contract's name and type, and what came instead as a word of a fixed list."""

    name: Annotated[str, Field(max_length=100, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
    expected: Annotated[str, Field(max_length=500)]
    got: _Got
    what: Literal["return", "value", "function"]


class TestRecord(BaseModel):
    type: Literal["test"]
    id: _Text
    outcome: Literal["passed", "failed", "timeout", "memory", "crashed", "manual", "error", "skipped"]
    detail: _Text = ""
    # A notebook test cell whose last expression is a number earns that many points (nbgrader's
    # partial credit); the host caps it at the cell's points.
    earned: float | None = Field(None, ge=0, le=10_000)
    violation: Violation | None = None


class LoadErrorRecord(BaseModel):
    type: Literal["load_error"]
    message: _Text
    after_hidden: bool = False  # a restart after a hidden test started: the trainer's eyes only


class NoteRecord(BaseModel):
    type: Literal["note"]
    message: _Text


class DoneRecord(BaseModel):
    type: Literal["done"]
    exit_code: int


class CheckedTest(BaseModel):
    """One public test as ``workshop submit`` ran it on the student's own machine: the
    harness's raw record (outcome, detail, contract violation), never a rendered text."""

    model_config = ConfigDict(extra="forbid")
    id: Annotated[str, Field(max_length=1000)]
    outcome: Literal["passed", "failed", "timeout", "memory", "crashed", "manual", "error", "skipped"]
    detail: Annotated[str, Field(max_length=1000)] = ""
    violation: Violation | None = None


class LocalCheck(BaseModel):
    """What the public tests gave on the student's machine at submit (the archive's
    ``local_check``). The student's own machine cannot read the grader host's caches, so
    nothing here carries a hidden input: at grading, what a student reads of a public test
    that did not pass, or of a load error, is what is here (see :func:`interpret`)."""

    model_config = ConfigDict(extra="forbid")
    tests: list[CheckedTest] = Field(default=[], max_length=500)
    load_error: Annotated[str, Field(max_length=4000)] | None = None


Record = Annotated[
    PlanRecord | TestRecord | LoadErrorRecord | NoteRecord | DoneRecord, Field(discriminator="type")
]
_records: TypeAdapter[Record] = TypeAdapter(Record)


# Withheld texts kept for the trainer's notes: how many, and how long each.
MAX_WITHHELD_NOTES = 20
MAX_WITHHELD_CHARS = 500


def interpret(
    output: RunOutput,
    max_score: float,
    log_cap: int,
    lang: Lang = "en",
    gate: bool = False,
    local: LocalCheck | None = None,
) -> GradeResult:
    """Turn the sandbox's raw output into a :class:`GradeResult`.

    Student-visible text that comes from the student process (a load error, a test's
    detail) is kept only while no hidden test has ended: once one has, the student process
    has seen hidden inputs, so a load error goes to the trainer's notes and details are
    dropped (the harness does the same; this holds even if records arrive out of order).

    ``gate`` (grading): the host's caches may carry bits of another job's hidden inputs
    into this one, before any hidden test of its own. So of a public test a student sees
    whether it passed and nothing else the grading decided: a test that did not pass shows
    the detail (or contract violation, or how it ended) the student's own machine gave at
    submit (``local``, the archive's ``local_check``), else one fixed line (run ``workshop
    check``); an ending beyond passed or failed shows failed (student_view); a load error
    shows the one of ``local``, else a fixed line. The grading's own texts go to the
    trainer's notes."""
    plan: list[PlannedTest] | None = None
    outcomes: dict[str, TestRecord] = {}
    load_error: str | None = None
    notes: list[str] = []
    done = False
    rejected = 0
    hidden_seen = False
    hidden_ids: set[str] = set()
    late: set[str] = set()  # ids whose record came after a hidden test's
    if len(output.stdout) > MAX_RESULTS_BYTES:
        rejected += 1
    for line in output.stdout[:MAX_RESULTS_BYTES].splitlines():
        try:
            record = _records.validate_python(_clean(json.loads(line)))
        except (ValueError, ValidationError, RecursionError):
            rejected += 1
            continue
        if isinstance(record, PlanRecord) and plan is None:
            plan = record.tests
            hidden_ids = {p.id for p in plan if p.visibility == "hidden"}
        elif isinstance(record, TestRecord) and record.id not in outcomes:
            if hidden_seen:
                record = record.model_copy(update={"detail": "", "violation": None})
                late.add(record.id)
            outcomes[record.id] = record
            hidden_seen |= record.id in hidden_ids
        elif isinstance(record, LoadErrorRecord):
            if record.after_hidden or hidden_seen:
                if len(notes) < 50:
                    notes.append(t("note_load_error_after_hidden", lang, message=record.message))
            else:
                load_error = record.message
        elif isinstance(record, NoteRecord) and len(notes) < 50:
            notes.append(record.message)
        elif isinstance(record, DoneRecord):
            done = True

    if gate:
        before = {test.id: test for test in (local.tests if local else [])}
        withheld: list[str] = []
        if load_error is not None:  # that it did not load is one bit; why is the student's machine's
            if local is None or local.load_error != load_error:
                withheld.append(t("note_load_error_withheld", lang, message=load_error[:MAX_WITHHELD_CHARS]))
            load_error = local.load_error if local and local.load_error else t("load_error_withheld", lang)
        tests = []
        for planned in plan or []:
            graded = outcomes.get(planned.id)
            test = _result(planned, graded, lang)
            if planned.visibility == "public":
                detail, hidden = _gated(graded, before.get(planned.id), test.outcome, lang)
                test = test.model_copy(update={"detail": detail})
                if hidden:
                    withheld.append(
                        t(
                            "note_detail_withheld",
                            lang,
                            test=planned.id[:200],
                            detail=hidden[:MAX_WITHHELD_CHARS],
                        )
                    )
            tests.append(test)
        notes += withheld[:MAX_WITHHELD_NOTES]
        if len(withheld) > MAX_WITHHELD_NOTES:
            notes.append(t("note_withheld_more", lang, count=len(withheld) - MAX_WITHHELD_NOTES))
    else:
        tests = [_result(planned, outcomes.get(planned.id), lang) for planned in plan or []]
    score = round(sum(t.earned for t in tests), 4)
    log = output.stderr.decode("utf-8", "replace")[-log_cap:]
    note = ""
    if output.timed_out:
        # A call killed for memory explains a run the wall clock then stopped (each death
        # and restart costs time, more on a loaded machine): memory, as for a completed
        # run, so the status does not depend on how far the run got before the clock.
        memory = any(t.outcome == TestOutcome.memory for t in tests)
        status = Status.memory if memory else Status.timeout
    elif output.oom_killed or (output.exit_code == KILLED_FROM_HOST and (not done or plan is None)):
        # Killed before its results were complete by a SIGKILL the runner did not send (its
        # own kills are a timeout, or a stopped run that never gets here): nothing inside
        # the sandbox may signal the harness, so it is the memory cgroup's OOM killer, whose
        # event Docker misses now and then on a loaded machine (OOMKilled false).
        status = Status.memory
    elif not done or plan is None:
        status = Status.crashed
        note = "results_incomplete"
    elif all(t.outcome in (TestOutcome.passed, TestOutcome.manual, TestOutcome.graded) for t in tests):
        status = Status.passed
    else:
        status = _worst_test_outcome(tests)
    if rejected and not note:
        note = "results_rejected"
    return GradeResult(
        status=status,
        score=min(score, max_score),
        max_score=max_score,
        tests=_mark_after_hidden(tests, late, hidden_seen),
        load_error=load_error,
        notes=notes,
        note=note,
        log=log,
        duration_s=round(output.duration_s, 3),
        runtime=output.runtime,
    )


def _result(planned: PlannedTest, record: TestRecord | None, lang: Lang) -> TestResult:
    outcome = TestOutcome(record.outcome) if record else TestOutcome.not_run
    if planned.manual and outcome != TestOutcome.failed:  # failed: left as handed out, 0 (nbgrader)
        outcome = TestOutcome.manual
    earned = planned.points if outcome == TestOutcome.passed else 0.0
    if outcome == TestOutcome.passed and record is not None and record.earned is not None:
        earned = min(record.earned, planned.points)
        if earned < planned.points:
            outcome = TestOutcome.partial if earned > 0 else TestOutcome.failed
    detail = ""
    if record and planned.visibility == "public":
        detail = violation_text(record.violation, lang) if record.violation else record.detail
    return TestResult(
        id=planned.id,
        name=planned.name,
        visibility=planned.visibility,
        points=planned.points,
        earned=earned,
        outcome=outcome,
        en=planned.en,
        fr=planned.fr,
        detail=detail,
        label_en=planned.label_en,
        label_fr=planned.label_fr,
    )


def _gated(
    record: TestRecord | None, before: CheckedTest | None, outcome: TestOutcome, lang: Lang
) -> tuple[str, str]:
    """The detail a student sees for a public test graded as ``record`` (None: it did not
    run) and ending in ``outcome``, and the grading's own text withheld from them ("" when
    none or the same): see :func:`interpret`. What a student reads is a function of their
    own machine's record and of whether the test passed, nothing else of the grading."""
    graded = ""
    if record is not None:
        graded = violation_text(record.violation, lang) if record.violation else record.detail
    if outcome in (TestOutcome.passed, TestOutcome.manual, TestOutcome.graded):
        return "", ""
    mine = ""
    if before is not None and before.outcome != "passed":
        mine = violation_text(before.violation, lang) if before.violation else before.detail
        if not mine and before.outcome != "failed":  # how it ended there: a time limit...
            mine = t(f"outcome_{before.outcome}", lang)
    return (mine or t("detail_withheld", lang)), (graded if graded and graded != mine else "")


def local_check(output: RunOutput) -> LocalCheck | None:
    """The raw public records of a run on the student's machine (``workshop submit``), or
    None when the run did not complete (no plan or no end: nothing to compare with)."""
    plan: set[str] | None = None
    tests: dict[str, CheckedTest] = {}
    load_error: str | None = None
    done = False
    for line in output.stdout[:MAX_RESULTS_BYTES].splitlines():
        try:
            record = _records.validate_python(_clean(json.loads(line)))
        except (ValueError, ValidationError, RecursionError):
            continue
        if isinstance(record, PlanRecord) and plan is None:
            plan = {p.id for p in record.tests if p.visibility == "public"}
        elif isinstance(record, TestRecord) and record.id not in tests and len(record.id) <= 1000:
            tests[record.id] = CheckedTest(
                id=record.id, outcome=record.outcome, detail=record.detail[:1000], violation=record.violation
            )
        elif isinstance(record, LoadErrorRecord) and not record.after_hidden and load_error is None:
            load_error = record.message
        elif isinstance(record, DoneRecord):
            done = True
    if plan is None or not done or output.timed_out:
        return None
    kept = [test for test in tests.values() if test.id in plan][:500]
    return LocalCheck(tests=kept, load_error=load_error)


def storable(text: str) -> str:
    """``text`` with any lone surrogate replaced: JSON may escape one (``"\\ud800"``), no
    text stored or validated may hold one."""
    return text if text.isascii() else text.encode("utf-8", "replace").decode("utf-8")


def _clean(value: object) -> object:
    """A record's strings made :func:`storable` (a student's exception message may hold a
    lone surrogate), so the record is read, not dropped (red team 14: a dropped public
    record read as not run, then as a hidden failed test)."""
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


def violation_text(violation: Violation, lang: Lang) -> str:
    """The student's message for an answer that does not fit the contract."""
    got = t(f"contract_got_{violation.got}", lang)
    return t(
        f"contract_wrong_{violation.what}", lang, name=violation.name, expected=violation.expected, got=got
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


def _mark_after_hidden(tests: list[TestResult], late: set[str], hidden_seen: bool) -> list[TestResult]:
    """Mark the tests decided once a hidden test had started: tests run in plan order, so
    every test from the first hidden one on; any whose record came after a hidden test's;
    and, once a hidden test ran, any with no record (not run: decided when the run ended)."""
    first = next((i for i, test in enumerate(tests) if test.visibility == "hidden"), len(tests))
    return [
        test.model_copy(update={"after_hidden": True})
        if i >= first or test.id in late or (hidden_seen and test.outcome == TestOutcome.not_run)
        else test
        for i, test in enumerate(tests)
    ]
