"""No client input gets a 5xx from the real `workshop serve` (issue 12, red team: a deeply
nested manifest and an over-long exercise name answered 500). Every endpoint, GET and POST,
gets malformed variants of each thing a client sends: path parameters, query parameters,
headers, JSON bodies and archives (deep nesting, huge numbers, wrong types, NUL, invalid
UTF-8, over-long names)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from test_server_flood import Serve
from workshop.archive import MANIFEST, Manifest, pack, sha256
from workshop.i18n import t

DEEP = "[" * 5000
VARIANTS = {
    "deep-nesting": DEEP,
    "huge-number": "9" * 5000,
    "negative": "-1",
    "float": "1e999",
    "nul": "a\x00b",
    "invalid-utf8": "%FF%FE",
    "long": "b" * 300,
    "dotdot": "..",
    "upper": "Calculatrice",
    "empty": "",
}
GETS = [
    "/healthz",
    "/dashboard",
    "/student",
    "/review",
    "/api/v1/feedback/{p}",
    "/api/v1/scores",
    "/api/v1/dashboard",
    "/api/v1/me",
    "/api/v1/manual",
]
POSTS = ["/api/v1/submissions", "/api/v1/release/{p}", "/api/v1/manual"]
QUERY = ["format", "since", "limit", "offset", "token"]


@pytest.fixture(scope="module")
def serve(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str) -> Iterator[Serve]:
    running = Serve(tmp_path_factory.mktemp("inputs")).start()
    yield running
    running.stop()


def _path(template: str, value: str) -> str:
    from urllib.parse import quote

    return template.replace("{p}", value if value.startswith("%") else quote(value, safe=""))


def _who(serve: Serve) -> dict[str, dict[str, str]]:
    return {
        "none": {},
        "student": {"Authorization": f"Bearer {serve.tokens['alice']}"},
        "class": {"Authorization": f"Bearer {serve.tokens['*class*']}"},
    }


def test_no_malformed_path_or_query_parameter_gets_a_5xx(serve):
    answers: dict[str, int] = {}
    with httpx.Client(base_url=serve.url, timeout=60) as client:
        for who, headers in _who(serve).items():
            for name, value in VARIANTS.items():
                for template in GETS:
                    url = _path(template, value)
                    answers[f"GET {url[:60]} {who}"] = client.get(url, headers=headers).status_code
                    for key in QUERY:
                        got = client.get(
                            template.replace("{p}", "calculatrice"), params={key: value}, headers=headers
                        )
                        answers[f"GET {template} ?{key}={name} {who}"] = got.status_code
                for template in POSTS:
                    url = _path(template, value)
                    answers[f"POST {url[:60]} {who}"] = client.post(url, headers=headers).status_code

    assert {k: v for k, v in answers.items() if v >= 500} == {}
    assert len(answers) > 1000


def _bodies() -> dict[str, bytes]:
    good = {"calculator.py": b"def calculate(e):\n    return 0.0\n"}
    manifest = Manifest(
        exercise="calculatrice",
        student="alice",
        files={n: sha256(d) for n, d in good.items()},
        created_at=datetime.now(UTC),
        tool_version="0.1.0",
    )
    fields = json.loads(manifest.model_dump_json())

    def with_manifest(raw: bytes) -> bytes:
        import io
        import tarfile

        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            for name, data in ((MANIFEST, raw), *(("files/" + n, d) for n, d in good.items())):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        return buf.getvalue()

    bodies = {
        "json-deep": DEEP.encode(),
        "json-huge-number": b'{"points": 1' + b"0" * 5000 + b"}",
        "json-nul": b'{"exercise": "a\x00"}',
        "json-invalid-utf8": b'{"exercise": "\xff\xfe"}',
        "json-wrong-types": json.dumps(
            {k: [1] for k in ("exercise", "student", "cell", "sha256", "points")}
        ).encode(),
        "json-nan": b'{"points": NaN}',
        "empty": b"",
        "gzip-garbage": b"\x1f\x8b" + bytes(100),
        "archive-ok": pack(manifest, good),
    }
    for name, raw in {
        "deep": DEEP.encode(),
        "huge-number": b'{"format": 1' + b"0" * 5000 + b"}",
        "wrong-types": json.dumps({**fields, "files": ["calculator.py"], "created_at": 5}).encode(),
        "nul": json.dumps({**fields, "student": "alice\x00"}).encode(),
        "invalid-utf8": json.dumps(fields).encode().replace(b"alice", b"al\xffce"),
        "long-exercise": json.dumps({**fields, "exercise": "c" * 300}).encode(),
        # The public tests' results from the student's machine (issue 9, class 3): validated
        # like every other field, caps included.
        "local-check-outcome": json.dumps(
            {**fields, "local_check": {"tests": [{"id": "t", "outcome": "won"}]}}
        ).encode(),
        "local-check-long-detail": json.dumps(
            {**fields, "local_check": {"tests": [{"id": "t", "outcome": "failed", "detail": "x" * 5000}]}}
        ).encode(),
    }.items():
        bodies[f"manifest-{name}"] = with_manifest(raw)
    return bodies


def test_no_malformed_body_gets_a_5xx_and_a_bad_manifest_gets_one_clear_line(serve):
    answers: dict[str, int] = {}
    with httpx.Client(base_url=serve.url, timeout=60) as client:
        for who, headers in _who(serve).items():
            for name, body in _bodies().items():
                for kind in ("application/gzip", "application/json", b"text/plain; charset=\xff"):
                    for template in POSTS:
                        got = client.post(
                            _path(template, "calculatrice"),
                            content=body,
                            headers={**headers, "Content-Type": kind},
                        )
                        answers[f"{template} {name} {kind[:16]} {who}"] = got.status_code
        # bob's uploads stay under the rate limit (10 a minute): each manifest is read.
        errors = {}
        for name, body in _bodies().items():
            if name.startswith("manifest-"):
                got = client.post(
                    "/api/v1/submissions",
                    content=body,
                    headers={
                        "Authorization": f"Bearer {serve.tokens['bob']}",
                        "Content-Type": "application/gzip",
                    },
                )
                answers[f"bob {name}"] = got.status_code
                errors[name] = got.json()["error"]

    assert {k: v for k, v in answers.items() if v >= 500} == {}
    assert errors["manifest-deep"] == (
        "The archive's manifest is wrong (not valid JSON at line 1, column 202)."
        " Submit again with 'workshop submit'."
    )
    assert errors["manifest-long-exercise"].startswith("The archive's manifest is wrong (field 'exercise' ")
    for name in ("manifest-local-check-outcome", "manifest-local-check-long-detail"):
        wrong = "The archive's manifest is wrong (field 'local_check.tests.0."
        assert errors[name].startswith(wrong), errors[name]


@pytest.mark.parametrize(
    "head",
    [
        b"Content-Length: abc\r\n",
        b"Content-Length: 5\r\nContent-Length: 6\r\n",
        b"Content-Length: " + b"9" * 40 + b"\r\n",
        b"Authorization: Bearer \xff\xfe\r\nContent-Length: 0\r\n",
        b"Authorization: " + b"x" * 7000 + b"\r\nContent-Length: 0\r\n",
        b"Content-Type: application/gzip\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n",
        b"Content-Type: \x01\x02\r\nContent-Length: 0\r\n",
    ],
    ids=["cl-garbage", "cl-twice", "cl-huge", "auth-latin1", "auth-long", "te-and-cl", "ctype-control"],
)
def test_no_malformed_header_gets_a_5xx(serve, head: bytes):
    for path in (b"/api/v1/submissions", b"/api/v1/release/calculatrice", b"/api/v1/manual"):
        with socket.create_connection(("127.0.0.1", serve.port), timeout=60) as sock:
            # Not half-closed: asyncio closes a connection at EOF, before a reply from a thread.
            sock.sendall(b"POST " + path + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + head + b"\r\n")
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else 0
        assert 400 <= status < 500, (path, answer[:200])


@pytest.mark.parametrize("method", [b"POST /api/v1/manual", b"GET /healthz"])
def test_a_request_framed_two_ways_is_refused_and_its_connection_closed(serve, method: bytes):
    # Red team 12i, S: with both Content-Length and Transfer-Encoding, the request was framed
    # by the latter, answered, and the request hidden after it answered too on the same
    # connection; a proxy framing by Content-Length would pass the hidden one (RFC 9112, 6.3).
    hidden = b"GET /api/v1/me HTTP/1.1\r\nHost: x\r\n\r\n"
    chunked = b"5\r\nhello\r\n0\r\n\r\n"
    with socket.create_connection(("127.0.0.1", serve.port), timeout=60) as sock:
        sock.sendall(
            method
            + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Authorization: Bearer {serve.tokens['*class*']}\r\n".encode()
            + b"Content-Length: "
            + str(len(chunked)).encode()
            + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
            + chunked
            + hidden
        )
        answer = b""
        while chunk := sock.recv(65536):  # ends when the server closes the connection
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:300]
    assert answer.count(b"HTTP/1.1 ") == 1, answer  # the hidden request was never answered
    assert b"connection: close" in answer.lower()
    assert answer.endswith(json.dumps({"error": t("server_bad_request")}).encode())


@pytest.mark.parametrize("endpoint", ["POST /api/v1/release/{p}", "GET /api/v1/feedback/{p}"])
@pytest.mark.parametrize(
    "slug", ["b" * 300, "Calculatrice", "calculatrice\x00", "calcul\u00e9", " calculatrice"]
)
def test_an_exercise_name_that_cannot_be_one_is_404_naming_it(serve, endpoint: str, slug: str):
    method, template = endpoint.split()
    token = serve.tokens["*class*" if method == "POST" else "alice"]

    answer = httpx.request(
        method, serve.url + _path(template, slug), headers={"Authorization": f"Bearer {token}"}, timeout=60
    )

    assert answer.status_code == 404
    shown = slug[:80]
    assert answer.json()["error"] == (
        f"Unknown exercise '{shown}'. Known exercises: calculatrice, neurone, prompts."
    )


def test_the_inbox_and_release_table_are_untouched_by_the_malformed_inputs(serve):
    # Runs after the others in this module: nothing they sent was stored or released.
    stored = [p for p in Path(serve.inbox).rglob("*.tar.gz") if ".incoming" not in p.parts]
    import sqlite3

    with sqlite3.connect(serve.data / "server.sqlite") as db:
        released = db.execute("SELECT exercise FROM released").fetchall()
    assert len(stored) <= 1  # archive-ok, from alice's token only
    assert set(released) <= {("calculatrice",)}  # the class token's POSTs to release/calculatrice


def test_a_manual_grade_longer_than_any_grade_is_refused_before_it_is_read_whole(serve):
    # POST /api/v1/manual read its whole body into memory, however long (red team 12k;
    # the class token's only, but a leaked token or a buggy script must not cost the room).
    from workshop.server.manual import MAX_GRADE_BYTES

    trainer = {"Authorization": f"Bearer {serve.tokens['*class*']}", "Content-Type": "application/json"}
    fitting = json.dumps(
        {
            "exercise": "neurone",
            "student": "alice",
            "cell": "x",
            "sha256": "0" * 64,
            "points": 1,
            "comment": "\U0001f600" * 2000,
        }
    ).encode()
    assert len(fitting) <= MAX_GRADE_BYTES  # the longest a grade can be, escaped, fits
    with httpx.Client(base_url=serve.url, timeout=60) as client:
        answer = client.post("/api/v1/manual", content=fitting, headers=trainer)
        assert answer.status_code != 413, answer.text  # read, then refused for what it says
        huge = b'{"comment": "' + b"x" * (20 << 20) + b'"}'
        answer = client.post("/api/v1/manual", content=huge, headers=trainer)
    assert answer.status_code == 413, answer.text
    assert answer.json()["error"].startswith("The grade sent is longer than a grade can be ("), answer.text


@pytest.mark.parametrize("points", ["true", '"2"', "[1]", "null"])
def test_a_manual_grade_whose_points_are_not_a_number_is_refused_naming_the_field(serve, points: str):
    # true and "2" were read as 1.0 and 2.0 (red team 12j, M).
    trainer = {"Authorization": f"Bearer {serve.tokens['*class*']}", "Content-Type": "application/json"}
    body = (
        '{"exercise": "neurone", "student": "alice", "cell": "x", "sha256": "'
        + "0" * 64
        + '", "points": '
        + points
        + "}"
    )
    answer = httpx.post(f"{serve.url}/api/v1/manual", content=body, headers=trainer, timeout=60)
    assert answer.status_code == 400, answer.text
    assert "field 'points'" in answer.json()["error"], answer.text
