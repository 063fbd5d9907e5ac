"""workshop check: the public tests on the student's machine, and always a reason why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from workshop.check import explain
from workshop.results import TestOutcome as Outcome
from workshop.results import TestResult as Result

COURSE = {"WORKSHOP_COURSE": str(REPO)}
PROMPTS_TASKS = "riddle, parallel-line, coprime, sentiment, summary, plan, traduction"


def _started(tmp_path: Path, slug: str) -> Path:
    done = run_cli("start", slug, "--dir", str(tmp_path / slug), env=COURSE)
    assert done.returncode == 0, done.stderr
    return tmp_path / slug


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Your file could not be loaded: prompts.md, line 3: unknown task 'riddel'. "
            f"The tasks are: {PROMPTS_TASKS}.\n",
        ),
        (
            "fr",
            "Votre fichier n'a pas pu être chargé\u00a0: prompts.md, ligne 3\u00a0: tâche "
            "inconnue « riddel ». "
            f"Les tâches sont\u00a0: {PROMPTS_TASKS}.\n",
        ),
    ],
)
def test_check_shows_the_line_numbered_error_of_prompts_that_do_not_parse(tmp_path, lang, expected):
    folder = _started(tmp_path, "prompts")
    (folder / "prompts.md").write_text("# My prompts\n\n## riddel\n### prompt\nHello\n### answer\n1\n")

    done = run_cli("--lang", lang, "check", cwd=folder, env=COURSE)

    assert done.returncode == 1
    assert done.stdout == expected  # the error, not "0/0 public tests passed"


def test_check_says_what_happened_when_a_test_has_no_detail(tmp_path):
    folder = _started(tmp_path, "calculatrice")
    (folder / "calculator.py").write_text(
        'import os\n\ndef calculate(e):\n    if e == "2+3":\n        while True:\n            pass\n'
        "    os._exit(3)\n"
    )

    done = run_cli("check", cwd=folder, env=COURSE)

    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[:4] == [
        ' ✗ test_addition — Simple addition must work: calculate("2+3") returns 5.0.',
        "     too slow (time limit)",
        " ✗ test_precedence — Multiplication must be done before addition (2+3*4 is 14, not 20).",
        "     your code stopped the program",
    ]


@pytest.fixture
def bare_course(tmp_path: Path) -> Path:
    """The calculator, whose public tests carry no message: a trainer's first draft."""
    root = tmp_path / "course"
    shutil.copytree(REPO / "exercises" / "calculatrice", root / "exercises" / "calculatrice")
    (root / "exercises" / "calculatrice" / "tests" / "test_public.py").write_text(
        "import pytest\n\n\n@pytest.mark.grade(points=1)\ndef test_sum(submission):\n"
        '    assert submission.calculate("2+2") == 5\n\n\n'
        "@pytest.mark.grade(points=1)\ndef test_slow(submission):\n"
        '    submission.calculate("loop")\n'
    )
    return root


@pytest.mark.parametrize(
    ("lang", "second"),
    [("en", " ✗ test_slow — too slow (time limit)"), ("fr", " ✗ test_slow — trop lent (limite de temps)")],
)
def test_check_failing_test_without_a_trainer_message_still_says_why(tmp_path, bare_course, lang, second):
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / ".workshop.toml").write_text('exercise = "calculatrice"\n')
    (folder / "calculator.py").write_text(
        "def calculate(e):\n    while e == 'loop':\n        pass\n    return 4.0\n"
    )

    done = run_cli("--lang", lang, "check", "--course", str(bare_course), cwd=folder)

    assert done.stdout.splitlines()[:2] == [" ✗ test_sum — AssertionError: assert 4.0 == 5", second]


@pytest.mark.parametrize(
    ("lang", "note", "summary"),
    [
        ("en", "Exercise folder: {}\n", "5/5 public tests passed (5/5 points)"),
        ("fr", "Dossier de l'exercice\u00a0: {}\n", "5/5 tests publics réussis (5/5 points)"),
    ],
)
def test_check_runs_from_a_subfolder_of_the_exercise_folder(tmp_path, lang, note, summary):
    folder = _started(tmp_path, "calculatrice")
    shutil.copyfile(
        REPO / "graders" / "calculatrice" / "solution" / "calculator.py", folder / "calculator.py"
    )
    inner = folder / "notes" / "day1"
    inner.mkdir(parents=True)

    done = run_cli("--lang", lang, "check", cwd=inner, env=COURSE)

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == note.format(folder.resolve())
    assert summary in done.stdout


def _result(outcome: Outcome, en: str = "", fr: str = "", detail: str = "") -> Result:
    return Result(
        id="t",
        name="t",
        visibility="public",
        points=1,
        earned=0,
        outcome=outcome,
        en=en,
        fr=fr,
        detail=detail,
    )


def test_explain_gives_the_trainer_message_and_the_detail():
    assert explain(_result(Outcome.failed, "Add.", "Additionnez.", "assert 1 == 2"), "fr") == (
        "Additionnez.",
        "assert 1 == 2",
    )


def test_explain_never_leaves_a_failure_blank():
    for outcome in Outcome:
        if outcome == Outcome.passed:
            continue
        message, _ = explain(_result(outcome), "en")
        assert message, outcome
    assert explain(_result(Outcome.failed), "en") == ("failed", "")
    assert explain(_result(Outcome.failed, detail="assert 4 == 5"), "en") == ("assert 4 == 5", "")
    assert explain(_result(Outcome.timeout, detail="in calculate"), "fr") == (
        "in calculate",
        "trop lent (limite de temps)",
    )
    assert explain(_result(Outcome.memory, en="Be frugal."), "en") == ("Be frugal.", "too much memory")
    assert explain(_result(Outcome.crashed, en="Only English"), "fr") == (
        "Only English",
        "votre code a arrêté le programme",
    )


def test_nothing_a_local_run_started_outlives_it(tmp_path):
    # The student process sits in a session of its own: a child it left (or the process
    # itself, when the wall clock stopped the run) spun on after `check` or `submit` ended
    # (three found spinning at 45 % of a core each for up to an hour during a test run).
    import psutil

    marker = tmp_path / "stray.pid"
    folder = _started(tmp_path, "calculatrice")
    (folder / "calculator.py").write_text(
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        f"    open({str(marker)!r}, 'w').write(str(os.getpid()))\n"
        "    time.sleep(600)\n"
        "    os._exit(0)\n"
        "def calculate(expression):\n"
        "    raise ValueError(expression)\n"
    )
    run_cli("check", cwd=folder, env=COURSE)
    stray = int(marker.read_text())  # it was born
    try:
        gone = not psutil.pid_exists(stray) or psutil.Process(stray).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        gone = True
    if not gone:
        psutil.Process(stray).kill()
    assert gone, "the run's stray process outlived it"


@pytest.mark.parametrize("solved", [True, False], ids=["passing", "failing"])
@pytest.mark.parametrize(
    ("args", "env"),
    [(["--runtime", "runsc"], {}), ([], {"WORKSHOP_RUNTIME": "runc"})],
    ids=["flag", "environment"],
)
def test_check_accepts_a_runtime_says_so_in_one_line_and_runs_the_same(tmp_path, solved, args, env):
    """README: `check` runs on your own machine without a container, so `--runtime` (or
    WORKSHOP_RUNTIME) is accepted there but has no effect, and it says so in one line."""
    folder = _started(tmp_path, "calculatrice")
    if solved:
        shutil.copyfile(
            REPO / "graders" / "calculatrice" / "solution" / "calculator.py", folder / "calculator.py"
        )
    plain = run_cli("check", cwd=folder, env=COURSE)

    given = run_cli("check", *args, cwd=folder, env={**COURSE, **env})

    runtime = args[-1] if args else env["WORKSHOP_RUNTIME"]
    assert (given.returncode, given.stdout) == (plain.returncode, plain.stdout)
    assert plain.returncode == (0 if solved else 1)
    added = given.stderr.splitlines()
    for line in plain.stderr.splitlines():
        added.remove(line)
    assert added == [
        "Note: workshop check runs the public tests on this machine, without a container: "
        f"--runtime {runtime} does not apply here."
    ]
