"""How the suite is split over pytest-xdist's workers (scripts/test.sh: -n 2 --dist loadgroup)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import PARALLEL_SAFE, REPO

FILES = ("tests/test_archive.py", "tests/test_prompts_round9.py")


def test_a_two_worker_run_keeps_the_serial_tests_in_one_worker_and_the_scoring_ones_free() -> None:
    """The run scripts/test.sh makes, on a file of each kind: xdist must see the group (our
    hook runs before its own, which turns the mark into the node id's "@serial")."""
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-n",
            "2",
            "--dist",
            "loadgroup",
            "-v",
            *FILES,
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    ran = re.findall(r"^\[(gw\d)\] \[ *\d+%\] PASSED (.+?) *$", run.stdout, re.M)
    serial = [(worker, nodeid) for worker, nodeid in ran if nodeid.startswith("tests/test_archive.py")]
    scoring = [
        (worker, nodeid) for worker, nodeid in ran if nodeid.startswith("tests/test_prompts_round9.py")
    ]
    assert serial and scoring
    assert all(nodeid.endswith("@serial") for _, nodeid in serial)
    assert len({worker for worker, _ in serial}) == 1
    assert not any(nodeid.endswith("@serial") for _, nodeid in scoring)


@pytest.mark.parametrize(
    "name, parallel",
    [
        ("test_prompts_corpus.py", True),
        ("test_prompts_round16b.py", True),
        ("test_prompts_live.py", False),
        ("test_prompts_llm.py", False),
        ("test_prompts.py", False),
        ("test_grade_e2e.py", False),
    ],
)
def test_only_the_prompt_scoring_files_are_spread_over_both_workers(name: str, parallel: bool) -> None:
    assert bool(PARALLEL_SAFE.fullmatch(name)) is parallel
