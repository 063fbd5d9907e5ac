"""pytest plugin, in the grader process: the ``submission`` fixture, the ``grade`` marker
and the recording of results.

The fixture hands tests a proxy to the student process; a student process that crashed,
hung or ran out of memory is replaced before the next test, so one failure costs one
test, not the exercise. A submission that cannot be loaded is loaded once."""

from __future__ import annotations

from typing import Any

import pytest

from .proxy import (
    CallTimeout,
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
        self.max_detail = int(job.get("max_detail_chars", 500))
        self.student: StudentProcess | None = None
        self.load_error: str | None = None

    # -- collection -------------------------------------------------------------------
    def pytest_configure(self, config: pytest.Config) -> None:
        config.addinivalue_line(
            "markers", "grade(points, en, fr): points and the message shown when it fails"
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
        }

    # -- results ----------------------------------------------------------------------
    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
        made = yield
        report = made.get_result()
        if not (report.when == "call" or (report.when == "setup" and not report.passed)):
            return
        outcome = "passed" if report.passed else "skipped" if report.skipped else "failed"
        if call.excinfo is not None:
            if call.excinfo.errisinstance(SubmissionLoadError):
                outcome = "error"
            for kind, name in _OUTCOMES:
                if call.excinfo.errisinstance(kind):
                    outcome = name
        self.writer.write("test", id=report.nodeid, outcome=outcome, detail=self._detail(report, outcome))

    def _detail(self, report: pytest.TestReport, outcome: str) -> str:
        if report.passed or outcome != "failed" or _visibility(report.nodeid) == "hidden":
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
            self.student = StudentProcess(self.spawner, self.call_time_s)
            try:
                self.student.start()
            except SpawnError as exc:
                self.student = None
                raise StudentCrashed("could not start your code: %s" % exc) from None
            if self.student.load_error is not None:
                self.load_error = self.student.load_error
                self.writer.write("load_error", message=self.load_error)
                raise SubmissionLoadError(self.load_error)
        return self.student

    def close(self) -> None:
        if self.student is not None:
            self.student.stop()

    @pytest.fixture
    def submission(self) -> RemoteModule:
        """The student's module, living in its own process."""
        return RemoteModule(self.live_student(), str(self.job["module"]))
