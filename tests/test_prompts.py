"""Prompt exercises: transcript mode on real-looking submissions, live mode against an
OpenAI-compatible server on loopback, both through `workshop grade`, reports and export."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from llm_server import FakeLlm
from workshop.course import Course
from workshop.prompts.grade import grade_prompts, read_submission

SAMPLES = REPO / "tests" / "prompts_samples"
EXPECTED = tomllib.loads((SAMPLES / "expected.toml").read_text())


@pytest.fixture
def prompts():
    return Course.locate(REPO).exercise("prompts")


@pytest.mark.parametrize("sample", ["good", "english", "partial", "empty"])
def test_transcript_scores_what_each_sample_deserves(prompts, sample):
    want = EXPECTED[sample]
    result = grade_prompts(prompts, {"prompts.md": (SAMPLES / want["file"]).read_bytes()})
    failed = [t.id.split("/", 1)[1] for t in result.tests if t.earned < t.points]
    assert (result.score, failed) == (want["score"], want["failed"])
    assert result.max_score == EXPECTED["points"]


@pytest.mark.parametrize(
    ("sample", "message"),
    [
        (
            "broken-unknown-task.md",
            "Error: prompts.md, line 21: unknown task 'ridle'. The tasks are: riddle, ",
        ),
        ("broken-no-answer.md", "Error: prompts.md, line "),
        ("not-markdown.txt", "Error: prompts.md has no task section ('## <task>')."),
    ],
)
def test_submit_refuses_a_transcript_that_does_not_parse_naming_the_line(tmp_path, sample, message):
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(SAMPLES / sample, work / "prompts.md")
    done = run_cli(
        "submit",
        "--exercise",
        "prompts",
        "--student",
        "ana",
        "--to",
        str(tmp_path / "inbox"),
        cwd=work,
        env={"WORKSHOP_COURSE": str(REPO)},
    )
    assert done.returncode == 1
    assert done.stderr.startswith(message), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "inbox").exists()


def test_missing_answer_part_names_the_task(prompts):
    from workshop.errors import SubmissionRejected

    with pytest.raises(SubmissionRejected) as info:
        read_submission(prompts, (SAMPLES / "broken-no-answer.md").read_bytes())
    assert info.value.key == "prompts_missing_part"
    assert "task 'coprime' has no '### answer' part" in str(info.value)


def test_headings_inside_a_pasted_answer_are_answer_text(prompts):
    text = (
        (SAMPLES / "good.md").read_text().replace("### answer\n", "### answer\n### Étape 1 : réfléchir\n", 1)
    )
    entries = read_submission(prompts, text.encode())
    assert next(iter(entries.values())).answer.startswith("### Étape 1 : réfléchir")


def _submit(tmp_path: Path, student: str, sample: str, inbox: Path, *extra: str) -> None:
    work = tmp_path / student
    work.mkdir()
    shutil.copyfile(SAMPLES / sample, work / "prompts.md")
    done = run_cli(
        "submit",
        "--exercise",
        "prompts",
        "--student",
        student,
        "--to",
        str(inbox),
        *extra,
        cwd=work,
        env={"WORKSHOP_COURSE": str(REPO)},
    )
    assert done.returncode == 0, done.stderr


def _reports(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in (folder / "prompts").glob("*.json")}


def test_transcript_mode_end_to_end_with_reports_and_export(tmp_path):
    inbox = tmp_path / "inbox"
    _submit(tmp_path, "ana", "good.md", inbox)
    _submit(tmp_path, "bob", "partial.md", inbox)
    _submit(tmp_path, "cy", "broken-unknown-task.md", inbox, "--allow-errors")
    done = run_cli(
        "grade",
        str(inbox),
        "--gradebook",
        str(tmp_path / "gb.sqlite"),
        "--reports",
        str(tmp_path / "reports"),
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    reports = _reports(tmp_path / "reports")
    assert {s: (r["status"], r["score"]) for s, r in reports.items()} == {
        "ana": ("passed", 66.0),
        "bob": ("failed", 48.0),
        "cy": ("invalid", 0.0),
    }
    hidden_values = [
        line
        for line in (REPO / "graders/prompts/checks.toml").read_text().splitlines()
        if line.startswith(("value", "values"))
    ]
    html = (tmp_path / "reports/prompts/bob.html").read_text()
    assert hidden_values and not any(line.split("=", 1)[1].strip() in html for line in hidden_values)
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nana,Ana,ana@x.org\nbob,Bob,bob@x.org\ncy,Cy,cy@x.org\n")
    export = run_cli(
        "export",
        "--format",
        "csv",
        "--roster",
        str(roster),
        "--gradebook",
        str(tmp_path / "gb.sqlite"),
        cwd=REPO,
    )
    rows = {r["id"]: r["prompts"] for r in csv.DictReader(io.StringIO(export.stdout))}
    assert rows == {"ana": "66", "bob": "48", "cy": "0"}


@pytest.fixture
def fake():
    server = FakeLlm().start()
    yield server
    server.stop()


def _live(tmp_path: Path, fake: FakeLlm, gradebook: str, *extra: str):
    return run_cli(
        "grade",
        str(tmp_path / "inbox"),
        "--gradebook",
        str(tmp_path / gradebook),
        "--reports",
        str(tmp_path / f"reports-{gradebook}"),
        "--llm-base-url",
        fake.base_url,
        "--llm-model",
        "fake",
        "--llm-samples",
        "2",
        "--llm-timeout",
        "2",
        "--llm-cache",
        str(tmp_path / "cache"),
        *extra,
        cwd=REPO,
        env={"WORKSHOP_LLM_API_KEY": "test"},
    )


def _answers_from(prompts, sample: str, fake: FakeLlm) -> None:
    for entry in read_submission(prompts, (SAMPLES / sample).read_bytes()).values():
        fake.answers[entry.prompt] = entry.answer


def test_live_mode_scores_fresh_answers_and_a_regrade_makes_no_call(tmp_path, prompts, fake):
    _submit(tmp_path, "ana", "good.md", tmp_path / "inbox")
    _answers_from(prompts, "good.md", fake)
    # The model answers the riddle right once and wrong once: half the riddle's answer points.
    riddle = read_submission(prompts, (SAMPLES / "good.md").read_bytes())["riddle"].prompt
    wrong = read_submission(prompts, (SAMPLES / "partial.md").read_bytes())["riddle"].answer
    fake.answers[riddle] = [fake.answers[riddle], wrong]
    done = _live(tmp_path, fake, "gb1.sqlite")
    assert done.returncode == 0, done.stderr
    # 7 tasks x 2 samples, the judge of the two llm-rubric checks (the rubric and the two
    # controls once each: the second sample's answer is the same text, from the cache), and
    # the counterfactual replay of the six tasks that have one (all but the summary).
    assert "LLM: 26 call(s), 6 answer(s) from the cache" in done.stderr
    report = _reports(tmp_path / "reports-gb1.sqlite")["ana"]
    riddle_answer = {
        t["name"]: t["earned"] for t in report["tests"] if t["name"].startswith("riddle: answer-")
    }
    assert riddle_answer == {
        "riddle: answer-filled": 1.0,
        "riddle: answer-right": 1.0,
        "riddle: answer-avoids-trap": 0.5,
    }
    assert report["score"] == 66 - 1 - 0.5
    calls = fake.calls
    again = _live(tmp_path, fake, "gb2.sqlite")  # a fresh gradebook: everything is graded again
    assert again.returncode == 0, again.stderr
    assert fake.calls == calls
    assert "LLM: 0 call(s), 32 answer(s) from the cache" in again.stderr
    assert _reports(tmp_path / "reports-gb2.sqlite")["ana"]["score"] == report["score"]


def test_live_mode_endpoint_down_leaves_submissions_recoverable(tmp_path, prompts, fake):
    _submit(tmp_path, "ana", "good.md", tmp_path / "inbox")
    _submit(tmp_path, "bob", "partial.md", tmp_path / "inbox")
    _answers_from(prompts, "good.md", fake)
    fake.mode = "down"
    down = _live(tmp_path, fake, "gb.sqlite")
    assert down.returncode == 0, down.stderr
    reports = _reports(tmp_path / "reports-gb.sqlite")
    assert {r["status"] for r in reports.values()} == {"infra_error"}
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nana,Ana,ana@x.org\nbob,Bob,bob@x.org\n")

    def exported() -> dict[str, str]:
        out = run_cli("export", "--format", "csv", "--roster", str(roster), "--gradebook",
                      str(tmp_path / "gb.sqlite"), cwd=REPO).stdout
        return {r["id"]: r["prompts"] for r in csv.DictReader(io.StringIO(out))}

    assert exported() == {"ana": "", "bob": ""}  # not graded is blank, never zero
    fake.mode = "ok"
    back = _live(tmp_path, fake, "gb.sqlite")
    assert back.returncode == 0, back.stderr
    reports = _reports(tmp_path / "reports-gb.sqlite")
    assert reports["ana"]["status"] == "passed" and reports["ana"]["score"] == 66
    assert reports["bob"]["status"] == "failed"
    assert exported()["ana"] == "66"


def test_start_and_check_prompts_locally(tmp_path):
    env = {"WORKSHOP_COURSE": str(REPO)}
    assert run_cli("start", "prompts", cwd=tmp_path, env=env).returncode == 0
    starter = run_cli("check", cwd=tmp_path, env=env)
    assert starter.returncode == 1
    assert "0/22 public tests passed" in starter.stdout
    shutil.copyfile(SAMPLES / "good.md", tmp_path / "prompts.md")
    good = run_cli("check", cwd=tmp_path, env=env)
    assert good.returncode == 0, good.stdout
    assert "22/22 public tests passed (22/22 points)" in good.stdout


def test_bom_crlf_zero_width_and_unicode_spaces_drop_no_task(prompts):
    text = (SAMPLES / "good.md").read_text(encoding="utf-8")
    text = text.replace("## riddle", "\ufeff## riddle").replace("## coprime", "##\u00a0coprime\u200b")
    text = text.replace("## summary", "\u2003## summary").replace("### answer", "###\u202fanswer", 1)
    data = ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")
    result = grade_prompts(prompts, {"prompts.md": data})
    assert (result.status.value, result.score) == ("passed", 66)


def test_a_file_that_is_not_utf8_is_invalid_naming_the_line_and_the_byte(prompts):
    text = (SAMPLES / "good.md").read_bytes()
    offset = text.index(b"Caroline (une fille)")
    broken = text[:offset] + "Caroline é".encode("latin-1") + text[offset + 8 :]
    line = text[:offset].count(b"\n") + 1
    result = grade_prompts(prompts, {"prompts.md": broken})
    assert (result.status.value, result.score, result.note) == ("invalid", 0, "prompts_not_utf8")
    assert result.log == (
        f"prompts.md, line {line}: the file is not UTF-8 text (bad byte at offset {offset + 9}). "
        "Save it as UTF-8 in your editor and hand it in again."
    )


def test_a_non_utf8_archive_in_the_inbox_is_graded_invalid_once_never_infra_error(tmp_path):
    from datetime import UTC, datetime

    from workshop.archive import Manifest, pack, sha256
    from workshop.inbox import deliver

    data = "## riddle\n### prompt\nCaroline \xe9\n### answer\n1\n".encode("latin-1")
    manifest = Manifest(
        exercise="prompts",
        student="zoe",
        files={"prompts.md": sha256(data)},
        created_at=datetime.now(UTC),
        tool_version="test",
    )
    archive = pack(manifest, {"prompts.md": data})
    deliver(tmp_path / "inbox", "prompts", "zoe", archive, sha256(archive), datetime.now(UTC))
    args = ("grade", str(tmp_path / "inbox"), "--gradebook", str(tmp_path / "gb.sqlite"))
    first = run_cli(*args, "--reports", str(tmp_path / "reports"), cwd=REPO)
    assert first.returncode == 0, first.stderr
    report = _reports(tmp_path / "reports")["zoe"]
    assert (report["status"], report["score"]) == ("invalid", 0.0)
    again = run_cli(*args, "--reports", str(tmp_path / "reports"), cwd=REPO)
    # invalid is final: the next run does not grade it again
    assert "Nothing to grade: 1 submission(s) unchanged since the last run." in again.stderr


def test_reports_and_exports_say_transcript_mode_and_list_identical_transcripts(tmp_path):
    inbox = tmp_path / "inbox"
    _submit(tmp_path, "ana", "good.md", inbox)
    _submit(tmp_path, "bob", "good.md", inbox)  # the same file as ana's
    _submit(tmp_path, "cy", "english.md", inbox)
    gradebook = str(tmp_path / "gb.sqlite")
    done = run_cli("grade", str(inbox), "--gradebook", gradebook, "--reports", str(tmp_path / "r"), cwd=REPO)
    assert done.returncode == 0, done.stderr
    student = (tmp_path / "r/prompts/ana.html").read_text()
    assert "Answers checked: transcript mode: the answers the student pasted" in student
    assert "transcript mode: the answers the student pasted" in (tmp_path / "r/prompts/ana.md").read_text()
    index = (tmp_path / "r/index.html").read_text()
    assert "near-identical transcripts" in index
    cell = r"<td>([\w-]+)</td>"
    rows = re.findall(rf"<tr><td>prompts</td>{cell}{cell}{cell}<td>(\d+) %</td></tr>", index)
    assert {(task, a, b, pct) for task, a, b, pct in rows} == {
        (task, "ana", "bob", "100")
        for task in ("riddle", "parallel-line", "coprime", "sentiment", "summary", "plan", "traduction")
    }
    assert "bob" not in (tmp_path / "r/prompts/ana.html").read_text()  # trainer-only
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nana,Ana,ana@x.org\n")
    export = run_cli(
        "export", "--format", "moodle-csv", "--roster", str(roster), "--gradebook", gradebook, cwd=REPO
    )
    feedback = list(csv.reader(io.StringIO(export.stdout)))[1][2]
    assert feedback == "all tests passed — 66/66 — transcript mode"


def _course_with_hidden_checks(tmp_path: Path, extra: str) -> Course:
    for part in ("exercises/prompts", "graders/prompts"):
        shutil.copytree(REPO / part, tmp_path / part)
    hidden = tmp_path / "graders/prompts/checks.toml"
    hidden.write_text(hidden.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return Course.locate(tmp_path)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            '\n[[check]]\ntask = "summary"\nname = "answer-number"\ntype = "final"\n'
            "expected = 1642\npoints = 1\n",
            "Check 'answer-number' of task 'summary' reads a final answer, but the task's answer is not a "
            "number, a line or a yes/no. Give the check a kind, or the task an answer = "
            '"number", "line" or "yes-no".',
        ),
        (
            '\n[[check]]\ntask = "riddle"\nname = "answer-extra"\ntype = "not-icontains"\nvalue = "x"\n'
            'after = ["answer-rigth"]\npoints = 1\n',
            "Check 'answer-extra' of task 'riddle' comes after 'answer-rigth', which is no check of that "
            "task. Name a check of the same task.",
        ),
    ],
)
def test_a_checks_file_that_cannot_mean_anything_is_the_trainers_error_at_load(tmp_path, extra, message):
    from workshop.errors import ConfigError
    from workshop.prompts.grade import load

    exercise = _course_with_hidden_checks(tmp_path, extra).exercise("prompts")
    with pytest.raises(ConfigError) as info:
        load(exercise)
    assert str(info.value) == message
