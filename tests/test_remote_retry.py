"""``workshop submit --server`` in a busy room: a poll for feedback that meets a reset
connection or a busy server asks again until its deadline (it used to give up at the
first, so the student got "feedback later" for a connection the class's server shed), and
an upload the server answers 503 (busy, or its place given to another upload: nothing
kept) is sent again after the server's Retry-After. Against a loopback HTTP server that
misbehaves on purpose; the retry logic is the real client's (httpx)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from workshop import remote
from workshop.errors import InputError

GRADED = {"status": "graded", "attempt": "a1", "tests": []}


class Script:
    """What the stub answers each request, in order: "reset" (close without a word),
    "503-html" (a busy page that is no JSON), "503-json", "pending", "graded", "201"."""

    def __init__(self, steps: list[str]) -> None:
        self.steps = steps
        self.seen: list[str] = []


@pytest.fixture
def stub() -> Iterator[tuple[str, Script]]:
    script = Script([])

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            step = script.steps.pop(0) if script.steps else "graded"
            script.seen.append(f"{self.command} {step}")
            if step == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
                self.connection.close()
                self.close_connection = True
                return
            status, body, kind = {
                "503-html": (503, b"<html>busy</html>", "text/html"),
                "503-json": (503, b'{"error": "busy"}', "application/json"),
                "pending": (200, b'{"status": "pending"}', "application/json"),
                "graded": (200, json.dumps(GRADED).encode(), "application/json"),
                "201": (201, b'{"attempt": "a1", "exercise": "calculatrice"}', "application/json"),
            }[step]
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if status == 503:
                self.send_header("Retry-After", "0")
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", script
    server.shutdown()
    server.server_close()


def test_a_feedback_poll_outlives_a_reset_and_a_busy_page(stub, monkeypatch):
    url, script = stub
    monkeypatch.setattr(remote, "POLL_S", 0.05)
    script.steps = ["reset", "503-html", "pending", "graded"]
    assert remote.wait_for_feedback(url, "tok", {"exercise": "calculatrice", "attempt": "a1"}, 30) == GRADED
    assert script.seen == ["GET reset", "GET 503-html", "GET pending", "GET graded"]


def test_a_feedback_poll_still_ends_at_its_deadline(stub, monkeypatch):
    url, script = stub
    monkeypatch.setattr(remote, "POLL_S", 0.05)
    script.steps = ["reset"] * 1000
    assert remote.wait_for_feedback(url, "tok", {"exercise": "calculatrice", "attempt": "a1"}, 1) is None
    assert 2 <= len(script.seen) < 1000


def test_an_upload_answered_503_is_sent_again_and_a_refusal_is_not(stub, monkeypatch, tmp_path: Path):
    url, script = stub
    monkeypatch.setattr(remote, "build_archive", lambda *args, **kwargs: (b"archive", None))
    monkeypatch.setattr(remote, "BACKOFF_S", (0.0, 0.0))
    script.steps = ["503-json", "201"]
    receipt = remote.upload(url, "tok", tmp_path, None, "alice")  # type: ignore[arg-type]
    assert receipt["attempt"] == "a1"
    assert script.seen == ["POST 503-json", "POST 201"]

    script.steps, script.seen = ["503-json"] * 3, []
    with pytest.raises(InputError) as refused:
        remote.upload(url, "tok", tmp_path, None, "alice")  # type: ignore[arg-type]
    assert refused.value.key == "server_refused"
    assert script.seen == ["POST 503-json"] * remote.UPLOAD_TRIES
