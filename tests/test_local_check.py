"""Issue 9, class 3: a public test's detail or a load error the student process gives at
grading reaches the student only when their own machine gave the same at submit (the
archive's ``local_check``); otherwise a fixed line for them, the text for the trainer."""

from __future__ import annotations

import io
import json
import tarfile

import pytest
from pydantic import ValidationError

from test_results import DONE, LOG_CAP, MAX_SCORE, PLAN, _run, _test
from workshop.archive import MAX_MANIFEST_BYTES, Manifest, pack, unpack
from workshop.errors import ArchiveRejected
from workshop.i18n import t
from workshop.results import CheckedTest, LocalCheck, RunOutput, interpret, local_check

VIOLATION = {"name": "calculate", "expected": "float", "got": "ndarray", "what": "return"}
FAILED = (PLAN, _test("t_add", "failed", "assert 6 == 5"), _test("t_div"), _test("h_edge"), DONE)
LOAD_ERROR = {"type": "load_error", "message": "SyntaxError, line 3: invalid syntax"}


def _gated(*records: dict, local: LocalCheck | None, lang: str = "en", notebook: bool = False):
    return interpret(_run(*records), MAX_SCORE, LOG_CAP, lang, gate=True, local=local)  # type: ignore[arg-type]


def _details(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {test.id: test.detail for test in result.tests}


def test_a_detail_equal_to_the_submit_time_one_is_kept() -> None:
    local = LocalCheck(tests=[CheckedTest(id="t_add", outcome="failed", detail="assert 6 == 5")])
    result = _gated(*FAILED, local=local)
    assert _details(result)["t_add"] == "assert 6 == 5"
    assert result.notes == []


@pytest.mark.parametrize(
    "before",
    [
        CheckedTest(id="t_add", outcome="failed", detail="assert 6 == 4"),  # another detail
        CheckedTest(id="t_add", outcome="error", detail="assert 6 == 4"),  # another outcome
    ],
    ids=["detail", "outcome"],
)
def test_a_failed_public_test_shows_the_students_own_detail_and_the_graders_goes_to_the_trainer(
    before: CheckedTest,
) -> None:
    result = _gated(*FAILED, local=LocalCheck(tests=[before]))
    assert _details(result)["t_add"] == "assert 6 == 4"  # the student's machine's, not the grading's
    assert result.tests[0].outcome == "failed" and result.tests[0].en == "Add."  # outcome and message stay
    assert len(result.notes) == 1
    assert result.notes[0].startswith("[trainer only]") and result.notes[0].endswith("assert 6 == 5")


def test_what_a_student_reads_of_a_public_test_depends_on_the_grading_by_its_pass_or_fail_only() -> None:
    # Red team 14's four states (and 12f's L4): every ending and detail the grading can give
    # a failing public test reads the same to the student, with or without a local_check.
    from workshop.student_view import student_result

    endings = [
        ("failed", "assert 6 == 5"),
        ("failed", ""),
        ("timeout", ""),
        ("memory", ""),
        ("crashed", "boom"),
    ]
    for local in (
        None,
        LocalCheck(),
        LocalCheck(tests=[CheckedTest(id="t_add", outcome="timeout")]),
        LocalCheck(tests=[CheckedTest(id="t_add", outcome="failed", detail="mine")]),
    ):
        seen = set()
        for outcome, detail in endings:
            shown = student_result(
                _gated(PLAN, _test("t_add", outcome, detail), _test("t_div"), DONE, local=local)
            )
            seen.add((shown.tests[0].outcome, shown.tests[0].detail, shown.status))
        assert len(seen) == 1, (local, seen)
        not_run = student_result(_gated(PLAN, _test("t_div"), DONE, local=local))  # t_add never ran
        assert (not_run.tests[0].outcome, not_run.tests[0].detail, not_run.status) in seen


@pytest.mark.parametrize("local", [None, LocalCheck()], ids=["no-local-check", "test-missing"])
def test_a_detail_with_nothing_to_compare_is_withheld(local: LocalCheck | None) -> None:
    result = _gated(*FAILED, local=local, lang="fr")
    assert _details(result) == {"t_add": t("detail_withheld", "fr"), "t_div": "", "h_edge": ""}
    assert result.notes[0].startswith("[formateur seulement]")


def test_without_the_gate_details_are_as_before() -> None:  # workshop check, validate
    result = interpret(_run(*FAILED), MAX_SCORE, LOG_CAP)
    assert _details(result)["t_add"] == "assert 6 == 5" and result.notes == []


def test_a_contract_violation_shown_is_the_students_machines_in_the_graders_language() -> None:
    wrong = _test("t_add", "failed") | {"violation": VIOLATION}
    same = LocalCheck(tests=[CheckedTest(id="t_add", outcome="failed", violation=VIOLATION)])  # type: ignore[arg-type]
    other = LocalCheck(
        tests=[CheckedTest(id="t_add", outcome="failed", violation={**VIOLATION, "got": "list"})]  # type: ignore[arg-type]
    )
    kept = _gated(PLAN, wrong, DONE, local=same, lang="fr")  # stored raw: worded in the grading's language
    assert _details(kept)["t_add"].startswith("calculate doit renvoyer float") and kept.notes == []
    mine = _gated(PLAN, wrong, DONE, local=other)
    assert "list" in _details(mine)["t_add"] and "numpy array" not in _details(mine)["t_add"]
    assert "numpy array" in mine.notes[0]


def test_a_load_error_shown_is_the_students_machines() -> None:
    records = (PLAN, LOAD_ERROR, _test("t_add", "error"), _test("t_div", "error"), DONE)
    same = _gated(*records, local=LocalCheck(load_error=LOAD_ERROR["message"]))
    assert same.load_error == LOAD_ERROR["message"] and same.notes == []
    mine = "SyntaxError, line 4: invalid syntax"
    other = _gated(*records, local=LocalCheck(load_error=mine))
    assert other.load_error == mine and other.notes[0].endswith(LOAD_ERROR["message"])
    for local in (None, LocalCheck()):
        other = _gated(*records, local=local)
        assert other.load_error == t("load_error_withheld", "en")
        assert other.notes[0].startswith("[trainer only]") and other.notes[0].endswith(LOAD_ERROR["message"])


def test_a_cell_grading_does_not_explain_shows_the_students_own_explanation() -> None:
    explained = CheckedTest(id="t_add", outcome="failed", detail="NameError: name 'w' is not defined")
    records = (PLAN, _test("t_add", "failed"), _test("t_div"), DONE)
    for notebook in (True, False):
        result = _gated(*records, local=LocalCheck(tests=[explained]), notebook=notebook)
        assert _details(result)["t_add"] == explained.detail and result.notes == []
    # how it ended there, when the student's machine said no more
    slow = explained.model_copy(update={"outcome": "timeout", "detail": ""})
    assert _details(_gated(*records, local=LocalCheck(tests=[slow])))["t_add"] == t("outcome_timeout", "en")


def test_withheld_notes_are_capped() -> None:
    plan = {
        "type": "plan",
        "tests": [{"id": f"t{i}", "name": "n", "visibility": "public", "points": 1} for i in range(40)],
    }
    records = [plan, *(_test(f"t{i}", "failed", "x" * 3000) for i in range(40)), DONE]
    result = _gated(*records, local=None)
    assert len(result.notes) == 21 and all(len(note) < 800 for note in result.notes)
    assert "20 more" in result.notes[-1]


def test_local_check_reads_the_raw_public_records_of_a_complete_run() -> None:
    wrong = _test("t_div", "failed") | {"violation": VIOLATION}
    checked = local_check(_run(PLAN, LOAD_ERROR, _test("t_add", "failed", "assert 6 == 5"), wrong, DONE))
    assert checked == LocalCheck(
        tests=[
            CheckedTest(id="t_add", outcome="failed", detail="assert 6 == 5"),
            CheckedTest(id="t_div", outcome="failed", violation=VIOLATION),  # type: ignore[arg-type]
        ],
        load_error=LOAD_ERROR["message"],
    )
    assert local_check(_run(PLAN, _test("t_add"))) is None  # no end: the run did not complete
    assert local_check(RunOutput(exit_code=None, timed_out=True)) is None


def _manifest(**local: object) -> dict:
    return {
        "exercise": "calculatrice",
        "student": "alice",
        "files": {},
        "created_at": "2026-01-01T00:00:00Z",
        "tool_version": "0.1.0",
        "local_check": local,
    }


def test_the_manifest_field_is_optional_and_validated() -> None:
    old = _manifest()
    del old["local_check"]
    assert Manifest.model_validate(old).local_check is None
    assert Manifest.model_validate(
        _manifest(tests=[{"id": "t", "outcome": "failed", "detail": "x"}])
    ).local_check
    bad = [
        _manifest(tests=[{"id": "t", "outcome": "won", "detail": ""}]),
        _manifest(tests=[{"id": "t", "outcome": "failed", "detail": "x" * 1001}]),
        _manifest(tests=[{"id": "t", "outcome": "failed"}] * 501),
        _manifest(load_error="x" * 4001),
        _manifest(tests=[], extra=1),
        _manifest(tests=[{"id": "t", "outcome": "failed", "violation": {**VIOLATION, "got": "free text"}}]),
    ]
    for manifest in bad:
        with pytest.raises(ValidationError):
            Manifest.model_validate(manifest)


def test_an_archive_with_a_bad_local_check_is_rejected() -> None:
    manifest = Manifest.model_validate(_manifest(tests=[{"id": "t", "outcome": "failed", "detail": "x"}]))
    assert unpack(pack(manifest, {}))[0].local_check == manifest.local_check
    raw = json.loads(manifest.model_dump_json())
    raw["local_check"]["tests"][0]["outcome"] = "won"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        data = json.dumps(raw).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    with pytest.raises(ArchiveRejected, match="local_check"):
        unpack(buf.getvalue())


def test_submit_keeps_the_manifest_under_its_cap() -> None:
    from workshop.submit import _fit

    many = LocalCheck(
        tests=[CheckedTest(id=f"t{i:03}", outcome="failed", detail="é" * 1000) for i in range(500)]
    )
    manifest = Manifest.model_validate(_manifest()).model_copy(update={"local_check": many})
    fitted = _fit(manifest)
    assert len(fitted.model_dump_json(indent=2).encode()) <= MAX_MANIFEST_BYTES - 4096
    assert fitted.local_check is not None and 0 < len(fitted.local_check.tests) < 500
    assert fitted.local_check.tests == many.tests[: len(fitted.local_check.tests)]


# -- how a public test ends, beyond passed or failed (red team 13's S1 through the host's caches)


@pytest.mark.parametrize("ending", ["timeout", "memory", "crashed"])
def test_a_public_ending_beyond_passed_or_failed_shows_as_failed(ending: str) -> None:
    # Another job's hidden input, read from the host's caches before any hidden test of
    # this one, chooses how a public call ends: 2 bits a test if the word were shown; a
    # local_check that says the same ending would only make a third state of it.
    from workshop.student_view import student_result

    for said in ("failed", ending):
        local = LocalCheck(tests=[CheckedTest(id="t_add", outcome=said, detail="")])  # type: ignore[arg-type]
        result = _gated(PLAN, _test("t_add", ending), _test("t_div"), _test("h_edge"), DONE, local=local)
        assert result.tests[0].outcome == ending  # the trainer's
        shown = student_result(result)
        assert shown.tests[0].outcome == "failed" and shown.status == "failed"


def test_where_a_run_stops_before_any_hidden_test_is_not_shown() -> None:
    # The wall clock stops the run at a public test the host's caches chose: not_run after.
    from workshop.student_view import student_result

    local = LocalCheck(
        tests=[CheckedTest(id="t_add", outcome="passed"), CheckedTest(id="t_div", outcome="passed")]
    )
    result = _gated(PLAN, _test("t_add"), local=local)  # stopped after t_add, no end
    shown = student_result(result)
    assert [t.outcome for t in shown.tests] == ["passed", "failed", "failed"]
    assert result.status == "crashed" and shown.status == "failed"


def test_a_lone_surrogate_in_a_detail_does_not_lose_the_record() -> None:
    # Red team 14: a student's exception message holding "\ud800" made the host drop the
    # public test's record (no text may hold a lone surrogate), read as not run.
    result = interpret(
        _run(PLAN, _test("t_add", "failed", "bad \ud800 text"), _test("t_div"), DONE), MAX_SCORE, LOG_CAP
    )
    assert result.tests[0].outcome == "failed" and result.tests[0].detail == "bad ? text"
    checked = local_check(_run(PLAN, _test("t_add", "failed", "bad \ud800 text"), _test("t_div"), DONE))
    assert checked is not None and checked.tests[0].detail == "bad ? text"
