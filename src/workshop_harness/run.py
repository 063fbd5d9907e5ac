"""Run a job folder: pytest with the harness plugin, results on the original stdout."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .plugin import Harness
from .records import RecordWriter

PYTEST_INI = "[pytest]\n"


def run_job(job_dir: Path) -> int:
    job = json.loads((job_dir / "job.json").read_text(encoding="utf-8"))
    # The results channel is the stdout we were given; anything else that prints to
    # stdout from now on (pytest, the submission) lands on stderr, which is the log.
    results = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    writer = RecordWriter(results)
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.dont_write_bytecode = True

    import pytest  # imported late: the environment above must be in place first

    tests = job_dir / "tests"
    ini = tests / "pytest.ini"
    ini.write_text(PYTEST_INI)
    targets = [str(tests / sub) for sub in ("public", "hidden") if (tests / sub).is_dir()]
    args = [
        *targets,
        "-c",
        str(ini),
        "--rootdir",
        str(tests),
        "--confcutdir",
        str(tests),
        "--import-mode=importlib",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:stepwise",
        "-q",
        "--no-header",
        "-rN",
        "--tb=no",
        "-W",
        "ignore",
    ]
    harness = Harness(job_dir, job, writer)
    code = pytest.main(args, plugins=[harness])
    writer.write("done", exit_code=int(code))
    return 0
