"""pytest plugin, in the grader process: the ``submission`` fixture, the ``grade`` marker
and the recording of results.

The fixture hands tests a proxy to the student process; a student process that crashed,
hung or ran out of memory is replaced before the next test, so one failure costs one
test, not the exercise. A submission that cannot be loaded is loaded once.

Once a hidden test has run, student processes may have seen hidden inputs (and kept them,
in a file of their own): from then on nothing they say (a load error on restart, an
exception message, a repr) goes into a student-visible field of a record; a load error is
recorded as ``after_hidden`` (the host shows it to the trainer only) and test details are
left empty (the trainer's message for the test is what the student sees)."""

from __future__ import annotations

from typing import Any

import pytest

from .contract import parse
from .proxy import (
    CallTimeout,
    ContractMissing,
    ContractViolation,
    RemoteModule,
    Spawner,
    StudentCrashed,
    StudentMemory,
    StudentProcess,
    SubmissionLoadError,
)
from .records import RecordWriter
from .spawn import SpawnError

_OUTCOMES = ((CallTimeout, "timeout"), (StudentMemory, "memory"), (StudentCrashed, "crashed"))


def _visibility(nodeid: str) -> str:
    """Node ids are relative to the tests folder: ``public/...`` or ``hidden/...``."""
    return "hidden" if nodeid.replace("\\", "/").startswith("hidden/") else "public"


class Harness:
    """Registered as a plugin object by :func:`workshop_harness.run.run_job`."""

    def __init__(self, job: dict[str, Any], spawner: Spawner, writer: RecordWriter) -> None:
        self.job = job
        self.spawner = spawner
        self.writer = writer
        self.call_time_s = float(job.get("call_time_s", 2.0))
        self.memory_mib = int(job.get("memory_mib", 0))
        self.max_detail = int(job.get("max_detail_chars", 500))
        self.contract = parse(job["contract"]) if job.get("contract") is not None else None
        self.student: StudentProcess | None = None
        self.load_error: str | None = None
        self.hidden_seen = False  # a hidden test has run: student processes may know its inputs
        self.missing: set[str] = set()

    # -- collection -------------------------------------------------------------------
    def pytest_configure(self, config: pytest.Config) -> None:
        config.addinivalue_line(
            "markers",
            "grade(points, en, fr, label_en, label_fr): points, the message shown when it fails "
            "and the skill it checks in a few words (the class debrief groups tests by it)",
        )

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        self.writer.write("plan", tests=[self._describe(item) for item in items])

    def _describe(self, item: pytest.Item) -> dict[str, Any]:
        marker = item.get_closest_marker("grade")
        kwargs = dict(marker.kwargs) if marker else {}
        if marker and marker.args:
            kwargs.setdefault("points", marker.args[0])
        return {
            "id": item.nodeid,
            "name": item.name,
            "visibility": _visibility(item.nodeid),
            "points": float(kwargs.get("points", 1)),
            "en": str(kwargs.get("en", "")),
            "fr": str(kwargs.get("fr", "")),
            "label_en": str(kwargs.get("label_en", ""))[:200],
            "label_fr": str(kwargs.get("label_fr", ""))[:200],
        }

    # -- results ----------------------------------------------------------------------
    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
        made = yield
        report = made.get_result()
        if not (report.when == "call" or (report.when == "setup" and not report.passed)):
            return
        outcome = "passed" if report.passed else "skipped" if report.skipped else "failed"
        fields: dict[str, Any] = {}
        if call.excinfo is not None:
            if call.excinfo.errisinstance((SubmissionLoadError, ContractMissing)):
                outcome = "error"
            for kind, name in _OUTCOMES:
                if call.excinfo.errisinstance(kind):
                    outcome = name
            error = call.excinfo.value
            visible = _visibility(report.nodeid) == "public" and not self.hidden_seen
            if isinstance(error, ContractViolation) and visible:  # the host words it
                fields["violation"] = {
                    "name": error.name,
                    "expected": error.expected,
                    "got": error.got,
                    "what": error.what,
                }
            if isinstance(error, ContractMissing) and str(error) not in self.missing:
                self.missing.add(str(error))
                self.writer.write("note", message="%s (test %s)" % (error, report.nodeid))
        detail = "" if "violation" in fields else self._detail(report, outcome)
        self.writer.write("test", id=report.nodeid, outcome=outcome, detail=detail, **fields)
        if _visibility(report.nodeid) == "hidden":
            self.hidden_seen = True

    def _detail(self, report: pytest.TestReport, outcome: str) -> str:
        if report.passed or outcome != "failed" or _visibility(report.nodeid) == "hidden":
            return ""
        if self.hidden_seen:  # a student process may have seen hidden inputs
            return ""
        crash = getattr(report.longrepr, "reprcrash", None)
        text = crash.message if crash is not None else str(report.longrepr)
        first = text.splitlines()[0] if text else ""
        for prefix in ("workshop_harness.proxy.", "workshop_harness."):
            first = first.replace(prefix, "")
        return first[: self.max_detail]

    # -- the student process ----------------------------------------------------------
    def live_student(self) -> StudentProcess:
        if self.load_error is not None:
            raise SubmissionLoadError(self.load_error)
        if self.student is None or not self.student.alive:
            self.student = StudentProcess(self.spawner, self.call_time_s, self.contract, self.memory_mib)
            try:
                self.student.start()
            except SpawnError as exc:
                self.student = None
                raise StudentCrashed("could not start your code: %s" % exc) from None
            if self.student.load_error is not None:
                self.load_error = self.student.load_error
                self.writer.write("load_error", message=self.load_error, after_hidden=self.hidden_seen)
                raise SubmissionLoadError(self.load_error)
        return self.student

    def close(self) -> None:
        if self.student is not None:
            self.student.stop()

    @pytest.fixture
    def submission(self) -> RemoteModule:
        """The student's module, living in its own process."""
        return RemoteModule(self.live_student(), str(self.job["module"]))
