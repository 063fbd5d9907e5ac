"""Run a job on this machine, without a sandbox: for ``workshop check``, where the code
is the student's own, on the student's own machine, against public tests only."""

from __future__ import annotations

import contextlib
import functools
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workshop.results import MAX_RESULTS_BYTES, RunOutput
from workshop.sandbox.runner import Job

# The local run's data segment cap, in MiB: a student's own code that allocates without
# end (``workshop submit`` and ``workshop demo`` run it too) gets a MemoryError rather
# than the machine's memory. Generous next to the sandbox's limit (numpy and BLAS reserve
# some); at least this much.
MIN_DATA_MIB = 2048


def _end_strays(root: Path) -> None:
    """Kill what the run left behind: the student process sits in a session of its own
    (workshop_harness.spawn), so a run stopped by its time limit, or a student's child,
    outlived it and spun on (found spinning for an hour after a test suite's checks). What
    runs in ``root`` or names it is this run's."""
    import psutil

    mark = str(root)
    for process in psutil.process_iter(["pid", "cwd", "cmdline"]):
        if process.pid == os.getpid():
            continue
        cwd = process.info.get("cwd") or ""
        cmdline = " ".join(process.info.get("cmdline") or [])
        if cwd == mark or cwd.startswith(mark + os.sep) or mark in cmdline:
            with contextlib.suppress(psutil.Error):
                process.kill()


def _cap_memory(mib: int) -> None:
    resource.setrlimit(resource.RLIMIT_DATA, (mib << 20, mib << 20))


class LocalRunner:
    def run(self, job: Job) -> RunOutput:
        cap = max(MIN_DATA_MIB, 4 * job.limits.memory_mib)
        with tempfile.TemporaryDirectory(prefix="workshop-check-") as tmp:
            root = Path(tmp)
            for name, data in job.files.items():
                path = root / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            started = time.monotonic()
            try:
                return self._run(job, root, cap, started)
            finally:
                _end_strays(root)

    def _run(self, job: Job, root: Path, cap: int, started: float) -> RunOutput:
        try:
            done = subprocess.run(
                [sys.executable, "-m", "workshop_harness", "--job", str(root)],
                capture_output=True,
                timeout=job.limits.wall_time_s,
                cwd=root,
                preexec_fn=functools.partial(_cap_memory, cap),
            )
        except subprocess.TimeoutExpired as exc:
            return RunOutput(
                exit_code=None,
                timed_out=True,
                stdout=exc.stdout or b"",
                stderr=exc.stderr or b"",
                duration_s=time.monotonic() - started,
            )
        return RunOutput(
            exit_code=done.returncode,
            stdout=done.stdout[: MAX_RESULTS_BYTES + 1],
            stderr=done.stderr,
            duration_s=time.monotonic() - started,
        )
