"""workshop serve: uploads, background grading, feedback, release and the LMS pull, over
real HTTP on loopback with uvicorn, and the real Docker engine behind the worker."""

from __future__ import annotations

import csv
import io
import os
import shutil
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest
import uvicorn

from conftest import REPO, run_cli
from workshop.course import Course
from workshop.roster import load_roster
from workshop.server.app import RateLimit, create_app
from workshop.server.worker import GradingWorker
from workshop.submit import build_archive

SOLUTION = REPO / "graders" / "calculatrice" / "solution" / "calculator.py"
ROSTER = "id,name,email,moodle_idnumber\nalice,Alice,alice@x.org,A1\nbob,Bob,bob@x.org,B2\n"


class LiveServer:
    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _tokens(data: Path) -> dict[str, str]:
    return {row["id"]: row["token"] for row in csv.DictReader((data / "tokens.csv").open())}


@pytest.fixture
def classroom(tmp_path: Path):
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    course = Course.locate(REPO)
    data, inbox = tmp_path / "server", tmp_path / "inbox"
    worker = GradingWorker(inbox, course, data, workers=2)
    app = create_app(inbox, course, data, load_roster(roster_path), worker, RateLimit(count=3, window_s=60))
    worker.start()
    live = LiveServer(app)
    yield live, _tokens(data), tmp_path
    live.stop()
    worker.stop()


def _work(tmp_path: Path, name: str, source: Path = SOLUTION) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    shutil.copyfile(source, folder / "calculator.py")
    return folder


def _poll(url: str, token: str, exercise: str = "calculatrice", timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = httpx.get(
            f"{url}/api/v1/feedback/{exercise}", headers={"Authorization": f"Bearer {token}"}
        ).json()
        if body["status"] == "graded":
            return body
        time.sleep(0.3)
    raise AssertionError("not graded in time")


def test_a_class_end_to_end_submit_feedback_release_and_lms_pull(classroom, sandbox_image):
    live, tokens, tmp_path = classroom
    done = run_cli(
        "submit",
        "--dir",
        str(_work(tmp_path, "a")),
        "--exercise",
        "calculatrice",
        "--student",
        "alice",
        "--server",
        live.url,
        "--token",
        tokens["alice"],
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    # The public tests run here first (issue 9, class 3), then the receipt.
    assert done.stdout.startswith("Running the public tests on your machine first")
    assert "\nSubmitted calculatrice for alice:" in done.stdout
    assert "5/5 tests passed so far (public tests" in done.stdout  # feedback within seconds
    before = _poll(live.url, tokens["alice"])
    assert {t["visibility"] for t in before["tests"]} == {"public"} and "score" not in before
    released = httpx.post(
        f"{live.url}/api/v1/release/calculatrice", headers={"Authorization": f"Bearer {tokens['*class*']}"}
    )
    assert released.status_code == 200
    after = _poll(live.url, tokens["alice"])
    assert after["score"] == 48 and {t["visibility"] for t in after["tests"]} == {"public", "hidden"}
    # Moodle pulls with the token in the URL, no header.
    xml = httpx.get(f"{live.url}/api/v1/scores?format=moodle-xml&token={tokens['*class*']}")
    assert xml.status_code == 200 and xml.headers["content-disposition"].startswith("attachment")
    result = ET.fromstring(xml.content).find("result")
    assert (result.findtext("student"), result.findtext("score")) == ("A1", "48")
    page = httpx.get(
        f"{live.url}/api/v1/scores",
        params={"limit": 1},
        headers={"Authorization": f"Bearer {tokens['*class*']}"},
    )
    assert page.json()["items"][0]["userId"] == "alice" and page.json()["items"][0]["resultScore"] == 48
    again = httpx.get(
        f"{live.url}/api/v1/scores",
        params={"limit": 1},
        headers={"Authorization": f"Bearer {tokens['*class*']}", "If-None-Match": page.headers["etag"]},
    )
    assert again.status_code == 304
    # A second student, a partly right calculator; the trainer's dashboard data follows.
    bruno = REPO / "graders" / "calculatrice" / "demo" / "bruno" / "calculator.py"
    done = run_cli(
        "submit",
        "--dir",
        str(_work(tmp_path, "b", bruno)),
        "--exercise",
        "calculatrice",
        "--student",
        "bob",
        "--server",
        live.url,
        "--token",
        tokens["bob"],
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    assert _poll(live.url, tokens["bob"])["score"] == 43
    board = httpx.get(
        f"{live.url}/api/v1/dashboard", headers={"Authorization": f"Bearer {tokens['*class*']}"}
    )
    calc = board.json()["exercises"][0]
    assert (calc["submitted"], calc["roster"], calc["statuses"]) == (2, 2, {"passed": 1, "failed": 1})
    everything = httpx.get(f"{live.url}/api/v1/scores", params={"token": tokens["*class*"], "limit": 1})
    assert everything.json()["total"] == 2 and 'rel="next"' in everything.headers["link"]
    future = httpx.get(
        f"{live.url}/api/v1/scores", params={"token": tokens["*class*"], "since": "2999-01-01T00:00:00Z"}
    )
    assert future.json() == {"items": [], "total": 0}
    csv_pull = httpx.get(f"{live.url}/api/v1/scores", params={"token": tokens["*class*"], "format": "csv"})
    rows = {r["id"]: r["calculatrice"] for r in csv.DictReader(io.StringIO(csv_pull.text))}
    assert rows == {"alice": "48", "bob": "43"}


def test_refusals_are_clear_and_store_nothing(classroom):
    live, tokens, tmp_path = classroom
    exercise = Course.locate(REPO).exercise("calculatrice")
    bobs, _ = build_archive(_work(tmp_path, "b"), exercise, "bob")
    post = f"{live.url}/api/v1/submissions"
    gz = {"Content-Type": "application/gzip"}

    def auth(who: str) -> dict[str, str]:
        return {**gz, "Authorization": f"Bearer {tokens[who]}"}

    assert httpx.post(post, content=bobs, headers=gz).status_code == 401
    assert httpx.post(post, content=bobs, headers={**gz, "Authorization": "Bearer nope"}).status_code == 401
    assert httpx.post(post, content=bobs, headers=auth("*class*")).status_code == 401
    stolen = httpx.post(post, content=bobs, headers=auth("alice"))
    assert stolen.status_code == 403 and "A token speaks for one student only" in stolen.json()["error"]
    wrong_type = httpx.post(post, content=bobs, headers={**auth("bob"), "Content-Type": "text/plain"})
    assert wrong_type.status_code == 415
    assert httpx.post(post, content=bobs[: len(bobs) // 2], headers=auth("bob")).status_code == 400
    huge = httpx.post(post, content=b"\0" * (21 << 20), headers=auth("bob"))
    assert huge.status_code == 413
    assert not (tmp_path / "inbox" / "calculatrice").exists()
    assert httpx.post(post, content=bobs, headers=auth("bob")).status_code == 201
    assert httpx.post(post, content=bobs, headers=auth("bob")).status_code == 201  # every attempt kept
    assert httpx.post(post, content=bobs, headers=auth("bob")).status_code == 429  # 3 per minute here
    assert len(list((tmp_path / "inbox" / "calculatrice" / "bob").iterdir())) == 2


def test_concurrent_uploads_from_one_student_are_all_kept(classroom):
    live, tokens, tmp_path = classroom
    exercise = Course.locate(REPO).exercise("calculatrice")
    archive, _ = build_archive(_work(tmp_path, "c"), exercise, "alice")
    headers = {"Content-Type": "application/gzip", "Authorization": f"Bearer {tokens['alice']}"}
    results: list[int] = []

    def send() -> None:
        results.append(
            httpx.post(f"{live.url}/api/v1/submissions", content=archive, headers=headers).status_code
        )

    threads = [threading.Thread(target=send) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [201, 201, 201]
    assert len(list((tmp_path / "inbox" / "calculatrice" / "alice").iterdir())) == 3


def test_a_restarted_server_grades_what_was_queued(tmp_path, sandbox_image):
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    course, data, inbox = Course.locate(REPO), tmp_path / "server", tmp_path / "inbox"
    first = LiveServer(create_app(inbox, course, data, load_roster(roster_path), worker=None))
    tokens = _tokens(data)
    archive, _ = build_archive(_work(tmp_path, "d"), course.exercise("calculatrice"), "bob")
    sent = httpx.post(
        f"{first.url}/api/v1/submissions",
        content=archive,
        headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {tokens['bob']}"},
    )
    assert sent.status_code == 201
    first.stop()  # stopped before anything graded it
    worker = GradingWorker(inbox, course, data, workers=1)
    second = LiveServer(create_app(inbox, course, data, load_roster(roster_path), worker))
    worker.start()
    try:
        assert _tokens(data) == tokens  # the same tokens after a restart
        assert _poll(second.url, tokens["bob"])["status"] == "graded"
    finally:
        second.stop()
        worker.stop()


def test_submit_to_an_unreachable_server_is_one_clear_line(tmp_path):
    done = run_cli(
        "submit",
        "--dir",
        str(_work(tmp_path, "e")),
        "--exercise",
        "calculatrice",
        "--student",
        "alice",
        "--server",
        "http://127.0.0.1:9",
        "--token",
        "x",
        cwd=REPO,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("Error: Cannot reach the server http://127.0.0.1:9 (ConnectError).")
    assert io.StringIO(done.stderr).read().count("\n") == 1


def test_workshop_serve_command_starts_and_answers(tmp_path):
    import os
    import socket
    import subprocess
    import sys

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workshop.cli",
            "serve",
            str(tmp_path / "inbox"),
            "--roster",
            str(roster_path),
            "--data",
            str(tmp_path / "server"),
            "--port",
            str(port),
        ],
        cwd=REPO,
        env={**os.environ, "WORKSHOP_LANG": "en"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith(f"Serving on http://127.0.0.1:{port}")
        deadline = time.monotonic() + 15
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz")
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert health.json()["ok"] is True
        assert set(_tokens(tmp_path / "server")) == {"*class*", "alice", "bob"}
        assert oct((tmp_path / "server" / "tokens.csv").stat().st_mode & 0o777) == "0o600"
        slips = (tmp_path / "server" / "slips.html").read_text()
        alice = _tokens(tmp_path / "server")["alice"]
        assert f"workshop submit --server http://127.0.0.1:{port} --student alice --token {alice}" in slips
        assert oct((tmp_path / "server" / "slips.html").stat().st_mode & 0o777) == "0o600"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("runtime", ["runc", "runsc"])
def test_workshop_serve_grades_under_the_runtime_it_is_given(tmp_path, runtime, sandbox_image):
    import os
    import socket
    import sqlite3
    import subprocess
    import sys

    from conftest import require_runtime

    require_runtime(runtime)
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    data = tmp_path / "server"
    proc = subprocess.Popen(
        [sys.executable, "-m", "workshop.cli", "serve", str(tmp_path / "inbox"), "--roster", str(roster_path),
         "--data", str(data), "--port", str(port)],
        cwd=REPO,
        env={**os.environ, "WORKSHOP_LANG": "en", "WORKSHOP_RUNTIME": runtime},
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith(f"Serving on http://127.0.0.1:{port}")
        url, token = f"http://127.0.0.1:{port}", _tokens(data)["alice"]
        exercise = Course.locate(REPO).exercise("calculatrice")
        archive, _ = build_archive(_work(tmp_path, "w"), exercise, "alice")
        sent = httpx.post(
            f"{url}/api/v1/submissions",
            content=archive,
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {token}"},
        )
        assert sent.status_code == 201
        assert _poll(url, token)["status"] == "graded"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    db = sqlite3.connect(data / "gradebook.sqlite")
    graded = db.execute("SELECT json_extract(result_json, '$.runtime'), status FROM grades").fetchall()
    assert graded == [(runtime, "passed")]


def _course_due(tmp_path: Path, deadline: str) -> Course:
    """A copy of the calculator (its demo left out) whose exercise.toml has ``deadline``."""
    root = tmp_path / "course"
    shutil.copytree(REPO / "exercises" / "calculatrice", root / "exercises" / "calculatrice")
    shutil.copytree(
        REPO / "graders" / "calculatrice",
        root / "graders" / "calculatrice",
        ignore=shutil.ignore_patterns("demo"),
    )
    spec = root / "exercises" / "calculatrice" / "exercise.toml"
    spec.write_text(spec.read_text().replace("[title]", f"deadline = {deadline}\n\n[title]", 1))
    return Course.locate(root)


@pytest.fixture
def late_course(tmp_path: Path) -> Course:
    """The calculator with a deadline in the past."""
    return _course_due(tmp_path, "2020-01-01T00:00:00Z")


@pytest.mark.parametrize(("mode", "expected"), [("refuse", 403), ("flag", 201), ("penalty", 201)])
def test_after_the_deadline_the_policy_decides(tmp_path, late_course, mode, expected, sandbox_image):
    from workshop.server.app import LatePolicy

    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    data, inbox = tmp_path / "server", tmp_path / "inbox"
    worker = GradingWorker(inbox, late_course, data, workers=1)
    live = LiveServer(
        create_app(
            inbox,
            late_course,
            data,
            load_roster(roster_path),
            worker,
            late_policy=LatePolicy(mode=mode, penalty=0.25),
        )
    )
    worker.start()
    try:
        tokens = _tokens(data)
        archive, _ = build_archive(_work(tmp_path, "l"), late_course.exercise("calculatrice"), "alice")
        sent = httpx.post(
            f"{live.url}/api/v1/submissions",
            content=archive,
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {tokens['alice']}"},
        )
        assert sent.status_code == expected
        if mode == "refuse":
            assert "deadline of this exercise has passed" in sent.json()["error"]
            assert not inbox.joinpath("calculatrice").exists()
            return
        assert sent.json()["late"] is True
        feedback = _poll(live.url, tokens["alice"])
        # Late uploads are taken: the hidden results wait for the trainer's release, not the
        # deadline (red team 12g D1: shown at the deadline, a late attempt could fix them).
        assert feedback["late"] is True and feedback["released"] is False and "score" not in feedback
        assert all(test["visibility"] == "public" for test in feedback["tests"])
        release = httpx.post(
            f"{live.url}/api/v1/release/calculatrice",
            headers={"Authorization": f"Bearer {tokens['*class*']}"},
            timeout=10,
        )
        assert release.status_code == 200, release.text
        feedback = _poll(live.url, tokens["alice"])
        assert feedback["released"] is True
        assert feedback["score"] == (48 if mode == "flag" else 36)
        items = httpx.get(f"{live.url}/api/v1/scores?token={tokens['*class*']}").json()["items"]
        assert items[0]["resultScore"] == feedback["score"]
    finally:
        live.stop()
        worker.stop()


def test_submit_takes_server_and_token_from_the_config_file(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('student = "alice"\nserver = "http://127.0.0.1:9"\ntoken = "t"\n')
    done = run_cli(
        "submit",
        "--dir",
        str(_work(tmp_path, "f")),
        "--exercise",
        "calculatrice",
        cwd=REPO,
        env={"WORKSHOP_CONFIG": str(config)},
    )
    assert done.returncode == 1
    assert done.stderr.startswith("Error: Cannot reach the server http://127.0.0.1:9")


# -- starting the server in the room (issue 12) ---------------------------------------------


def _serve(tmp_path: Path, *args: str, prefix: list[str] | None = None, lang: str = "en"):  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    command = [sys.executable, "-m", "workshop.cli", "--lang", lang, "serve", str(tmp_path / "inbox")]
    command += ["--roster", str(roster_path), "--data", str(tmp_path / "server"), *args]
    return subprocess.Popen(
        [*(prefix or []), *command],
        cwd=REPO,
        env={**os.environ, "WORKSHOP_LANG": "en"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _free_port() -> int:
    import socket

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


# A room of its own: a network namespace with a LAN interface (a veth pair) and a Docker
# bridge, as on a trainer's laptop; the server in it is reached by no one.
ROOM = (
    "ip link set lo up && ip link add lan0 type veth peer name lan1 && "
    "ip addr add 10.99.0.7/24 dev lan0 && ip link set lan1 up && ip link set lan0 up && "
    "ip link add docker0 type bridge && ip addr add 172.17.0.1/16 dev docker0 && "
    'ip link set docker0 up && exec "$@"'
)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="makes a network namespace: root only"
)
@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "en",
            [
                "Serving on http://10.99.0.7:{port} — inbox {inbox}; tokens in {slips} (hand them out; "
                "keep the class token for the LMS).",
                "Your dashboard (the link holds the class token: keep it to yourself): "
                "http://10.99.0.7:{port}/dashboard#token={token}",
                "This machine has other addresses; if students cannot connect, try: http://172.17.0.1:{port} "
                "(or give --public-url).",
            ],
        ),
        (
            "fr",
            [
                "Serveur sur http://10.99.0.7:{port} — dépôts dans {inbox}\u00a0; jetons dans {slips} "
                "(à distribuer\u00a0; gardez le jeton de classe pour le LMS).",
                "Votre tableau de bord (le lien contient le jeton de classe\u00a0: gardez-le "
                "pour vous)\u00a0: "
                "http://10.99.0.7:{port}/dashboard#token={token}",
                "Cette machine a d'autres adresses\u00a0; si les étudiants ne peuvent pas se "
                "connecter, essayez\u00a0: "
                "http://172.17.0.1:{port} (ou indiquez --public-url).",
            ],
        ),
    ],
)
def test_serve_on_every_interface_prints_and_slips_the_lan_address(tmp_path, lang, lines):
    port = 8765
    proc = _serve(
        tmp_path,
        "--host",
        "0.0.0.0",
        "--port",
        str(port),
        lang=lang,
        prefix=["unshare", "-n", "sh", "-c", ROOM, "room"],
    )
    try:
        assert proc.stdout is not None
        printed = [proc.stdout.readline().rstrip("\n") for _ in range(3)]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    data = tmp_path / "server"
    token = _tokens(data)["*class*"]
    assert printed == [
        line.format(port=port, inbox=tmp_path / "inbox", slips=data / "slips.html", token=token)
        for line in lines
    ]
    slips = (data / "slips.html").read_text()
    alice = _tokens(data)["alice"]
    assert f"workshop submit --server http://10.99.0.7:{port} --student alice --token {alice}" in slips
    assert "0.0.0.0" not in slips


def test_serve_public_url_goes_on_the_slips_and_the_dashboard_link(tmp_path):
    port = _free_port()
    proc = _serve(tmp_path, "--port", str(port), "--public-url", "https://ai-room.example.org/")
    try:
        assert proc.stdout is not None
        first, second = proc.stdout.readline(), proc.stdout.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    token = _tokens(tmp_path / "server")["*class*"]
    assert first.startswith("Serving on https://ai-room.example.org — inbox")
    assert second.endswith(f": https://ai-room.example.org/dashboard#token={token}\n")
    assert (
        "--server https://ai-room.example.org --student bob"
        in (tmp_path / "server" / "slips.html").read_text()
    )


def test_serve_refuses_a_public_url_that_is_no_web_address(tmp_path):
    proc = _serve(tmp_path, "--public-url", "ai-room:8765")
    _, err = proc.communicate(timeout=30)

    assert proc.returncode == 1
    assert err == (
        "Error: --public-url 'ai-room:8765' is not a web address. Give one such as http://10.0.0.5:8765 or "
        "https://ai-room.example.org.\n"
    )
    assert not (tmp_path / "server").exists()


def test_the_server_tidies_a_token_sent_with_spaces_case_or_a_cr(tmp_path):
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    course, data, inbox = Course.locate(REPO), tmp_path / "server", tmp_path / "inbox"
    live = LiveServer(create_app(inbox, course, data, load_roster(roster_path), worker=None))
    try:
        tokens = _tokens(data)
        archive, _ = build_archive(_work(tmp_path, "t"), course.exercise("calculatrice"), "bob")
        spaced = tokens["bob"].lower().replace("-", "  ")  # h11 itself trims the ends
        sent = httpx.post(
            f"{live.url}/api/v1/submissions",
            content=archive,
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {spaced}"},
        )
        assert sent.status_code == 201, sent.text
        pulled = httpx.get(f"{live.url}/api/v1/scores", params={"token": tokens["*class*"] + "\r\n"})
        assert pulled.status_code == 200
    finally:
        live.stop()


def test_submit_tidies_a_token_pasted_with_spaces_and_a_cr(classroom, sandbox_image):
    live, tokens, tmp_path = classroom
    pasted = "  " + tokens["alice"].lower().replace("-", " - ") + "\r\n"
    done = run_cli(
        "submit", "--dir", str(_work(tmp_path, "p")), "--exercise", "calculatrice", "--student", "alice",
        "--server", live.url, "--token", pasted, cwd=REPO,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    # The public tests run here first (issue 9, class 3), then the receipt.
    assert done.stdout.startswith("Running the public tests on your machine first")
    assert "\nSubmitted calculatrice for alice:" in done.stdout
    assert "5/5 tests passed so far" in done.stdout


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Error: The token holds 'é', which no token has. Copy it again from your slip (letters, digits "
            "and dashes only).\n",
        ),
        (
            "fr",
            "Erreur\u00a0: Le jeton contient 'é', qu'aucun jeton ne contient. Recopiez-le depuis votre fiche "
            "(lettres, chiffres et tirets seulement).\n",
        ),
    ],
)
def test_submit_with_a_token_no_header_can_carry_is_one_clear_line(tmp_path, lang, expected):
    done = run_cli(
        "--lang", lang, "submit", "--dir", str(_work(tmp_path, "m")), "--exercise", "calculatrice",
        "--student", "alice", "--server", "http://127.0.0.1:9", "--token", "KXT4-9QMW-R7HZ-3NPé", cwd=REPO,
    )  # fmt: skip

    assert done.returncode == 1
    assert done.stderr == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Error: No token given for the server. Pass --token (from your slip), set WORKSHOP_TOKEN, "
            'or put token = "..." in your config file.\n',
        ),
        (
            "fr",
            "Erreur\u00a0: Aucun jeton pour le serveur. Passez --token (depuis votre fiche), définissez "
            'WORKSHOP_TOKEN, ou mettez token = "..." dans votre fichier de configuration.\n',
        ),
    ],
)
def test_submit_to_a_server_without_a_token_is_one_clear_line(tmp_path, lang, expected):
    """No token from any source: said so, not "cannot reach the server" (an empty bearer
    header is refused before anything is sent, which read as a network error)."""
    home = tmp_path / "home"
    home.mkdir()
    done = run_cli(
        "--lang", lang, "submit", "--dir", str(_work(tmp_path, "n")), "--exercise", "calculatrice",
        "--student", "alice", "--server", "http://127.0.0.1:9", cwd=REPO,
        env={"WORKSHOP_TOKEN": "", "WORKSHOP_CONFIG": str(home / "config.toml"), "HOME": str(home)},
    )  # fmt: skip

    assert done.returncode == 1
    assert done.stderr == expected


def test_submit_to_the_server_shows_why_a_public_test_failed(classroom, sandbox_image):
    live, tokens, tmp_path = classroom
    bruno = REPO / "graders" / "calculatrice" / "demo" / "bruno" / "calculator.py"
    done = run_cli(
        "submit", "--dir", str(_work(tmp_path, "w", bruno)), "--exercise", "calculatrice", "--student", "bob",
        "--server", live.url, "--token", tokens["bob"], cwd=REPO,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    # Printed twice: by the public tests run here first, then in the graded feedback (the
    # same detail, as the student's machine gave it: issue 9, class 3).
    here, graded = done.stdout.split("\nSubmitted ", 1)
    for printed in (here, graded):
        assert (
            " ✗ test_precedence — Multiplication must be done before addition (2+3*4 is 14, not 20).\n"
            "     assert 20.0 == 14.0 ± 1.4e-05\n"
        ) in printed
    assert "4/5 tests passed so far" in graded


def test_notebook_hidden_test_cells_show_on_feedback_only_once_released(classroom, sandbox_image):
    """A notebook test cell holding hidden tests is a hidden test: before the trainer
    releases results its outcome is not on the feedback endpoint (every cell of `neurone`
    holds hidden tests, so nothing is), after it is, with the score."""
    live, tokens, tmp_path = classroom
    folder = tmp_path / "nb"
    folder.mkdir()
    shutil.copyfile(REPO / "graders" / "neurone" / "neurone.ipynb", folder / "neurone.ipynb")
    done = run_cli(
        "submit", "--dir", str(folder), "--exercise", "neurone", "--student", "alice",
        "--server", live.url, "--token", tokens["alice"], cwd=REPO, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    before = _poll(live.url, tokens["alice"], "neurone", timeout=300)
    assert (before["released"], before["tests"]) == (False, []) and "score" not in before
    assert "0/0 tests passed so far" in done.stdout
    released = httpx.post(
        f"{live.url}/api/v1/release/neurone", headers={"Authorization": f"Bearer {tokens['*class*']}"}
    )
    assert released.status_code == 200
    after = _poll(live.url, tokens["alice"], "neurone")
    assert after["score"] == 10
    cells = ("test_predict", "test_mse", "test_fit", "test_classify_output", "test_model_size")
    cells += ("test_accuracy",)
    shown = {(t["name"].split("/")[-1], t["visibility"], t["outcome"]) for t in after["tests"]}
    assert shown == {(cell, "hidden", "passed") for cell in cells}


# -- without the engine: the same server, its worker running each job on this machine -----------
# (LocalRunner, the runner of `workshop check`: the real harness and the real hidden tests, no
# container). For what these tests check the sandbox changes nothing.


def _local_classroom(tmp_path: Path, course: Course, **options):  # type: ignore[no-untyped-def]
    from workshop.sandbox.local import LocalRunner

    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    data, inbox = tmp_path / "server", tmp_path / "inbox"
    worker = GradingWorker(inbox, course, data, workers=1, broker=LocalRunner)
    live = LiveServer(create_app(inbox, course, data, load_roster(roster_path), worker, **options))
    worker.start()
    return live, worker, _tokens(data)


@pytest.fixture
def local_classroom(tmp_path: Path):
    live, worker, tokens = _local_classroom(tmp_path, Course.locate(REPO))
    yield live, tokens, tmp_path
    live.stop()
    worker.stop()


@pytest.fixture
def due_course(tmp_path: Path) -> Course:
    """The calculator with a deadline still to come (``_pass_the_deadline`` moves it behind)."""
    return _course_due(tmp_path, "2999-01-01T00:00:00Z")


def _pass_the_deadline(course: Course) -> None:
    """The server reads the deadline at each request: moved behind now, it has passed."""
    spec = course.root / "exercises" / "calculatrice" / "exercise.toml"
    spec.write_text(spec.read_text().replace("deadline = 2999-01-01", "deadline = 2020-01-01", 1))


@pytest.mark.parametrize(("mode", "shown"), [("refuse", True), ("flag", False)])
def test_at_the_deadline_under_late_refuse_hidden_results_and_score_show_without_a_release(
    tmp_path, due_course, mode, shown
):
    """README: hidden tests and scores show once the trainer releases them, or at the
    exercise's deadline under --late refuse (not while late uploads are taken)."""
    from workshop.server.app import LatePolicy

    live, worker, tokens = _local_classroom(tmp_path, due_course, late_policy=LatePolicy(mode=mode))
    try:
        archive, _ = build_archive(_work(tmp_path, "d"), due_course.exercise("calculatrice"), "alice")
        sent = httpx.post(
            f"{live.url}/api/v1/submissions",
            content=archive,
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {tokens['alice']}"},
        )
        assert sent.status_code == 201 and sent.json()["late"] is False, sent.text
        before = _poll(live.url, tokens["alice"])
        assert before["released"] is False and "score" not in before
        assert {t["visibility"] for t in before["tests"]} == {"public"}

        _pass_the_deadline(due_course)

        after = _poll(live.url, tokens["alice"])
        assert after["attempt"] == sent.json()["attempt"] and after["late"] is False
        if shown:
            assert after["released"] is True
            assert (after["score"], after["max_score"], after["outcome"]) == (48, 48, "passed")
            assert {t["visibility"] for t in after["tests"]} == {"public", "hidden"}
        else:  # late uploads are still taken: the hidden results wait for the trainer
            assert after["released"] is False and "score" not in after
            assert {t["visibility"] for t in after["tests"]} == {"public"}
        late = httpx.post(
            f"{live.url}/api/v1/submissions",
            content=archive,
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {tokens['alice']}"},
        )
        assert late.status_code == (403 if mode == "refuse" else 201)  # the deadline has passed
    finally:
        live.stop()
        worker.stop()


@pytest.mark.parametrize("source", ["WORKSHOP_SERVER", "WORKSHOP_TOKEN", "config server", "config token"])
def test_submit_takes_the_server_or_the_token_from_the_environment_or_the_config(local_classroom, source):
    """README: --server and --token may also come from WORKSHOP_SERVER / WORKSHOP_TOKEN or
    the config file (server = ..., token = ...); each alone, the other given as an option."""
    live, tokens, tmp_path = local_classroom
    config = tmp_path / "config.toml"
    config.write_text(
        f'server = "{live.url}"\n' if source == "config server" else f'token = "{tokens["alice"]}"\n'
    )
    env = {
        "WORKSHOP_SERVER": {"WORKSHOP_SERVER": live.url},
        "WORKSHOP_TOKEN": {"WORKSHOP_TOKEN": tokens["alice"]},
    }.get(source, {"WORKSHOP_CONFIG": str(config)})
    option = ["--token", tokens["alice"]] if "SERVER" in source.upper() else ["--server", live.url]
    done = run_cli(
        "submit", "--dir", str(_work(tmp_path, "e")), "--exercise", "calculatrice", "--student", "alice",
        *option, cwd=REPO, env=env,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert "\nSubmitted calculatrice for alice: " in done.stdout
    assert f"{live.url} (" in done.stdout  # the receipt names the server, not an inbox
    assert "5/5 tests passed so far (public tests" in done.stdout  # the server's feedback
    assert len(list((tmp_path / "inbox" / "calculatrice" / "alice").iterdir())) == 1
