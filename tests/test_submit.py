"""workshop start / submit: the student's side."""

from __future__ import annotations

import shutil
import tarfile
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from workshop.archive import unpack
from workshop.errors import ExerciseNotFound, InvalidIdentifier, SubmissionRejected
from workshop.submit import start, submit

SOLUTION = REPO / "graders" / "calculatrice" / "solution" / "calculator.py"


@pytest.fixture
def folder(tmp_path: Path, calculatrice) -> Path:
    work = tmp_path / "work"
    start(calculatrice, work)
    shutil.copyfile(SOLUTION, work / "calculator.py")
    return work


def test_start_copies_starter_and_instructions_but_no_tests(tmp_path, calculatrice):
    written = {p.name for p in start(calculatrice, tmp_path)}
    assert {"calculator.py", "README.md", ".workshop.toml"} <= written
    assert not (tmp_path / "tests").exists()
    assert not (tmp_path / "exercise.toml").exists()


def test_start_never_overwrites_student_work(tmp_path, calculatrice):
    (tmp_path / "calculator.py").write_text("# my work\n")
    start(calculatrice, tmp_path)
    assert (tmp_path / "calculator.py").read_text() == "# my work\n"


def test_submit_keeps_every_attempt_with_a_receipt(folder, tmp_path, calculatrice):
    inbox = tmp_path / "inbox"
    first = submit(folder, calculatrice, "alice", inbox)
    second = submit(folder, calculatrice, "alice", inbox)
    assert first.path != second.path
    assert sorted(p.name for p in (inbox / "calculatrice" / "alice").iterdir()) == sorted(
        [first.path.name, second.path.name]
    )
    manifest, files = unpack(first.path.read_bytes())
    assert manifest.student == "alice" and manifest.exercise == "calculatrice"
    assert files["calculator.py"] == SOLUTION.read_bytes()
    assert not list((inbox / ".incoming").iterdir())


def test_submit_refuses_missing_file(tmp_path, calculatrice):
    with pytest.raises(SubmissionRejected) as info:
        submit(tmp_path, calculatrice, "alice", tmp_path / "inbox")
    assert info.value.key == "file_missing"
    assert not (tmp_path / "inbox").exists()


def test_submit_refuses_file_too_large(folder, tmp_path, calculatrice):
    (folder / "calculator.py").write_text("#" * (calculatrice.spec.limits.max_file_kib * 1024 + 1))
    with pytest.raises(SubmissionRejected) as info:
        submit(folder, calculatrice, "alice", tmp_path / "inbox")
    assert info.value.key == "file_too_large"


def test_submit_refuses_file_not_utf8(folder, tmp_path, calculatrice):
    (folder / "calculator.py").write_bytes(b"x = '\xe9t\xe9'\n")
    with pytest.raises(SubmissionRejected) as info:
        submit(folder, calculatrice, "alice", tmp_path / "inbox")
    assert info.value.key == "file_not_utf8"


def test_submit_refuses_syntax_error_unless_allowed(folder, tmp_path, calculatrice):
    (folder / "calculator.py").write_text("def calculate(e):\n    return (\n")
    with pytest.raises(SubmissionRejected) as info:
        submit(folder, calculatrice, "alice", tmp_path / "inbox")
    assert info.value.key == "file_syntax_error"
    assert "line 2" in str(info.value)
    receipt = submit(folder, calculatrice, "alice", tmp_path / "inbox", allow_errors=True)
    assert receipt.path.is_file()


@pytest.mark.parametrize("student", ["../../etc", "<script>", "a/b", "", "x" * 65, ".hidden", "-rf"])
def test_submit_refuses_unsafe_student_id(folder, tmp_path, calculatrice, student):
    with pytest.raises(InvalidIdentifier):
        submit(folder, calculatrice, student, tmp_path / "inbox")
    assert not (tmp_path / "inbox").exists()


def test_cli_submit_prints_receipt_and_exit_0(folder, tmp_path):
    done = run_cli("submit", "--student", "alice", "--to", str(tmp_path / "inbox"), cwd=folder)
    assert done.returncode == 0, done.stderr
    # The public tests run here first (issue 9, class 3), then the receipt.
    assert done.stdout.startswith("Running the public tests on your machine first")
    assert "\nSubmitted calculatrice for alice:" in done.stdout
    archive = next((tmp_path / "inbox" / "calculatrice" / "alice").iterdir())
    assert tarfile.is_tarfile(archive)


def test_cli_submit_student_from_environment(folder, tmp_path):
    done = run_cli("submit", "--to", str(tmp_path / "inbox"), cwd=folder, env={"WORKSHOP_STUDENT": "bob"})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "inbox" / "calculatrice" / "bob").is_dir()


def test_cli_submit_inbox_from_environment(folder, tmp_path):
    """README: --to may also come from WORKSHOP_INBOX."""
    inbox = tmp_path / "env-inbox"
    done = run_cli("submit", "--student", "alice", cwd=folder, env={"WORKSHOP_INBOX": str(inbox)})
    assert done.returncode == 0, done.stderr
    assert "Submitted calculatrice for alice: " in done.stdout and str(inbox) in done.stdout
    assert tarfile.is_tarfile(next((inbox / "calculatrice" / "alice").iterdir()))


def test_cli_submit_inbox_from_the_config_file(folder, tmp_path):
    """README: --to may also come from ~/.config/workshop/config.toml (inbox = "...")."""
    inbox = tmp_path / "config-inbox"
    config = tmp_path / "config.toml"
    config.write_text(f"inbox = {str(inbox)!r}\n")
    done = run_cli("submit", "--student", "alice", cwd=folder, env={"WORKSHOP_CONFIG": str(config)})
    assert done.returncode == 0, done.stderr
    assert "Submitted calculatrice for alice: " in done.stdout and str(inbox) in done.stdout
    assert tarfile.is_tarfile(next((inbox / "calculatrice" / "alice").iterdir()))


def test_cli_submit_unknown_exercise_is_one_clear_line(folder, tmp_path):
    done = run_cli(
        "submit", "--exercise", "nope", "--student", "alice", "--to", str(tmp_path / "i"), cwd=folder
    )
    assert done.returncode == 1
    assert done.stderr == "Error: Unknown exercise 'nope'. Known exercises: calculatrice, neurone, prompts.\n"


def test_cli_submit_bad_student_id_is_one_clear_line(folder, tmp_path):
    done = run_cli("submit", "--student", "../../etc", "--to", str(tmp_path / "inbox"), cwd=folder)
    assert done.returncode == 1
    assert done.stderr == (
        "Error: '../../etc' is not a valid student id. Use letters, digits, '.', '_' or '-' "
        "(at most 64, no '..').\n"
    )
    assert not (tmp_path / "inbox").exists()


def test_cli_submit_without_inbox_says_how_to_give_one(folder):
    done = run_cli("submit", "--student", "alice", cwd=folder)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: No inbox given. Pass --to FOLDER")


def test_cli_submit_missing_file_in_french(tmp_path):
    (tmp_path / ".workshop.toml").write_text('exercise = "calculatrice"\n')
    done = run_cli(
        "--lang",
        "fr",
        "submit",
        "--student",
        "alice",
        "--to",
        str(tmp_path / "inbox"),
        cwd=tmp_path,
        env={"WORKSHOP_COURSE": str(REPO)},
    )
    assert done.returncode == 1
    assert done.stderr.startswith("Erreur\u00a0: calculator.py manque dans")


def test_cli_start_then_check_on_starter_fails_kindly(tmp_path):
    done = run_cli("start", "calculatrice", cwd=tmp_path, env={"WORKSHOP_COURSE": str(REPO)})
    assert done.returncode == 0, done.stderr
    checked = run_cli("check", cwd=tmp_path, env={"WORKSHOP_COURSE": str(REPO)})
    assert checked.returncode == 1
    assert "0/5 public tests passed" in checked.stdout


def test_cli_check_on_reference_solution_passes(folder):
    checked = run_cli("check", cwd=folder, env={"WORKSHOP_COURSE": str(REPO)})
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "5/5 public tests passed (5/5 points)" in checked.stdout


# -- issue 12: start lists, names forgive, subfolders work, empty files are caught ----------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Today's session, One hour for beginners:",
                "  calculatrice     Build a calculator with an LLM's help",
                "  prompts          Writing good prompts",
                "  neurone          A tiny neural network: chihuahua or muffin? (optional)",
                "Start one with 'workshop start EXERCISE', e.g. in a new folder: "
                "'workshop start EXERCISE --dir FOLDER'.",
            ],
        ),
        (
            "fr",
            [
                "La séance du jour, Une heure pour débuter\u00a0:",
                "  calculatrice     Créer une calculatrice avec l'aide d'un LLM",
                "  prompts          Écrire de bons prompts",
                "  neurone          Un petit réseau de neurones : chihuahua ou muffin ? (facultatif)",
                "Commencez-en un avec « workshop start EXERCICE », par ex. dans un nouveau dossier\u00a0: "
                "« workshop start EXERCICE --dir DOSSIER ».",
            ],
        ),
    ],
)
def test_cli_start_without_exercise_lists_the_exercises_in_the_user_language(tmp_path, lang, expected):
    done = run_cli("--lang", lang, "start", cwd=tmp_path, env={"WORKSHOP_COURSE": str(REPO)})

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == expected
    assert list(tmp_path.iterdir()) == []  # nothing started


def test_cli_start_takes_the_exercise_name_in_any_case(tmp_path):
    done = run_cli("start", "  CalculaTRICE ", cwd=tmp_path, env={"WORKSHOP_COURSE": str(REPO)})

    assert done.returncode == 0, done.stderr
    assert (tmp_path / ".workshop.toml").read_text() == 'exercise = "calculatrice"\n'


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Error: Unknown exercise 'calculator'. Did you mean 'calculatrice'? "
            "Known exercises: calculatrice, neurone, prompts.\n",
        ),
        (
            "fr",
            "Erreur\u00a0: Exercice inconnu « calculator ». Vouliez-vous dire « calculatrice »\u00a0? "
            "Exercices connus\u00a0: calculatrice, neurone, prompts.\n",
        ),
    ],
)
def test_cli_unknown_exercise_suggests_the_closest_name(tmp_path, lang, expected):
    done = run_cli("--lang", lang, "start", "calculator", cwd=tmp_path, env={"WORKSHOP_COURSE": str(REPO)})

    assert done.returncode == 1
    assert done.stderr == expected
    assert list(tmp_path.iterdir()) == []


def test_course_find_is_case_insensitive_and_suggests(course):
    assert course.find("PROMPTS").slug == "prompts"
    with pytest.raises(ExerciseNotFound) as caught:
        course.find("neuron")
    assert (caught.value.key, caught.value.params["close"]) == ("exercise_unknown_close", "neurone")


def test_cli_submit_from_a_subfolder_hands_in_the_exercise_folder(folder, tmp_path):
    inner = folder / "drafts"
    inner.mkdir()
    (inner / "calculator.py").write_text("# an old draft\n")

    done = run_cli("submit", "--student", "alice", "--to", str(tmp_path / "inbox"), cwd=inner)

    assert done.returncode == 0, done.stderr
    assert done.stderr == f"Exercise folder: {folder.resolve()}\n"
    archive = next((tmp_path / "inbox" / "calculatrice" / "alice").iterdir())
    assert unpack(archive.read_bytes())[1]["calculator.py"] == SOLUTION.read_bytes()


def test_cli_submit_with_exercise_of_another_folder_stays_in_the_given_folder(folder, tmp_path):
    inner = folder / "prompts-work"
    inner.mkdir()

    done = run_cli(
        "submit", "--exercise", "prompts", "--student", "alice", "--to", str(tmp_path / "i"), cwd=inner
    )

    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: prompts.md is missing from {inner.resolve()}. Create it")


@pytest.mark.parametrize("content", ["", "  \n\n"])
def test_submit_refuses_a_hand_in_where_every_file_is_empty_unless_allowed(
    folder, tmp_path, calculatrice, content
):
    (folder / "calculator.py").write_text(content)
    inbox = tmp_path / "inbox"

    with pytest.raises(SubmissionRejected) as caught:
        submit(folder, calculatrice, "alice", inbox)

    assert caught.value.key == "file_empty"
    assert not inbox.exists()  # the earlier attempt stays the latest
    warnings: list[str] = []
    receipt = submit(folder, calculatrice, "alice", inbox, allow_errors=True, warn=warnings.append)
    assert receipt.path.is_file()
    assert warnings == [
        "Warning: calculator.py is empty; it is handed in anyway. If that is a mistake, save it in "
        "your editor and submit again."
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Error: calculator.py is empty: there is nothing to grade. Save your work in your editor, "
            "then submit again (or hand it in anyway with --allow-errors).\n",
        ),
        (
            "fr",
            "Erreur\u00a0: calculator.py est vide\u00a0: il n'y a rien à corriger. "
            "Enregistrez votre travail dans "
            "votre éditeur, puis rendez de nouveau (ou rendez quand même avec --allow-errors).\n",
        ),
    ],
)
def test_cli_submit_of_an_empty_file_says_why_and_what_to_do(folder, tmp_path, lang, expected):
    (folder / "calculator.py").write_bytes(b"")

    done = run_cli(
        "--lang", lang, "submit", "--student", "alice", "--to", str(tmp_path / "inbox"), cwd=folder
    )

    assert done.returncode == 1
    assert done.stderr == expected


@pytest.fixture
def two_file_course(tmp_path: Path) -> Path:
    """The calculator with a second file to hand in (the student's notes)."""
    root = tmp_path / "course"
    shutil.copytree(REPO / "exercises" / "calculatrice", root / "exercises" / "calculatrice")
    spec = root / "exercises" / "calculatrice" / "exercise.toml"
    spec.write_text(
        spec.read_text().replace('files = ["calculator.py"]', 'files = ["calculator.py", "notes.md"]')
    )
    return root


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Warning: notes.md is empty; it is handed in anyway. If that is a mistake, save it in your "
            "editor and submit again.\n",
        ),
        (
            "fr",
            "Attention\u00a0: notes.md est vide\u00a0; il est rendu quand même. Si c'est une "
            "erreur, enregistrez-le "
            "dans votre éditeur et rendez de nouveau.\n",
        ),
    ],
)
def test_cli_submit_warns_about_an_empty_file_and_hands_in(folder, tmp_path, two_file_course, lang, expected):
    (folder / "notes.md").write_text("")

    done = run_cli(
        "--lang",
        lang,
        "submit",
        "--course",
        str(two_file_course),
        "--student",
        "alice",
        "--to",
        str(tmp_path / "inbox"),
        cwd=folder,
    )

    assert done.returncode == 0, done.stderr
    assert done.stderr == expected
    archive = next((tmp_path / "inbox" / "calculatrice" / "alice").iterdir())
    assert unpack(archive.read_bytes())[1]["notes.md"] == b""


def _neurone_with_output(tmp_path: Path, course, text: str) -> Path:
    """The neurone starter with ``text`` as the first code cell's printed output, as a
    notebook saved after a cell printed a long run of one character."""
    import nbformat

    work = tmp_path / "neurone"
    start(course.exercise("neurone"), work)
    nb = nbformat.read(work / "neurone.ipynb", as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "code")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
    nbformat.write(nb, work / "neurone.ipynb")
    return work


def test_submit_refuses_what_every_grader_would_refuse_as_a_compression_bomb(tmp_path, course):
    """An attempt inflating past the archive reader's ratio is refused by every inbox and
    server (archive_ratio): submit says so first, naming the file, and hands nothing in."""
    work = _neurone_with_output(tmp_path, course, "a" * 1_200_000)
    with pytest.raises(SubmissionRejected) as info:
        submit(work, course.exercise("neurone"), "alice", tmp_path / "inbox", allow_errors=True)
    assert info.value.key == "submit_compresses_too_well"
    assert "neurone.ipynb" in str(info.value)
    assert not (tmp_path / "inbox").exists()
    done = run_cli("submit", "--student", "alice", "--to", str(tmp_path / "inbox"), "--no-check", cwd=work)
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0 and "neurone.ipynb" in done.stderr, done.stderr
    assert not (tmp_path / "inbox").exists()


def test_submit_hands_in_a_long_output_that_compresses_like_text(tmp_path, course):
    """The same size of varied output is handed in: only the ratio refuses."""
    import random

    rng = random.Random(1)
    text = "".join(rng.choice("abcdefghij0123456789 \n") for _ in range(1_200_000))
    work = _neurone_with_output(tmp_path, course, text)
    receipt = submit(work, course.exercise("neurone"), "alice", tmp_path / "inbox", allow_errors=True)
    manifest, files = unpack(receipt.path.read_bytes())
    assert manifest.student == "alice" and "neurone.ipynb" in files
