"""workshop start / submit: the student's side."""

from __future__ import annotations

import shutil
import tarfile
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from workshop.archive import unpack
from workshop.errors import InvalidIdentifier, SubmissionRejected
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
    assert done.stdout.startswith("Submitted calculatrice for alice:")
    archive = next((tmp_path / "inbox" / "calculatrice" / "alice").iterdir())
    assert tarfile.is_tarfile(archive)


def test_cli_submit_student_from_environment(folder, tmp_path):
    done = run_cli("submit", "--to", str(tmp_path / "inbox"), cwd=folder, env={"WORKSHOP_STUDENT": "bob"})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "inbox" / "calculatrice" / "bob").is_dir()


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
    assert done.stderr.startswith("Erreur: calculator.py manque dans")


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
