"""Clean stops (issue 12, A.4), with real signals to real processes and the real engine:
SIGTERM of `workshop serve` and Ctrl-C of `workshop grade` take no more work, keep every
finished result, remove the run's containers and say so; after a SIGKILL, the next run of
the same inbox removes what the dead run left, and nothing else."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import docker
import httpx
import pytest

from conftest import REPO
from test_server import ROSTER, _tokens
from workshop.archive import sha256
from workshop.course import Course
from workshop.inbox import deliver
from workshop.sandbox.runner import CONTAINER_LABEL
from workshop.sandbox.runs import INBOX_LABEL, RUN_LABEL, inbox_id, this_run
from workshop.submit import build_archive

SOLUTION = (REPO / "graders" / "calculatrice" / "solution" / "calculator.py").read_bytes()
# Each call takes 1.5 s (under the 2 s call limit): 48 tests outlast the wall-clock limit
# (20 s), so its container runs long enough to be signalled in the middle of its grading.
SLOW = b"import time\n\n\ndef calculate(expression):\n    time.sleep(1.5)\n    return 0.0\n"


def _containers(inbox: Path) -> list[dict]:
    api = docker.from_env().api
    return api.containers(all=True, filters={"label": f"{INBOX_LABEL}={inbox_id(inbox)}"})


def _wait_for(what: str, condition, timeout: float = 90) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _graded(book: Path) -> dict[str, str]:
    if not book.exists():
        return {}
    with sqlite3.connect(book) as db:
        try:
            rows = db.execute(
                "SELECT s.student, g.status FROM grades g JOIN submissions s ON s.id = g.submission_id"
            ).fetchall()
        except sqlite3.OperationalError:
            return {}
    return dict(rows)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Serve:
    """`workshop serve` in its own process, as the trainer runs it."""

    def __init__(self, tmp_path: Path, inbox: Path, *extra: str) -> None:
        roster = tmp_path / "roster.csv"
        roster.write_text(ROSTER)
        self.data = tmp_path / "server"
        self.url = f"http://127.0.0.1:{_free_port()}"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "workshop.cli",
                "serve",
                str(inbox),
                "--roster",
                str(roster),
                "--data",
                str(self.data),
                "--port",
                self.url.rsplit(":", 1)[1],
                "--workers",
                "1",
                "--course",
                str(REPO),
                *extra,
            ],
            env={**os.environ, "WORKSHOP_LANG": "en"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

        def answers() -> bool:
            assert self.proc.poll() is None, "the server exited: " + self.proc.communicate()[1][-2000:]
            try:
                return httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        # A bound against a hang only (a server that exits fails at once): starting took
        # over 30 s in a full run on a loaded machine.
        _wait_for("the server", answers, 120)

    def upload(self, tmp_path: Path, student: str, source: bytes) -> None:
        work = tmp_path / f"work-{student}"
        work.mkdir(exist_ok=True)
        (work / "calculator.py").write_bytes(source)
        archive, _ = build_archive(work, Course.locate(REPO).exercise("calculatrice"), student)
        sent = httpx.post(
            f"{self.url}/api/v1/submissions",
            content=archive,
            headers={
                "Content-Type": "application/gzip",
                "Authorization": f"Bearer {_tokens(self.data)[student]}",
            },
        )
        assert sent.status_code == 201, sent.text

    def end(self) -> None:
        """Wait for the process (killed if it does not end), whatever the test did."""
        if self.proc.returncode is not None:
            return
        try:
            self.proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.communicate()


@pytest.fixture
def decoys(sandbox_image) -> Iterator[list[str]]:
    """Containers the tests make by hand; removed at the end whatever happens."""
    made: list[str] = []
    yield made
    api = docker.from_env().api
    for container in made:
        try:
            api.remove_container(container, force=True)
        except docker.errors.NotFound:
            pass


def test_sigterm_of_serve_during_a_grade_removes_its_container_and_keeps_results(tmp_path, sandbox_image):
    inbox = tmp_path / "inbox"
    server = Serve(tmp_path, inbox)
    try:
        server.upload(tmp_path, "alice", SOLUTION)
        _wait_for("alice's grade", lambda: _graded(server.data / "gradebook.sqlite").get("alice") == "passed")
        server.upload(tmp_path, "bob", SLOW)
        _wait_for("bob's container", lambda: any(c["State"] == "running" for c in _containers(inbox)))

        server.proc.send_signal(signal.SIGTERM)
        out, err = server.proc.communicate(timeout=60)
    finally:
        server.end()

    assert server.proc.returncode == 0, err
    assert out.splitlines()[-1] == (
        f"Stopped: 1 result(s) kept in {server.data / 'gradebook.sqlite'}; 1 attempt(s) left for the next"
        " run (1 interrupted while grading); 1 grading container(s) removed."
    )
    assert _containers(inbox) == []
    assert _graded(server.data / "gradebook.sqlite") == {"alice": "passed"}  # bob: not a made-up result


def test_after_a_sigkill_the_next_start_removes_the_dead_runs_containers_only(
    tmp_path, sandbox_image, decoys
):
    inbox = tmp_path / "inbox"
    api = docker.from_env().api
    # Two containers the sweep must leave alone: one of a live run of this inbox (this
    # test's own process), one of a dead run of another inbox.
    other = {CONTAINER_LABEL: "1", INBOX_LABEL: inbox_id(tmp_path / "other"), RUN_LABEL: "x/1/0"}
    for labels in ({CONTAINER_LABEL: "1", INBOX_LABEL: inbox_id(inbox), RUN_LABEL: this_run()}, other):
        decoys.append(api.create_container(sandbox_image, command="true", labels=labels)["Id"])
    other[RUN_LABEL] = f"{socket.gethostname()}/{2**22 + 1}/0.00"  # a pid that cannot exist
    decoys.append(api.create_container(sandbox_image, command="true", labels=other)["Id"])
    first = Serve(tmp_path, inbox)
    try:
        first.upload(tmp_path, "bob", SLOW)
        _wait_for("bob's container", lambda: any(c["State"] == "running" for c in _containers(inbox)))
        first.proc.kill()
        first.proc.communicate(timeout=30)
    finally:
        first.end()
    left = [c["Id"] for c in _containers(inbox) if c["Id"] not in decoys]
    assert len(left) == 1  # a SIGKILL leaves the container: nothing in the process can act
    decoys.extend(left)  # removed by the fixture if the sweep fails

    second = Serve(tmp_path, inbox)
    try:
        _wait_for("the sweep", lambda: not any(c["Id"] == left[0] for c in _containers(inbox)), 30)
        remaining = {c["Id"] for c in api.containers(all=True, filters={"label": CONTAINER_LABEL})}
        assert set(decoys[:3]) <= remaining  # the live run's and the other inboxes' stay
        # Nothing was lost: the restarted server grades bob's attempt (his own verdict).
        _wait_for("bob's grade", lambda: "bob" in _graded(second.data / "gradebook.sqlite"), 120)
        assert _graded(second.data / "gradebook.sqlite")["bob"] in ("timeout", "failed")
    finally:
        second.proc.send_signal(signal.SIGTERM)
        second.end()


def test_ctrl_c_of_grade_starts_nothing_more_and_keeps_what_finished(tmp_path, sandbox_image):
    inbox, book = tmp_path / "inbox", tmp_path / "gb.sqlite"
    when = time.time()
    calculatrice = Course.locate(REPO).exercise("calculatrice")
    for n, (student, source) in enumerate([("alice", SOLUTION)] + [(f"slow{i}", SLOW) for i in range(4)]):
        work = tmp_path / f"w-{student}"
        work.mkdir()
        (work / "calculator.py").write_bytes(source)
        data, manifest = build_archive(work, calculatrice, student)
        stamp = datetime.fromtimestamp(when + n, UTC)  # alice first, in arrival order
        deliver(inbox, "calculatrice", student, data, sha256(data), stamp)
    grade = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workshop.cli",
            "grade",
            str(inbox),
            "--workers",
            "1",
            "--gradebook",
            str(book),
            "--reports",
            str(tmp_path / "reports"),
            "--course",
            str(REPO),
        ],
        env={**os.environ, "WORKSHOP_LANG": "en", "COLUMNS": "200"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for("alice's grade", lambda: _graded(book).get("alice") == "passed")
        _wait_for("a slow container", lambda: any(c["State"] == "running" for c in _containers(inbox)))
        grade.send_signal(signal.SIGINT)
        _, err = grade.communicate(timeout=60)
    finally:
        if grade.poll() is None:
            grade.kill()
            grade.communicate()

    assert grade.returncode == 130, err
    # 4 left, 1 of them interrupted: no queued job started after Ctrl-C (the issue saw them
    # start for over a minute, then the results that finished meanwhile thrown away).
    assert err.strip().splitlines()[-1] == (
        f"Stopped: 1 result(s) kept in {book}; 4 attempt(s) left for the next run (1 interrupted while"
        " grading); 1 grading container(s) removed."
    )
    assert _containers(inbox) == []
    assert _graded(book) == {"alice": "passed"}
    assert (tmp_path / "reports" / "calculatrice" / "alice.html").exists()  # what was kept is reported


def test_serve_warm_starts_containers_ahead_grades_in_one_and_sigterm_removes_those_waiting(
    tmp_path, sandbox_image
):
    inbox = tmp_path / "inbox"
    server = Serve(tmp_path, inbox, "--warm", "1")

    def running() -> set[str]:
        found = _containers(inbox)
        return {c["Id"] for c in found} if all(c["State"] == "running" for c in found) else set()

    try:
        # Before any upload: one container per set of limits (this course's python and
        # notebook exercises differ in memory), started and waiting for a job.
        _wait_for("two started ahead", lambda: len(running()) == 2)
        before = running()
        server.upload(tmp_path, "alice", SOLUTION)
        _wait_for("alice's grade", lambda: _graded(server.data / "gradebook.sqlite").get("alice") == "passed")
        _wait_for("the pool filled again", lambda: len(running()) == 2 and running() != before)
        # Alice's job ran in one started ahead (removed with her result), not in a new one.
        assert len(before - running()) == 1
        server.proc.send_signal(signal.SIGTERM)
        server.proc.communicate(timeout=60)
    finally:
        server.end()
    assert server.proc.returncode == 0
    assert _containers(inbox) == []
