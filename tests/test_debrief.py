"""The class debrief (workshop.debrief) and the class page that shows it: a student × skill
grid, the three most common failures with who, who has not handed in, the mean in percent,
the session's total; checked as data, then on the page in Chromium at 1280×800."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

import debrief_class as klass
from conftest import REPO
from workshop.course import Course
from workshop.debrief import debrief, group_of, skill_of
from workshop.reports import write_reports
from workshop.results import GradeResult, Status
from workshop.results import TestOutcome as Outcome
from workshop.results import TestResult as CaseResult
from workshop.session import choose

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
VIEWPORT = {"width": 1280, "height": 800}


def _session() -> Course:
    return choose(Course.locate(REPO), "une-heure")


def _results() -> dict[tuple[str, str], GradeResult | None]:
    return {(row.exercise, row.student): row.result for row in klass.rows()}


def _test(name: str, outcome: Outcome, earned: float = 0.0, **labels: str) -> CaseResult:
    return CaseResult(
        id=name, name=name, visibility="hidden", points=1, earned=earned, outcome=outcome, **labels
    )


# -- labels ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("test_computes[precedence-1]", "test_computes"),
        ("neurone/test_fit", "test_fit"),
        ("riddle: prompt-filled", "riddle"),
        ("test_addition", "test_addition"),
    ],
)
def test_a_test_without_a_label_is_shown_under_its_group(name: str, group: str) -> None:
    assert group_of(_test(name, Outcome.passed)) == group
    assert skill_of(_test(name, Outcome.passed), None, "fr") == group


def test_a_notebook_cell_takes_its_label_from_the_exercise_spec(course: Course) -> None:
    cell = _test("neurone/test_fit", Outcome.passed)
    neurone = course.exercise("neurone")
    assert skill_of(cell, neurone, "fr") == "Descente de gradient (a ≈ 4, b ≈ 6)"
    assert skill_of(cell, neurone, "en") == "Gradient descent (a ≈ 4, b ≈ 6)"


def test_a_label_speaks_the_language_asked_for_and_falls_back_to_english() -> None:
    both = _test("t", Outcome.passed, label_en="Decimals", label_fr="Nombres décimaux")
    assert skill_of(both, None, "fr") == "Nombres décimaux"
    assert skill_of(both, None, "en") == "Decimals"
    assert skill_of(_test("t", Outcome.passed, label_en="Decimals"), None, "fr") == "Decimals"


def test_every_notebook_test_cell_shipped_has_a_label(course: Course) -> None:
    neurone = course.exercise("neurone")
    notebook = json.loads((neurone.require_grader() / "neurone.ipynb").read_text(encoding="utf-8"))
    cells = [
        c["metadata"]["nbgrader"]["grade_id"]
        for c in notebook["cells"]
        if c.get("metadata", {}).get("nbgrader", {}).get("grade")
    ]
    assert cells and sorted(cells) == sorted(neurone.spec.labels)


# -- the debrief as data -------------------------------------------------------------------------
def test_parametrised_cases_are_one_skill_and_the_grid_says_who_is_stuck_where() -> None:
    calc = debrief(_session(), _results(), klass.roster(), "en").exercises[0]
    assert calc.slug == "calculatrice"
    assert calc.skills == [
        "Basic operations", "Operator precedence", "Parentheses", "Unary minus", "Decimals",
        "Returns a float", "Division by zero", "Invalid input", "No eval()",
    ]  # fmt: skip
    bruno = next(line for line in calc.students if line.id == "bruno")
    assert dict(zip(calc.skills, bruno.cells, strict=True)) == {
        "Basic operations": "ok", "Operator precedence": "ko", "Parentheses": "ok",
        "Unary minus": "ok", "Decimals": "ok", "Returns a float": "ok", "Division by zero": "ok",
        "Invalid input": "ok", "No eval()": "ko",
    }  # fmt: skip
    assert bruno.name == "Bruno Martin"


def test_the_three_most_common_failures_say_how_many_and_who() -> None:
    calc, prompts = debrief(_session(), _results(), klass.roster(), "fr").exercises[:2]
    assert [(f.skill, f.count) for f in calc.top_failures] == [
        ("Pas d'eval()", 7),
        ("Priorité des opérations", 4),
        ("Nombres décimaux", 2),
    ]
    assert calc.top_failures[1].students == ["bruno", "hugo", "ines", "jules"]
    assert [(f.skill, f.count) for f in prompts.top_failures] == [
        ("Énigme de raisonnement", 5),
        ("Sentiment, en JSON", 2),
        ("Plan d'une heure", 1),
    ]


def test_code_that_earns_nothing_is_named_apart_and_does_not_fill_the_top_failures() -> None:
    broken = [_test(f"t[{i}]", Outcome.error, label_en=f"S{i % 4}") for i in range(8)]
    some = [_test("t[0]", Outcome.failed, label_en="S0"), _test("t[1]", Outcome.passed, 1.0, label_en="S1")]
    results: dict[tuple[str, str], GradeResult | None] = {
        ("calculatrice", s): GradeResult(status=Status.crashed, score=0, max_score=48, tests=broken)
        for s in ("david", "emma", "hugo")
    }
    results[("calculatrice", "zoe")] = GradeResult(status=Status.invalid, score=0, max_score=48)
    results[("calculatrice", "alice")] = GradeResult(status=Status.failed, score=1, max_score=48, tests=some)
    calc = debrief(Course.locate(REPO), results, None, "en").exercises[0]
    assert calc.nothing_works == ["david", "emma", "hugo", "zoe"]
    assert [(f.skill, f.students) for f in calc.top_failures] == [("S0", ["alice"])]
    zoe = next(line for line in calc.students if line.id == "zoe")
    assert set(zoe.cells) == {"none"}


def test_the_roster_students_who_have_not_handed_in_are_named() -> None:
    found = debrief(_session(), _results(), klass.roster(), "en")
    assert [e.missing for e in found.exercises] == [
        klass.MISSING,
        klass.MISSING,
        [*klass.STUDENTS, *klass.MISSING],
    ]
    assert debrief(_session(), _results(), None, "en").exercises[0].missing == []


def test_the_mean_is_in_percent_of_each_students_maximum() -> None:
    results = {
        ("calculatrice", "a"): GradeResult(status=Status.failed, score=24, max_score=48),
        ("calculatrice", "b"): GradeResult(status=Status.passed, score=48, max_score=48),
        ("calculatrice", "c"): None,  # still being graded: not in the mean
    }
    calc = debrief(Course.locate(REPO), results, None, "en").exercises[0]
    assert calc.mean_percent == 75.0
    assert [line.status for line in calc.students] == ["failed", "passed", "pending"]


def test_a_partly_earned_skill_and_one_waiting_for_the_trainer_are_told_apart() -> None:
    tests = [
        _test("q[1]", Outcome.passed, 1.0, label_en="Q"),
        _test("q[2]", Outcome.failed, label_en="Q"),
        _test("m", Outcome.manual, label_en="M"),
        _test("z", Outcome.failed, label_en="Z"),
    ]
    result = GradeResult(status=Status.failed, score=1, max_score=4, tests=tests)
    calc = debrief(Course.locate(REPO), {("calculatrice", "a"): result}, None, "en").exercises[0]
    assert calc.students[0].cells == ["part", "wait", "ko"]
    assert [f.skill for f in calc.top_failures] == ["Q", "Z"]


def test_the_session_total_counts_its_exercises_but_not_the_optional_one() -> None:
    found = debrief(_session(), _results(), klass.roster(), "en")
    assert found.session is not None
    assert (found.session.name, found.session.points) == ("une-heure", 48 + 29)
    assert found.session.exercises == ["calculatrice", "prompts"]
    assert found.session.optional == ["neurone"]
    totals = [sum(r.result.score for r in klass.rows() if r.student == s) for s in klass.STUDENTS]
    assert found.session.mean_percent == round(100 * sum(totals) / len(totals) / 77, 1)
    neurone = found.exercises[2]
    assert (neurone.slug, neurone.optional, neurone.students) == ("neurone", True, [])


def test_without_a_session_only_exercises_handed_in_are_shown() -> None:
    found = debrief(Course.locate(REPO), _results(), None, "en")
    assert [e.slug for e in found.exercises] == ["calculatrice", "prompts"]
    assert found.session is None


# -- the class page --------------------------------------------------------------------------------
def _shots(tmp_path: Path) -> Path:
    """Where screenshots go: $WORKSHOP_SCREENSHOTS when set (to look at them), else tmp."""
    folder = Path(os.environ.get("WORKSHOP_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_class_page_shows_the_debrief_in_french(tmp_path: Path) -> None:
    index = write_reports(klass.rows(), _session(), tmp_path, "fr", klass.roster())
    html = index.read_text(encoding="utf-8")
    assert "Séance\u00a0: <strong>Une heure pour débuter</strong> · Total attendu\u00a0: 77 points" in html
    assert "Les trois échecs les plus fréquents" in html
    assert "<strong>Pas d&#39;eval()</strong> — 7 élèves" in html
    assert '<p class="who">manon, nora, oscar</p>' in html
    assert "Moyenne\u00a0: 76,8 %" in html
    assert "<strong>Plan d&#39;une heure</strong> — 1 élève<" in html
    assert "Personne n&#39;a encore rendu." in html  # the optional notebook: no empty grid


def test_the_class_page_without_a_roster_does_not_invent_missing_students(tmp_path: Path) -> None:
    html = write_reports(klass.rows(), _session(), tmp_path, "en").read_text(encoding="utf-8")
    assert "Everyone on the roster has handed in." in html
    assert "manon" not in html


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_class_page_reads_on_a_projector_at_1280x800(tmp_path: Path, lang: str) -> None:
    index = write_reports(klass.rows(), _session(), tmp_path / "reports", lang, klass.roster())
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(index.as_uri())
        page.screenshot(path=str(_shots(tmp_path) / f"class-{lang}.png"))
        page.screenshot(path=str(_shots(tmp_path) / f"class-{lang}-full.png"), full_page=True)
        facts = page.evaluate(
            """() => {
            const px = e => parseFloat(getComputedStyle(e).fontSize);
            const first = document.querySelector("section.debrief");
            const grid = first.querySelector("table.grid");
            const failures = first.querySelector(".top-failures");
            const overflow = [...document.querySelectorAll("body *")].filter(
                e => e.getBoundingClientRect().right > window.innerWidth + 0.5).map(e => e.tagName);
            return {
                scrollWidth: document.scrollingElement.scrollWidth,
                overflow,
                sections: document.querySelectorAll("section.debrief").length,
                rows: grid.querySelectorAll("tbody tr").length,
                columns: grid.querySelectorAll("thead th").length,
                failures: failures.querySelectorAll("li").length,
                failuresBottom: failures.getBoundingClientRect().bottom,
                meanBottom: first.querySelector("h2 .mean").getBoundingClientRect().bottom,
                cellPx: Math.min(...[...grid.querySelectorAll("td")].map(px)),
                headPx: Math.min(...[...grid.querySelectorAll("th")].map(px)),
                failuresPx: Math.min(...[...failures.querySelectorAll("li, li *")].map(px)),
                meanPx: px(first.querySelector("h2 .mean")),
                gridRight: grid.getBoundingClientRect().right,
            };
        }"""
        )
        browser.close()
    assert facts["scrollWidth"] <= VIEWPORT["width"] and facts["overflow"] == []
    assert facts["gridRight"] <= VIEWPORT["width"]
    assert facts["sections"] == 3  # calculator, prompts, neurone (optional, nobody yet)
    assert (facts["rows"], facts["columns"]) == (12, 1 + 9 + 1)
    assert facts["failures"] == 3
    # the first screen holds the mean and the three failures: what the room sees first
    assert facts["meanBottom"] < VIEWPORT["height"] and facts["failuresBottom"] < VIEWPORT["height"]
    assert facts["cellPx"] >= 16 and facts["failuresPx"] >= 16 and facts["meanPx"] >= 24
    assert facts["headPx"] >= 13


# -- every shipped test carries a label ---------------------------------------------------------------
def test_every_calculator_test_carries_a_label_through_the_real_sandbox(
    course: Course, sandbox_image: str
) -> None:
    from workshop.grade import Graders, grade_files
    from workshop.sandbox.runner import DockerRunner

    calc = course.exercise("calculatrice")
    solution = (REPO / "graders" / "calculatrice" / "solution" / "calculator.py").read_bytes()
    result = grade_files(
        calc, {"calculator.py": solution}, Graders(lambda: DockerRunner(sandbox_image)), "en"
    )
    assert (result.status, result.score) == (Status.passed, 48)
    unlabelled = [t.name for t in result.tests if not (t.label_en and t.label_fr)]
    assert unlabelled == []
    skills = {t.label_fr for t in result.tests}
    assert len(result.tests) == 41 and len(skills) == 9  # 41 cases, nine skills on the projector


def test_every_prompt_check_carries_a_label(course: Course) -> None:
    from workshop.prompts.grade import grade_prompts

    prompts = course.exercise("prompts")
    solution = (REPO / "graders" / "prompts" / "solution" / "prompts.md").read_bytes()
    result = grade_prompts(prompts, {"prompts.md": solution})
    assert len(result.tests) > 40
    assert [t.id for t in result.tests if not (t.label_en and t.label_fr)] == []
    assert {t.label_fr for t in result.tests if t.id.startswith("hidden/riddle/")} == {
        "Énigme de raisonnement"
    }
