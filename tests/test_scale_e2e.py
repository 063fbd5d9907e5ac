"""Past one laptop, for real: Redis and PostgreSQL from Debian's packages, two Docker
engines (the second on its own socket and data root, standing for another machine) and
``workshop worker`` processes; nothing is mocked. Each test takes its own Redis database
number, so its workers see only its jobs."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx

from conftest import REPO, run_cli
from services import Worker, free_port, remove_worker_containers
from workshop.course import Course
from workshop.gradebook import Gradebook
from workshop.submit import build_archive, submit

DEMO = REPO / "graders" / "calculatrice" / "demo"
QUICK = ("alice", "bruno", "chloe", "gael")  # demo students whose code ends in seconds
VISIBILITY_S = 15


def _expected() -> dict[str, tuple[str, float]]:
    data = tomllib.loads((DEMO / "class.toml").read_text(encoding="utf-8"))
    return {s["id"]: (s["expect_status"], float(s["expect_score"])) for s in data["student"]}


def _db(redis_url: str, number: int) -> str:
    return redis_url.rsplit("/", 1)[0] + f"/{number}"


@contextlib.contextmanager
def _workers(*specs: tuple[str, str, str | None], **options) -> Iterator[list[Worker]]:  # type: ignore[no-untyped-def]
    """(broker, name, docker host) for each; stopped (and their containers removed) at the end."""
    started: list[Worker] = []
    try:
        for broker, name, host in specs:
            started.append(Worker(broker, name, host, **options))
        yield started
    finally:
        for worker in started:
            worker.stop()
            remove_worker_containers(worker.name, None)
        for _, name, host in specs:
            if host:
                remove_worker_containers(name, host)


def _class_inbox(root: Path, students: tuple[str, ...], copies: int = 1) -> dict[str, tuple[str, float]]:
    """Demo students' calculators, each made unique by a comment; the score each deserves."""
    course = Course.locate(REPO)
    exercise = course.exercise("calculatrice")
    expected = _expected()
    want: dict[str, tuple[str, float]] = {}
    for n in range(copies):
        for student in students:
            who = f"{student}{n}" if copies > 1 else student
            work = root / "work" / who
            work.mkdir(parents=True)
            code = (DEMO / student / "calculator.py").read_text(encoding="utf-8")
            (work / "calculator.py").write_text(code + f"\n# {who}\n", encoding="utf-8")
            submit(work, exercise, who, root / "inbox", allow_errors=True)
            want[who] = expected[student]
    return want


def _answers(redis_server, number: int) -> list[dict]:  # type: ignore[no-untyped-def]
    client = redis_server.client()
    client.select(number)
    answers = []
    for key in client.scan_iter("celery-task-meta-*"):
        meta = json.loads(client.get(key))
        answers.append(meta["result"])
    return answers


def _limit(status: str) -> str:
    """A memory bomb on a loaded machine may meet its wall clock before its memory limit:
    either way it is stopped by a limit and scores what it scores."""
    for word in ("stopped: memory limit", "stopped: time limit", "memory", "timeout"):
        status = status.replace(word, "limit")
    return status


def _outcome(row) -> tuple[str, str, float]:  # type: ignore[no-untyped-def]
    return row.student, _limit(row.result.status.value), row.result.score


def _table(stdout: str) -> list[list[str]]:
    """The class table's rows, cell by cell (widths follow the longest cell)."""
    return [
        [cell.strip() for cell in line.split("│")[1:-1]]
        for line in stdout.splitlines()
        if "│ calculatrice" in line
    ]


def test_a_class_through_two_workers_and_postgresql_scores_exactly_as_a_local_run(
    tmp_path: Path, sandbox_image, redis_server, postgres_server, second_engine
) -> None:
    want = _class_inbox(tmp_path, tuple(_expected()))  # the whole demo class, time limits included
    inbox = tmp_path / "inbox"
    local = run_cli(
        "grade", str(inbox), "--gradebook", str(tmp_path / "local.sqlite"), "--reports", str(tmp_path / "r1")
    )
    assert local.returncode == 0, local.stderr[-2000:]
    broker, url = _db(redis_server.url, 1), postgres_server.new_database()
    homes = [tmp_path / "home-a", tmp_path / "home-b"]
    specs = [(broker, "a@machine-1", None), (broker, "b@machine-2", second_engine.host)]
    with (
        _workers(*specs[:1], visibility_timeout=120, home=homes[0]),
        _workers(*specs[1:], visibility_timeout=120, home=homes[1]),
    ):
        remote = run_cli(
            "grade", str(inbox), "--gradebook", url, "--broker", broker, "--reports", str(tmp_path / "r2")
        )
    assert remote.returncode == 0, remote.stderr[-2000:]
    here, there = Gradebook(tmp_path / "local.sqlite").latest(), Gradebook(url).latest()
    assert [_outcome(r) for r in there] == [_outcome(r) for r in here]
    assert {r.student: (_limit(r.result.status.value), r.result.score) for r in there} == {
        s: (_limit(status), score) for s, (status, score) in want.items()
    }
    steady = {r.student for r in here if _limit(r.result.status.value) != "limit"}
    assert len(steady) >= 5
    assert [[(t.id, t.outcome) for t in r.result.tests] for r in there if r.student in steady] == [
        [(t.id, t.outcome) for t in r.result.tests] for r in here if r.student in steady
    ]
    assert [[_limit(cell) for cell in row] for row in _table(remote.stdout)] == [
        [_limit(cell) for cell in row] for row in _table(local.stdout)
    ]
    assert len(_table(local.stdout)) == len(want)
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\n" + "".join(f"{s},{s},{s}@x.org\n" for s in want))
    exports = [
        run_cli("export", "--format", "csv", "--roster", str(roster), "--gradebook", book).stdout
        for book in (str(tmp_path / "local.sqlite"), url)
    ]
    assert exports[0] == exports[1] and exports[0].count("\n") == len(want) + 1
    for student in steady:
        local_report = json.loads((tmp_path / "r1" / "calculatrice" / f"{student}.json").read_text())
        remote_report = json.loads((tmp_path / "r2" / "calculatrice" / f"{student}.json").read_text())
        assert remote_report["tests"] == local_report["tests"], student
    # Both machines graded, each job once; a worker kept nothing on disk, and no job (with
    # its hidden tests) stays in the broker once answered.
    answers = _answers(redis_server, 1)
    assert {a["worker"] for a in answers} == {"a@machine-1", "b@machine-2"}
    assert len(answers) == len(want)
    assert [p for home in homes for p in home.rglob("*") if p.is_file()] == []
    client = redis_server.client()
    client.select(1)
    left = [
        key for key in client.scan_iter("*") if not key.startswith((b"celery-task-meta-", b"_kombu.binding"))
    ]
    assert left == []  # no queue, nothing unacknowledged: only answers and routing tables
    assert second_engine.docker("ps", "-aq", "--filter", "label=workshop.worker=b@machine-2").stdout == ""


def test_sigkill_of_a_worker_mid_job_still_grades_every_attempt_once(
    tmp_path: Path, sandbox_image, redis_server, postgres_server, second_engine
) -> None:
    want = _class_inbox(tmp_path, QUICK, copies=2)
    broker, url = _db(redis_server.url, 2), postgres_server.new_database()
    with _workers((broker, "doomed@machine-1", None), visibility_timeout=VISIBILITY_S) as (doomed,):
        grade = subprocess.Popen(
            [sys.executable, "-m", "workshop.cli", "grade", str(tmp_path / "inbox"), "--gradebook", url]
            + ["--broker", broker, "--reports", str(tmp_path / "r")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "WORKSHOP_LANG": "en", "COLUMNS": "200"},
        )
        try:
            deadline = time.monotonic() + 120
            running = ""
            while not running and time.monotonic() < deadline:
                running = subprocess.run(
                    ["docker", "ps", "-q", "--filter", "label=workshop.worker=doomed@machine-1"],
                    capture_output=True,
                    text=True,
                ).stdout.strip()
                time.sleep(0.1)
            assert running, "the worker never started a container"
            doomed.kill()  # mid-job: its container runs, its job is not acknowledged
            with _workers((broker, "rescue@machine-2", second_engine.host), visibility_timeout=VISIBILITY_S):
                out, err = grade.communicate(timeout=300)
            # The dead worker's container stayed on its engine; the worker removes it when it
            # starts again under its name.
            label = ["docker", "ps", "-aq", "--filter", "label=workshop.worker=doomed@machine-1"]
            assert subprocess.run(label, capture_output=True, text=True).stdout.split() == [running]
            with _workers((broker, "doomed@machine-1", None), visibility_timeout=VISIBILITY_S):
                assert subprocess.run(label, capture_output=True, text=True).stdout.split() == []
        finally:
            if grade.poll() is None:
                grade.kill()
                grade.wait()
    assert grade.returncode == 0, err[-2000:]
    book = Gradebook(url)
    assert book.counts() == (len(want), len(want))  # every attempt, graded once
    assert {r.student: (r.result.status.value, r.result.score) for r in book.latest()} == want
    answers = _answers(redis_server, 2)
    assert "rescue@machine-2" in {a["worker"] for a in answers}


def _serve(root: Path, url: str, broker: str, port: int) -> subprocess.Popen[str]:
    log = (root / "server.log").open("a")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workshop.cli",
            "serve",
            str(root / "inbox"),
            "--roster",
            str(root / "roster.csv"),
        ]
        + ["--data", str(root / "data"), "--gradebook", url, "--broker", broker, "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "WORKSHOP_LANG": "en"},
        cwd=REPO,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        assert proc.poll() is None, (root / "server.log").read_text()[-2000:]
        time.sleep(0.2)
    raise AssertionError("the server did not start")


def _stop(proc: subprocess.Popen[str], sig: int = signal.SIGTERM) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
    proc.wait(timeout=30)


def _tokens(data: Path) -> dict[str, str]:
    return {row["id"]: row["token"] for row in csv.DictReader((data / "tokens.csv").open())}


def _feedback(base: str, token: str, timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = httpx.get(
            f"{base}/api/v1/feedback/calculatrice", headers={"Authorization": f"Bearer {token}"}
        ).json()
        if body["status"] == "graded":
            return body
        time.sleep(0.3)
    raise AssertionError("not graded in time")


def test_the_server_restarted_mid_queue_loses_nothing(
    tmp_path: Path, sandbox_image, redis_server, postgres_server
) -> None:
    students = ("alice", "bruno", "chloe")
    (tmp_path / "roster.csv").write_text(
        "id,name,email\n" + "".join(f"{s},{s},{s}@x.org\n" for s in students)
    )
    broker, url, port = _db(redis_server.url, 3), postgres_server.new_database(), free_port()
    exercise = Course.locate(REPO).exercise("calculatrice")
    server = _serve(tmp_path, url, broker, port)
    try:
        tokens = _tokens(tmp_path / "data")
        for student in students:
            archive, _ = build_archive(DEMO / student, exercise, student)
            sent = httpx.post(
                f"http://127.0.0.1:{port}/api/v1/submissions",
                content=archive,
                headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {tokens[student]}"},
            )
            assert sent.status_code == 201, sent.text
        client = redis_server.client()
        client.select(3)
        deadline = time.monotonic() + 60
        while client.llen("workshop.interactive") < len(students) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert client.llen("workshop.interactive") == len(students)  # queued; no worker yet
        _stop(server, signal.SIGKILL)  # the server dies with its jobs in the queue
        server = _serve(tmp_path, url, broker, port)
        with _workers((broker, "late@machine-1", None), visibility_timeout=VISIBILITY_S):
            scores = {s: _feedback(f"http://127.0.0.1:{port}", tokens[s]) for s in students}
    finally:
        _stop(server)
    expected = _expected()
    book = Gradebook(url)
    assert book.counts() == (3, 3)
    assert {r.student: (r.result.status.value, r.result.score) for r in book.latest()} == {
        s: expected[s] for s in students
    }
    assert all(body["attempt"] for body in scores.values())
    # The restarted server sent the same jobs again under the same ids: each ran once.
    assert len(_answers(redis_server, 3)) == len(students)
    assert not (tmp_path / "data" / "server.sqlite").exists()  # tokens live in PostgreSQL


def test_a_second_server_process_on_another_machine_serves_the_same_class(
    tmp_path: Path, sandbox_image, redis_server, postgres_server
) -> None:
    """Two server processes, two inbox folders (two machines), one PostgreSQL: an upload to
    one is graded, and seen by the other, whose inbox gets a copy from the database."""
    one, two = tmp_path / "one", tmp_path / "two"
    for root in (one, two):
        root.mkdir()
        (root / "roster.csv").write_text("id,name,email\nalice,Alice,a@x.org\n")
    broker, url = _db(redis_server.url, 4), postgres_server.new_database()
    ports = free_port(), free_port()
    exercise = Course.locate(REPO).exercise("calculatrice")
    servers = [_serve(one, url, broker, ports[0])]
    try:
        servers.append(_serve(two, url, broker, ports[1]))
        token = _tokens(one / "data")["alice"]
        assert _tokens(two / "data") == {}  # issued once, by the first; the second knows them
        archive, _ = build_archive(DEMO / "alice", exercise, "alice")
        sent = httpx.post(
            f"http://127.0.0.1:{ports[0]}/api/v1/submissions",
            content=archive,
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {token}"},
        )
        assert sent.status_code == 201
        with _workers((broker, "room@machine-1", None), visibility_timeout=VISIBILITY_S):
            body = _feedback(f"http://127.0.0.1:{ports[1]}", token)
    finally:
        for server in servers:
            _stop(server)
    assert body["attempt"] == sent.json()["attempt"]
    copied = two / "inbox" / "calculatrice" / "alice" / sent.json()["attempt"]
    assert copied.read_bytes() == archive
    assert Gradebook(url).counts() == (1, 1)
    # The trainer's laptop, a third machine with an empty inbox: grade finds the class there.
    laptop = tmp_path / "laptop-inbox"
    done = run_cli("grade", str(laptop), "--gradebook", url, "--reports", str(tmp_path / "r"))
    assert done.returncode == 0, done.stderr
    assert "Nothing to grade: 1 submission(s) unchanged" in done.stderr
    assert (laptop / "calculatrice" / "alice" / sent.json()["attempt"]).read_bytes() == archive


def test_students_in_the_room_go_before_a_bulk_regrade(tmp_path: Path, sandbox_image, redis_server) -> None:
    from workshop.grade import build_job
    from workshop.scale.runner import BrokerRunner
    from workshop.scale.settings import BULK, INTERACTIVE, BrokerSettings

    exercise = Course.locate(REPO).exercise("calculatrice")
    settings = BrokerSettings(broker_url=_db(redis_server.url, 5), visibility_timeout_s=VISIBILITY_S)
    code = (DEMO / "alice" / "calculator.py").read_bytes()
    jobs = [build_job(exercise, {"calculator.py": code + f"\n# {n}\n".encode()}, "en") for n in range(5)]
    finished: list[str] = []
    lock = threading.Lock()

    def grade(runner: BrokerRunner, job, label: str) -> None:  # type: ignore[no-untyped-def]
        runner.run(job)
        with lock:
            finished.append(label)

    bulk, room = (
        BrokerRunner(settings, sandbox_image, BULK),
        BrokerRunner(settings, sandbox_image, INTERACTIVE),
    )
    client = redis_server.client()
    client.select(5)
    threads = [threading.Thread(target=grade, args=(bulk, job, f"bulk{n}")) for n, job in enumerate(jobs[:4])]
    for thread in threads:
        thread.start()
    while client.llen(BULK) < 4:
        time.sleep(0.05)
    threads.append(threading.Thread(target=grade, args=(room, jobs[4], "room")))
    threads[-1].start()
    while client.llen(INTERACTIVE) < 1:
        time.sleep(0.05)
    with _workers(
        (settings.broker_url, "one@machine-1", None), visibility_timeout=VISIBILITY_S, concurrency=1
    ):
        for thread in threads:
            thread.join(timeout=240)
    assert finished[0] == "room" and sorted(finished[1:]) == ["bulk0", "bulk1", "bulk2", "bulk3"]


def test_the_laptop_path_loads_nothing_of_the_scale_out(tmp_path: Path, sandbox_image) -> None:
    work = tmp_path / "work"
    shutil.copytree(DEMO / "alice", work)
    submit(work, Course.locate(REPO).exercise("calculatrice"), "alice", tmp_path / "inbox")
    code = (
        "import sys\n"
        "from workshop.cli import main\n"
        "try:\n"
        f"    main(['grade', {str(tmp_path / 'inbox')!r}, '--gradebook', {str(tmp_path / 'gb.sqlite')!r},"
        f" '--reports', {str(tmp_path / 'r')!r}], standalone_mode=False)\n"
        "finally:\n"
        "    print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('celery', 'kombu', 'redis', 'psycopg', 'billiard') or m.startswith('workshop.scale')))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKSHOP_")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**env, "WORKSHOP_LANG": "en"}
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert "all tests passed" in done.stdout


def test_jobs_run_under_the_runtime_they_name_and_each_grade_names_the_runtime_that_ran(
    tmp_path: Path, sandbox_image, redis_server, second_engine
) -> None:
    # This machine's engine lists runsc; the second engine (another machine) does not.
    want = _class_inbox(tmp_path, ("alice",))
    inbox, book, broker = tmp_path / "inbox", tmp_path / "gb.sqlite", _db(redis_server.url, 6)

    def grade(runtime: str) -> tuple[str, str, str, str]:
        done = run_cli(
            "grade",
            str(inbox),
            "--gradebook",
            str(book),
            "--broker",
            broker,
            "--runtime",
            runtime,
            "--reports",
            str(tmp_path / "r"),
        )
        assert "Traceback" not in done.stderr, done.stderr[-2000:]
        db = sqlite3.connect(book)
        key, js = db.execute("SELECT grader_key, result_json FROM grades ORDER BY id DESC").fetchone()
        result = json.loads(js)
        errors = db.execute("SELECT last_error FROM retries").fetchall()
        return key, result["status"], result["runtime"], errors[0][0] if errors else ""

    with _workers((broker, "plain@machine-2", second_engine.host)):
        # auto: each worker decides, and the grade is keyed by what ran, not by this machine.
        key, status, ran, _ = grade("auto")
        assert (status, ran) == (want["alice"][0], "runc")
        assert not key.endswith("@runsc")
        # runsc: a worker without it runs nothing; ours, not the student's, tried again later.
        key, status, ran, error = grade("runsc")
        assert (key.endswith("@runsc"), status, ran) == (True, "infra_error", "")
        assert "plain@machine-2" in error and "runtime_runsc_missing" in error
    with _workers((broker, "gvisor@machine-1", None)):
        key, status, ran, error = grade("runsc")
        assert (key.endswith("@runsc"), status, ran, error) == (True, want["alice"][0], "runsc", "")
    assert Gradebook(book).counts() == (1, 2)  # one grade per runtime; the infra error was replaced
