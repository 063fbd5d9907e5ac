"""Sessions (sessions/<name>.toml): what one session of a course includes. The shipped
one-hour plan, the prompts exercise graded on the session's tasks only, the commands that
follow the default session, and a trainer's mistakes in a session file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from workshop.course import Course
from workshop.errors import ConfigError
from workshop.prompts.grade import grade_prompts, points_of
from workshop.session import choose, sessions

SAMPLES = REPO / "tests" / "prompts_samples"
ONE_HOUR = ["riddle", "sentiment", "plan"]


@pytest.fixture
def own_course(tmp_path: Path) -> Path:
    """A copy of the shipped course without its sessions: the test writes its own."""
    root = tmp_path / "course"
    for part in ("exercises", "graders"):
        shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "sessions").mkdir()
    return root


def _write(root: Path, name: str, text: str) -> None:
    (root / "sessions" / f"{name}.toml").write_text(text, encoding="utf-8")


SESSION = """title = { fr = "Essai", en = "Trial" }
default = true
[[exercise]]
slug = "calculatrice"
"""


# -- the shipped plan ------------------------------------------------------------------------------
def test_the_shipped_default_session_is_one_hour_calculator_three_prompt_tasks_neurone_optional() -> None:
    course = choose(Course.locate(REPO), None)
    assert course.session is not None and course.session.name == "une-heure"
    assert course.session.spec.duration_min == 60
    assert course.session_slugs() == ["calculatrice", "prompts", "neurone"]
    prompts = course.exercise("prompts")
    assert (prompts.tasks, prompts.optional) == (tuple(ONE_HOUR), False)
    assert course.exercise("neurone").optional
    assert course.exercise("calculatrice").max_points() == 48
    assert prompts.max_points() == points_of(prompts) == 29


def test_session_all_is_every_exercise_in_full() -> None:
    course = choose(Course.locate(REPO), "all")
    assert course.session is None
    prompts = course.exercise("prompts")
    assert (prompts.tasks, prompts.max_points()) == (None, 66)
    assert set(sessions(Course.locate(REPO))) == {"une-heure", "journee"}


def test_a_session_with_other_tasks_grades_again() -> None:
    whole = Course.locate(REPO).exercise("prompts")
    hour = choose(Course.locate(REPO), "une-heure").exercise("prompts")
    assert whole.fingerprint() != hour.fingerprint()
    assert choose(Course.locate(REPO), "journee").exercise("prompts").fingerprint() == whole.fingerprint()


# -- the prompts exercise on a session's tasks ---------------------------------------------------------
def test_grade_prompts_counts_only_the_sessions_tasks() -> None:
    prompts = choose(Course.locate(REPO), None).exercise("prompts")
    good = (SAMPLES / "good.md").read_bytes()
    result = grade_prompts(prompts, {"prompts.md": good}, tasks_only=prompts.tasks)
    assert (result.status.value, result.score, result.max_score) == ("passed", 29, 29)
    assert {t.id.split("/")[1] for t in result.tests} == set(ONE_HOUR)
    public = grade_prompts(prompts, {"prompts.md": good}, hidden=False, tasks_only=prompts.tasks)
    assert {t.visibility for t in public.tests} == {"public"}
    assert public.max_score == sum(t.points for t in public.tests) < 22


def test_a_session_ignores_what_a_student_wrote_for_other_tasks() -> None:
    prompts = choose(Course.locate(REPO), None).exercise("prompts")
    text = (SAMPLES / "good.md").read_text(encoding="utf-8")
    # the maths tasks left as handed out: nothing lost in the one-hour session
    start = text.index("## parallel-line")
    end = text.index("## sentiment")
    blank = "## parallel-line\n### prompt\n\n### answer\n\n## coprime\n### prompt\n\n### answer\n\n"
    partial = (text[:start] + blank + text[end:]).encode()
    assert grade_prompts(prompts, {"prompts.md": partial}, tasks_only=prompts.tasks).score == 29
    assert grade_prompts(prompts, {"prompts.md": partial}).score < 66


def test_grade_prompts_refuses_an_unknown_task() -> None:
    prompts = Course.locate(REPO).exercise("prompts")
    with pytest.raises(ConfigError) as info:
        grade_prompts(prompts, {"prompts.md": b""}, tasks_only=["riddle", "haiku"])
    assert str(info.value).startswith("No prompt task 'haiku' in this exercise. Its tasks: riddle, ")


# -- a trainer's mistakes ------------------------------------------------------------------------------
def test_an_unknown_session_names_the_known_ones(own_course: Path) -> None:
    _write(own_course, "court", SESSION)
    with pytest.raises(ConfigError) as info:
        choose(Course.locate(own_course), "longue")
    assert str(info.value) == "Unknown session 'longue'. Known sessions: court, all."


def test_two_default_sessions_are_refused(own_course: Path) -> None:
    _write(own_course, "a", SESSION)
    _write(own_course, "b", SESSION)
    with pytest.raises(ConfigError) as info:
        choose(Course.locate(own_course), None)
    assert str(info.value) == "Several sessions say default = true (a, b). Keep it on one of them."


def test_session_names_are_read_in_any_case() -> None:
    assert choose(Course.locate(REPO), "ALL").session is None
    found = choose(Course.locate(REPO), "Une-Heure").session
    assert found is not None and found.name == "une-heure"


def test_a_course_without_a_sessions_folder_grades_everything(own_course: Path) -> None:
    (own_course / "sessions").rmdir()
    assert choose(Course.locate(own_course), None).session is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            '[[exercise]]\nslug = "dessin"\n',
            "{path}: unknown exercise 'dessin'. Known exercises: calculatrice, neurone, prompts.",
        ),
        (
            '[[exercise]]\nslug = "calculatrice"\ntasks = ["riddle"]\n',
            "{path}: 'tasks' is for a prompts exercise; 'calculatrice' is not one. Remove its tasks line.",
        ),
        (
            '[[exercise]]\nslug = "prompts"\ntasks = ["riddle", "haiku"]\n',
            "{path}: exercise 'prompts' has no task 'haiku'. Its tasks: riddle, parallel-line, "
            "coprime, sentiment, summary, plan, traduction.",
        ),
    ],
)
def test_a_session_file_with_a_mistake_says_what_and_where(own_course: Path, body: str, message: str) -> None:
    _write(own_course, "s", 'title = { fr = "S", en = "S" }\n' + body)
    with pytest.raises(ConfigError) as info:
        choose(Course.locate(own_course), "s")
    assert str(info.value) == message.format(path=own_course.resolve() / "sessions" / "s.toml")


# -- the commands that follow it ----------------------------------------------------------------------
def test_start_without_argument_lists_the_sessions_exercises_first(own_course: Path) -> None:
    _write(own_course, "court", SESSION + '[[exercise]]\nslug = "neurone"\noptional = true\n')
    done = run_cli("start", "--course", str(own_course))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Today's session, Trial:"
    assert lines[1].split() == ["calculatrice", "Build", "a", "calculator", "with", "an", "LLM's", "help"]
    assert lines[2].startswith("  neurone") and lines[2].endswith("(optional)")
    assert lines[3] == "Other exercises:"
    assert lines[4].startswith("  prompts")
    french = run_cli("--lang", "fr", "start", "--course", str(own_course))
    assert french.stdout.splitlines()[0] == "La séance du jour, Essai\u00a0:"
    assert french.stdout.splitlines()[2].endswith("(facultatif)")


def test_the_demo_follows_the_session(own_course: Path) -> None:
    from workshop.demo import demo_classes

    _write(own_course, "prompts-seuls", 'title = { fr = "P", en = "P" }\n[[exercise]]\nslug = "prompts"\n')
    assert [e.slug for e, _, _ in demo_classes(choose(Course.locate(own_course), "all"))] == ["calculatrice"]
    with pytest.raises(ConfigError) as info:  # the calculator's demo class is not in this session
        demo_classes(choose(Course.locate(own_course), "prompts-seuls"))
    assert info.value.key == "demo_missing"


def test_serve_refuses_an_unknown_session_before_it_listens(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nalice,Alice,alice@x.org\n")
    done = run_cli(
        "serve", str(tmp_path / "inbox"), "--roster", str(roster), "--session", "trois-heures", "--port", "0",
        cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == "Error: Unknown session 'trois-heures'. Known sessions: journee, une-heure, all."
    )


@pytest.mark.parametrize(("args", "expected"), [((), "une-heure"), (("--session", "all"), None)])
def test_serve_follows_the_default_session_unless_told(
    tmp_path: Path, args: tuple[str, ...], expected
) -> None:
    import csv
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nalice,Alice,alice@x.org\n")
    command = [
        sys.executable,
        "-m",
        "workshop.cli",
        "serve",
        str(tmp_path / "inbox"),
        "--roster",
        str(roster),
    ]
    command += ["--data", str(tmp_path / "server"), "--port", str(port), *args]
    env = {**os.environ, "WORKSHOP_LANG": "en"}
    proc = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz")
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        with (tmp_path / "server" / "tokens.csv").open() as handle:
            token = next(row["token"] for row in csv.DictReader(handle) if row["id"] == "*class*")
        view = httpx.get(
            f"http://127.0.0.1:{port}/api/v1/dashboard", headers={"Authorization": f"Bearer {token}"}
        ).json()
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=60)
    if expected is None:
        assert view["session"] is None and view["debrief"] == []
        assert "Session:" not in stderr
    else:
        assert view["session"]["name"] == expected and view["session"]["points"] == 77
        assert [(e["slug"], e["optional"], e["missing"]) for e in view["debrief"]] == [
            ("calculatrice", False, ["alice"]),
            ("prompts", False, ["alice"]),
            ("neurone", True, ["alice"]),
        ]
        assert "Session: One hour for beginners (une-heure); --session all for every exercise." in stderr


def test_grade_with_a_session_and_a_roster_counts_its_tasks_and_names_who_is_missing(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from workshop.archive import Manifest, pack, sha256
    from workshop.inbox import deliver

    data = (SAMPLES / "good.md").read_bytes()
    manifest = Manifest(
        exercise="prompts",
        student="zoe",
        files={"prompts.md": sha256(data)},
        created_at=datetime.now(UTC),
        tool_version="test",
    )
    archive = pack(manifest, {"prompts.md": data})
    deliver(tmp_path / "inbox", "prompts", "zoe", archive, sha256(archive), datetime.now(UTC))
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nzoe,Zoé,zoe@x.org\nyann,Yann,yann@x.org\n")
    reports = tmp_path / "reports"
    done = run_cli(
        "--lang", "fr", "grade", str(tmp_path / "inbox"), "--gradebook", str(tmp_path / "gb.sqlite"),
        "--reports", str(reports), "--roster", str(roster), "--session", "une-heure", cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads((reports / "prompts" / "zoe.json").read_text(encoding="utf-8"))
    assert (report["status"], report["score"], report["max_score"]) == ("passed", 29, 29)
    html = (reports / "index.html").read_text(encoding="utf-8")
    assert '<h3>Pas encore rendu</h3>\n<p class="who">yann</p>' in html
    assert "Total attendu\u00a0: 77 points (calculatrice, prompts)" in html
