"""What one attempt or one outsider can make the server store, write or log, and in which
language it answers (issue 12, red team 12e: Q1, L2, M), against the real `workshop serve`
(loopback, bounded waits) and on the pieces that decide it.

* every text of a grading result that can come from a submission is capped, and so is their
  count: a notebook whose unknown cells carry huge ``grade_id``s stores a few KiB per
  attempt, in the gradebook and in the class report alike;
* the free-space floor watches every disk the server writes to: a data disk (or a reports
  disk) under it refuses uploads with a 503 and /healthz says which;
* any line a request can make the server log (uvicorn's own included) is logged once per
  kind a minute with a count, never once per request;
* every answer is the project's ``{"error": ...}`` in the server's language: broken
  archives, query parameters that do not validate, unknown routes and methods, requests
  that are not HTTP."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import socket
import sqlite3
import tarfile
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import nbformat
import pytest

from conftest import REPO
from test_server_disk import DiskServe, _fill, _running, _tmpfs
from test_server_flood import _wait_for
from workshop import __version__
from workshop.archive import MANIFEST, Manifest, pack, sha256
from workshop.bounds import (
    FIXED_CHARS,
    MAX_ANSWER_CHARS,
    MAX_NOTE_CHARS,
    MAX_NOTES,
    PER_TEST_CHARS,
    bounded,
)
from workshop.gradebook import Gradebook
from workshop.notebooks import restore
from workshop.results import GradeResult, ManualAnswer, Status
from workshop.results import TestOutcome as Outcome
from workshop.results import TestResult as OneTest
from workshop.server.guard import RateLimitedLines, RefusalLog

BIG = "Z" * 300_000


# -- Q1: what one attempt may store ---------------------------------------------------------------


def _huge_result(tests: int = 3, answers: int = 2) -> GradeResult:
    """A result with a huge text in every field a submission can reach, and many notes."""
    return GradeResult(
        status=Status.failed,
        score=0,
        max_score=10,
        tests=[
            OneTest(
                id=f"t{i}" + BIG,
                name=BIG,
                visibility="public",
                points=1,
                earned=0,
                outcome=Outcome.failed,
                en=BIG,
                fr=BIG,
                detail=BIG,
                label_en=BIG,
                label_fr=BIG,
            )
            for i in range(tests)
        ],
        load_error=BIG,
        notes=[BIG] * 5000,
        note=BIG,
        log=BIG,
        sketches={f"task{i}" + BIG: list(range(10_000)) for i in range(300)},
        answers=[
            ManualAnswer(id=f"n/a{i}" + BIG, cell_type="markdown", source=BIG, sha256="0" * 64)
            for i in range(answers)
        ],
        runtime=BIG,
    )


def test_every_text_a_submission_can_put_in_a_result_is_capped():
    result = bounded(_huge_result(tests=3, answers=2))
    stored = result.model_dump_json()
    assert len(stored) <= FIXED_CHARS + 3 * PER_TEST_CHARS + 2 * (MAX_ANSWER_CHARS + 3000) + 100 * 2600
    assert len(result.notes) == MAX_NOTES and all(len(n) <= MAX_NOTE_CHARS for n in result.notes)
    assert result.notes[-1] == f"(+{5000 - MAX_NOTES + 1})"  # says how many were left out
    assert len(result.load_error or "") <= 2000 and len(result.log) <= 8000 and len(result.note) <= 100
    assert all(len(t.detail) <= 1000 and len(t.name) <= 2000 for t in result.tests)
    assert len(result.sketches) <= 100 and all(len(v) <= 256 for v in result.sketches.values())
    # What was not the student's is kept as it was.
    assert (result.status, result.score, result.max_score) == (Status.failed, 0, 10)
    assert bounded(result) == result  # idempotent: a stored result is stored the same


def test_the_gradebook_stores_a_result_bounded_whatever_made_it(tmp_path):
    book = Gradebook(tmp_path / "gradebook.sqlite")
    try:
        submission = book.register("calculatrice", "alice", "a1.tar.gz", tmp_path / "a1.tar.gz", 100)
        assert book.record(submission, "key", _huge_result())
        stored = sqlite3.connect(tmp_path / "gradebook.sqlite").execute("select result_json from grades")
        (text,) = stored.fetchone()
    finally:
        book.close()
    assert len(text) < 400_000, len(text)  # ~2.9 GB of text in, bounded out
    assert len(json.loads(text)["notes"]) == MAX_NOTES


def test_a_lone_surrogate_in_any_submitted_text_is_stored_not_a_failed_run(tmp_path):
    # Red team 12g S1: a notebook's grade_id "x\ud800y" (a JSON escape) reached a note; the
    # gradebook could not store the result and every later grading run of the class stopped.
    odd = "x\ud800y"
    result = GradeResult(
        status=Status.failed,
        score=0,
        max_score=1,
        notes=[odd],
        load_error=odd,
        log=odd,
        tests=[
            OneTest(
                id=odd, name=odd, visibility="public", points=1, earned=0, outcome=Outcome.failed, detail=odd
            )
        ],
    )
    book = Gradebook(tmp_path / "gradebook.sqlite")
    try:
        submission = book.register("neurone", "alice", "a1.tar.gz", tmp_path / "a1.tar.gz", 100)
        assert book.record(submission, "key", result)
        (text,) = (
            sqlite3.connect(tmp_path / "gradebook.sqlite")
            .execute("select result_json from grades")
            .fetchone()
        )
    finally:
        book.close()
    assert "x?y" in text and "ud800" not in text


def _notebook_with(cells: list[dict]) -> nbformat.NotebookNode:
    released = nbformat.read(REPO / "exercises" / "neurone" / "neurone.ipynb", as_version=4)
    released.cells.extend(nbformat.from_dict(c) for c in cells)
    return released


def test_a_notebook_cells_unknown_grade_ids_make_short_notes_and_few_of_them():
    released = nbformat.read(REPO / "exercises" / "neurone" / "neurone.ipynb", as_version=4)
    cells = [
        {
            "cell_type": "markdown",
            "metadata": {"nbgrader": {"grade_id": f"{i}-" + "A" * 50_000}},
            "source": "x",
        }
        for i in range(200)
    ]
    submitted = _notebook_with(cells)
    out = restore(submitted, released, released, "neurone.ipynb")
    assert len(out.tampering) <= MAX_NOTES + 1
    assert all(len(note) < 200 for note in out.tampering), max(map(len, out.tampering))


def _neurone_bomb(student: str, seed: int) -> bytes:
    """The released neurone notebook plus markdown cells whose grade_ids (not in the grader
    copy) take ~1.9 MB in all, and a locked cell's metadata changed to a 40 KB value: about
    40 KB packed (red team 12e Q1's shape, our own sizes)."""
    import random

    rng = random.Random(seed)
    cells = [
        {
            "cell_type": "markdown",
            "metadata": {"nbgrader": {"grade_id": f"{i}-{rng.random()}-" + "A" * 9_000}},
            "source": "x",
        }
        for i in range(200)
    ]
    notebook = _notebook_with(cells)
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("locked"):
            meta["points"] = "P" * 40_000
            break
    data = json.dumps(notebook).encode()
    manifest = Manifest(
        exercise="neurone",
        student=student,
        files={"neurone.ipynb": sha256(data)},
        created_at=datetime.now(UTC),
        tool_version=__version__,
    )
    return pack(manifest, {"neurone.ipynb": data})


def _rows(book: Path) -> list[str]:
    if not book.exists():
        return []
    with contextlib.closing(sqlite3.connect(book)) as db:
        try:
            return [text for (text,) in db.execute("select result_json from grades")]
        except sqlite3.OperationalError:  # the server is still making its tables
            return []


def test_a_notebook_attempt_with_huge_unknown_cells_stores_a_few_kib(tmp_path, sandbox_image):
    server = DiskServe(tmp_path, tmp_path / "inbox", tmp_path / "server", "--min-free-mib", "1")
    with _running(server) as serving:
        archive = _neurone_bomb("alice", 0)
        assert len(archive) < 100_000
        answer = serving.post("alice", archive)
        assert answer.status_code == 201, answer.text
        book = serving.data / "gradebook.sqlite"
        _wait_for("the attempt graded", lambda: len(_rows(book)) == 1, timeout=300)
        (stored,) = _rows(book)
        result = json.loads(stored)
        assert len(stored) < 64 * 1024, len(stored)  # red team 12e: ~1.9 MB per attempt
        assert len(result["notes"]) <= MAX_NOTES
        assert all(len(note) <= MAX_NOTE_CHARS for note in result["notes"])
        assert any("is not in the grader copy" in note for note in result["notes"])
        report = serving.data / "reports" / "index.html"
        _wait_for("the class report", report.exists, timeout=120)
        assert report.stat().st_size < 400_000, report.stat().st_size  # 1.9 MB before
        assert "A" * 1000 not in report.read_text()


# -- Q1: the floor watches every disk the server writes to ------------------------------------------


def test_a_data_disk_under_the_floor_refuses_uploads_though_the_inbox_has_room(tmp_path, sandbox_image):
    with _tmpfs(tmp_path / "datadisk", "24m") as disk:
        server = DiskServe(tmp_path, tmp_path / "inbox", disk / "server", "--min-free-mib", "4")
        with _running(server) as serving:
            assert serving.post("alice", serving.honest("alice")).status_code == 201
            health = serving.health().json()
            assert health["disk"]["data"]["ok"] is True and health["disk"]["inbox"]["ok"] is True
            kept = serving.stored()
            filler = _fill(disk, leave=2 << 20)  # the data disk: 2 MiB free, under 4
            answers = [serving.post("bob", serving.honest("bob")) for _ in range(3)]
            assert [a.status_code for a in answers] == [503] * 3
            assert "disk is nearly full" in answers[0].json()["error"]
            health = serving.health()
            assert health.status_code == 503
            assert health.json()["disk"]["data"]["ok"] is False
            assert health.json()["disk"]["inbox"]["ok"] is True
            assert serving.stored() == kept and serving.spool() == []
            filler.unlink()
            _wait_for("the floor cleared", lambda: serving.health().status_code == 200)
            assert serving.post("bob", serving.honest("bob")).status_code == 201
            assert "Traceback" not in serving.log()


def test_a_reports_disk_of_its_own_is_watched_too(tmp_path, sandbox_image):
    reports = tmp_path / "server" / "reports"
    with _tmpfs(reports, "8m"):
        server = DiskServe(tmp_path, tmp_path / "inbox", tmp_path / "server", "--min-free-mib", "4")
        with _running(server) as serving:
            health = serving.health().json()
            assert health["disk"]["reports"]["ok"] is True, health
            filler = _fill(reports, leave=1 << 20)
            try:
                answer = serving.post("alice", serving.honest("alice"))
                assert answer.status_code == 503, answer.text
                body = serving.health().json()
                assert body["disk"]["reports"]["ok"] is False and body["disk"]["data"]["ok"] is True
            finally:
                filler.unlink()


# -- L2: a log line per kind per minute, never per request -----------------------------------------


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def test_any_line_goes_through_the_per_kind_limit_tracebacks_included():
    handler = _Lines()
    handler.addFilter(RateLimitedLines(RefusalLog(every_s=3600)))
    logger = logging.getLogger("test_bounds.lines")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(500):
            logger.warning("Invalid HTTP request received.")
            logger.warning("Unsupported upgrade request.")
            try:
                raise ValueError(f"boom {i}")
            except ValueError:
                logger.exception("Exception in ASGI application\n")
            logger.error("something of ours about %s", f"client text {i}")
    finally:
        logger.removeHandler(handler)
    assert len(handler.lines) == 4, handler.lines  # one per kind, whatever the client's text
    assert "ValueError: boom 0" in "\n".join(handler.lines)  # the first traceback is kept
    # Once the minute is over, the next line says how many were left out.
    again = _Lines()
    again.addFilter(RateLimitedLines(RefusalLog(every_s=0)))
    logger.addHandler(again)
    try:
        logger.error("something of ours about %s", "x")
        logger.error("something of ours about %s", "y")
    finally:
        logger.removeHandler(again)
    assert "something of ours about y" in again.lines[-1]


def _raw(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request)
        answer = b""
        with contextlib.suppress(ConnectionResetError):
            while chunk := sock.recv(65536):
                answer += chunk
    return answer


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str) -> Iterator[DiskServe]:
    where = tmp_path_factory.mktemp("french")
    server = DiskServe(where, where / "inbox", where / "server")
    server.lang = "fr"
    with _running(server) as serving:
        yield serving


def test_malformed_requests_from_outsiders_make_one_log_line_not_one_each(french):
    before = french.stderr.stat().st_size
    bad = b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"
    answers = [_raw(french.port, bad) for _ in range(300)]
    answers += [
        _raw(french.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\nConnection: close\r\n\r\n")
        for _ in range(50)
    ]
    answers += [_raw(french.port, b"\x16\x03\x01\x02\x00garbage\r\n\r\n") for _ in range(50)]
    assert all(a.startswith(b"HTTP/1.1 ") for a in answers)
    log = french.stderr.read_bytes()[before:].decode()
    assert log.count("n'est pas du HTTP valide") == 1, log
    assert "Invalid HTTP request received" not in log
    assert len(log.splitlines()) <= 3, log  # 400 requests: at most one line per kind


def test_a_body_h11_cannot_read_is_no_error_of_ours_and_an_upgrade_is_one_french_kind(french):
    # Red team 12f: a chunked body broken in the same write as its head made the route answer
    # after the guard's 400 (h11 refuses), logged as an internal error with a traceback; an
    # Upgrade: websocket logged uvicorn's English advice to install a library.
    before = french.stderr.stat().st_size
    broken = b"POST /api/v1/submissions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n"
    answers = [_raw(french.port, broken) for _ in range(20)]
    websocket = b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade, close\r\n\r\n"
    answers += [_raw(french.port, websocket) for _ in range(20)]
    assert all(a.startswith(b"HTTP/1.1 4") for a in answers), {a[:20] for a in answers}
    time.sleep(1)  # the route tasks of the broken requests end
    log = french.stderr.read_bytes()[before:].decode()
    assert "Traceback" not in log and "500" not in log and "LocalProtocolError" not in log, log
    assert "WebSocket" not in log and "pip install" not in log, log
    assert len(log.splitlines()) <= 3, log


# -- M: the project's shape, in the server's language --------------------------------------------

ENGLISH = ("differs", "error", "Error", "header", "stream", "Invalid", "should", "empty file", "file list")


def _tar_gz(members: list[tuple[str, bytes]], gz: bool = True) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz" if gz else "w") as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _broken_archives(student: str) -> dict[str, bytes]:
    source = (REPO / "graders" / "calculatrice" / "solution" / "calculator.py").read_bytes()
    manifest = Manifest(
        exercise="calculatrice",
        student=student,
        files={"calculator.py": sha256(source)},
        created_at=datetime.now(UTC),
        tool_version=__version__,
    )
    good = pack(manifest, {"calculator.py": source})
    raw = json.loads(manifest.model_dump_json())
    other_hash = manifest.model_copy(update={"files": {"calculator.py": sha256(b"other")}})
    return {
        "hash": pack(other_hash, {"calculator.py": source}),
        "file-list": pack(manifest, {"calculator.py": source, "extra.py": b"x = 1\n"}),
        "plain-tar": zlib.decompress(good, 31),
        "cut-gzip": good[: len(good) // 2],
        "empty": b"",
        "manifest-not-json": _tar_gz([(MANIFEST, b"{1: 2}"), ("files/calculator.py", source)]),
        "manifest-long-field": _tar_gz(
            [
                (MANIFEST, json.dumps({**raw, "tool_version": "v" * 80}).encode()),
                ("files/calculator.py", source),
            ]
        ),
        "manifest-missing-field": _tar_gz(
            [(MANIFEST, json.dumps({k: v for k, v in raw.items() if k != "files"}).encode())]
        ),
    }


def test_broken_archives_are_explained_in_french_only(french):
    said = {}
    for i, (name, body) in enumerate(_broken_archives("s00").items()):
        student = f"s{i:02d}"  # one each: under the rate limit of uploads
        body = body.replace(b'"s00"', f'"{student}"'.encode()) if b'"s00"' in body else body
        answer = french.post(student, body)
        assert answer.status_code == 400, (name, answer.text)
        said[name] = answer.json()["error"]
    english = {name: text for name, text in said.items() if any(word in text for word in ENGLISH)}
    assert english == {}, said
    assert all("Rendez" in text for text in said.values()), said
    assert "l'empreinte de calculator.py" in said["hash"]
    assert "pas une archive gzip" in said["plain-tar"], said  # not "not a tar"


def test_bad_query_parameters_wrong_methods_and_paths_answer_in_the_projects_shape(french):
    cls = {"Authorization": f"Bearer {french.tokens['*class*']}"}
    with httpx.Client(base_url=french.url, timeout=30) as client:
        answers = {
            "limit=abc": client.get("/api/v1/scores?limit=abc", headers=cls),
            "limit=0": client.get("/api/v1/scores?limit=0", headers=cls),
            "offset=-1": client.get("/api/v1/scores?offset=-1", headers=cls),
            "manual offset": client.get("/api/v1/manual?offset=99999999", headers=cls),
            "release by GET": client.get("/api/v1/release/calculatrice", headers=cls),
            "OPTIONS": client.options("/api/v1/scores"),
            "unknown path": client.get("/nope"),
        }
    shapes = {name: (a.status_code, sorted(a.json())) for name, a in answers.items()}
    assert all(keys == ["error"] for _, keys in shapes.values()), shapes
    assert [shapes[k][0] for k in ("limit=abc", "limit=0", "offset=-1", "manual offset")] == [400] * 4
    assert (
        answers["release by GET"].status_code == 405 and "POST" in answers["release by GET"].headers["allow"]
    )
    assert answers["unknown path"].status_code == 404
    texts = {name: a.json()["error"] for name, a in answers.items()}
    assert "« limit »" in texts["limit=abc"] and "entier" in texts["limit=abc"], texts
    assert "au moins 1" in texts["limit=0"] and "au plus 1000000" in texts["manual offset"], texts
    assert "n'accepte pas GET" in texts["release by GET"], texts
    english = {n: x for n, x in texts.items() if any(w in x for w in ("Input", "Method Not", "Not Found"))}
    assert english == {}, texts
    # A request that is not HTTP at all: uvicorn's answer, in the same shape and language.
    answer = _raw(french.port, b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"nosniff" in head
    assert "n'est pas du HTTP valide" in json.loads(body)["error"]


def test_reading_a_submitted_notebook_prints_nothing_on_the_trainers_terminal(tmp_path):
    # Red team 12k: a cell without an id made nbformat print an English warning on the
    # server's stderr; ids twice would quote the student's id there. A fresh interpreter,
    # its default warning filters: what read() lets reach stderr.
    import subprocess
    import sys

    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": "no id"},
        {"cell_type": "markdown", "id": "dup", "metadata": {}, "source": "a"},
        {"cell_type": "markdown", "id": "dup", "metadata": {}, "source": "b"},
    ]
    notebook = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "n.ipynb"
    path.write_text(json.dumps(notebook))
    script = (
        "import sys; from pathlib import Path; from workshop.notebooks import read\n"
        "nb = read(Path(sys.argv[1]).read_bytes(), 'n.ipynb'); print(len(nb.cells))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3" and done.stderr == ""
