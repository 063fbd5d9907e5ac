"""Shared fixtures. End-to-end tests use the real Docker engine and the real grading
image; when the engine is not reachable they fail (never skip): see .ci/run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _patches_the_prompts_grader(target: object) -> bool:
    """Whether a ``monkeypatch.setattr`` target lives in the prompts grader's modules."""
    if isinstance(target, str):
        name = target
    else:
        name = getattr(target, "__name__" if isinstance(target, types.ModuleType) else "__module__", "")
    return str(name).startswith("workshop.prompts")


class _PromptsCacheAwarePatch(pytest.MonkeyPatch):
    """pytest's monkeypatch, which also empties the prompts grader's caches when a test patches
    one of its modules (before the patch takes effect and again when it is undone): a grading
    cached by an earlier test would skip the patched reader, and one made under the patch would
    be served to later tests in the same worker (``grade.clear_text_caches``)."""

    touched = False

    def setattr(self, target: object, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        if _patches_the_prompts_grader(target):
            self._clear()
        super().setattr(target, *args, **kwargs)  # type: ignore[arg-type, call-overload]

    def undo(self) -> None:
        super().undo()
        if self.touched:
            self._clear()
            self.touched = False

    def _clear(self) -> None:
        from workshop.prompts.grade import clear_text_caches

        clear_text_caches()
        self.touched = True


@pytest.fixture
def monkeypatch():
    patch = _PromptsCacheAwarePatch()
    yield patch
    patch.undo()


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_LANG", "en")
    monkeypatch.delenv("WORKSHOP_COURSE", raising=False)
    monkeypatch.delenv("WORKSHOP_INBOX", raising=False)
    monkeypatch.delenv("WORKSHOP_STUDENT", raising=False)
    monkeypatch.delenv("WORKSHOP_RUNTIME", raising=False)
    monkeypatch.setenv("WORKSHOP_CONFIG", "/nonexistent/workshop-config.toml")


@pytest.fixture
def course():
    from workshop.course import Course

    return Course.locate(REPO)


@pytest.fixture
def calculatrice(course):
    return course.exercise("calculatrice")


RUNTIMES = ("runc", "runsc")


def require_runtime(runtime: str) -> str:
    """The runtime, if the engine lists it; otherwise the test fails (never skips)."""
    from workshop.sandbox.runtime import engine_runtimes

    if runtime not in engine_runtimes():
        pytest.fail(
            f"The Docker engine has no {runtime} runtime: run 'bash scripts/setup.sh' as root "
            "(it installs gVisor's runsc and registers it with the engine)."
        )
    return runtime


@pytest.fixture(params=RUNTIMES)
def runtime(request: pytest.FixtureRequest, sandbox_image: str) -> str:
    """Each end-to-end sandbox test that takes it runs under runc and under gVisor's runsc."""
    return require_runtime(request.param)


@pytest.fixture(scope="session")
def sandbox_image() -> str:
    """The grading image, built if missing. A missing engine fails the test."""
    from workshop.sandbox.image import ensure_image

    tag, _ = ensure_image()
    return tag


def run_cli(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """The real CLI, in a subprocess, in English."""
    full_env = {**os.environ, "WORKSHOP_LANG": "en", "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "workshop.cli", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# Which test files run in parallel (scripts/test.sh: `pytest -n 2 --dist loadgroup`): an
# explicit selection, checked by tests/test_suite_layout.py. Every other test is in the one
# "serial" group, so it runs in one worker, one at a time, as without xdist: the end-to-end
# tests share the engine, its containers and the machine, the server tests their ports and
# clocks. A file is parallel only when none of its tests uses the Docker engine, runsc, a
# server or a port (not even loopback), a process that counts or kills others, a fixed path
# outside tmp_path, the environment or state outside its own process, or a time limit its
# outcome could depend on (a local run's call or wall clock). When unsure, it stays serial.
#
# The prompt-scoring files: test_prompts_* but the llm one (its loopback LLM server hangs and
# delays on purpose, under a client's time limit). The live ones replay the corpora through a
# loopback LLM server too (the `fake` fixture), but each test starts its own, on a port the
# kernel picks, with its own cache under tmp_path, and no outcome of theirs rests on a time
# limit: they are spread over both workers (session 58: in the serial worker, their replays of
# the held-out corpora were the longest part of CI's floor).
PARALLEL_SAFE = re.compile(r"test_prompts_(?!llm)\w+\.py")
LOOPBACK_LLM_FILES = frozenset({"test_prompts_live.py", "test_prompts_live_round4.py"})
# Other files that only compute, in this process or in a `workshop export` subprocess
# (test_export.py, test_roster.py), reading the course and writing under tmp_path.
PARALLEL_FILES = frozenset(
    {
        "test_address.py",  # lists the interfaces (psutil), sends nothing
        "test_archive.py",  # in memory, and GNU tar on a tmp_path archive
        "test_export.py",
        "test_grade_record.py",
        "test_inbox.py",  # its root-only test forks children as other users, in a mkdtemp folder
        "test_inbox_races.py",
        "test_local_check.py",
        "test_platforms_view.py",
        "test_reports.py",
        "test_results.py",
        "test_roster.py",
        "test_student_view.py",
        "test_tokens.py",
    }
)


# A test that takes one of these is serial wherever its file: the engine, a server, a port.
SERIAL_FIXTURES = frozenset(
    {"sandbox_image", "runtime", "fake", "redis_server", "postgres_server", "second_engine"}
)


def parallel_safe(path: Path) -> bool:
    """Whether the tests of this file may run beside any other test (see above)."""
    if path.resolve().parent != REPO / "tests":
        return False
    return bool(PARALLEL_SAFE.fullmatch(path.name)) or path.name in PARALLEL_FILES


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups into the node ids
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "sandbox_image" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.e2e)
        serial = SERIAL_FIXTURES - ({"fake"} if item.path.name in LOOPBACK_LLM_FILES else set())
        if not parallel_safe(item.path) or serial & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group("serial"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """An end-to-end test that was skipped is a failure: CI must never pass without them."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:
        return
    skipped = [r for r in reporter.stats.get("skipped", []) if "e2e" in getattr(r, "keywords", {})]
    if skipped:
        reporter.write_line(f"{len(skipped)} end-to-end test(s) were skipped: that is a failure here.")
        session.exitstatus = 1


# -- real services for the scale-out (tests/services.py): started on first use, stopped at the end
@pytest.fixture(scope="session")
def redis_server():
    from services import Redis

    server = Redis()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_server():
    from services import Postgres

    server = Postgres()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def second_engine(sandbox_image):
    """A second Docker engine with the grading image loaded: another grading machine."""
    from services import SecondEngine

    engine = SecondEngine(sandbox_image)
    yield engine
    engine.stop()


@pytest.fixture(scope="module")
def loaded():
    """The prompts exercise's tasks and checks (workshop.prompts.grade.load), for the unit
    tests of its readers (tests/prompts_exercise.py holds what else they share)."""
    from workshop.course import Course
    from workshop.prompts.grade import load

    return load(Course.locate(REPO).exercise("prompts"))


@pytest.fixture(scope="module")
def prompts():
    """The shipped prompts exercise (a test module may define its own to override it)."""
    from workshop.course import Course

    return Course.locate(REPO).exercise("prompts")


@pytest.fixture
def fake():
    """A loopback LLM-compatible server (tests/llm_server.py), stopped after the test."""
    from llm_server import FakeLlm

    server = FakeLlm().start()
    yield server
    server.stop()
