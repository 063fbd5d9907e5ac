"""Slow, stalled and abandoned connections against the real `workshop serve` (a subprocess on
a loopback port), as the red team of issue 12 sent them: every wait on a client is bounded,
one student holds at most three uploads open, honest students are answered meanwhile, the
log says each kind of refusal once a minute, and a stop is bounded with an upload held open.

The timeouts are the server's own (10 s for headers and for a pause in a body): the tests
wait them out, which is why this file takes a minute or so."""

from __future__ import annotations

import csv
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from conftest import REPO
from workshop.course import Course
from workshop.server.guard import BODY_IDLE_S, HEADERS_S, UPLOADS_PER_STUDENT
from workshop.submit import build_archive

STUDENTS = ["alice", "bob", *(f"s{i:02d}" for i in range(12))]
ROSTER = "id,name,email\n" + "".join(f"{s},{s.title()},{s}@x.org\n" for s in STUDENTS)
SOLUTION = REPO / "graders" / "calculatrice" / "solution" / "calculator.py"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(what: str, condition, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


class Serve:
    """`workshop serve` in its own process; its stderr in a file (what the trainer reads)."""

    lang = "en"  # the server's language (--lang)

    def __init__(
        self, tmp_path: Path, inbox: Path | None = None, data: Path | None = None, *options: str
    ) -> None:
        self.tmp_path = tmp_path
        self.inbox = inbox or tmp_path / "inbox"
        self.data = data or tmp_path / "server"
        self.options = list(options)  # more of `workshop serve`'s options
        self.roster = tmp_path / "roster.csv"
        self.roster.write_text(ROSTER)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.stderr = tmp_path / "serve.stderr"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Serve:
        command = [sys.executable, "-m", "workshop.cli", "--lang", self.lang, "serve", str(self.inbox)]
        command += ["--roster", str(self.roster), "--data", str(self.data), "--port", str(self.port)]
        command += ["--workers", "1", "--course", str(REPO), "--session", "all", *self.options]
        with self.stderr.open("ab") as err:
            self.proc = subprocess.Popen(
                command, env={**os.environ, "WORKSHOP_LANG": self.lang}, stdout=subprocess.DEVNULL, stderr=err
            )

        def answers() -> bool:
            assert self.proc is not None and self.proc.poll() is None, self.stderr.read_text()
            try:
                return httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        _wait_for("the server", answers)
        with (self.data / "tokens.csv").open() as handle:
            self.tokens = {row["id"]: row["token"] for row in csv.DictReader(handle)}
        return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def log(self) -> str:
        return self.stderr.read_text()

    def spool(self) -> list[str]:
        folder = self.inbox / ".incoming"
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []

    def archive(self, student: str) -> bytes:
        work = self.tmp_path / f"work-{student}"
        work.mkdir(exist_ok=True)
        (work / "calculator.py").write_bytes(SOLUTION.read_bytes())
        data, _ = build_archive(work, Course.locate(REPO).exercise("calculatrice"), student)
        return data

    def upload(self, student: str) -> httpx.Response:
        return httpx.post(
            f"{self.url}/api/v1/submissions",
            content=self.archive(student),
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {self.tokens[student]}"},
            timeout=60,
        )

    def stalled(self, student: str, sent: bytes = b"\x1f\x8b" + b"x" * 1022) -> socket.socket:
        """An upload announcing 20 MiB that sends 1 KiB, then nothing."""
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=60)
        head = (
            "POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {self.tokens[student]}\r\nContent-Type: application/gzip\r\n"
            f"Content-Length: {20 << 20}\r\n\r\n"
        )
        sock.sendall(head.encode() + sent)
        return sock


def _answer(sock: socket.socket, *, reset_is_a_close: bool = False) -> bytes:
    """Everything the server sends until it closes the connection.

    A server that closes while bytes we sent are still unread in its socket makes the
    kernel send a reset instead of a FIN: with `reset_is_a_close`, that counts as the
    close it is (what was received before it is returned)."""
    out = b""
    try:
        while chunk := sock.recv(65536):
            out += chunk
    except ConnectionResetError:
        if not reset_is_a_close:
            raise
    return out


@pytest.fixture
def serve(tmp_path: Path, sandbox_image: str) -> Iterator[Serve]:
    running = Serve(tmp_path).start()
    yield running
    running.stop()


def test_stalled_uploads_are_cut_off_while_honest_students_are_answered(serve):
    # 36 uploads held open (3 for each of 12 students), then honest traffic: every honest
    # request is answered; each stalled upload gets a 408 once under 2 KiB/s after the 5 s
    # grace (1 KiB sent, then nothing: the rate floor comes before the 10 s pause); no
    # spool file is left; the log says it in one line, not 36.
    stalled = [serve.stalled(s) for s in STUDENTS[2:] for _ in range(UPLOADS_PER_STUDENT)]
    _wait_for("the stalled uploads to be spooled", lambda: len(serve.spool()) == len(stalled))
    honest: list[int] = []
    with httpx.Client(timeout=60) as client:
        for _ in range(20):
            honest.append(client.get(f"{serve.url}/healthz").status_code)
            honest.append(
                client.get(
                    f"{serve.url}/api/v1/feedback/calculatrice",
                    headers={"Authorization": f"Bearer {serve.tokens['bob']}"},
                ).status_code
            )
    honest.append(serve.upload("alice").status_code)

    answers = [_answer(sock) for sock in stalled]  # each closed by the server, not by us

    assert honest == [200] * 40 + [201]
    assert all(a.startswith(b"HTTP/1.1 408 ") for a in answers), answers[0][:200]
    assert (
        b'{"error":"The upload was too slow (under 2 KiB/s on average after 5 s).'
        b' Check the network and submit again."}' in answers[0]
    )
    _wait_for("the spool to empty", lambda: serve.spool() == [])
    lines = [line for line in serve.log().splitlines() if "too slow" in line]
    assert lines == [
        "WARNING:  An upload too slow, refused: 1 since the last such line (one line a minute at most)."
    ]
    assert "Traceback" not in serve.log()


def test_one_student_holds_at_most_three_uploads_the_fourth_is_refused_unread(serve):
    held = [serve.stalled("bob") for _ in range(UPLOADS_PER_STUDENT)]
    _wait_for("bob's uploads to be spooled", lambda: len(serve.spool()) == UPLOADS_PER_STUDENT)
    started = time.monotonic()

    fourth = _answer(serve.stalled("bob"))  # answered and closed before the body's timeout

    assert time.monotonic() - started < BODY_IDLE_S
    assert fourth.startswith(b"HTTP/1.1 429 ")
    assert b"connection: close" in fourth.lower()
    assert fourth.endswith(
        b'{"error":"Too many uploads of yours are under way at once.'
        b' Wait for them to finish, then submit again."}'
    )
    assert serve.upload("alice").status_code == 201  # another student is not held up
    for sock in held:
        sock.close()


def test_a_connection_that_never_finishes_its_headers_is_closed(serve):
    sock = socket.create_connection(("127.0.0.1", serve.port), timeout=60)
    sock.sendall(b"POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    started = time.monotonic()
    trickle_stop = threading.Event()

    def trickle() -> None:  # a header byte now and then: keeps uvicorn's keep-alive timer off
        try:
            while not trickle_stop.wait(2):
                sock.sendall(b"X")
        except OSError:
            pass

    threading.Thread(target=trickle, daemon=True).start()
    try:
        # closed, no answer; the trickle's last byte may be unread when the server closes
        assert _answer(sock, reset_is_a_close=True) == b""
    finally:
        trickle_stop.set()
    assert time.monotonic() - started >= HEADERS_S - 1
    assert serve.upload("alice").status_code == 201


def test_clients_that_go_away_mid_upload_make_one_short_log_line_and_no_traceback(serve):
    for student in STUDENTS[2:12]:
        sock = serve.stalled(student)
        time.sleep(0.2)
        sock.close()
    _wait_for("the spool to empty", lambda: serve.spool() == [])
    assert serve.upload("alice").status_code == 201

    log = serve.log()
    assert "Traceback" not in log and "ClientDisconnect" not in log
    assert [line for line in log.splitlines() if "went away" in line] == [
        "WARNING:  A client went away during its upload: 1 since the last such line"
        " (one line a minute at most)."
    ]


def test_sigterm_with_an_upload_held_open_stops_within_the_grace_period(serve):
    held = serve.stalled("bob")
    _wait_for("the upload to be spooled", lambda: len(serve.spool()) == 1)
    assert serve.proc is not None

    serve.proc.send_signal(signal.SIGTERM)

    serve.proc.wait(timeout=60)  # main's server was still running 45 s later
    assert serve.proc.returncode == 0, serve.log()
    assert serve.spool() == []
    held.close()


def test_spool_files_a_killed_server_left_are_swept_at_start_and_only_those(tmp_path, sandbox_image):
    incoming = tmp_path / "inbox" / ".incoming"
    incoming.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    left = incoming / f"serve-{int(dead.stdout)}-abc123.part"  # a SIGKILLed server's
    live = incoming / f"serve-{os.getpid()}-def456.part"  # a server still running
    submit = incoming / "tmpk2j3h4.part"  # a `workshop submit` writing into a shared inbox
    for path in (left, live, submit):
        path.write_bytes(b"partial")

    serve = Serve(tmp_path).start()
    try:
        assert serve.spool() == sorted([live.name, submit.name])
    finally:
        serve.stop()


# -- fair grading: students take turns (F7) --------------------------------------------------

# Each call takes 1.5 s: the job runs to the exercise's wall-clock limit (as test_stops.py).
SLOW = b"import time\n\n\ndef calculate(expression):\n    time.sleep(1.5)\n    return 0.0\n"
PROMPTS = REPO / "tests" / "prompts_samples" / "good.md"


def _send(serve: Serve, student: str, exercise: str, files: dict[str, bytes]) -> None:
    work = serve.tmp_path / f"work-{student}-{exercise}-{len(list(serve.tmp_path.iterdir()))}"
    work.mkdir()
    for name, data in files.items():
        (work / name).write_bytes(data)
    archive, _ = build_archive(work, Course.locate(REPO).exercise(exercise), student, allow_errors=True)
    sent = httpx.post(
        f"{serve.url}/api/v1/submissions",
        content=archive,
        headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {serve.tokens[student]}"},
        timeout=60,
    )
    assert sent.status_code == 201, sent.text


def _book(serve: Serve, query: str) -> list[tuple]:
    import sqlite3

    path = serve.data / "gradebook.sqlite"
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        try:
            return db.execute(query).fetchall()
        except sqlite3.OperationalError:
            return []


def test_an_honest_first_upload_is_graded_before_a_flooding_students_next_ones(serve):
    # One container (--workers 1). s00 floods: a calculator that runs to the time limit,
    # then, while it runs, prompts and two more calculators. alice uploads once, last.
    # Main graded in arrival order: alice waited for all of s00's. Students take turns now.
    _send(serve, "s00", "calculatrice", {"calculator.py": SLOW})
    _wait_for("s00's first job to start", lambda: _book(serve, "SELECT id FROM submissions") != [])
    _send(serve, "s00", "prompts", {"prompts.md": PROMPTS.read_bytes()})
    _send(serve, "s00", "calculatrice", {"calculator.py": SOLUTION.read_bytes() + b"# 2\n"})
    _send(serve, "s00", "calculatrice", {"calculator.py": SOLUTION.read_bytes() + b"# 3\n"})
    _send(serve, "alice", "calculatrice", {"calculator.py": SOLUTION.read_bytes()})

    order = (
        "SELECT s.student, s.exercise, s.attempt FROM grades g JOIN submissions s ON s.id = g.submission_id"
    )
    _wait_for("four grades", lambda: len(_book(serve, order + " ORDER BY g.rowid")) == 4, timeout=300)
    graded = [(student, exercise) for student, exercise, _ in _book(serve, order + " ORDER BY g.rowid")]

    assert graded[:2] == [("s00", "calculatrice"), ("alice", "calculatrice")]
    assert sorted(graded[2:]) == [("s00", "calculatrice"), ("s00", "prompts")]
    # s00's second calculator gave way to the third: recorded as superseded, file kept.
    attempts = sorted(p.name for p in (serve.inbox / "calculatrice" / "s00").iterdir())
    assert len(attempts) == 3
    superseded = _book(
        serve,
        "SELECT old.attempt, new.attempt FROM superseded x JOIN submissions old ON old.id = x.submission_id"
        " JOIN submissions new ON new.id = x.by_submission_id",
    )
    assert superseded == [(attempts[1], attempts[2])]
    graded_attempts = {a for _, _, a in _book(serve, order)}
    assert attempts[1] not in graded_attempts and attempts[2] in graded_attempts


# -- reads are limited per token; a flood of bad tokens is a cheap refusal (issue 12, part A) ------
def test_an_honest_students_feedback_is_read_while_other_tokens_flood(serve):
    # Four clients flood: two with tokens that do not exist, two with bob's token, past his
    # read limit (READS_PER_WINDOW a minute). Alice polls her feedback meanwhile, as her
    # page does: every read of hers is answered 200; bob's past the limit are 429 with a
    # Retry-After; the bad tokens only ever get 401; the log says each kind once.
    from workshop.server.app import READS_PER_WINDOW

    stop = threading.Event()
    seen: dict[str, list[int]] = {"bad": [], "bob": []}
    retry_after: list[str] = []

    resets: list[str] = []

    def flood(kind: str, token: str) -> None:
        with httpx.Client(timeout=60) as client:
            while not stop.is_set():
                try:
                    reply = client.get(
                        f"{serve.url}/api/v1/feedback/calculatrice",
                        headers={"Authorization": f"Bearer {token}"},
                    )
                except httpx.TransportError as exc:
                    # Shedding may close a flooder's connection: that is the server defending
                    # itself, not an answer; counted apart so the statuses below stay exact.
                    resets.append(type(exc).__name__)
                    continue
                seen[kind].append(reply.status_code)
                if reply.status_code == 429:
                    retry_after.append(reply.headers.get("retry-after", ""))

    floods = [
        threading.Thread(target=flood, args=("bad", f"NOPE-{k}")) for k in range(2)
    ] + [threading.Thread(target=flood, args=("bob", serve.tokens["bob"])) for _ in range(2)]
    for thread in floods:
        thread.start()
    honest: list[int] = []
    try:
        with httpx.Client(timeout=30) as client:
            deadline = time.monotonic() + 120
            while (429 not in seen["bob"] or len(honest) < 20) and time.monotonic() < deadline:
                reply = client.get(
                    f"{serve.url}/api/v1/feedback/calculatrice",
                    headers={"Authorization": f"Bearer {serve.tokens['alice']}"},
                )
                honest.append(reply.status_code)
                time.sleep(0.1)
    finally:
        stop.set()
        for thread in floods:
            thread.join(timeout=60)

    assert len(honest) >= 20 and set(honest) == {200}
    assert seen["bob"].count(200) == READS_PER_WINDOW and set(seen["bob"]) == {200, 429}
    assert retry_after and all(1 <= int(value) <= 60 for value in retry_after)
    assert seen["bad"] and set(seen["bad"]) == {401}
    log = serve.log()
    assert log.count("A read past a token's limit of reads a minute, refused") == 1
    assert "Traceback" not in log
