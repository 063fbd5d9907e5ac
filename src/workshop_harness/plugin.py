"""pytest plugin: the ``submission`` fixture, the ``grade`` marker, per-call time limit
and the recording of results."""

from __future__ import annotations

import importlib.util
import signal
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .records import RecordWriter


class CallTimeout(BaseException):
    """Raised in the test when the student's code runs past the per-call limit.

    A BaseException so that a student's ``except Exception`` cannot swallow it."""


class SubmissionLoadError(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise CallTimeout()


class _TimeLimit:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)


class Harness:
    """Registered as a plugin object by ``workshop_harness.run``."""

    def __init__(self, job_dir: Path, job: dict[str, Any], writer: RecordWriter) -> None:
        self.job_dir = job_dir
        self.job = job
        self.writer = writer
        self.call_time_s = float(job.get("call_time_s", 2.0))
        self.max_detail = int(job.get("max_detail_chars", 500))
        self._module: ModuleType | None = None
        self._load_error: str | None = None
        self._loaded = False
        self.load_error_reported = False

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

    # -- running ----------------------------------------------------------------------
    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: pytest.Item):  # type: ignore[no-untyped-def]
        with _TimeLimit(self.call_time_s):
            yield

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or (report.when == "setup" and not report.passed):
            self.writer.write(
                "test",
                id=report.nodeid,
                outcome=self._outcome(report),
                detail=self._detail(report),
            )

    def _outcome(self, report: pytest.TestReport) -> str:
        if report.passed:
            return "passed"
        if report.skipped:
            return "skipped"
        crash = getattr(report.longrepr, "reprcrash", None)
        if crash is not None and "CallTimeout" in str(crash.message):
            return "timeout"
        if "CallTimeout" in str(report.longrepr)[-2000:]:
            return "timeout"
        if self._load_error is not None and report.when == "setup":
            return "error"
        return "failed"

    def _detail(self, report: pytest.TestReport) -> str:
        if report.passed or _visibility(report.nodeid) == "hidden":
            return ""
        if self._load_error is not None and report.when == "setup":
            return ""
        crash = getattr(report.longrepr, "reprcrash", None)
        text = crash.message if crash is not None else str(report.longrepr)
        return text.splitlines()[0][: self.max_detail] if text else ""

    # -- the fixture ------------------------------------------------------------------
    @pytest.fixture(scope="session")
    def submission(self) -> ModuleType:
        """The student's module, loaded once per run."""
        if not self._loaded:
            self._loaded = True
            self._module, self._load_error = self._load()
            if self._load_error is not None:
                self.writer.write("load_error", message=self._load_error)
        if self._module is None:
            raise SubmissionLoadError(self._load_error)
        return self._module

    def _load(self) -> tuple[ModuleType | None, str | None]:
        name = str(self.job["module"])
        folder = self.job_dir / "submission"
        path = folder / (name + ".py")
        if not path.is_file():
            return None, f"missing file: {name}.py"
        sys.path.insert(0, str(folder))
        try:
            spec = importlib.util.spec_from_file_location(name, path)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            with _TimeLimit(self.call_time_s):
                spec.loader.exec_module(module)
            return module, None
        except SyntaxError as exc:
            return None, f"SyntaxError, line {exc.lineno}: {exc.msg}"
        except CallTimeout:
            return None, f"the file takes too long to load (time limit {self.call_time_s:.1f} s)"
        except BaseException as exc:  # noqa: BLE001 - anything the student's import raises
            where = _last_student_line(exc, folder)
            return None, f"{type(exc).__name__}: {str(exc)[:200]}{where}"


def _visibility(nodeid: str) -> str:
    """Node ids are relative to the tests folder: ``public/...`` or ``hidden/...``."""
    return "hidden" if nodeid.replace("\\", "/").startswith("hidden/") else "public"


def _last_student_line(exc: BaseException, folder: Path) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(str(folder))]
    if not frames:
        return ""
    return f" ({Path(frames[-1].filename).name}, line {frames[-1].lineno})"
