"""workshop exercise validate, through the CLI and the real sandbox."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_cli


@pytest.fixture
def course_copy(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    for part in ("exercises/calculatrice", "graders/calculatrice"):
        shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("demo", "__pycache__"))
    return root


@pytest.mark.parametrize("slug", ["calculatrice", "neurone", "prompts"])
def test_validate_passes_for_every_shipped_exercise(sandbox_image, slug):
    from workshop.course import Course

    assert slug in Course.locate(REPO).slugs()
    done = run_cli("exercise", "validate", slug, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "✓ The reference solution earns full marks" in done.stdout
    assert "✓ The unmodified starter earns 0/" in done.stdout
    assert "✓ No hidden test or solution text in exercises/." in done.stdout


def test_every_shipped_exercise_is_validated_here():
    from workshop.course import Course

    assert Course.locate(REPO).slugs() == ["calculatrice", "neurone", "prompts"]


def test_validate_fails_clearly_when_the_solution_is_short(sandbox_image, course_copy):
    solution = course_copy / "graders/calculatrice/solution/calculator.py"
    solution.write_text(
        solution.read_text() + "\n_real = calculate\n\ndef calculate(expression):\n"
        "    if expression == '':\n        return 0.0\n    return _real(expression)\n"
    )
    done = run_cli("exercise", "validate", "calculatrice", "--course", str(course_copy))
    assert done.returncode == 1
    assert "✗ The reference solution earns 47/48, not full marks; it fails: " in done.stdout
    assert "Fix the solution or the tests." in done.stdout


def test_validate_finds_hidden_test_text_in_student_material(sandbox_image, course_copy):
    hidden = (course_copy / "graders/calculatrice/tests/test_hidden.py").read_text().splitlines()
    secret = next(line for line in hidden if "pwned" in line.lower() and len(line.strip()) > 25)
    readme = course_copy / "exercises/calculatrice/README.md"
    readme.write_text(readme.read_text() + "\n" + secret + "\n")
    done = run_cli("exercise", "validate", "calculatrice", "--course", str(course_copy))
    assert done.returncode == 1
    assert "line(s) of hidden tests or solution appear in what students receive" in done.stdout
