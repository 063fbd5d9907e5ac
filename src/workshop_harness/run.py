"""Run the tests of a job in this (the grader) process; results on the original stdout."""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
from pathlib import Path

from .proxy import Spawner
from .records import RecordWriter
from .spawn import STUDENT_OUTPUT_CAP


def _drain(fd: int, log: int) -> None:
    """Copy the fork server's own output (a student process's goes through
    ``spawn.StudentOutput``) to the log (our stderr as it was before pytest captured it:
    the trainer's view only), up to a cap."""
    kept = 0
    with os.fdopen(fd, "rb", buffering=0) as source:
        while True:
            chunk = source.read(65536)
            if not chunk:
                return
            if kept < STUDENT_OUTPUT_CAP:
                os.write(log, chunk[: STUDENT_OUTPUT_CAP - kept])
                kept += len(chunk)


# pytest plugins grading never uses: each is modules to import (and, for cacheprovider and
# stepwise, files to write) per job. Kept: everything a test may use (fixtures such as
# tmp_path, capsys, monkeypatch; marks; unittest-style tests; warnings; logging).
UNUSED_PLUGINS = [
    "-p", "no:cacheprovider", "-p", "no:stepwise", "-p", "no:doctest", "-p", "no:junitxml",
    "-p", "no:pastebin", "-p", "no:setuponly", "-p", "no:setupplan",
]  # fmt: skip


def prepare() -> None:
    """Import what every job needs (pytest, the plugin) with nothing of a job in memory:
    the container does it while the job is still on its way (see ``container.main``)."""
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    sys.dont_write_bytecode = True
    if "pytest" in sys.modules:
        return
    # No collection while pytest's some 200 modules load (each one would walk every object
    # made so far), then all of them out of the collector's reach for good (gc.freeze):
    # they live as long as the process, and the job's collections then walk the job's
    # objects only.
    gc.disable()
    try:
        import pytest  # noqa: F401 - after the environment above: it decides what pytest loads

        from . import plugin  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()


def pytest_args(targets: list[str], ini: str, tests: str) -> list[str]:
    return [
        *targets,
        "-c", ini,
        "--rootdir", tests,
        "--confcutdir", tests,
        "--import-mode=importlib",
        *UNUSED_PLUGINS,
        # sys-level capture: fd-level capture costs some twenty system calls per test
        # phase (dup2, lseek, ftruncate...), each a trip into gVisor's kernel under runsc;
        # a test's output is the log's either way, and the results leave on their own fd.
        "--capture=sys",
        "-q", "--no-header", "-rN", "--tb=no",
        "-W", "ignore",
    ]  # fmt: skip


def run_job(job_dir: Path, spawner: Spawner, student_output: int | None = None) -> int:
    job = json.loads((job_dir / "job.json").read_text(encoding="utf-8"))
    # The results channel is the stdout we were given; anything else printed to stdout
    # from now on (pytest's own report) lands on stderr, which is the log.
    results = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    writer = RecordWriter(results)
    if student_output is not None:
        # fd 2 itself is pytest's capture file while a test runs: keep the real stderr.
        threading.Thread(target=_drain, args=(student_output, os.dup(2)), daemon=True).start()
    prepare()
    import pytest

    tests = job_dir / "tests"
    ini = job_dir / "pytest.ini"
    ini.write_text("[pytest]\n")
    targets = [str(tests / sub) for sub in ("public", "hidden") if (tests / sub).is_dir()]
    args = pytest_args(targets, str(ini), str(tests))
    if job.get("kind") == "notebook":
        from .notebook import NotebookRun

        if (job_dir / "tests" / "data").is_dir():  # setup cells read the public data here
            os.chdir(job_dir / "tests" / "data")
        NotebookRun(job, spawner, writer).run()
        writer.write("done", exit_code=0)
        return 0
    from .plugin import Harness

    harness = Harness(job, spawner, writer)
    try:
        code = pytest.main(args, plugins=[harness])
    finally:
        harness.close()
    writer.write("done", exit_code=int(code))
    return 0
