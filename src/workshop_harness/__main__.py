"""Entry points.

* ``python3 -m workshop_harness --job DIR``: a job folder on this machine (``submission/``,
  ``tests/``, ``job.json``); the student process is a plain subprocess (``workshop check``).
* ``python3 -m workshop_harness --container``: inside the grading container, as root with
  CAP_SETUID/CAP_SETGID; see :mod:`workshop_harness.container`."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--job":
        from .run import run_job
        from .spawn import LocalSpawner

        job_dir = Path(argv[1]).resolve()
        job = json.loads((job_dir / "job.json").read_text(encoding="utf-8"))
        return run_job(job_dir, LocalSpawner(job_dir / "submission", str(job["module"])))
    if argv == ["--container"]:
        from .container import main as container_main

        return container_main()
    print("usage: python3 -m workshop_harness --job DIR | --container", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
