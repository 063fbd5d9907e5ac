"""The trainer's disk against the real `workshop serve` (issue 12, red team 12d): what one
student can keep is bounded, and a (nearly) full disk is a clear, non-fatal, recoverable
state. The inbox and the data folder are small tmpfs mounts (root: the tests run as root in
CI, and fail otherwise), filled by a file of the test's; the server's log is kept off them.

* past their bound for an exercise, a student's upload is refused (413) before it is
  stored, one log line for many;
* under the free-space floor, uploads get a 503 saying the disk is nearly full and to tell
  the trainer, /healthz is 503 and says how much is free;
* a disk full to the last byte while an upload is spooled: a 503, never a 500 or a
  traceback;
* a full data disk while grading: the grading thread lives on, the attempt stays queued,
  and it is graded by itself once space is freed;
* at every step, every attempt already stored is there, byte for byte."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from conftest import REPO
from test_server_flood import ROSTER, Serve, _wait_for
from workshop.archive import Manifest, pack, sha256
from workshop.course import Course
from workshop.submit import build_archive

SOLUTION = REPO / "graders" / "calculatrice" / "solution" / "calculator.py"


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.fail("these tests mount a tmpfs: run them as root (CI does)")
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _free(path: Path) -> int:
    stats = os.statvfs(path)
    return stats.f_bavail * stats.f_frsize


def _fill(disk: Path, leave: int = 0) -> Path:
    """A file that takes all the free space of ``disk`` but ``leave`` bytes. Unbuffered: a
    buffered file keeps the part of a block the disk refused and fails again when closed (CI
    saw that ENOSPC, raised by the ``with`` line, when the free space was no multiple of a
    block: the server writes beside the test)."""
    filler = disk / "filler"
    with filler.open("ab", buffering=0) as handle:
        block = b"\0" * (1 << 16)
        try:
            while True:
                handle.write(block)  # a short write at the end, then ENOSPC
        except OSError:
            pass
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def _noise(size: int, seed: int) -> bytes:
    """Printable ASCII that deflate barely shrinks (valid UTF-8)."""
    rng = random.Random(seed)
    return bytes(rng.randrange(32, 127) for _ in range(size))


def _noise_notebook(student: str, seed: int) -> bytes:
    """A 2 MiB "notebook" of noise, as `submit --allow-errors` would pack it (red team 12d)."""
    from datetime import UTC, datetime

    from workshop import __version__

    data = _noise(2048 * 1024 - 64, seed)
    manifest = Manifest(
        exercise="neurone",
        student=student,
        files={"neurone.ipynb": sha256(data)},
        created_at=datetime.now(UTC),
        tool_version=__version__,
    )
    return pack(manifest, {"neurone.ipynb": data})


class DiskServe(Serve):
    """`workshop serve` with its inbox and data folder where the test says."""

    def post(self, student: str, archive: bytes) -> httpx.Response:
        return httpx.post(
            f"{self.url}/api/v1/submissions",
            content=archive,
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {self.tokens[student]}"},
            timeout=60,
        )

    def honest(self, student: str) -> bytes:
        work = self.tmp_path / f"work-{student}"
        work.mkdir(exist_ok=True)
        (work / "calculator.py").write_bytes(SOLUTION.read_bytes())
        data, _ = build_archive(work, Course.locate(REPO).exercise("calculatrice"), student)
        return data

    def health(self) -> httpx.Response:
        return httpx.get(f"{self.url}/healthz", timeout=10)

    def feedback(self, student: str) -> dict:
        answer = httpx.get(
            f"{self.url}/api/v1/feedback/calculatrice",
            headers={"Authorization": f"Bearer {self.tokens[student]}"},
            timeout=10,
        )
        assert answer.status_code == 200, answer.text
        return answer.json()

    def stored(self) -> dict[str, str]:
        """Every attempt in the inbox, by path, with its SHA-256."""
        return {
            str(p.relative_to(self.inbox)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(self.inbox.glob("*/*/*.tar.gz"))
        }

    def spool(self) -> list[str]:
        folder = self.inbox / ".incoming"
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with _tmpfs(tmp_path / "disk", "24m") as mounted:
        yield mounted


@contextlib.contextmanager
def _running(server: DiskServe) -> Iterator[DiskServe]:
    try:
        yield server.start()
    finally:
        server.stop()


def test_a_students_attempts_past_their_bound_are_refused_before_they_are_stored(
    tmp_path, disk, sandbox_image
):
    # neurone: one file, max_file_kib = 2048; --quota-attempts 2: 4 MiB of attempts each.
    # Each 2 MiB notebook of noise keeps ~1.7 MiB: the third is past the bound.
    bounded = DiskServe(
        tmp_path, disk / "inbox", disk / "server", "--quota-attempts", "2", "--min-free-mib", "1"
    )
    with _running(bounded) as server:
        for seed in range(2):
            answer = server.post("s00", _noise_notebook("s00", seed))
            assert answer.status_code == 201, answer.text
        kept = server.stored()
        refused = [server.post("s00", _noise_notebook("s00", seed)) for seed in range(2, 6)]
        assert [r.status_code for r in refused] == [413] * 4
        message = refused[0].json()["error"]
        assert "neurone" in message and "Ask the trainer" in message, message
        assert server.stored() == kept  # not stored, nothing of the others touched
        assert len(kept) == 2 and server.spool() == []
        # Another student, and the same student on another exercise, hand in as before.
        assert server.post("bob", server.honest("bob")).status_code == 201
        assert server.post("s00", server.honest("s00")).status_code == 201
        assert all(server.stored()[name] == digest for name, digest in kept.items())
        log = server.log()
        assert log.count("storage limit for an exercise") == 1, log  # one line for 4
        assert "Traceback" not in log


def test_a_students_attempts_past_their_number_are_refused_however_small(tmp_path, disk, sandbox_image):
    # Red team 12i: tiny attempts kept within the byte bound by the tens of thousands made
    # every page's poll list them. --quota-attempts 1: 10 attempts of an exercise at most.
    from datetime import UTC, datetime, timedelta

    from workshop.inbox import deliver

    quota = ("--quota-attempts", "1", "--min-free-mib", "1")
    with _running(DiskServe(tmp_path, disk / "inbox", disk / "server", *quota)) as server:
        tiny = server.honest("alice")
        start = datetime(2026, 1, 1, tzinfo=UTC)
        for n in range(9):  # handed in earlier (a shared-folder inbox, or before a restart)
            deliver(server.inbox, "calculatrice", "alice", tiny, f"{n:064x}", start + timedelta(minutes=n))
        assert server.post("alice", tiny).status_code == 201  # the tenth
        kept = server.stored()
        refused = server.post("alice", server.honest("alice"))
        assert refused.status_code == 413, refused.text
        assert refused.json()["error"] == (
            "Not kept: you already have 10 attempts of calculatrice on the server, as many as each"
            " student may keep. Ask the trainer (they can raise the limit or move old attempts away)."
        )
        assert server.stored() == kept and server.spool() == []
        assert server.post("bob", server.honest("bob")).status_code == 201  # the others as before


def test_under_the_free_space_floor_uploads_get_503_and_healthz_says_so(tmp_path, disk, sandbox_image):
    with _running(DiskServe(tmp_path, disk / "inbox", disk / "server", "--min-free-mib", "4")) as server:
        assert server.post("alice", server.honest("alice")).status_code == 201
        health = server.health()
        assert health.status_code == 200 and health.json()["ok"] is True, health.text
        assert health.json()["disk"]["inbox"]["free_mib"] > 4
        kept = server.stored()
        filler = _fill(disk, leave=2 << 20)  # 2 MiB free: under the 4 MiB floor
        answers = [server.post("bob", server.honest("bob")) for _ in range(5)]
        assert [a.status_code for a in answers] == [503] * 5
        message = answers[0].json()["error"]
        assert "disk is nearly full" in message and "Tell the trainer" in message, message
        assert answers[0].headers["Retry-After"] == "30"
        health = server.health()
        assert health.status_code == 503, health.text
        body = health.json()
        assert body["ok"] is False and body["disk"]["inbox"]["ok"] is False
        assert body["disk"]["inbox"]["free_mib"] < 4 and body["disk"]["inbox"]["floor_mib"] == 4
        assert server.stored() == kept and server.spool() == []
        log = server.log()
        assert log.count("under the free-space floor") == 1, log  # one line for 5
        assert "Traceback" not in log
        filler.unlink()  # room made: back to normal, by itself
        assert server.health().status_code == 200
        assert server.post("bob", server.honest("bob")).status_code == 201
        assert all(server.stored()[name] == digest for name, digest in kept.items())


def test_a_disk_full_to_the_last_byte_while_an_upload_is_stored_is_a_503_not_a_500(
    tmp_path, disk, sandbox_image
):
    # No floor (--min-free-mib 0): the write itself fails (ENOSPC), as red team 12d saw.
    with _running(DiskServe(tmp_path, disk / "inbox", disk / "server", "--min-free-mib", "0")) as server:
        assert server.post("alice", server.honest("alice")).status_code == 201
        _wait_for("alice's grade", lambda: server.feedback("alice")["status"] == "graded", timeout=120)
        kept = server.stored()
        filler = _fill(disk)
        assert _free(disk) < 64 << 10
        big = server.post("s00", _noise_notebook("s00", 0))  # fails in the spool's writes
        small = [server.post("bob", server.honest("bob")) for _ in range(3)]  # at the link or the spool
        for answer in (big, *small):
            assert answer.status_code == 503, answer.text
            assert "could not write to its disk" in answer.json()["error"]
            assert "Tell the trainer" in answer.json()["error"]
        assert server.stored() == kept and server.spool() == []
        log = server.log()
        assert "Traceback" not in log, log
        assert log.count("A write to the server's disk failed") == 1, log
        filler.unlink()
        assert server.post("bob", server.honest("bob")).status_code == 201
        _wait_for("bob's grade", lambda: server.feedback("bob")["status"] == "graded", timeout=120)
        assert all(server.stored()[name] == digest for name, digest in kept.items())
        assert server.feedback("alice")["status"] == "graded"


def _deliver(server: DiskServe, student: str) -> None:
    """An honest attempt put in the inbox directly, as a shared-folder inbox receives it."""
    from datetime import UTC, datetime

    from workshop.inbox import deliver

    data = server.honest(student)
    deliver(server.inbox, "calculatrice", student, data, hashlib.sha256(data).hexdigest(), datetime.now(UTC))


def test_grading_survives_a_full_data_disk_and_resumes_once_space_is_freed(tmp_path, disk, sandbox_image):
    # The data folder (gradebook, reports) on a disk of its own, filled to the last byte
    # after the server started: alice's upload is stored in the inbox (another disk), its
    # grading cannot be recorded. Red team 12d's D2: the grading thread must not die.
    with _tmpfs(tmp_path / "data-disk", "6m") as data_disk:
        with _running(
            DiskServe(tmp_path, disk / "inbox", data_disk / "server", "--min-free-mib", "1")
        ) as server:
            assert server.post("s01", server.honest("s01")).status_code == 201
            _wait_for("s01's grade", lambda: server.feedback("s01")["status"] == "graded", timeout=120)
            filler = _fill(data_disk)
            answer = server.post("alice", server.honest("alice"))
            # The floor watches the data disk too (red team 12e Q1): the upload is refused,
            # though the inbox's disk has room.
            assert answer.status_code == 503, answer.text
            assert "disk is nearly full" in answer.json()["error"]
            _deliver(server, "alice")  # an attempt that comes anyway (a shared-folder inbox)
            kept = server.stored()

            def said() -> bool:
                body = server.health().json()
                return body["grading_error"] is not None

            _wait_for("the grading error on /healthz", said, timeout=120)
            health = server.health()
            assert health.status_code == 503  # the data disk is under the floor
            body = health.json()
            assert body["grading_alive"] is True and body["disk"]["data"]["ok"] is False, body
            # Its text (paths, the database's message) is the trainer's: anyone else reads
            # that grading fails and where to look (red team 12g).
            assert "class token" in body["grading_error"], body
            trainer = httpx.get(
                f"{server.url}/healthz",
                headers={"Authorization": f"Bearer {server.tokens['*class*']}"},
                timeout=10,
            ).json()["grading_error"]
            assert "class token" not in trainer and trainer != body["grading_error"], trainer
            assert server.feedback("alice")["status"] == "pending"
            release = httpx.post(
                f"{server.url}/api/v1/release/calculatrice",
                headers={"Authorization": f"Bearer {server.tokens['*class*']}"},
                timeout=10,
            )  # the trainer's button writes to the full disk too: a 503 that says so
            assert release.status_code == 503, release.text
            assert "could not write to its disk" in release.json()["error"]
            time.sleep(3)  # a run or two more fail meanwhile: the thread lives on
            assert server.health().json()["grading_alive"] is True
            filler.unlink()
            _wait_for("alice's grade", lambda: server.feedback("alice")["status"] == "graded", timeout=120)
            _wait_for("the reports", lambda: "alice" in _reports(server.data), timeout=60)
            # The reports can be written while the run is still going (every REPORTS_EVERY_S):
            # the error clears when the run that wrote them ends, a moment later.
            _wait_for("/healthz ok again", lambda: _healthy(server), timeout=60)
            assert server.stored() == kept
            log = server.log()
            assert "Traceback" not in log, log
            assert log.count("Grading could not write") == 1, log


def _healthy(server: DiskServe) -> bool:
    health = server.health()
    return health.status_code == 200 and health.json()["grading_error"] is None


def _reports(data: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in (data / "reports").rglob("*") if p.is_file())


def test_grading_survives_reports_that_cannot_be_written_and_writes_them_once_space_is_freed(
    tmp_path, disk, sandbox_image
):
    # Red team 12d's D2, made certain: the gradebook has room, the reports' folder is on a
    # full disk of its own, so writing them raises OSError (ENOSPC). That ended the grading
    # thread for good: later uploads were never graded while /healthz said ok.
    with _running(DiskServe(tmp_path, disk / "inbox", disk / "server", "--min-free-mib", "1")) as server:
        reports = server.data / "reports"
        reports.mkdir(exist_ok=True)
        with _tmpfs(reports, "4m"):  # room for the 1 MiB floor once emptied
            filler = _fill(reports)
            # The floor watches the reports' disk too (red team 12e Q1): uploads are refused;
            # attempts that come anyway (a shared-folder inbox) are graded.
            assert server.post("alice", server.honest("alice")).status_code == 503
            _deliver(server, "alice")
            _wait_for("alice's grade", lambda: server.feedback("alice")["status"] == "graded", timeout=120)
            _wait_for("the error on /healthz", lambda: server.health().json()["grading_error"], timeout=60)
            assert server.health().json()["grading_alive"] is True
            _deliver(server, "bob")
            _wait_for("bob's grade", lambda: server.feedback("bob")["status"] == "graded", timeout=120)
            filler.unlink()
            _wait_for("the reports", lambda: "bob" in _reports(server.data), timeout=60)
            _wait_for("/healthz ok again", lambda: _healthy(server), timeout=60)
            assert server.health().json()["grading_alive"] is True
            log = server.log()
            assert "Traceback" not in log, log
            assert log.count("Grading could not write") == 1, log


def test_the_grading_thread_outlives_failed_runs_and_tries_again_after_a_back_off(tmp_path, monkeypatch):
    # Runs that fail on a full disk (OSError), on a bug (RuntimeError), then succeed: the
    # thread lives on, says the error meanwhile, and is clear once a run succeeds.
    import errno

    from workshop.grade import GradeRun
    from workshop.server import worker as module

    failures = [OSError(errno.ENOSPC, "No space left on device"), RuntimeError("a bug")]
    calls: list[float] = []
    errors: list[str | None] = []

    def grade_inbox(*args: object, **kwargs: object) -> GradeRun:
        calls.append(time.monotonic())
        errors.append(worker.last_error)
        if failures:
            raise failures.pop(0)
        return GradeRun()

    monkeypatch.setattr(module, "grade_inbox", grade_inbox)
    monkeypatch.setattr(module, "sweep", lambda inbox: 0)
    monkeypatch.setattr(module, "BACKOFF_FIRST_S", 0.05)
    worker = module.GradingWorker(tmp_path / "inbox", Course.locate(REPO), tmp_path / "server", workers=1)
    worker.start()
    try:
        _wait_for("three runs", lambda: len(calls) >= 3 and worker.idle.is_set(), timeout=30)
        assert worker.is_alive()
        assert errors[1] == "[Errno 28] No space left on device" and errors[2] == "a bug"
        assert worker.last_error is None and worker.failures == 0
    finally:
        worker.stop()
    assert not worker.is_alive()


def test_healthz_is_503_when_the_grading_thread_is_not_alive(tmp_path):
    from test_server import LiveServer
    from workshop.roster import load_roster
    from workshop.server.app import create_app
    from workshop.server.worker import GradingWorker

    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER)
    worker = GradingWorker(tmp_path / "inbox", Course.locate(REPO), tmp_path / "server", workers=1)
    live = LiveServer(
        create_app(tmp_path / "inbox", Course.locate(REPO), tmp_path / "server", load_roster(roster), worker)
    )
    try:
        assert httpx.get(f"{live.url}/healthz", timeout=10).status_code == 200  # not started yet
        worker.run = lambda: None  # type: ignore[method-assign]  # a thread that ended
        worker.start()
        worker.join(timeout=10)
        health = httpx.get(f"{live.url}/healthz", timeout=10)
        assert health.status_code == 503 and health.json()["grading_alive"] is False, health.text
        assert health.json()["ok"] is False
    finally:
        live.stop()
