"""workshop.export and workshop.roster: score files an LMS accepts, parsed back with the
rules of shared docs/lms-formats.md, and rosters refused with the line to fix."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from conftest import run_cli
from workshop.course import Course
from workshop.errors import ConfigError
from workshop.export import FORMATS, export, safe_cell
from workshop.export_formats import MoodleUnknowns, moodle_unknowns
from workshop.gradebook import Gradebook, GradedRow
from workshop.i18n import t
from workshop.results import GradeResult, Status, Visibility
from workshop.results import TestOutcome as Outcome
from workshop.results import TestResult as CaseResult
from workshop.roster import RosterEntry, load_roster

REPO = Path(__file__).resolve().parents[1]
ATTEMPT = "20240101T000000000000Z-0123456789ab.tar.gz"
TITLE = "Build a calculator with an LLM's help"
TITLE_FR = "Créer une calculatrice avec l'aide d'un LLM"
CANVAS_IDENTITY = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
ROSTER_HEADER = "id,name,email,canvas_id,sis_user_id,sis_login_id,section,moodle_idnumber,username\n"
ROSTER = ROSTER_HEADER + (
    "alice,Alice Martin,alice@school.example,101,S-1,alice.m,G1,M-001,amartin\n"
    "bob,Bob Durand,bob@school.example,102,S-2,bob.d,,M-002,bdurand\n"
    "carol,Carol Petit,carol@school.example,103,S-3,carol.p,G2,M-003,cpetit\n"
)


@pytest.fixture
def course() -> Course:
    return Course.locate(REPO)


def _roster(tmp_path: Path, text: str = ROSTER) -> list[RosterEntry]:
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    return load_roster(path)


def _test(
    name: str,
    outcome: Outcome,
    points: float,
    visibility: Visibility = "public",
    en: str = "",
    detail: str = "",
) -> CaseResult:
    return CaseResult(
        id=name,
        name=name,
        visibility=visibility,
        points=points,
        earned=points if outcome == Outcome.passed else 0.0,
        outcome=outcome,
        en=en,
        detail=detail,
    )


def _row(
    student: str,
    score: float,
    failed: tuple[str, ...] = (),
    exercise: str = "calculatrice",
    graded_at: str = "2024-01-01T00:00:00+00:00",
) -> GradedRow:
    tests = [_test("addition", Outcome.passed, score)] + [_test(n, Outcome.failed, 1.0) for n in failed]
    result = GradeResult(
        status=Status.failed if failed else Status.passed, score=score, max_score=48.0, tests=tests
    )
    return GradedRow(exercise, student, ATTEMPT, 2, result, graded_at)


def _ungraded(student: str, status: Status = Status.infra_error) -> GradedRow:
    """A grade with no score to give (infra_error), or a refused submission (invalid)."""
    result = GradeResult(status=status, score=0.0, max_score=48.0)
    return GradedRow("calculatrice", student, ATTEMPT, 1, result, "2024-01-01T00:00:00+00:00")


ROWS = [_row("alice", 40.5, failed=("division", "power")), _row("bob", 48.0)]


def _parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# -- plain CSV -------------------------------------------------------------------------------


def test_plain_csv_lists_every_roster_student_with_scores_and_total(tmp_path: Path, course: Course) -> None:
    table = _parse(export("csv", course, ROWS, _roster(tmp_path)))

    assert table == [
        ["id", "name", "email", "calculatrice", "total"],
        ["alice", "Alice Martin", "alice@school.example", "40.5", "40.5"],
        ["bob", "Bob Durand", "bob@school.example", "48", "48"],
        ["carol", "Carol Petit", "carol@school.example", "", ""],
    ]


def test_export_lines_end_with_crlf(tmp_path: Path, course: Course) -> None:
    text = export("csv", course, ROWS, _roster(tmp_path))

    assert text.count("\r\n") == 4
    assert "\n" not in text.replace("\r\n", "")


def test_export_ignores_rows_of_unknown_exercises(tmp_path: Path, course: Course) -> None:
    rows = [*ROWS, _row("alice", 3.0, exercise="no-such-exercise")]

    table = _parse(export("csv", course, rows, _roster(tmp_path)))

    assert table[0] == ["id", "name", "email", "calculatrice", "total"]
    assert table[1] == ["alice", "Alice Martin", "alice@school.example", "40.5", "40.5"]


# -- Canvas ----------------------------------------------------------------------------------


def test_canvas_header_is_identity_columns_then_title(tmp_path: Path, course: Course) -> None:
    table = _parse(export("canvas", course, ROWS, _roster(tmp_path)))

    assert table[0] == [*CANVAS_IDENTITY, TITLE]


def test_canvas_header_uses_title_in_the_export_language(tmp_path: Path, course: Course) -> None:
    table = _parse(export("canvas", course, ROWS, _roster(tmp_path), lang="fr"))

    assert table[0] == [*CANVAS_IDENTITY, TITLE_FR]


def test_canvas_second_row_gives_points_possible(tmp_path: Path, course: Course) -> None:
    table = _parse(export("canvas", course, ROWS, _roster(tmp_path)))

    assert table[1] == ["    Points Possible", "", "", "", "", "48"]


def test_canvas_rows_carry_lms_ids_and_blank_for_no_score(tmp_path: Path, course: Course) -> None:
    table = _parse(export("canvas", course, ROWS, _roster(tmp_path)))

    assert table[2:] == [
        ["Alice Martin", "101", "S-1", "alice.m", "G1", "40.5"],
        ["Bob Durand", "102", "S-2", "bob.d", "", "48"],
        ["Carol Petit", "103", "S-3", "carol.p", "G2", ""],
    ]


def test_canvas_title_carries_assignment_id_when_the_spec_has_one(tmp_path: Path) -> None:
    root = tmp_path / "course"
    shutil.copytree(REPO / "exercises" / "calculatrice", root / "exercises" / "calculatrice")
    spec = root / "exercises" / "calculatrice" / "exercise.toml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("[lms]", '[lms]\ncanvas_assignment_id = "4242"'),
        encoding="utf-8",
    )

    table = _parse(export("canvas", Course.locate(root), ROWS, _roster(tmp_path)))

    assert table[0] == [*CANVAS_IDENTITY, f"{TITLE} (4242)"]


def test_scores_are_written_with_a_dot_and_at_most_four_decimals(tmp_path: Path, course: Course) -> None:
    rows = [_row("alice", 12.25), _row("bob", 1 / 3), _row("carol", 0.0)]

    table = _parse(export("canvas", course, rows, _roster(tmp_path), lang="fr"))

    assert [r[-1] for r in table[2:]] == ["12.25", "0.3333", "0"]


# -- Moodle ----------------------------------------------------------------------------------


def test_moodle_header_is_email_then_grade_and_feedback(tmp_path: Path, course: Course) -> None:
    table = _parse(export("moodle", course, ROWS, _roster(tmp_path)))

    assert table[0] == ["email", TITLE, f"{TITLE} (Feedback)"]


def test_moodle_rows_give_score_and_feedback_by_email(tmp_path: Path, course: Course) -> None:
    table = _parse(export("moodle", course, ROWS, _roster(tmp_path)))

    assert table[1:] == [
        ["alice@school.example", "40.5", "some tests failed — 40.5/48 — failed: division, power"],
        ["bob@school.example", "48", "all tests passed — 48/48"],
        ["carol@school.example", "", ""],
    ]


def test_moodle_feedback_is_in_the_export_language(tmp_path: Path, course: Course) -> None:
    table = _parse(export("moodle", course, ROWS, _roster(tmp_path), lang="fr"))

    assert table[0] == ["email", TITLE_FR, f"{TITLE_FR} (Feedback)"]
    assert table[1][2] == "des tests ont échoué — 40.5/48 — échoués: division, power"


@pytest.mark.parametrize(
    ("moodle_id", "identities"),
    [("username", ["amartin", "bdurand", "cpetit"]), ("idnumber", ["M-001", "M-002", "M-003"])],
)
def test_moodle_identity_column_follows_moodle_id(
    tmp_path: Path, course: Course, moodle_id: str, identities: list[str]
) -> None:
    table = _parse(export("moodle", course, ROWS, _roster(tmp_path), moodle_id=moodle_id))  # type: ignore[arg-type]

    assert table[0][0] == moodle_id
    assert [r[0] for r in table[1:]] == identities
    assert [r[1] for r in table[1:]] == ["40.5", "48", ""]


def test_moodle_alias_gives_the_same_file_as_moodle_csv(tmp_path: Path, course: Course) -> None:
    roster = _roster(tmp_path)

    assert export("moodle", course, ROWS, roster) == export("moodle-csv", course, ROWS, roster)


def test_moodle_csv_feedback_for_infra_error_gives_no_score(tmp_path: Path, course: Course) -> None:
    table = _parse(export("moodle-csv", course, [*ROWS, _ungraded("carol")], _roster(tmp_path)))

    assert table[3] == ["carol@school.example", "", "not graded (grader problem, not yours)"]


# -- Moodle XML ------------------------------------------------------------------------------

XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>"


def _moodle_results(text: str) -> list[dict[str, str]]:
    """The <result> elements of a Moodle XML import, each as {child tag: text}."""
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "results"
    assert all(result.tag == "result" for result in root)
    return [{child.tag: child.text or "" for child in result} for result in root]


def test_moodle_xml_gives_state_assignment_student_score_and_feedback(tmp_path: Path, course: Course) -> None:
    results = _moodle_results(export("moodle-xml", course, ROWS, _roster(tmp_path)))

    assert results == [
        {
            "state": "new",
            "assignment": "workshop-calculatrice",
            "student": "M-001",
            "score": "40.5",
            "feedback": "some tests failed — 40.5/48 — failed: division, power",
        },
        {
            "state": "new",
            "assignment": "workshop-calculatrice",
            "student": "M-002",
            "score": "48",
            "feedback": "all tests passed — 48/48",
        },
    ]


def test_moodle_xml_is_utf8_with_a_declaration_and_dot_decimals(tmp_path: Path, course: Course) -> None:
    rows = [_row("alice", 1 / 3, failed=("division",)), _row("bob", 12.25)]

    text = export("moodle-xml", course, rows, _roster(tmp_path), lang="fr")

    assert text.splitlines()[0] == XML_DECLARATION
    results = _moodle_results(text)
    assert [r["score"] for r in results] == ["0.3333", "12.25"]
    assert results[0]["feedback"] == "des tests ont échoué — 0.3333/48 — échoués: division"


def test_moodle_xml_assignment_is_the_exercise_moodle_idnumber_when_set(tmp_path: Path) -> None:
    root = tmp_path / "course"
    shutil.copytree(REPO / "exercises" / "calculatrice", root / "exercises" / "calculatrice")
    spec = root / "exercises" / "calculatrice" / "exercise.toml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace('"workshop-calculatrice"', '"CALC-1"'), encoding="utf-8"
    )

    results = _moodle_results(export("moodle-xml", Course.locate(root), ROWS, _roster(tmp_path)))

    assert [r["assignment"] for r in results] == ["CALC-1", "CALC-1"]


def test_moodle_xml_escapes_idnumber_and_feedback_holding_markup(tmp_path: Path, course: Course) -> None:
    roster = _roster(tmp_path, ROSTER_HEADER + 'alice,Alice <b>,alice@school.example,,,,,"M<1&2",\n')
    rows = [_row("alice", 40.5, failed=("x < y & z", "</feedback><score>48"))]

    text = export("moodle-xml", course, rows, roster)

    assert "M&lt;1&amp;2" in text and "x &lt; y &amp; z" in text
    assert _moodle_results(text) == [
        {
            "state": "new",
            "assignment": "workshop-calculatrice",
            "student": "M<1&2",
            "score": "40.5",
            "feedback": "some tests failed — 40.5/48 — failed: x < y & z, </feedback><score>48",
        }
    ]


def test_moodle_xml_drops_characters_xml_cannot_hold(tmp_path: Path, course: Course) -> None:
    rows = [_row("alice", 40.5, failed=("nul\x00 esc\x1b",))]

    results = _moodle_results(export("moodle-xml", course, rows, _roster(tmp_path)))

    assert results[0]["feedback"] == "some tests failed — 40.5/48 — failed: nul esc"


def test_moodle_xml_has_no_result_for_infra_error_or_no_grade(tmp_path: Path, course: Course) -> None:
    rows = [_row("alice", 40.5), _ungraded("bob")]  # carol: no grade at all

    results = _moodle_results(export("moodle-xml", course, rows, _roster(tmp_path)))

    assert [(r["student"], r["score"]) for r in results] == [("M-001", "40.5")]


def test_moodle_xml_leaves_out_students_without_idnumber_and_names_them(
    tmp_path: Path, course: Course
) -> None:
    roster = _roster(
        tmp_path,
        ROSTER_HEADER + "alice,Alice,a@school.example,,,,,M-001,\n"
        "bob,Bob,b@school.example,,,,,,\n"
        "carol,Carol,c@school.example,,,,,,\n",
    )
    rows = [*ROWS, _ungraded("carol")]  # carol has nothing to export: not named

    results = _moodle_results(export("moodle-xml", course, rows, roster))

    assert [r["student"] for r in results] == ["M-001"]
    assert moodle_unknowns(course, rows, roster) == MoodleUnknowns(students=["bob"], exercises=[])


def test_moodle_xml_batch_is_the_same_for_the_same_grades_only(tmp_path: Path, course: Course) -> None:
    roster = _roster(tmp_path)

    def batch(rows: list[GradedRow]) -> str:
        return ET.fromstring(export("moodle-xml", course, rows, roster).encode("utf-8")).attrib["batch"]

    assert batch(ROWS) == batch(list(ROWS))
    assert batch(ROWS) != batch([_row("alice", 41.0), ROWS[1]])
    assert re.fullmatch(r"workshop-[0-9a-f]{16}", batch(ROWS))


# -- Gradescope ------------------------------------------------------------------------------

GRADESCOPE_KEYS = {"score", "execution_time", "output", "visibility", "stdout_visibility", "tests"}
GRADESCOPE_TEST_KEYS = {"score", "max_score", "status", "name", "number", "output", "visibility"}
HINT = "Check the sign of the result."


def _graded_with_hidden_test(student: str = "alice") -> GradedRow:
    tests = [
        _test("addition", Outcome.passed, 40.0),
        _test("division", Outcome.failed, 4.0, en="Divide, do not multiply.", detail="assert 6 == 1.5"),
        _test("secret", Outcome.failed, 4.0, "hidden", en=HINT, detail="assert f(-3) == 3  # SECRET"),
    ]
    result = GradeResult(status=Status.failed, score=40.0, max_score=48.0, tests=tests, duration_s=1.25)
    return GradedRow("calculatrice", student, ATTEMPT, 1, result, "2024-01-01T00:00:00+00:00")


def test_gradescope_nests_results_json_by_exercise_then_student(tmp_path: Path, course: Course) -> None:
    data = json.loads(export("gradescope", course, ROWS, _roster(tmp_path)))

    assert list(data) == ["calculatrice"]
    assert list(data["calculatrice"]) == ["alice", "bob"]
    alice = data["calculatrice"]["alice"]
    assert set(alice) == GRADESCOPE_KEYS
    assert (alice["score"], alice["visibility"], alice["stdout_visibility"]) == (40.5, "visible", "hidden")
    assert isinstance(alice["execution_time"], int | float)
    assert alice["output"] == "some tests failed — 40.5/48 — failed: division, power"
    assert [set(test) for test in alice["tests"]] == [GRADESCOPE_TEST_KEYS] * 3
    assert [(x["number"], x["name"], x["status"]) for x in alice["tests"]] == [
        ("1", "addition", "passed"),
        ("2", "division", "failed"),
        ("3", "power", "failed"),
    ]
    assert [(x["score"], x["max_score"]) for x in alice["tests"]] == [(40.5, 40.5), (0.0, 1.0), (0.0, 1.0)]


def test_gradescope_test_field_types_are_exact(tmp_path: Path, course: Course) -> None:
    data = json.loads(export("gradescope", course, [_graded_with_hidden_test()], _roster(tmp_path)))

    alice = data["calculatrice"]["alice"]
    # A fixed figure (a float, as Gradescope wants): the measured 1.25 s covers the hidden
    # tests, which the student process can stretch (red team 13, S4); the gradebook keeps it.
    assert alice["execution_time"] == 0.0 and isinstance(alice["execution_time"], float)
    for test in alice["tests"]:
        assert {k: type(v) for k, v in test.items()} == {
            "score": float,
            "max_score": float,
            "status": str,
            "name": str,
            "number": str,
            "output": str,
            "visibility": str,
        }


def test_gradescope_hidden_test_shows_the_trainer_message_only_after_publication(
    tmp_path: Path, course: Course
) -> None:
    text = export("gradescope", course, [_graded_with_hidden_test()], _roster(tmp_path))

    tests = json.loads(text)["calculatrice"]["alice"]["tests"]
    assert (tests[2]["output"], tests[2]["visibility"]) == (HINT, "after_published")
    assert (tests[1]["output"], tests[1]["visibility"]) == (
        "Divide, do not multiply.\nassert 6 == 1.5",
        "visible",
    )
    assert "SECRET" not in text


def test_gradescope_has_no_entry_for_infra_error_or_no_grade(tmp_path: Path, course: Course) -> None:
    rows = [_row("alice", 40.5), _ungraded("bob")]

    data = json.loads(export("gradescope", course, rows, _roster(tmp_path)))

    assert list(data["calculatrice"]) == ["alice"]


# -- PrairieLearn ----------------------------------------------------------------------------


def test_prairielearn_score_is_the_fraction_of_the_maximum(tmp_path: Path, course: Course) -> None:
    data = json.loads(export("prairielearn", course, ROWS, _roster(tmp_path)))

    alice, bob = data["calculatrice"]["alice"], data["calculatrice"]["bob"]
    assert set(alice) == {"gradable", "score", "message", "tests"}
    assert (alice["gradable"], alice["score"], bob["score"]) == (True, 40.5 / 48, 1.0)
    assert all(0 <= entry["score"] <= 1 for entry in (alice, bob))
    assert alice["message"] == "some tests failed — 40.5/48 — failed: division, power"
    assert alice["tests"][1] == {
        "name": "division",
        "points": 0.0,
        "max_points": 1.0,
        "message": "",
        "output": "",
    }


@pytest.mark.parametrize("status", [Status.infra_error, Status.invalid])
def test_prairielearn_infra_error_and_invalid_are_not_gradable_and_have_no_score(
    tmp_path: Path, course: Course, status: Status
) -> None:
    data = json.loads(export("prairielearn", course, [_ungraded("alice", status)], _roster(tmp_path)))

    alice = data["calculatrice"]["alice"]
    assert alice["gradable"] is False
    assert "score" not in alice
    assert alice["message"] == t(f"status_{status.value}", "en") + (
        "" if status == Status.infra_error else " — 0/48"
    )


def test_prairielearn_hidden_test_gives_the_trainer_message_and_no_output(
    tmp_path: Path, course: Course
) -> None:
    text = export("prairielearn", course, [_graded_with_hidden_test()], _roster(tmp_path))

    tests = json.loads(text)["calculatrice"]["alice"]["tests"]
    assert tests[2] == {"name": "secret", "points": 0.0, "max_points": 4.0, "message": HINT, "output": ""}
    assert tests[1]["output"] == "assert 6 == 1.5"
    assert "SECRET" not in text


# -- JSON (LTI AGS results) ------------------------------------------------------------------


def test_json_items_are_lti_results_with_utc_timestamps(tmp_path: Path, course: Course) -> None:
    rows = [_row("alice", 40.5, failed=("division",), graded_at="2024-03-01T10:30:00+01:00"), ROWS[1]]

    data = json.loads(export("json", course, rows, _roster(tmp_path)))

    assert list(data) == ["items"]
    assert data["items"] == [
        {
            "userId": "alice",
            "resultScore": 40.5,
            "resultMaximum": 48.0,
            "comment": "some tests failed — 40.5/48 — failed: division",
            "scoreOf": "calculatrice",
            "timestamp": "2024-03-01T09:30:00Z",
        },
        {
            "userId": "bob",
            "resultScore": 48.0,
            "resultMaximum": 48.0,
            "comment": "all tests passed — 48/48",
            "scoreOf": "calculatrice",
            "timestamp": "2024-01-01T00:00:00Z",
        },
    ]
    for item in data["items"]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|\+00:00)", item["timestamp"])
        when = datetime.fromisoformat(item["timestamp"].replace("Z", "+00:00"))
        assert when.utcoffset() == timedelta(0)


def test_json_has_no_item_for_infra_error_or_no_grade(tmp_path: Path, course: Course) -> None:
    data = json.loads(export("json", course, [_row("alice", 40.5), _ungraded("bob")], _roster(tmp_path)))

    assert [item["userId"] for item in data["items"]] == ["alice"]


# -- every format ----------------------------------------------------------------------------


def _score_of(fmt: str, text: str, student: RosterEntry) -> object:
    """The student's score as the format gives it; None when blank or absent."""
    if fmt in ("csv", "canvas", "moodle", "moodle-csv"):
        # (column that identifies the student, its value, column of the score)
        ident, key, cell = {
            "csv": (0, student.id, 3),
            "canvas": (0, student.name, 5),
        }.get(fmt, (0, student.email, 1))
        row = next(r for r in _parse(text) if r[ident] == key)
        return row[cell] or None
    if fmt == "moodle-xml":
        found = [r["score"] for r in _moodle_results(text) if r["student"] == student.moodle_idnumber]
        return found[0] if found else None
    data = json.loads(text)
    if fmt == "json":
        found = [item["resultScore"] for item in data["items"] if item["userId"] == student.id]
        return found[0] if found else None
    return data["calculatrice"].get(student.id, {}).get("score")  # gradescope, prairielearn


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_gives_no_score_for_infra_error_or_no_grade(
    tmp_path: Path, course: Course, fmt: str
) -> None:
    roster = _roster(tmp_path)
    rows = [_row("alice", 40.5), _ungraded("bob")]  # carol: never graded

    text = export(fmt, course, rows, roster)  # type: ignore[arg-type]

    alice, bob, carol = roster
    assert _score_of(fmt, text, alice) in ("40.5", 40.5, 40.5 / 48)
    assert (_score_of(fmt, text, bob), _score_of(fmt, text, carol)) == (None, None)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_leaves_out_students_not_in_the_roster(tmp_path: Path, course: Course, fmt: str) -> None:
    rows = [*ROWS, _row("mallory", 48.0)]

    text = export(fmt, course, rows, _roster(tmp_path))  # type: ignore[arg-type]

    assert "mallory" not in text.lower()


def test_export_refuses_an_unknown_format(tmp_path: Path, course: Course) -> None:
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        export("xlsx", course, ROWS, _roster(tmp_path))  # type: ignore[arg-type]


# -- through the CLI -------------------------------------------------------------------------


def _gradebook(tmp_path: Path, rows: list[GradedRow]) -> Path:
    path = tmp_path / "gradebook.sqlite"
    book = Gradebook(path)
    try:
        for row in rows:
            sub = book.register(
                row.exercise, row.student, row.attempt, tmp_path / f"{row.student}.tar.gz", 10
            )
            book.record(sub, "grader-key", row.result)
    finally:
        book.close()
    return path


def _cli_export(
    tmp_path: Path, fmt: str, roster: str, rows: list[GradedRow]
) -> subprocess.CompletedProcess[str]:
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text(roster, encoding="utf-8")
    return run_cli(
        "export",
        "--format",
        fmt,
        "--roster",
        str(roster_path),
        "--gradebook",
        str(_gradebook(tmp_path, rows)),
        "--course",
        str(REPO),
        cwd=tmp_path,
    )


def _course_without_moodle_item(tmp_path: Path) -> Path:
    """The calculator and the prompts, the latter without [lms] moodle_idnumber."""
    root = tmp_path / "course"
    for slug in ("calculatrice", "prompts"):
        shutil.copytree(REPO / "exercises" / slug, root / "exercises" / slug)
    spec = root / "exercises" / "prompts" / "exercise.toml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text[: text.index("[lms]")], encoding="utf-8")
    return root


def test_moodle_xml_leaves_out_an_exercise_without_a_moodle_idnumber(tmp_path: Path) -> None:
    course = Course.locate(_course_without_moodle_item(tmp_path))
    rows = [*ROWS, _row("alice", 3.0, exercise="prompts")]

    results = _moodle_results(export("moodle-xml", course, rows, _roster(tmp_path)))

    assert {r["assignment"] for r in results} == {"workshop-calculatrice"}
    assert moodle_unknowns(course, rows, _roster(tmp_path)) == MoodleUnknowns(
        students=[], exercises=["prompts"]
    )


def _lacking_idnumbers(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "id,name,email,moodle_idnumber\n"
        "alice,Alice,a@school.example,\nbob,Bob,b@school.example,\ncarol,Carol,c@school.example,M-3\n",
        encoding="utf-8",
    )
    rows = [*ROWS, _row("alice", 3.0, exercise="prompts")]  # alice twice: still named once
    return run_cli(
        "export",
        "--format",
        "moodle-xml",
        "--roster",
        str(roster),
        "--gradebook",
        str(_gradebook(tmp_path, rows)),
        "--course",
        str(_course_without_moodle_item(tmp_path)),
        *extra,
        cwd=tmp_path,
    )


def test_cli_moodle_xml_preflight_names_what_moodle_cannot_match_and_writes_nothing(tmp_path: Path) -> None:
    done = _lacking_idnumbers(tmp_path, "-o", str(tmp_path / "grades.xml"))

    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "Error: Moodle's XML import matches students and grade items by ID number only, and rejects "
        "the whole file at the first one it does not know. Without a moodle_idnumber in the roster: "
        "alice, bob; without [lms] moodle_idnumber in exercise.toml: prompts. Add them (the user's and "
        "the grade item's ID number in Moodle), use --format moodle-csv (matched by email), or give "
        "--skip-unknown to leave them out."
    ]
    assert not (tmp_path / "grades.xml").exists()


def test_cli_moodle_xml_skip_unknown_leaves_them_out_and_says_so(tmp_path: Path) -> None:
    done = _lacking_idnumbers(tmp_path, "--skip-unknown")

    assert done.returncode == 0
    assert done.stderr.splitlines() == [
        "Warning: 2 graded student(s) have no moodle_idnumber in the roster and are left out of the "
        "Moodle XML: alice, bob. Add their Moodle ID numbers to the roster's moodle_idnumber column.",
        "Warning: exercises without [lms] moodle_idnumber are left out of the Moodle XML: prompts. "
        "Add the grade item's ID number in Moodle to their exercise.toml.",
    ]
    assert done.stdout.splitlines()[0] == XML_DECLARATION
    assert _moodle_results(done.stdout) == []  # carol has no grade; alice and bob no idnumber


def test_cli_warns_about_graded_students_not_in_the_roster(tmp_path: Path) -> None:
    done = _cli_export(tmp_path, "csv", ROSTER, [*ROWS, _row("mallory", 48.0), _row("zoe", 1.0)])

    assert done.returncode == 0
    assert done.stderr.splitlines() == [
        "Warning: 2 graded student(s) are not in the roster and are left out: mallory, zoe."
    ]
    assert [r[0] for r in _parse(done.stdout)] == ["id", "alice", "bob", "carol"]


@pytest.mark.parametrize("fmt", ["moodle-xml", "gradescope", "prairielearn", "json", "moodle"])
def test_cli_export_writes_what_the_library_returns(tmp_path: Path, course: Course, fmt: str) -> None:
    done = _cli_export(tmp_path, fmt, ROSTER, ROWS)

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    expected = export(fmt, course, _book_rows(tmp_path), _roster(tmp_path))  # type: ignore[arg-type]
    assert done.stdout == expected.replace("\r\n", "\n")  # run_cli reads text: CRLF comes back as LF


def _book_rows(tmp_path: Path) -> list[GradedRow]:
    book = Gradebook(tmp_path / "gradebook.sqlite")
    try:
        return book.latest()
    finally:
        book.close()


# -- formula neutralisation ------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1", "-2", "@SUM(A1)", "=1+1"]


@pytest.mark.parametrize("fmt", ["csv", "canvas"])
@pytest.mark.parametrize("name", FORMULAS)
def test_export_neutralises_student_name_that_a_spreadsheet_would_run(
    tmp_path: Path, course: Course, fmt: str, name: str
) -> None:
    quoted = '"' + name.replace('"', '""') + '"'
    roster = _roster(tmp_path, ROSTER_HEADER + f"alice,{quoted},alice@school.example,,,,,,\n")

    table = _parse(export(fmt, course, ROWS, roster))  # type: ignore[arg-type]

    name_cell = table[1][1] if fmt == "csv" else table[2][0]
    assert name_cell == "'" + name


@pytest.mark.parametrize("name", ["\tcmd", "\r=1+1"], ids=["tab", "cr"])
def test_export_neutralises_name_starting_with_tab_or_cr(course: Course, name: str) -> None:
    # The roster loader strips outer whitespace; build the entry directly so the export
    # itself is what is checked.
    roster = [
        RosterEntry.model_construct(
            id="alice",
            name=name,
            email="alice@school.example",
            canvas_id="",
            sis_user_id="",
            sis_login_id="",
            section="",
            moodle_idnumber="",
            username="",
        )
    ]

    table = _parse(export("canvas", course, ROWS, roster))

    assert table[2][0] == "'" + name


def test_moodle_export_neutralises_formula_in_identity_column(tmp_path: Path, course: Course) -> None:
    roster = _roster(tmp_path, ROSTER_HEADER + "alice,Alice,=cmd|'/C calc'!A0,,,,,,\n")

    table = _parse(export("moodle", course, ROWS, roster))

    assert table[1][0] == "'=cmd|'/C calc'!A0"


@pytest.mark.parametrize("value", ["=1", "+1", "-1", "@A1", "\t1", "\r1"])
def test_safe_cell_prefixes_formula_starts_with_a_quote(value: str) -> None:
    assert safe_cell(value) == "'" + value


def test_safe_cell_leaves_numbers_and_plain_text_alone() -> None:
    assert (safe_cell(-2.5), safe_cell(7), safe_cell("Alice")) == ("-2.5", "7", "Alice")


# -- roster ----------------------------------------------------------------------------------


def test_roster_reads_optional_lms_columns_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8-sig")

    alice = load_roster(path)[0]

    assert alice == RosterEntry(
        id="alice",
        name="Alice Martin",
        email="alice@school.example",
        canvas_id="101",
        sis_user_id="S-1",
        sis_login_id="alice.m",
        section="G1",
        moodle_idnumber="M-001",
        username="amartin",
    )


def test_roster_without_email_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        _roster(tmp_path, "id,name\nalice,Alice\n")

    assert caught.value.key == "roster_columns"
    assert caught.value.params["missing"] == "email"


def test_roster_with_bad_id_names_its_line(tmp_path: Path) -> None:
    text = "id,name,email\nalice,Alice,alice@school.example\n../x,Mallory,m@school.example\n"

    with pytest.raises(ConfigError) as caught:
        _roster(tmp_path, text)

    assert caught.value.key == "roster_row"
    assert (caught.value.params["line"], caught.value.params["field"]) == (3, "id")
    assert "line 3: id is invalid" in str(caught.value)


def test_roster_with_duplicate_id_is_refused(tmp_path: Path) -> None:
    text = "id,name,email\nalice,Alice,a@school.example\nalice,Alice Bis,b@school.example\n"

    with pytest.raises(ConfigError) as caught:
        _roster(tmp_path, text)

    assert caught.value.key == "roster_duplicate"
    assert (caught.value.params["line"], caught.value.params["first"]) == (3, 2)


@pytest.mark.parametrize("other", ["Alice", "ALICE", "alicE"])
def test_roster_ids_that_differ_only_by_case_are_refused(tmp_path: Path, other: str) -> None:
    # One folder and one report file on a disk that ignores case (red team 12j, A).
    text = f"id,name,email\nalice,Alice,a@school.example\nbob,Bob,b@x.example\n{other},A2,c@x.example\n"

    with pytest.raises(ConfigError) as caught:
        _roster(tmp_path, text)

    assert caught.value.key == "roster_duplicate"
    assert str(caught.value).startswith(
        f"The roster {tmp_path / 'roster.csv'}, line 4: the id {other} is already on line 2"
    ), str(caught.value)


def test_roster_error_line_counts_blank_lines(tmp_path: Path) -> None:
    text = "id,name,email\nalice,Alice,alice@school.example\n\n../x,Mallory,m@school.example\n"

    with pytest.raises(ConfigError) as caught:
        _roster(tmp_path, text)

    assert caught.value.params["line"] == 4


# -- a read-only command never makes a gradebook (issue 12) ---------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Error: The gradebook {path} does not exist. Give the file 'workshop grade' wrote (--gradebook "
            "or $WORKSHOP_GRADEBOOK), or run 'workshop grade' first.\n",
        ),
        (
            "fr",
            "Erreur\u00a0: Le carnet de notes {path} n'existe pas. Indiquez le fichier écrit par "
            "« workshop grade » (--gradebook ou $WORKSHOP_GRADEBOOK), ou lancez d'abord "
            "« workshop grade ».\n",
        ),
    ],
)
def test_cli_export_from_a_gradebook_that_does_not_exist_is_an_error(
    tmp_path: Path, lang: str, expected: str
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    missing = tmp_path / "typo" / "gradebok.sqlite"
    out = tmp_path / "scores.csv"

    done = run_cli(
        "--lang", lang, "export", "--format", "csv", "--roster", str(roster), "--gradebook", str(missing),
        "-o", str(out), "--course", str(REPO), cwd=tmp_path,
    )  # fmt: skip

    assert (done.returncode, done.stderr) == (1, expected.format(path=missing))
    assert not missing.parent.exists() and not out.exists()


def test_cli_export_with_the_default_gradebook_missing_creates_nothing(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")

    done = run_cli("export", "--format", "csv", "--roster", str(roster), "--course", str(REPO), cwd=tmp_path)

    assert done.returncode == 1
    assert done.stderr.startswith("Error: The gradebook gradebook.sqlite does not exist.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.csv"]


def test_cli_export_refuses_a_file_that_is_not_a_gradebook_and_leaves_it_alone(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    other = tmp_path / "empty.sqlite"
    other.write_bytes(b"")

    done = run_cli(
        "export", "--format", "csv", "--roster", str(roster), "--gradebook", str(other),
        "--course", str(REPO), cwd=tmp_path,
    )  # fmt: skip

    assert done.returncode == 1
    assert done.stderr == (
        f"Error: {other} is not a workshop gradebook (no grades table inside). Give the file "
        "'workshop grade' wrote (--gradebook or $WORKSHOP_GRADEBOOK).\n"
    )
    assert other.read_bytes() == b""


def test_gradebook_opened_read_only_reads_what_grade_wrote(tmp_path: Path) -> None:
    path = _gradebook(tmp_path, ROWS)

    book = Gradebook(path, create=False)
    try:
        assert [(r.student, r.result.score) for r in book.latest()] == [
            (r.student, r.result.score) for r in _book_rows(tmp_path)
        ]
    finally:
        book.close()
