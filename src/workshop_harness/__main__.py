"""Entry point: ``python3 -m workshop_harness [--job DIR]``.

Without ``--job`` the job arrives as a tar stream on stdin and is unpacked under
``/tmp/job`` (the container's scratch tmpfs)."""

from __future__ import annotations

import sys
import tarfile
from pathlib import Path

from .run import run_job


def _unpack_stdin(dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=sys.stdin.buffer, mode="r|") as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(dest, filter="data")
        else:  # Python < 3.11.4: the host built this archive itself
            tar.extractall(dest)


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--job":
        return run_job(Path(argv[1]))
    job_dir = Path("/tmp/job")
    _unpack_stdin(job_dir)
    return run_job(job_dir)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
