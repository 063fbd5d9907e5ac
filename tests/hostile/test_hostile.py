"""Hostile submissions, through the real CLI and the real Docker engine.

Each folder of tests/hostile/ holds the calculator.py a hostile student hands in for
`calculatrice`: an honest part (a working but limited calculator, sometimes a complete one)
plus an attack from the catalogue of ../shared/docs/security.md (forging results, reading
the hidden tests, denial of service). cases.toml says what the honest part deserves; no
attack may raise it, leak a hidden test or the reference solution into what a student
sees, or disturb anyone else's grade. Archives and folders dropped straight into the inbox
cover the attacks on the host side.

Everything is submitted into one inbox with two honest controls and graded by ONE
`workshop grade` run per runtime (the module fixture, under runc and under gVisor's runsc);
the tests then read its reports, the gradebook and the exports.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import sqlite3
import tarfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO, RUNTIMES, require_runtime, run_cli

HERE = Path(__file__).resolve().parent
EXERCISE = "calculatrice"
MAX_SCORE = 48.0
GRADERS = REPO / "graders" / EXERCISE
SOLUTION = GRADERS / "solution" / "calculator.py"
CASES = tomllib.loads((HERE / "cases.toml").read_text(encoding="utf-8"))["case"]
CASE_IDS = [case["id"] for case in CASES]
STATUSES = {"passed", "failed", "timeout", "memory", "crashed", "invalid", "infra_error"}
# Honest controls graded in the same run: (file, exact score, status).
CONTROLS = {
    "control-full": (SOLUTION, 48.0, "passed"),
    "control-bruno": (GRADERS / "demo" / "bruno" / "calculator.py", 43.0, "failed"),
}
# Nothing a student receives may name where the grader keeps its files.
GRADER_PATHS = ("graders/", "/tmp/grader", "/grader/job", "/tmp/job", "test_hidden")
ATTEMPT = "20260101T000000000000Z-0123456789ab.tar.gz"


def _hidden_lines() -> list[str]:
    """Hidden test source lines longer than 25 characters, without the trainer's messages
    (en=/fr= lines and their string continuations, which reports show on purpose) and
    comments."""
    lines = []
    for path in sorted((GRADERS / "tests").glob("*.py")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if len(line) <= 25 or line.startswith(("#", '"', "'")) or "en=" in line or "fr=" in line:
                continue
            lines.append(line)
    return lines


HIDDEN_LINES = _hidden_lines()
# Lines students receive anyway (the contract's signature in the starter and README) are no leak.
PUBLIC_TEXT = "\n".join(
    p.read_text()
    for p in (REPO / "exercises" / "calculatrice").rglob("*")
    if p.is_file() and p.suffix in (".py", ".md")
)
SOLUTION_LINES = [
    line.strip()
    for line in SOLUTION.read_text().splitlines()
    if len(line.strip()) > 25 and line.strip() not in PUBLIC_TEXT
]


# -- the inbox-level attacks: archives and folders put straight into the inbox -----------
def _member(name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE, link: str = "") -> tuple:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    info.mode = 0o644
    return info, io.BytesIO(data) if kind == tarfile.REGTYPE else None


def _manifest(student: str, files: dict[str, bytes]) -> tuple:
    manifest = {
        "format": 1,
        "exercise": EXERCISE,
        "student": student,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
        "created_at": "2026-01-01T00:00:00Z",
        "tool_version": "0.1.0",
    }
    return _member("manifest.json", json.dumps(manifest).encode())


class _Zeros(io.RawIOBase):
    """size zero bytes, produced as they are read."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buffer), self.left)
        buffer[:n] = bytes(n)
        self.left -= n
        return n


def _archive(student: str, extra: tuple = (), files: dict[str, bytes] | None = None) -> bytes:
    """A gzip'd tar with a manifest naming ``student`` and the reference solution as
    calculator.py (so that a missed check would show as full marks), plus ``extra`` members."""
    files = {"calculator.py": SOLUTION.read_bytes()} if files is None else files
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", compresslevel=1) as tar:
        tar.addfile(*_manifest(student, files))
        for name, data in files.items():
            tar.addfile(*_member("files/" + name, data))
        for info, data in extra:
            tar.addfile(info, data)
    return buf.getvalue()


def _gzip_bomb(student: str) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", compresslevel=1) as tar:
        files = {"calculator.py": SOLUTION.read_bytes()}
        tar.addfile(*_manifest(student, files))
        tar.addfile(*_member("files/calculator.py", files["calculator.py"]))
        info = tarfile.TarInfo("files/data.py")
        info.size = 1 << 30  # 1 GiB of zeros: a few MiB once compressed
        tar.addfile(info, io.BufferedReader(_Zeros(info.size), 1 << 20))
    return buf.getvalue()


def _many_files(student: str) -> bytes:
    files = {f"f{n:05}.py": b"" for n in range(10_000)}
    files["calculator.py"] = SOLUTION.read_bytes()
    return _archive(student, files=files)


INBOX_ATTACKS = {
    "inbox-dotdot": lambda s: _archive(s, (_member("files/../../calculator.py", b"x = 1\n"),)),
    "inbox-absolute": lambda s: _archive(s, (_member("/tmp/calculator.py", b"x = 1\n"),)),
    "inbox-symlink": lambda s: _archive(
        s, (_member("files/notes.py", kind=tarfile.SYMTYPE, link="/etc/passwd"),)
    ),
    "inbox-hardlink": lambda s: _archive(
        s, (_member("files/notes.py", kind=tarfile.LNKTYPE, link="/etc/passwd"),)
    ),
    "inbox-gzip-bomb": _gzip_bomb,
    "inbox-many-files": _many_files,
    "inbox-option-name": lambda s: _archive(
        s, files={"calculator.py": SOLUTION.read_bytes(), "-rf": b"x = 1\n"}
    ),
    "inbox-wrong-owner": lambda s: _archive("control-full"),
}
# Folders whose names are neither exercise slugs nor student ids, each holding a valid
# attempt: listed as "Ignored (not a submission)", never graded.
UNSAFE_FOLDERS = {
    "student-script-tag": Path(EXERCISE) / "<script>",
    "student-encoded-parent": Path(EXERCISE) / "..%2f",
    "exercise-encoded-parent": Path("..%2f"),
}


# -- the one grading run -------------------------------------------------------------------
@dataclass
class Graded:
    root: Path
    reports: Path
    gradebook: Path
    exports: dict[str, str]
    stdout: str
    stderr: str
    runtime: str

    def report(self, student: str) -> dict:
        return json.loads((self.reports / EXERCISE / f"{student}.json").read_text(encoding="utf-8"))

    def rows(self) -> dict[str, tuple[str, float]]:
        db = sqlite3.connect(self.gradebook)
        try:
            found = db.execute(
                "SELECT s.student, g.status, g.score"
                " FROM grades g JOIN submissions s ON s.id = g.submission_id"
            ).fetchall()
        finally:
            db.close()
        return {student: (status, score) for student, status, score in found}


def _name(student: str) -> str:
    return "Hostile " + student


def _submit(folder: Path, student: str, inbox: Path) -> None:
    done = run_cli(
        "submit",
        "--dir",
        str(folder),
        "--exercise",
        EXERCISE,
        "--student",
        student,
        "--to",
        str(inbox),
        "--allow-errors",
        "--course",
        str(REPO),
        cwd=REPO,
    )
    assert done.returncode == 0, f"{student}: {done.stderr}"


@pytest.fixture(scope="module", params=RUNTIMES)
def graded(request, tmp_path_factory, sandbox_image) -> Graded:
    runtime = require_runtime(request.param)
    root = tmp_path_factory.mktemp(f"hostile-{runtime}")
    inbox = root / "inbox"
    jobs = [(HERE / case, case) for case in CASE_IDS]
    for student, (source, _, _) in CONTROLS.items():
        folder = root / "controls" / student
        folder.mkdir(parents=True)
        (folder / "calculator.py").write_bytes(source.read_bytes())
        jobs.append((folder, student))
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda job: _submit(job[0], job[1], inbox), jobs))
    for student, build in INBOX_ATTACKS.items():
        folder = inbox / EXERCISE / student
        folder.mkdir(parents=True)
        (folder / ATTEMPT).write_bytes(build(student))
    for folder in UNSAFE_FOLDERS.values():
        # An exercise-level folder gets a student folder inside, as a real one would.
        target = inbox / folder if folder.parent != Path(".") else inbox / folder / "alice"
        target.mkdir(parents=True)
        (target / ATTEMPT).write_bytes(_archive("alice"))

    book, reports = root / "gradebook.sqlite", root / "reports"
    done = run_cli(
        "grade",
        str(inbox),
        "--gradebook",
        str(book),
        "--reports",
        str(reports),
        "--workers",
        "2",
        "--runtime",
        runtime,
        "--course",
        str(REPO),
        cwd=REPO,
        timeout=3600,
    )
    assert done.returncode == 0, done.stderr[-3000:]

    roster = root / "roster.csv"
    students = [*CASE_IDS, *CONTROLS, *INBOX_ATTACKS]
    roster.write_text(
        "id,name,email\n" + "".join(f"{s},{_name(s)},{s}@example.org\n" for s in students), encoding="utf-8"
    )
    exports = {}
    for fmt in ("csv", "canvas", "moodle"):
        out = root / f"export-{fmt}.csv"
        export = run_cli(
            "export",
            "--format",
            fmt,
            "--roster",
            str(roster),
            "--gradebook",
            str(book),
            "-o",
            str(out),
            "--course",
            str(REPO),
            cwd=REPO,
        )
        assert export.returncode == 0, export.stderr
        exports[fmt] = out.read_text(encoding="utf-8")
    return Graded(root, reports, book, exports, done.stdout, done.stderr, runtime)


# -- what a student (or an LMS) gets to see --------------------------------------------------
def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _readable(path: Path) -> str:
    """The file as written and as a reader sees it (JSON strings decoded, HTML entities and
    Markdown escapes undone), so that escaping cannot hide a leak."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".json":
        return raw + "\n" + "\n".join(_strings(json.loads(raw)))
    if path.suffix == ".html":
        return raw + "\n" + html.unescape(raw)
    if path.suffix == ".md":
        return raw + "\n" + re.sub(r"\\(.)", r"\1", raw)
    return raw


def _export_rows(graded: Graded, student: str) -> str:
    """The rows of every export that belong to ``student``, cells unquoted and un-neutralised."""
    keys = {student, _name(student), f"{student}@example.org"}
    seen = []
    for text in graded.exports.values():
        for row in csv.reader(io.StringIO(text)):
            if keys & set(row):
                seen.extend(cell.removeprefix("'") for cell in row)
    return "\n".join(seen)


def _leaks(text: str) -> list[str]:
    return [line for line in HIDDEN_LINES + SOLUTION_LINES if line in text] + [
        path for path in GRADER_PATHS if path in text
    ]


# -- the tests -------------------------------------------------------------------------------
def test_suite_has_at_least_thirty_hostile_cases_each_with_its_submission():
    assert len(CASES) >= 30
    assert len(set(CASE_IDS)) == len(CASE_IDS)
    folders = {p.name for p in HERE.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert folders == set(CASE_IDS)
    for case in CASES:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", case["id"]), case["id"]
        assert case["attack"].strip(), case["id"]
        assert 0 <= case["honest_score"] <= MAX_SCORE, case["id"]
        assert case["statuses"] and set(case["statuses"]) <= STATUSES, case["id"]
        assert "def calculate" in (HERE / case["id"] / "calculator.py").read_text(), case["id"]
    # The checks below would prove nothing if there were nothing to look for.
    assert len(HIDDEN_LINES) > 10 and len(SOLUTION_LINES) > 10


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_hostile_submission_earns_exactly_its_honest_score(graded, case):
    report = graded.report(case["id"])
    observed = f"{report['status']} {report['score']:g}"
    assert report["score"] == case["honest_score"], f"{case['attack']}: got {observed}"
    assert report["status"] in case["statuses"], f"{case['attack']}: got {observed}"
    exported = {row["id"]: row[EXERCISE] for row in csv.DictReader(io.StringIO(graded.exports["csv"]))}
    assert float(exported[case["id"]]) == case["honest_score"]


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_hostile_submission_report_and_exports_leak_no_hidden_test_or_solution(graded, case):
    student = case["id"]
    seen = {
        path.name: _readable(path)
        for path in sorted((graded.reports / EXERCISE).glob(f"{student}.*"))
        if path.suffix in (".html", ".md", ".json")
    }
    assert set(seen) == {f"{student}.html", f"{student}.md", f"{student}.json"}
    seen["exports"] = _export_rows(graded, student)
    leaked = {where: _leaks(text) for where, text in seen.items() if _leaks(text)}
    assert leaked == {}


def test_class_summary_and_exports_leak_no_hidden_test_or_solution(graded):
    seen = {"index.html": _readable(graded.reports / "index.html"), **graded.exports}
    leaked = {where: _leaks(text) for where, text in seen.items() if _leaks(text)}
    assert leaked == {}


@pytest.mark.parametrize("student", list(CONTROLS))
def test_honest_controls_keep_their_exact_scores(graded, student):
    _, score, status = CONTROLS[student]
    report = graded.report(student)
    assert (report["status"], report["score"]) == (status, score)
    assert graded.rows()[student] == (status, score)
    exported = {row["id"]: row[EXERCISE] for row in csv.DictReader(io.StringIO(graded.exports["csv"]))}
    assert float(exported[student]) == score


def test_every_sandboxed_grade_names_the_runtime_that_ran_it(graded):
    db = sqlite3.connect(graded.gradebook)
    try:
        found = db.execute(
            "SELECT s.student, g.grader_key, json_extract(g.result_json, '$.runtime')"
            " FROM grades g JOIN submissions s ON s.id = g.submission_id"
        ).fetchall()
    finally:
        db.close()
    ran = {student: (key, runtime) for student, key, runtime in found if student in CASE_IDS}
    assert set(ran) == set(CASE_IDS)
    assert {runtime for _, runtime in ran.values()} == {graded.runtime}
    suffix = "@runsc" if graded.runtime == "runsc" else ""
    assert all(key.endswith(suffix) and key.count("@") == (2 if suffix else 1) for key, _ in ran.values())


def test_every_submission_that_reached_the_inbox_has_a_gradebook_status(graded):
    rows = graded.rows()
    expected = [*CASE_IDS, *CONTROLS, *INBOX_ATTACKS]
    missing = [student for student in expected if student not in rows]
    assert missing == []
    assert {student: rows[student][0] for student in expected if rows[student][0] not in STATUSES} == {}
    assert set(rows) == set(expected)  # nothing graded under a name that is not a student id


@pytest.mark.parametrize("student", list(INBOX_ATTACKS))
def test_malicious_archive_in_the_inbox_is_graded_invalid(graded, student):
    assert graded.rows()[student] == ("invalid", 0.0)
    report = graded.report(student)
    assert (report["status"], report["score"]) == ("invalid", 0.0)


@pytest.mark.parametrize("folder", list(UNSAFE_FOLDERS.values()), ids=list(UNSAFE_FOLDERS))
def test_inbox_folder_with_an_unsafe_name_is_ignored_not_graded(graded, folder):
    strays = [line for line in graded.stderr.splitlines() if "Ignored (not a submission)" in line]
    assert any(line.rstrip().endswith(str(folder)) for line in strays), graded.stderr[-2000:]
    assert folder.name not in graded.rows()
    assert not any(folder.name in path.name for path in graded.reports.rglob("*"))
    assert "<script>" not in (graded.reports / "index.html").read_text(encoding="utf-8")
