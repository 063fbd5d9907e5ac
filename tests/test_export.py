"""workshop.export and workshop.roster: score files an LMS accepts, parsed back with the
rules of shared docs/lms-formats.md, and rosters refused with the line to fix."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from workshop.course import Course
from workshop.errors import ConfigError
from workshop.export import export, safe_cell
from workshop.gradebook import GradedRow
from workshop.results import GradeResult, Status
from workshop.results import TestOutcome as Outcome
from workshop.results import TestResult as CaseResult
from workshop.roster import RosterEntry, load_roster

REPO = Path(__file__).resolve().parents[1]
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


def _test(name: str, outcome: Outcome, points: float) -> CaseResult:
    return CaseResult(
        id=name,
        name=name,
        visibility="public",
        points=points,
        earned=points if outcome == Outcome.passed else 0.0,
        outcome=outcome,
    )


def _row(
    student: str, score: float, failed: tuple[str, ...] = (), exercise: str = "calculatrice"
) -> GradedRow:
    tests = [_test("addition", Outcome.passed, score)] + [_test(n, Outcome.failed, 1.0) for n in failed]
    result = GradeResult(
        status=Status.failed if failed else Status.passed, score=score, max_score=48.0, tests=tests
    )
    return GradedRow(
        exercise,
        student,
        "20240101T000000000000Z-0123456789ab.tar.gz",
        2,
        result,
        "2024-01-01T00:00:00+00:00",
    )


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
        ["carol", "Carol Petit", "carol@school.example", "", "0"],
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
        spec.read_text(encoding="utf-8") + '\n[lms]\ncanvas_assignment_id = "4242"\n', encoding="utf-8"
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

    assert caught.value.key == "roster_row"
    assert caught.value.params["line"] == 3
    assert caught.value.params["detail"] == "duplicate id"


def test_roster_error_line_counts_blank_lines(tmp_path: Path) -> None:
    text = "id,name,email\nalice,Alice,alice@school.example\n\n../x,Mallory,m@school.example\n"

    with pytest.raises(ConfigError) as caught:
        _roster(tmp_path, text)

    assert caught.value.params["line"] == 4
