"""What a submission causes is final; only our own faults are graded again, with a capped
back-off recorded in the gradebook, and never ahead of fresh work (issue 12, A.2)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from conftest import REPO, run_cli
from llm_server import FakeLlm
from test_server import ROSTER, LiveServer, _poll, _tokens
from workshop.archive import Manifest, pack, sha256
from workshop.course import Course
from workshop.grade import Graders, grade_files, grade_inbox
from workshop.gradebook import Gradebook, retry_delay
from workshop.inbox import deliver
from workshop.prompts.llm import LlmClient, LlmSettings
from workshop.results import GradeResult, RunOutput, Status
from workshop.roster import load_roster
from workshop.sandbox.runner import Job
from workshop.server.app import create_app
from workshop.server.worker import GradingWorker
from workshop.submit import build_archive


def _sql(book: Gradebook) -> sqlite3.Connection:
    """The gradebook's SQLite file, for what the test reads or changes behind its back."""
    return sqlite3.connect(book.path, isolation_level=None)


SOLUTION = (REPO / "graders" / "calculatrice" / "solution" / "calculator.py").read_bytes()
PROMPTS = (REPO / "tests" / "prompts_samples" / "good.md").read_bytes()
WHEN = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _drop(inbox: Path, student: str, files: dict[str, bytes], exercise: str, minute: int = 0) -> Path:
    """An attempt put straight into a folder inbox, as anyone with write access may."""
    manifest = Manifest(
        exercise=exercise,
        student=student,
        files={name: sha256(data) for name, data in files.items()},
        created_at=WHEN,
        tool_version="0.1.0",
    )
    data = pack(manifest, files)
    return deliver(inbox, exercise, student, data, sha256(data), WHEN + timedelta(minutes=minute))


# -- decoding failures are the submission's: invalid, with what and where ---------------------


def test_a_prompts_file_that_is_not_utf8_is_invalid_once_and_for_all(tmp_path):
    # The eight students: each such file was infra_error, graded again every round.
    inbox, book = tmp_path / "inbox", tmp_path / "gb.sqlite"
    body = PROMPTS.replace(b"# Prompts", b"# Pr\xe9mpts", 1)
    offset = PROMPTS.index(b"# Prompts") + 4
    for n in range(8):
        _drop(inbox, f"s{n}", {"prompts.md": body}, "prompts", n)
    args = ("grade", str(inbox), "--gradebook", str(book), "--reports", str(tmp_path / "r"))

    first = run_cli(*args, cwd=REPO)
    again = run_cli(*args, cwd=REPO)

    assert first.returncode == 0, first.stderr
    report = json.loads((tmp_path / "r" / "prompts" / "s0.json").read_text())
    assert report["status"] == "invalid"
    assert report["load_error"] == (
        f"prompts.md is not UTF-8 text (bad byte at offset {offset}). Save it as UTF-8 in your editor."
    )
    assert "Nothing to grade" in again.stderr  # final: never graded again
    statuses = sqlite3.connect(book).execute("SELECT status, COUNT(*) FROM grades GROUP BY status").fetchall()
    assert statuses == [("invalid", 8)]


@pytest.mark.parametrize(
    ("notebook", "message"),
    [
        (
            b'{"cells": [\n  {"cell_type": "code",,}\n]}',
            "neurone.ipynb is not JSON (line 2, column 24: Expecting property name enclosed in double"
            " quotes). Save it again from Jupyter, then submit.",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "neurone.ipynb is not a readable notebook (nested too deeply)."),
        (
            b'{"cells": 5, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
            "neurone.ipynb is not a readable",
        ),
        (
            b'{"cells": [{"cell_type": "code", "metadata": {}}],'
            b' "metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
            "neurone.ipynb is not a readable notebook (cells[0] has no 'source').",
        ),
        (b"[1, 2]", "neurone.ipynb is not a readable notebook"),
    ],
    ids=["bad-json", "too-deep", "cells-not-a-list", "cell-without-source", "not-an-object"],
)
def test_a_notebook_that_cannot_be_read_is_invalid_not_our_error(notebook, message):
    neurone = Course.locate(REPO).exercise("neurone")
    graders = Graders(lambda: pytest.fail("no sandbox for a notebook that cannot be read"))

    result = grade_files(neurone, {"neurone.ipynb": notebook}, graders, "en")

    assert result.status == Status.invalid
    assert result.load_error is not None and result.load_error.startswith(message)


@pytest.fixture
def fake():
    server = FakeLlm().start()
    yield server
    server.stop()


def test_a_prompt_the_endpoint_refuses_is_invalid_naming_the_task(tmp_path, fake):
    # Live mode: HTTP 400 for this prompt (too long for the model, say) is the prompt's
    # doing; the endpoint being down stays ours (test_prompts: infra_error, then recovered).
    prompts = Course.locate(REPO).exercise("prompts")
    fake.refuse = "Caroline"
    settings = LlmSettings(
        base_url=fake.base_url, model="m", samples=1, timeout_s=5, cache_dir=tmp_path / "c"
    )
    graders = Graders(lambda: pytest.fail("no sandbox for prompts"), LlmClient(settings, api_key="k"))

    result = grade_files(prompts, {"prompts.md": PROMPTS}, graders, "en")

    assert result.status == Status.invalid
    assert result.load_error == (
        "The model refused the prompt of task 'riddle' (HTTP 400: maximum context length is 8192 tokens)."
        " Shorten or rephrase that prompt, then submit again."
    )


# -- our faults: retried with a capped back-off, recorded, behind fresh work -----------------


def test_back_off_doubles_up_to_its_cap_and_is_recorded_in_the_gradebook(tmp_path):
    book = Gradebook(tmp_path / "gb.sqlite")
    sid = book.register("calculatrice", "ana", "a.tar.gz", Path("a"), 1)
    failure = GradeResult.ungraded(Status.infra_error, 48, "sandbox_failed", "engine went away")
    delays = []
    for _ in range(8):
        before = datetime.now(UTC)
        book.record(sid, "k", failure)
        state = book.grade_state(sid, "k")
        delays.append(round((datetime.fromisoformat(state.next_at) - before).total_seconds()))

    assert delays == [5, 10, 20, 40, 80, 120, 120, 120]
    assert [retry_delay(n) for n in (1, 6, 50)] == [5, 120, 120]
    assert _sql(book).execute("SELECT failures, last_error FROM retries").fetchall() == [
        (8, "sandbox_failed: engine went away")
    ]
    book.record(sid, "k", GradeResult(status=Status.passed, score=48, max_score=48))
    assert book.grade_state(sid, "k").kind == "graded"
    assert _sql(book).execute("SELECT COUNT(*) FROM retries").fetchone() == (0,)


class _Recorder:
    """A stand-in runner for the scheduling logic around the sandbox (the real one is in
    the end-to-end test below): it records the order of the jobs and fails those asked."""

    def __init__(self, failing: set[str]) -> None:
        self.order: list[str] = []
        self.failing = failing

    def run(self, job: Job) -> RunOutput:
        source = job.files["submission/calculator.py"].decode()
        student = source.rsplit("# student ", 1)[1].strip()
        self.order.append(student)
        if student in self.failing:
            from workshop.errors import SandboxError

            raise SandboxError("sandbox_failed", detail="engine hiccup")
        return RunOutput(exit_code=1)


def test_fresh_attempts_go_before_retries_and_retries_wait_their_back_off(tmp_path):
    inbox = tmp_path / "inbox"
    course = Course.locate(REPO)
    book = Gradebook(tmp_path / "gb.sqlite")
    for n in range(10):
        _drop(
            inbox, f"old{n}", {"calculator.py": SOLUTION + f"# student old{n}\n".encode()}, "calculatrice", n
        )
    runner = _Recorder(failing={f"old{n}" for n in range(10)})
    graders = Graders(lambda: runner)
    first = grade_inbox(inbox, course, book, graders, workers=1)
    assert [r.status for _, r in first.graded] == [Status.infra_error] * 10
    # A fresh upload arrives after the ten, later in arrival order than all of them.
    _drop(inbox, "new", {"calculator.py": SOLUTION + b"# student new\n"}, "calculatrice", 30)
    runner.order.clear()

    server_round = grade_inbox(inbox, course, book, graders, workers=1, due_only=True)

    assert runner.order == ["new"]  # the ten wait for their back-off
    assert server_round.waiting == 10
    _sql(book).execute("UPDATE retries SET next_at = '2000-01-01T00:00:00.000+00:00'")  # all due now
    _drop(inbox, "newer", {"calculator.py": SOLUTION + b"# student newer\n"}, "calculatrice", 31)
    runner.order.clear()

    grade_inbox(inbox, course, book, graders, workers=1, due_only=True)

    assert runner.order[0] == "newer"
    assert runner.order[1:] == [f"old{n}" for n in range(10)]  # then the retries, oldest first
    failures = dict(
        _sql(book).execute(
            "SELECT s.student, r.failures FROM retries r JOIN submissions s ON s.id = r.submission_id"
        )
    )
    assert failures == {f"old{n}": 2 for n in range(10)}


def test_an_upload_overtakes_queued_retries_in_a_running_round(tmp_path):
    # The server's worker follows the inbox while it grades: a fresh upload is the next
    # job a free container takes, ahead of every retry still queued.
    inbox = tmp_path / "inbox"
    course = Course.locate(REPO)
    book = Gradebook(tmp_path / "gb.sqlite")
    for n in range(6):
        _drop(
            inbox, f"old{n}", {"calculator.py": SOLUTION + f"# student old{n}\n".encode()}, "calculatrice", n
        )
    failing = _Recorder(failing={f"old{n}" for n in range(6)})
    grade_inbox(inbox, course, book, Graders(lambda: failing), workers=1)
    _sql(book).execute("UPDATE retries SET next_at = '2000-01-01T00:00:00.000+00:00'")  # all due now
    follow = threading.Event()

    class UploadDuringSecondJob(_Recorder):
        def run(self, job: Job) -> RunOutput:
            output = super().run(job)
            if len(self.order) == 2:
                _drop(inbox, "new", {"calculator.py": SOLUTION + b"# student new\n"}, "calculatrice", 30)
                follow.set()
            return output

    runner = UploadDuringSecondJob(failing=set())
    grade_inbox(inbox, course, book, Graders(lambda: runner), workers=1, follow=follow, due_only=True)

    assert runner.order == ["old0", "old1", "new", "old2", "old3", "old4", "old5"]


def test_students_take_turns_and_an_older_queued_attempt_is_recorded_superseded(tmp_path):
    # The scheduling logic (the real server's case is in test_server_flood.py): "flood" had
    # two jobs in earlier rounds (``turns``) and uploaded three times; "honest" and "other"
    # once each, "other" after flood's last. Main took arrival order: flood before other.
    inbox = tmp_path / "inbox"
    course = Course.locate(REPO)
    book = Gradebook(tmp_path / "gb.sqlite")
    flood = [
        _drop(
            inbox,
            "flood",
            {"calculator.py": SOLUTION + f"# {n}\n# student flood\n".encode()},
            "calculatrice",
            n,
        )
        for n in (1, 2, 11)
    ]
    _drop(inbox, "honest", {"calculator.py": SOLUTION + b"# student honest\n"}, "calculatrice", 10)
    _drop(inbox, "other", {"calculator.py": SOLUTION + b"# student other\n"}, "calculatrice", 12)
    runner = _Recorder(failing=set())
    turns: Counter[str] = Counter({"flood": 2})

    grade_inbox(inbox, course, book, Graders(lambda: runner), workers=1, turns=turns)

    assert runner.order == ["honest", "other", "flood"]
    assert turns == {"flood": 3, "honest": 1, "other": 1}
    superseded = (
        sqlite3.connect(tmp_path / "gb.sqlite")
        .execute(
            "SELECT old.attempt, new.attempt FROM superseded x"
            " JOIN submissions old ON old.id = x.submission_id"
            " JOIN submissions new ON new.id = x.by_submission_id ORDER BY old.attempt"
        )
        .fetchall()
    )
    assert superseded == [(flood[0].name, flood[2].name), (flood[1].name, flood[2].name)]
    assert all(path.is_file() for path in flood)  # never lost from the inbox


def test_a_student_with_attempts_for_several_exercises_takes_turns_with_the_others(tmp_path):
    # One queued attempt per student at a time: flood's second exercise waits for honest.
    inbox = tmp_path / "inbox"
    course = Course.locate(REPO)
    book = Gradebook(tmp_path / "gb.sqlite")
    _drop(inbox, "flood", {"calculator.py": SOLUTION + b"# student flood\n"}, "calculatrice", 1)
    _drop(inbox, "flood", {"prompts.md": b"no task heading here\n"}, "prompts", 2)
    _drop(inbox, "honest", {"calculator.py": SOLUTION + b"# student honest\n"}, "calculatrice", 3)
    graded: list[tuple[str, str]] = []

    grade_inbox(
        inbox,
        course,
        book,
        Graders(lambda: _Recorder(failing=set())),
        workers=1,
        on_done=lambda attempt, result: graded.append((attempt.student, attempt.exercise)),
    )

    assert graded == [("flood", "calculatrice"), ("honest", "calculatrice"), ("flood", "prompts")]


def test_infra_errors_on_the_real_server_never_delay_a_fresh_upload(tmp_path, sandbox_image):
    # Nine notebook attempts whose grading fails on our side (the trainer's grader copy is
    # damaged: infra_error, retried with back-off), then one fresh calculator upload: it
    # is graded. Before issue 12 the nine were graded again every round, in batches of
    # eight oldest first, and the upload waited forever.
    course_root = tmp_path / "course"
    for part in ("exercises", "graders"):
        for slug in ("calculatrice", "neurone"):
            shutil.copytree(
                REPO / part / slug, course_root / part / slug, ignore=shutil.ignore_patterns("demo")
            )
    (course_root / "graders" / "neurone" / "neurone.ipynb").write_text("{ damaged")
    course = Course.locate(course_root)
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(ROSTER)
    data, inbox = tmp_path / "server", tmp_path / "inbox"
    notebook = (REPO / "exercises" / "neurone" / "neurone.ipynb").read_bytes()
    for n in range(9):
        _drop(inbox, f"nb{n}", {"neurone.ipynb": notebook}, "neurone", n)
    worker = GradingWorker(inbox, course, data, workers=1)
    live = LiveServer(create_app(inbox, course, data, load_roster(roster_path), worker))
    worker.start()
    try:
        tokens = _tokens(data)
        work = tmp_path / "work"
        work.mkdir()
        (work / "calculator.py").write_bytes(SOLUTION)
        archive, _ = build_archive(work, course.exercise("calculatrice"), "alice")
        sent = httpx.post(
            f"{live.url}/api/v1/submissions",
            content=archive,
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {tokens['alice']}"},
        )
        assert sent.status_code == 201
        assert _poll(live.url, tokens["alice"])["status"] == "graded"
    finally:
        live.stop()
        worker.stop()
    with sqlite3.connect(data / "gradebook.sqlite") as db:
        retries = db.execute(
            "SELECT s.student, r.failures, r.last_error"
            " FROM retries r JOIN submissions s ON s.id = r.submission_id"
        ).fetchall()
    assert sorted(student for student, _, _ in retries) == [f"nb{n}" for n in range(9)]
    assert all(failures >= 1 and error.startswith("internal_error: ") for _, failures, error in retries)


_CELL = b'{"cell_type": "foo", "metadata": {}, "source": "SECRETCELL"}'
_COUNT = b'{"cell_type": "code", "metadata": {}, "source": "x", "outputs": [], "execution_count": "a"}'


def _nb(cells: bytes) -> bytes:
    return b'{"cells": ' + cells + b', "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    ("notebook", "where"),
    [
        (_nb(b"[" + _CELL + b"]"), "cells[0]"),
        (_nb(b"[" + _COUNT + b"]"), "cells[0].execution_count"),
        (_nb(b"5"), None),
    ],
    ids=["unknown-cell-type", "count-not-a-number", "cells-not-a-list"],
)
def test_a_notebook_off_the_schema_is_told_where_in_the_reader_s_language(notebook, where, lang, monkeypatch):
    # The schema's English message went into French reasons and could quote a whole cell of
    # the student's (red teams 12i and 12k).
    monkeypatch.setenv("WORKSHOP_LANG", lang)
    neurone = Course.locate(REPO).exercise("neurone")
    graders = Graders(lambda: pytest.fail("no sandbox for a notebook that cannot be read"))

    result = grade_files(neurone, {"neurone.ipynb": notebook}, graders, lang)

    assert result.status == Status.invalid and result.load_error is not None
    reason = result.load_error
    assert "SECRETCELL" not in reason and "is not valid under" not in reason and "property" not in reason
    if where is not None:
        assert where in reason
    if lang == "fr":
        assert "n'est pas un notebook lisible" in reason and " is " not in reason and " should " not in reason


def test_a_notebook_that_is_not_json_is_told_why_in_french(monkeypatch):
    # Python's json message ("Expecting property name enclosed in double quotes") went into
    # the French reason as it was.
    monkeypatch.setenv("WORKSHOP_LANG", "fr")
    neurone = Course.locate(REPO).exercise("neurone")
    graders = Graders(lambda: pytest.fail("no sandbox for a notebook that cannot be read"))

    broken = b'{"cells": [\n  {"cell_type": "code",,}\n]}'
    result = grade_files(neurone, {"neurone.ipynb": broken}, graders, "fr")

    assert result.status == Status.invalid
    assert result.load_error == (
        "neurone.ipynb n'est pas du JSON (ligne 2, colonne 24\u00a0: un nom de champ entre guillemets"
        " droits était attendu). Enregistrez-le de nouveau depuis Jupyter, puis rendez-le."
    )
