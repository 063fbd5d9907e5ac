"""workshop.reports.write_reports: escaped, hidden tests kept hidden, bilingual, linked, stable."""

from __future__ import annotations

import json
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from workshop.course import Course
from workshop.gradebook import GradedRow
from workshop.i18n import Lang
from workshop.reports import write_reports
from workshop.results import GradeResult, Status
from workshop.results import TestOutcome as Outcome
from workshop.results import TestResult as CaseResult

REPO = Path(__file__).resolve().parents[1]
SLUG = "calculatrice"
SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
HIDDEN_SECRET = "HIDDENSECRET7f3a assert divide(1, 0) raises ZeroDivisionError"
SECRET_TOKEN = "HIDDENSECRET7f3a"  # no Markdown special character: the .md escaping cannot hide it
MESSAGE_EN = "The result must be a number"
MESSAGE_FR = "Le résultat doit être un nombre"


@pytest.fixture
def course() -> Course:
    return Course.locate(REPO)


def _case(name: str, visibility: str, outcome: Outcome, detail: str = "") -> CaseResult:
    return CaseResult(
        id=name,
        name=name,
        visibility=visibility,  # type: ignore[arg-type]
        points=4.0,
        earned=4.0 if outcome == Outcome.passed else 0.0,
        outcome=outcome,
        en=MESSAGE_EN,
        fr=MESSAGE_FR,
        detail=detail,
    )


def _row(student: str, tests: list[CaseResult], load_error: str | None = None) -> GradedRow:
    score = sum(t.earned for t in tests)
    status = Status.passed if tests and all(t.outcome == Outcome.passed for t in tests) else Status.failed
    result = GradeResult(status=status, score=score, max_score=48.0, tests=tests, load_error=load_error)
    return GradedRow(
        SLUG, student, "20240101T000000000000Z-0123456789ab.tar.gz", 1, result, "2024-01-01T10:00:00+00:00"
    )


def _class() -> list[GradedRow]:
    return [
        _row("alice", [_case("addition", "public", Outcome.not_run)], load_error=SCRIPT),
        _row("bob", [_case("addition", "public", Outcome.failed, detail=SCRIPT)]),
        _row(
            "carol",
            [
                _case("addition", "public", Outcome.passed),
                _case("edge cases", "hidden", Outcome.failed, detail=HIDDEN_SECRET),
            ],
        ),
        _row("dave", [_case("addition", "public", Outcome.passed)]),
    ]


def _read(out: Path, student: str, suffix: str) -> str:
    return (out / SLUG / f"{student}{suffix}").read_text(encoding="utf-8")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs += [value for key, value in attrs if key == "href" and value]


def _links(index: Path) -> list[str]:
    parser = _Links()
    parser.feed(index.read_text(encoding="utf-8"))
    return parser.hrefs


# -- escaping --------------------------------------------------------------------------------


def test_html_report_escapes_markup_in_load_error(tmp_path: Path, course: Course) -> None:
    write_reports(_class(), course, tmp_path, "en")

    html = _read(tmp_path, "alice", ".html")
    assert "<script" not in html
    assert ESCAPED_SCRIPT in html


def test_html_report_escapes_markup_in_public_detail(tmp_path: Path, course: Course) -> None:
    write_reports(_class(), course, tmp_path, "en")

    html = _read(tmp_path, "bob", ".html")
    assert "<script" not in html
    assert ESCAPED_SCRIPT in html


def test_markdown_report_escapes_markup_in_load_error(tmp_path: Path, course: Course) -> None:
    write_reports(_class(), course, tmp_path, "en")

    md = _read(tmp_path, "alice", ".md")
    assert "<script>" not in md
    assert r"\<script\>alert\(1\)\</script\>" in md


# -- hidden tests ----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".md", ".json"])
def test_hidden_test_detail_never_appears_in_a_report(tmp_path: Path, course: Course, suffix: str) -> None:
    write_reports(_class(), course, tmp_path, "en")

    text = _read(tmp_path, "carol", suffix)
    assert SECRET_TOKEN not in text
    assert "edge cases" in text


def test_hidden_test_detail_never_appears_in_the_class_summary(tmp_path: Path, course: Course) -> None:
    index = write_reports(_class(), course, tmp_path, "en")

    assert SECRET_TOKEN not in index.read_text(encoding="utf-8")


def test_json_report_keeps_hidden_test_result_without_detail(tmp_path: Path, course: Course) -> None:
    write_reports(_class(), course, tmp_path, "en")

    report = json.loads(_read(tmp_path, "carol", ".json"))
    by_name = {t["name"]: t for t in report["tests"]}
    assert by_name["edge cases"] == {
        "name": "edge cases",
        "visibility": "hidden",
        "outcome": "failed",
        "points": 4.0,
        "earned": 0.0,
        "message": MESSAGE_EN,
        "detail": "",
    }


def test_student_report_lists_what_to_fix_first(tmp_path: Path, course: Course) -> None:
    write_reports(_class(), course, tmp_path, "en")
    outcomes = [t["outcome"] for t in json.loads(_read(tmp_path, "carol", ".json"))["tests"]]
    assert "passed" in outcomes and outcomes.index("passed") > outcomes.index("failed")
    assert outcomes == sorted(outcomes, key=lambda o: o == "passed")


# -- languages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected", "foreign"),
    [
        ("en", ['<html lang="en">', "Student", "some tests failed", "What to fix", MESSAGE_EN], MESSAGE_FR),
        (
            "fr",
            ['<html lang="fr">', "Étudiant", "des tests ont échoué", "À corriger", MESSAGE_FR],
            MESSAGE_EN,
        ),
    ],
)
def test_html_report_speaks_the_requested_language(
    tmp_path: Path, course: Course, lang: Lang, expected: list[str], foreign: str
) -> None:
    write_reports(_class(), course, tmp_path, lang)

    html = _read(tmp_path, "bob", ".html")
    assert [text for text in expected if text not in html] == []
    assert foreign not in html


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Student", "some tests failed", MESSAGE_EN]),
        ("fr", ["Étudiant", "des tests ont échoué", MESSAGE_FR]),
    ],
)
def test_markdown_report_speaks_the_requested_language(
    tmp_path: Path, course: Course, lang: Lang, expected: list[str]
) -> None:
    write_reports(_class(), course, tmp_path, lang)

    md = _read(tmp_path, "bob", ".md")
    assert [text for text in expected if text not in md] == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ['<html lang="en">', "Class summary", "Build a calculator with an LLM"]),
        ("fr", ['<html lang="fr">', "Synthèse de la classe", "Créer une calculatrice avec"]),
    ],
)
def test_class_summary_speaks_the_requested_language(
    tmp_path: Path, course: Course, lang: Lang, expected: list[str]
) -> None:
    index = write_reports(_class(), course, tmp_path, lang)

    html = index.read_text(encoding="utf-8")
    assert [text for text in expected if text not in html] == []


# -- class summary ---------------------------------------------------------------------------


def test_class_summary_lists_every_student_and_links_to_their_reports(tmp_path: Path, course: Course) -> None:
    index = write_reports(_class(), course, tmp_path, "en")

    assert index == tmp_path / "index.html"
    links = _links(index)
    students = ["alice", "bob", "carol", "dave"]
    assert links == [f"{SLUG}/{s}.{kind}" for s in students for kind in ("html", "json")]
    for student in students:
        assert json.loads((tmp_path / f"{SLUG}/{student}.json").read_text())["student"] == student
        assert f"<strong>{student}</strong>" in (tmp_path / f"{SLUG}/{student}.html").read_text()


def test_students_whose_ids_differ_after_a_dot_keep_their_own_reports(tmp_path: Path, course: Course) -> None:
    rows = [
        _row("alice.martin", [_case("addition", "public", Outcome.passed)]),
        _row("alice.moreau", [_case("addition", "public", Outcome.failed)]),
    ]

    index = write_reports(rows, course, tmp_path, "en")

    for href in _links(index):
        assert (tmp_path / href).is_file(), href
    assert json.loads((tmp_path / SLUG / "alice.martin.json").read_text())["student"] == "alice.martin"
    assert json.loads((tmp_path / SLUG / "alice.moreau.json").read_text())["student"] == "alice.moreau"


# -- stability -------------------------------------------------------------------------------


def _age_every_file(out: Path) -> dict[Path, int]:
    old = 1_000_000_000 * 10**9
    for path in out.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(old, old))
    return {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()}


def test_writing_twice_leaves_files_untouched(tmp_path: Path, course: Course) -> None:
    write_reports(_class(), course, tmp_path, "en")
    before = _age_every_file(tmp_path)

    write_reports(_class(), course, tmp_path, "en")

    after = {path: path.stat().st_mtime_ns for path in tmp_path.rglob("*") if path.is_file()}
    assert after == before


def test_writing_after_a_change_rewrites_only_what_changed(tmp_path: Path, course: Course) -> None:
    rows = _class()
    write_reports(rows, course, tmp_path, "en")
    before = _age_every_file(tmp_path)
    rows[3] = _row("dave", [_case("addition", "public", Outcome.failed)])

    write_reports(rows, course, tmp_path, "en")

    changed = sorted(p.relative_to(tmp_path).as_posix() for p in before if p.stat().st_mtime_ns != before[p])
    assert changed == [f"{SLUG}/dave.html", f"{SLUG}/dave.json", f"{SLUG}/dave.md", "index.html"]


def test_a_hidden_tests_end_and_the_runs_status_stay_the_trainers(tmp_path: Path, course: Course) -> None:
    """Red team 13 (S1, S3): the student's report says failed for a hidden test whatever its
    end, and the status decided before any hidden test; the class summary (the trainer's)
    keeps the real status, marked."""
    tests = [_case("addition", "public", Outcome.passed), _case("secret", "hidden", Outcome.memory)]
    row = _row("mallory", tests)
    row = GradedRow(
        row.exercise,
        row.student,
        row.attempt,
        1,
        row.result.model_copy(update={"status": Status.memory}),
        row.graded_at,
    )
    write_reports([row], course, tmp_path, "en")
    report = json.loads((tmp_path / SLUG / "mallory.json").read_text())
    assert (report["status"], report["status_text"]) == ("failed", "some tests failed")
    assert [(t["name"], t["outcome"]) for t in report["tests"]] == [
        ("secret", "failed"),
        ("addition", "passed"),
    ]
    for suffix in ("html", "md"):
        text = (tmp_path / SLUG / f"mallory.{suffix}").read_text()
        assert 'class="memory"' not in text and "too much memory" not in text and "memory limit" not in text
    summary = (tmp_path / "index.html").read_text()
    assert "stopped: memory limit [trainer only: the student&#39;s report says otherwise" in summary
