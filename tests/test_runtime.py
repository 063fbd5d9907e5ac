"""Choosing the runtime (runc or gVisor's runsc), what it changes in the container's
limits and in the grader key. The engine's list of runtimes is given by the test here:
the real engine (which lists runsc) is driven by test_sandbox_e2e, test_grade_e2e and the
hostile suite, under both runtimes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from workshop.course import Limits
from workshop.errors import EngineUnavailable, SandboxError
from workshop.grade import Graders, grade_inbox, grader_key
from workshop.gradebook import Gradebook
from workshop.results import GradeResult, Status
from workshop.sandbox.image import image_tag
from workshop.sandbox.runtime import RuntimeChoice, host_limits, resolve
from workshop_harness.forkserver import memory_used_mib


def _sql(book: Gradebook) -> sqlite3.Connection:
    """The gradebook's SQLite file, for what the test reads or changes behind its back."""
    return sqlite3.connect(book.path, isolation_level=None)


SAID_RUNSC = (
    "Grading under gVisor (runsc), which this Docker engine offers"
    " (--runtime runc for Docker's default runtime)."
)
SAID_RUNC = (
    "Grading under runc: this Docker engine has no gVisor (runsc) runtime. "
    "'workshop sandbox doctor' says how to add it."
)


def _never() -> set[str]:
    raise AssertionError("the engine was asked")


def test_runc_is_runc_without_asking_the_engine():
    said: list[str] = []
    assert resolve("runc", said.append, _never) == "runc"
    assert said == []


def test_auto_picks_runsc_when_the_engine_lists_it_and_says_so():
    said: list[str] = []
    assert resolve("auto", said.append, lambda: {"runc", "runsc"}) == "runsc"
    assert said == [SAID_RUNSC]


def test_auto_falls_back_to_runc_on_an_engine_without_runsc_and_says_so():
    said: list[str] = []
    assert resolve("auto", said.append, lambda: {"io.containerd.runc.v2", "runc"}) == "runc"
    assert said == [SAID_RUNC]


def test_runsc_asked_on_an_engine_without_it_is_one_clear_error():
    with pytest.raises(SandboxError) as info:
        resolve("runsc", lambda line: None, lambda: {"runc"})
    assert str(info.value) == (
        "The Docker engine has no runsc runtime (gVisor). Install it (apt-get install runsc), declare it "
        'in /etc/docker/daemon.json as {"runtimes": {"runsc": {"path": "/usr/bin/runsc", "runtimeArgs": '
        '["--network=none"]}}}, reload the engine (kill -HUP $(pidof dockerd)), or grade with --runtime runc.'
    )


def test_a_choice_is_resolved_and_said_once():
    said: list[str] = []
    asked: list[int] = []

    def listed() -> set[str]:
        asked.append(1)
        return {"runsc"}

    choice = RuntimeChoice("auto", said.append, listed)
    assert [choice.get() for _ in range(5)] == ["runsc"] * 5
    assert (len(asked), said) == (1, [SAID_RUNSC])


def test_auto_with_the_engine_down_is_unknown_not_an_error():
    def down() -> set[str]:
        raise EngineUnavailable("engine_unavailable", detail="no socket")

    assert RuntimeChoice("auto", listed=down).known() is None
    assert RuntimeChoice("runc", listed=down).known() == "runc"


def test_runc_keeps_the_jobs_limits_in_the_host_cgroup():
    host = host_limits("runc", Limits(pids=64, memory_mib=256))
    assert (host.pids_limit, host.memory, host.ulimits, host.environment) == (64, "256m", [], {})


def test_runsc_moves_pids_and_memory_inside_the_sandbox():
    host = host_limits("runsc", Limits(pids=64, memory_mib=256))
    assert [(u.name, u.soft, u.hard) for u in host.ulimits] == [("nproc", 64, 64)]
    assert host.environment == {"WORKSHOP_MEMORY_LIMIT_MIB": "256"}
    # The host cgroup is a ceiling with room for gVisor's own threads and memory (16 MiB a
    # process: GVISOR_FORK_COST_MIB, what the fork server allows each live process).
    assert host.pids_limit == 2048 and host.memory == f"{256 + 16 * 64 + 512}m"


def test_grader_key_names_runsc_and_keeps_runcs_key_unchanged(course):
    exercise = course.exercise("calculatrice")
    image = "workshop-sandbox:0123456789ab"
    before = f"{exercise.fingerprint()}@0123456789ab"  # the key before runtimes existed
    assert grader_key(exercise, image, None) == before
    assert grader_key(exercise, image, None, "runc") == before
    assert grader_key(exercise, image, None, "runsc") == before + "@runsc"
    prompts = course.exercise("prompts")  # graded on the host: no runtime in its key
    assert grader_key(prompts, image, None, "runsc") == grader_key(prompts, image, None, "runc")


def _one_attempt(tmp_path: Path, course) -> tuple[Path, Gradebook]:
    from workshop.submit import submit

    work = tmp_path / "work"
    work.mkdir()
    (work / "calculator.py").write_bytes((REPO / "graders/calculatrice/solution/calculator.py").read_bytes())
    inbox = tmp_path / "inbox"
    receipt = submit(work, course.exercise("calculatrice"), "ana", inbox)
    book = Gradebook(tmp_path / "gb.sqlite")
    book.register("calculatrice", "ana", receipt.path.name, receipt.path, receipt.size)
    return inbox, book


def _record(book: Gradebook, course, runtime: str) -> None:
    key = grader_key(course.exercise("calculatrice"), image_tag(), None, runtime)  # type: ignore[arg-type]
    submission = _sql(book).execute("SELECT id FROM submissions").fetchone()[0]
    book.record(submission, key, GradeResult(status=Status.passed, score=48, max_score=48, runtime=runtime))


def test_a_noop_grade_under_auto_needs_no_engine_when_either_runtime_graded_it(tmp_path, course):
    def down() -> set[str]:
        raise EngineUnavailable("engine_unavailable", detail="no socket")

    inbox, book = _one_attempt(tmp_path, course)
    for runtime in ("runsc", "runc"):
        _sql(book).execute("DELETE FROM grades")
        _record(book, course, runtime)
        graders = Graders(_never, runtime=RuntimeChoice("auto", listed=down))  # type: ignore[arg-type]
        run = grade_inbox(inbox, course, book, graders)
        assert (run.unchanged, run.graded) == (1, [])


def test_a_class_graded_under_runc_is_graded_again_under_runsc(tmp_path, course):
    inbox, book = _one_attempt(tmp_path, course)
    _record(book, course, "runc")
    with pytest.raises(AssertionError, match="the engine was asked"):  # runsc: work to do
        grade_inbox(
            inbox, course, book, Graders(_never, runtime=RuntimeChoice("runsc", listed=lambda: {"runsc"}))
        )
    run = grade_inbox(inbox, course, book, Graders(_never, runtime=RuntimeChoice("runc")))
    assert run.unchanged == 1


def test_memory_used_is_memtotal_minus_memavailable(tmp_path):
    meminfo = tmp_path / "meminfo"
    meminfo.write_text(
        "MemTotal:        1048576 kB\nMemFree:          786432 kB\nMemAvailable:     786432 kB\n"
    )
    assert memory_used_mib(str(meminfo)) == 256
    meminfo.write_text("MemTotal: garbage\n")
    assert memory_used_mib(str(meminfo)) == 0
    assert memory_used_mib(str(tmp_path / "missing")) == 0


# -- scripts/register_runsc.py: what setup.sh runs on /etc/docker/daemon.json -----------------
def _register(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "scripts" / "register_runsc.py"), str(config), "/usr/bin/runsc"],
        capture_output=True,
        text=True,
    )


def test_registering_runsc_keeps_every_other_setting_and_is_idempotent(tmp_path):
    config = tmp_path / "daemon.json"
    config.write_text(json.dumps({"log-level": "warn", "runtimes": {"kata": {"path": "/opt/kata"}}}))
    config.chmod(0o600)
    first, second = _register(config), _register(config)
    assert (first.stdout, second.stdout) == ("registered\n", "already registered\n")
    assert json.loads(config.read_text()) == {
        "log-level": "warn",
        "runtimes": {
            "kata": {"path": "/opt/kata"},
            "runsc": {"path": "/usr/bin/runsc", "runtimeArgs": ["--network=none"]},
        },
    }
    assert config.stat().st_mode & 0o777 == 0o600


def test_registering_runsc_creates_a_missing_daemon_json(tmp_path):
    config = tmp_path / "docker" / "daemon.json"
    assert _register(config).stdout == "registered\n"
    assert json.loads(config.read_text()) == {
        "runtimes": {"runsc": {"path": "/usr/bin/runsc", "runtimeArgs": ["--network=none"]}}
    }


def test_registering_runsc_never_overwrites_a_daemon_json_it_cannot_read(tmp_path):
    config = tmp_path / "daemon.json"
    config.write_text('{"log-level": "warn",')
    done = _register(config)
    assert done.returncode == 1 and config.read_text() == '{"log-level": "warn",'
    assert done.stderr.startswith(f"{config}: not valid JSON (")
    assert done.stderr.rstrip().endswith("); fix it by hand, then run this again")


def test_check_accepts_runtime_and_says_it_does_not_apply(tmp_path):
    assert run_cli("start", "calculatrice", "--dir", str(tmp_path), cwd=REPO).returncode == 0
    done = run_cli("check", "--dir", str(tmp_path), cwd=REPO, env={"WORKSHOP_RUNTIME": "runsc"})
    assert done.stderr.splitlines()[0] == (
        "Note: workshop check runs the public tests on this machine, without a container: "
        "--runtime runsc does not apply here."
    )
    assert "public tests passed (" in done.stdout  # the check itself ran as usual
    quiet = run_cli("check", "--dir", str(tmp_path), cwd=REPO)
    assert "--runtime" not in quiet.stderr


def _meminfo_sequence(monkeypatch, values: list[int], limit: int) -> list[int]:
    """The fork server's view of the sandbox's memory, one value per reading."""
    from workshop_harness import forkserver

    readings = iter(values)
    last = [values[0]]

    def used(meminfo: str = "") -> int:
        last[0] = next(readings, last[0])
        return last[0]

    monkeypatch.setattr(forkserver, "memory_used_mib", used)
    monkeypatch.setattr(forkserver, "over_memory_limit", lambda mib: last[0] > mib)
    monkeypatch.setattr(forkserver, "MEMORY_POLL_S", 0.001)
    return last


def test_a_new_student_process_waits_while_memory_keeps_falling(monkeypatch):

    from workshop_harness import forkserver

    # From 270 to 256 MiB, one MiB every 40 readings: short pauses, a long fall in all. The
    # clock is the test's (1 ms a reading): on a loaded machine a real one let 0.2 s pass
    # within 40 readings, and the wait ended early.
    falling = [270 - i // 40 for i in range(15 * 40)]
    last = _meminfo_sequence(monkeypatch, falling, 256)
    monkeypatch.setattr(forkserver, "MEMORY_SETTLE_S", 0.2)
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    monkeypatch.setattr(forkserver, "time", types.SimpleNamespace(monotonic=lambda: now[0], sleep=sleep))
    forkserver.wait_for_memory_back(256, lambda: None)
    assert last[0] <= 256 and now[0] > forkserver.MEMORY_SETTLE_S


def test_a_new_student_process_does_not_wait_for_memory_that_stays(monkeypatch):
    import time

    from workshop_harness import forkserver

    last = _meminfo_sequence(monkeypatch, [300], 256)
    started = time.monotonic()
    forkserver.wait_for_memory_back(256, lambda: None)
    assert last[0] == 300 and time.monotonic() - started < forkserver.MEMORY_SETTLE_S + 0.3


def test_memory_a_dead_process_still_holds_is_not_the_next_ones(monkeypatch):
    # Under gVisor a killed process's pages come back slowly (more slowly on a loaded
    # machine): the next process must not be killed for them, or its verdict would depend
    # on the load. What it allocates itself still counts, in full, once they are back.
    from workshop_harness import forkserver

    readings = iter([60, 400, 390, 380, 300, 120, 60, 60 + 240, 60 + 330])
    monkeypatch.setattr(forkserver, "memory_used_mib", lambda meminfo="": next(readings))
    monkeypatch.setattr(forkserver.os, "listdir", lambda path: ["1", "2", "3"])  # 3 processes
    watch = forkserver.MemoryWatch(256)  # base: 60 MiB before any student process
    watch.spawning()  # 400: 340 MiB of the dead process's pages not back yet
    seen = [watch.over() for _ in range(6)]
    # 390, 380, 300, 120, 60 (over 256 + 3 x 16 = 304 at first): falling, never the new
    # process's; then 240 MiB of its own (under 304), then 330 MiB of its own: over.
    assert seen == [False, False, False, False, False, False]
    assert watch.over() is True


def test_memory_a_process_that_grows_while_old_pages_come_back_is_still_caught(monkeypatch):
    from workshop_harness import forkserver

    # Spawned while 200 MiB were stale; the stale pages never come back below 150 MiB
    # above the base, and the new process grows by 400 MiB: the allowance is what was
    # stale at the lowest point (150), so it is caught at 60 + 150 + 256 + 48.
    readings = iter([60, 260, 210, 210 + 200, 210 + 400])
    monkeypatch.setattr(forkserver, "memory_used_mib", lambda meminfo="": next(readings))
    monkeypatch.setattr(forkserver.os, "listdir", lambda path: ["1", "2", "3"])
    watch = forkserver.MemoryWatch(256)
    watch.spawning()
    assert [watch.over(), watch.over(), watch.over()] == [False, False, True]


def test_the_memory_watch_looks_only_while_a_student_process_lives(monkeypatch):
    # Each look makes gVisor count the sandbox's pages (~0.3 ms of its CPU, 100 times a
    # second): with no student process there is no student memory that can grow, so the
    # fork server waits for its next request without looking.
    import socket
    import threading
    import time

    from workshop_harness import forkserver

    looks: list[float] = []

    def used(meminfo: str = "") -> int:
        looks.append(time.monotonic())
        return 10

    def no_children(pid: int, options: int) -> tuple[int, int]:
        # The fork server runs in a thread of pytest here, whose other children (servers
        # other tests left running) waitpid(-1) would see as students, and reap: a fork
        # server with no student has no child at all.
        raise ChildProcessError

    monkeypatch.setattr(forkserver, "memory_used_mib", used)
    monkeypatch.setattr(forkserver.os, "waitpid", no_children)
    grader, server = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    thread = threading.Thread(
        target=forkserver.serve, args=(server, Path("/nonexistent"), "m", lambda: None, 1, 65534, 256)
    )
    thread.start()
    time.sleep(20 * forkserver.MEMORY_POLL_S)
    grader.sendall(json.dumps({"op": "none"}).encode())  # a request, not a spawn: still none
    assert grader.recv(4096)
    time.sleep(20 * forkserver.MEMORY_POLL_S)
    grader.close()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert len(looks) == 1  # the base, read once when the watch starts


def test_the_memory_watch_looks_sooner_the_closer_the_use_is_to_the_limit(monkeypatch):
    # Far below the limit a look every MEMORY_POLL_MAX_S; near it, every MEMORY_POLL_S.
    # A process allocating at the fastest rate the watch allows for, from far below, is
    # seen past the limit no later than a look every MEMORY_POLL_S would see it.
    from workshop_harness import forkserver

    now = [0.0]
    rate = forkserver.MEMORY_RATE_MIB_S
    monkeypatch.setattr(forkserver, "memory_used_mib", lambda meminfo="": int(60 + rate * now[0]))
    monkeypatch.setattr(forkserver.os, "listdir", lambda path: [])  # no fork allowance
    watch = forkserver.MemoryWatch(256)  # base 60 MiB at t = 0
    watch.spawning()
    assert watch.next_look_s == forkserver.MEMORY_POLL_S
    assert watch.over() is False
    assert watch.next_look_s == min(forkserver.MEMORY_POLL_MAX_S, 196 / rate)
    looks = 1
    while not watch.over():
        looks += 1
        now[0] += watch.next_look_s
    assert 60 + rate * now[0] <= 256 + rate * forkserver.MEMORY_POLL_S + 1
    assert watch.next_look_s == forkserver.MEMORY_POLL_S

    # Slow growth far below the limit: one look per MEMORY_POLL_MAX_S.
    monkeypatch.setattr(forkserver, "memory_used_mib", lambda meminfo="": 80)
    watch = forkserver.MemoryWatch(1024)
    assert watch.over() is False
    assert watch.next_look_s == forkserver.MEMORY_POLL_MAX_S
