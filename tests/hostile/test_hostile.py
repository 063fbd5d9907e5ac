"""Hostile submissions, through the real CLI and the real Docker engine.

Each folder of tests/hostile/ holds the calculator.py a hostile student hands in for
`calculatrice`: an honest part (a working but limited calculator, sometimes a complete one)
plus an attack from the catalogue of ../shared/docs/security.md (forging results, reading
the hidden tests, denial of service). cases.toml says what the honest part deserves; no
attack may raise it, leak a hidden test or the reference solution into what a student
sees, or disturb anyone else's grade. Archives and folders dropped straight into the inbox
cover the attacks on the host side.

tests/hostile/notebooks/ holds the same for the `neurone` notebook exercise (its own
cases.toml, two honest controls).

Everything is submitted once into one inbox with the honest controls, and a copy of it is
graded by ONE `workshop grade` run per runtime (the module fixtures, under runc and under
gVisor's runsc);
the tests then read everything a student can
see of it: the reports, every export format, the classroom server's feedback and student
page, and (for the cases that can safely run outside a sandbox) `workshop check` and the
feedback `workshop submit --server` prints. They look for hidden test lines, the reference
solution, the grader's paths and the hidden tests' literal INPUTS.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import html
import io
import json
import re
import shutil
import sqlite3
import tarfile
import threading
import time
import tomllib
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import nbformat
import pytest
import uvicorn

from conftest import REPO, RUNTIMES, require_runtime, run_cli
from workshop.archive import pack
from workshop.course import Course
from workshop.export import FORMATS
from workshop.roster import load_roster
from workshop.server.app import create_app
from workshop.server.worker import GradingWorker

HERE = Path(__file__).resolve().parent
EXERCISE = "calculatrice"
MAX_SCORE = 48.0
GRADERS = REPO / "graders" / EXERCISE
SOLUTION = GRADERS / "solution" / "calculator.py"
CASES = tomllib.loads((HERE / "cases.toml").read_text(encoding="utf-8"))["case"]
CASE_IDS = [case["id"] for case in CASES]
STATUSES = {"passed", "failed", "timeout", "memory", "crashed", "invalid", "infra_error"}
# Right values, a whole result as an int: the reference with its last line changed.
INT_WHOLE = SOLUTION.read_text(encoding="utf-8").replace(
    "    return float(value)\n", "    return int(value) if value == int(value) else float(value)\n"
)
assert INT_WHOLE != SOLUTION.read_text(encoding="utf-8")
# Honest controls graded in the same run: (source, exact score, status).
CONTROLS = {
    "control-full": (SOLUTION.read_bytes(), 48.0, "passed"),
    "control-bruno": ((GRADERS / "demo" / "bruno" / "calculator.py").read_bytes(), 43.0, "failed"),
    # Only test_returns_float fails (red team 9 round 9: the contract's int -> float
    # conversion alone let it earn that point).
    "control-int-whole": (INT_WHOLE.encode(), 47.0, "failed"),
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


# -- the notebook part: `neurone` ------------------------------------------------------------
NB_HERE = HERE / "notebooks"
NB_EXERCISE = "neurone"
NB_MAX_SCORE = 10.0
NB_CASES = tomllib.loads((NB_HERE / "cases.toml").read_text(encoding="utf-8"))["case"]
NB_IDS = [case["id"] for case in NB_CASES]
NB_GRADER = REPO / "graders" / NB_EXERCISE / "neurone.ipynb"
ATTACK_BLOCK = re.compile(r"^[ \t]*# --- attack ---\n.*?^[ \t]*# --- end of attack ---\n", re.S | re.M)


def honest_notebook(path: Path) -> bytes:
    """The notebook with its attack blocks removed: what its honest part is."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        cell.source = ATTACK_BLOCK.sub("", cell.source + "\n").rstrip("\n")
    return nbformat.writes(notebook).encode()


# Honest controls graded in the same run: (notebook bytes, exact score, status).
NB_CONTROLS = {
    "nb-control-reference": (NB_GRADER.read_bytes(), 10.0, "passed"),
    # 5 since red team 9 round 6: the 1,000-number model is not the contract's form (form and
    # accuracy tests fail) and its classify needs "mean" and "std" (the classify test fails).
    "nb-control-thousand": (honest_notebook(NB_HERE / NB_IDS[0] / "neurone.ipynb"), 5.0, "failed"),
}


# -- the hidden tests' literal inputs ----------------------------------------------------------
def _literals(tree: ast.AST) -> set[str]:
    """String and number literals of hidden test code that are inputs or expected values:
    not docstrings, not the trainer's messages (en=/fr=, *_EN/*_FR), not case ids."""
    skipped: set[int] = set()

    def skip(node: ast.AST) -> None:
        skipped.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            if isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
                skip(body[0])
        # The trainer's messages and the tests' labels (skills, shown by the debrief on
        # purpose) are not hidden inputs.
        if isinstance(node, ast.keyword) and node.arg in (
            "en",
            "fr",
            "id",
            "points",
            "about",
            "label_en",
            "label_fr",
        ):
            skip(node.value)
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and (t.id.endswith(("_EN", "_FR")) or t.id == "SKILLS")
            for t in node.targets
        ):
            skip(node.value)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "case" and node.args:
            skip(node.args[0])
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped or not isinstance(node, ast.Constant):
            continue
        value = node.value
        if isinstance(value, str) and len(value.strip()) >= 5:
            found.add(value.strip())
        elif type(value) in (int, float) and len(re.sub(r"[^1-9]", "", repr(abs(value)).lstrip("0."))) >= 5:
            found.add(repr(value))
    return found


def _hidden_inputs() -> set[str]:
    sources = [p.read_text(encoding="utf-8") for p in sorted((GRADERS / "tests").glob("*.py"))]
    for cell in nbformat.read(NB_GRADER, as_version=4).cells:
        block = re.search(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", cell.source, re.S)
        if block:
            sources.append(block.group(1))
    public = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for ex in (EXERCISE, NB_EXERCISE)
        for p in (REPO / "exercises" / ex).rglob("*")
        if p.is_file()
    )
    found = set().union(*(_literals(ast.parse(source)) for source in sources))
    return {text for text in found if text not in public}


HIDDEN_INPUTS = sorted(_hidden_inputs())
# Lines students receive anyway (the contract's signature in the starter and README) are no leak.
PUBLIC_TEXT = "\n".join(
    p.read_text()
    for p in (REPO / "exercises" / "calculatrice").rglob("*")
    if p.is_file() and p.suffix in (".py", ".md")
)
# A hidden test line that the public tests also hold (``with pytest.raises(ZeroDivisionError):``,
# which pytest's own docstrings hold too) is no secret: a student may find it anywhere.
HIDDEN_LINES = [line for line in _hidden_lines() if line not in PUBLIC_TEXT]
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
EXPORT_FORMATS = FORMATS  # every format the CLI offers, whatever it offers


@dataclass
class Graded:
    root: Path
    reports: Path
    gradebook: Path
    exports: dict[str, str]
    stdout: str
    stderr: str
    runtime: str
    server: dict[str, str] = field(default_factory=dict)  # student -> what the server shows them
    # student -> every feedback body the server gave them (before and after release)
    feedback: dict[str, list[dict]] = field(default_factory=dict)

    def report(self, student: str, exercise: str = EXERCISE) -> dict:
        return json.loads((self.reports / exercise / f"{student}.json").read_text(encoding="utf-8"))

    def stored(self, student: str) -> dict:
        """The full result the gradebook keeps (the trainer's)."""
        db = sqlite3.connect(self.gradebook)
        try:
            (found,) = db.execute(
                "SELECT g.result_json FROM grades g JOIN submissions s ON s.id = g.submission_id"
                " WHERE s.student = ? ORDER BY g.id DESC LIMIT 1",
                (student,),
            ).fetchone()
        finally:
            db.close()
        return json.loads(found)

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


def _idnumber(student: str) -> str:
    return "M-" + student


def _submit(folder: Path, student: str, inbox: Path, exercise: str = EXERCISE, check: bool = False) -> None:
    """`workshop submit`; hostile code runs in the sandbox only (--no-check), the honest
    controls run their public tests here first, as a student's `workshop submit` does."""
    done = run_cli(
        "submit",
        "--dir",
        str(folder),
        "--exercise",
        exercise,
        "--student",
        student,
        "--to",
        str(inbox),
        "--allow-errors",
        *([] if check else ["--no-check"]),
        "--course",
        str(REPO),
        cwd=REPO,
    )
    assert done.returncode == 0, f"{student}: {done.stderr}"


def _submit_with_local_check(folder: Path, student: str, inbox: Path, exercise: str, local: dict) -> None:
    """An archive whose manifest says the student's machine gave ``local`` at submit
    (issue 9, class 3): what a student's own workshop writes, without running their code here."""
    from workshop.archive import sha256
    from workshop.inbox import deliver
    from workshop.results import LocalCheck
    from workshop.submit import build_archive

    _, manifest = build_archive(folder, Course.locate(REPO).exercise(exercise), student, allow_errors=True)
    files = {name: (folder / name).read_bytes() for name in manifest.files}
    manifest = manifest.model_copy(update={"local_check": LocalCheck.model_validate(local)})
    data = pack(manifest, files)
    deliver(inbox, exercise, student, data, sha256(data), manifest.created_at)


class LiveServer:
    """`workshop serve`'s app on 127.0.0.1, a free port, in this process."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{self.server.servers[0].sockets[0].getsockname()[1]}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _tokens(data: Path) -> dict[str, str]:
    return {row["id"]: row["token"] for row in csv.DictReader((data / "tokens.csv").open(encoding="utf-8"))}


def _server_views(
    root: Path, inbox: Path, book: Path, roster: Path, students: list[str]
) -> tuple[dict[str, str], dict[str, list[dict]]]:
    """Everything the classroom server shows each student: the student page, /api/v1/me and
    the feedback of each exercise, before and after the trainer releases the hidden tests
    (as text, and the feedback bodies as they came)."""
    data = root / "server"
    data.mkdir()
    shutil.copyfile(book, data / "gradebook.sqlite")
    live = LiveServer(create_app(inbox, Course.locate(REPO), data, load_roster(roster), None))
    try:
        tokens = _tokens(data)
        page = httpx.get(f"{live.url}/student").text
        views = {student: page for student in students}
        bodies: dict[str, list[dict]] = {student: [] for student in students}

        def fetch_all() -> None:
            for student in students:
                auth = {"Authorization": f"Bearer {tokens[student]}"}
                for path in ("/api/v1/me", f"/api/v1/feedback/{EXERCISE}", f"/api/v1/feedback/{NB_EXERCISE}"):
                    text = httpx.get(live.url + path, headers=auth).text
                    views[student] += "\n" + _json_text(text)
                    if "/feedback/" in path:
                        bodies[student].append(json.loads(text))

        fetch_all()
        for exercise in (EXERCISE, NB_EXERCISE):
            released = httpx.post(
                f"{live.url}/api/v1/release/{exercise}",
                headers={"Authorization": f"Bearer {tokens['*class*']}"},
            )
            assert released.status_code == 200
        fetch_all()
        return views, bodies
    finally:
        live.stop()


@pytest.fixture(scope="module")
def hostile_inbox(tmp_path_factory, sandbox_image) -> Path:
    """The inbox every case and control is submitted into, built ONCE for the module; each
    runtime grades its own copy (the submits do not depend on the runtime)."""
    root = tmp_path_factory.mktemp("hostile-inbox")
    inbox = root / "inbox"
    jobs = [(HERE / case["id"], case["id"], EXERCISE, False) for case in CASES if "local_check" not in case]
    for student, (source, _, _) in CONTROLS.items():
        folder = root / "controls" / student
        folder.mkdir(parents=True)
        (folder / "calculator.py").write_bytes(source)
        jobs.append((folder, student, EXERCISE, True))
    jobs += [
        (NB_HERE / case["id"], case["id"], NB_EXERCISE, False)
        for case in NB_CASES
        if "local_check" not in case
    ]
    for student, (notebook, _, _) in NB_CONTROLS.items():
        folder = root / "controls" / student
        folder.mkdir(parents=True)
        (folder / "neurone.ipynb").write_bytes(notebook)
        jobs.append((folder, student, NB_EXERCISE, True))
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda job: _submit(job[0], job[1], inbox, job[2], check=job[3]), jobs))
    for cases, here, exercise in ((CASES, HERE, EXERCISE), (NB_CASES, NB_HERE, NB_EXERCISE)):
        for case in cases:
            if "local_check" in case:
                _submit_with_local_check(here / case["id"], case["id"], inbox, exercise, case["local_check"])
    for student, build in INBOX_ATTACKS.items():
        folder = inbox / EXERCISE / student
        folder.mkdir(parents=True)
        (folder / ATTEMPT).write_bytes(build(student))
    for folder in UNSAFE_FOLDERS.values():
        # An exercise-level folder gets a student folder inside, as a real one would.
        target = inbox / folder if folder.parent != Path(".") else inbox / folder / "alice"
        target.mkdir(parents=True)
        (target / ATTEMPT).write_bytes(_archive("alice"))
    return inbox


@pytest.fixture(scope="module", params=RUNTIMES)
def graded(request, tmp_path_factory, hostile_inbox) -> Graded:
    runtime = require_runtime(request.param)
    root = tmp_path_factory.mktemp(f"hostile-{runtime}")
    inbox = root / "inbox"
    shutil.copytree(hostile_inbox, inbox, symlinks=True)
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
    students = [*CASE_IDS, *CONTROLS, *INBOX_ATTACKS, *NB_IDS, *NB_CONTROLS]
    roster.write_text(
        "id,name,email,moodle_idnumber\n"
        + "".join(f"{s},{_name(s)},{s}@example.org,{_idnumber(s)}\n" for s in students),
        encoding="utf-8",
    )
    exports = {}
    for fmt in EXPORT_FORMATS:
        out = root / f"export-{fmt}.txt"
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
    graded = Graded(root, reports, book, exports, done.stdout, done.stderr, runtime)
    graded.server, graded.feedback = _server_views(root, inbox, book, roster, students)
    return graded


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


def _json_text(raw: str) -> str:
    """JSON as written and with its strings decoded (escapes cannot hide a leak)."""
    try:
        return raw + "\n" + "\n".join(_strings(json.loads(raw)))
    except ValueError:
        return raw


def _export_rows(graded: Graded, student: str) -> str:
    """What every export holds for ``student``: CSV rows (cells unquoted and
    un-neutralised), Moodle XML results, Gradescope/PrairieLearn entries, LTI items."""
    keys = {student, _name(student), f"{student}@example.org", _idnumber(student)}
    seen = []
    for fmt, text in graded.exports.items():
        if fmt in ("csv", "canvas", "moodle-csv", "moodle"):
            for row in csv.reader(io.StringIO(text)):
                if keys & set(row):
                    seen.extend(cell.removeprefix("'") for cell in row)
        elif fmt == "moodle-xml":
            for result in ET.fromstring(text).iter("result"):
                if result.findtext("student") == _idnumber(student):
                    seen.extend(element.text or "" for element in result)
        elif fmt in ("gradescope", "prairielearn"):
            for by_student in json.loads(text).values():
                if student in by_student:
                    seen.append(_json_text(json.dumps(by_student[student], ensure_ascii=False)))
        elif fmt == "json":  # LTI AGS results
            items = [i for i in json.loads(text)["items"] if i["userId"] == student]
            seen.append(_json_text(json.dumps(items, ensure_ascii=False)))
        else:  # a format this test does not know how to split: all of it
            seen.append(_json_text(text))
    return "\n".join(seen)


def _student_sees(graded: Graded, student: str, exercise: str) -> dict[str, str]:
    """Every student-visible output of one student: reports, exports, the server."""
    seen = {
        path.name: _readable(path)
        for path in sorted((graded.reports / exercise).glob(f"{student}.*"))
        if path.suffix in (".html", ".md", ".json")
    }
    assert set(seen) == {f"{student}.html", f"{student}.md", f"{student}.json"}
    seen["exports"] = _export_rows(graded, student)
    seen["server"] = graded.server[student]
    return seen


def _found(literal: str, text: str) -> bool:
    if re.fullmatch(r"-?[0-9.e+-]+", literal):  # a number: not as part of a longer one
        return re.search(r"(?<![0-9.])" + re.escape(literal) + r"(?![0-9])", text) is not None
    return literal in text


def _leaks(text: str) -> list[str]:
    return (
        [line for line in HIDDEN_LINES + SOLUTION_LINES if line in text]
        + [path for path in GRADER_PATHS if path in text]
        + [literal for literal in HIDDEN_INPUTS if _found(literal, text)]
    )


# -- the tests -------------------------------------------------------------------------------
def test_suite_has_at_least_thirty_hostile_cases_each_with_its_submission():
    assert len(CASES) >= 30
    assert len(set(CASE_IDS)) == len(CASE_IDS)
    folders = {p.name for p in HERE.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert folders == set(CASE_IDS) | {"notebooks"}
    for case in CASES:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", case["id"]), case["id"]
        assert case["attack"].strip(), case["id"]
        assert 0 <= case["honest_score"] <= MAX_SCORE, case["id"]
        assert case["statuses"] and set(case["statuses"]) <= STATUSES, case["id"]
        assert "def calculate" in (HERE / case["id"] / "calculator.py").read_text(), case["id"]
    # The checks below would prove nothing if there were nothing to look for.
    assert len(HIDDEN_LINES) > 10 and len(SOLUTION_LINES) > 10
    assert {"1+2*3-4", "__import__('os').getcwd()", "20240917", "classify does not follow the model"} <= set(
        HIDDEN_INPUTS
    )


def test_notebook_suite_has_its_cases_each_with_its_notebook():
    assert len(NB_CASES) >= 2 and len(set(NB_IDS)) == len(NB_IDS)
    folders = {p.name for p in NB_HERE.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert folders == set(NB_IDS)
    for case in NB_CASES:
        assert 0 <= case["honest_score"] <= NB_MAX_SCORE and set(case["statuses"]) <= STATUSES, case["id"]
        notebook = (NB_HERE / case["id"] / "neurone.ipynb").read_bytes()
        assert (
            b"# --- attack ---" in notebook
            and honest_notebook(NB_HERE / case["id"] / "neurone.ipynb") != notebook
        )


def _expected_score(case: dict) -> float:
    """What the case earns: its honest part's score, or less for an attack that costs its
    own points (``score``, red team 13's output cases); never more."""
    assert case.get("score", case["honest_score"]) <= case["honest_score"], case["id"]
    return case.get("score", case["honest_score"])


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_hostile_submission_earns_exactly_its_honest_score(graded, case):
    report = graded.report(case["id"])
    status = graded.rows()[case["id"]][0]  # the real status (the trainer's); the report's is the student's
    observed = f"{status} {report['score']:g}"
    assert report["score"] == _expected_score(case), f"{case['attack']}: got {observed}"
    assert status in case["statuses"], f"{case['attack']}: got {observed}"
    exported = {row["id"]: row[EXERCISE] for row in csv.DictReader(io.StringIO(graded.exports["csv"]))}
    assert float(exported[case["id"]]) == _expected_score(case)


@pytest.mark.parametrize("case", NB_CASES, ids=NB_IDS)
def test_hostile_notebook_earns_exactly_its_honest_score(graded, case):
    report = graded.report(case["id"], NB_EXERCISE)
    status = graded.rows()[case["id"]][0]
    observed = f"{status} {report['score']:g}"
    assert report["score"] == _expected_score(case), f"{case['attack']}: got {observed}"
    assert status in case["statuses"], f"{case['attack']}: got {observed}"


@pytest.mark.parametrize("student", list(NB_CONTROLS))
def test_honest_notebook_controls_keep_their_exact_scores(graded, student):
    _, score, status = NB_CONTROLS[student]
    report = graded.report(student, NB_EXERCISE)
    assert (report["status"], report["score"]) == (status, score)
    assert graded.rows()[student] == (status, score)


@pytest.mark.parametrize(
    ("student", "exercise"),
    [(c, EXERCISE) for c in CASE_IDS] + [(c, NB_EXERCISE) for c in NB_IDS],
    ids=CASE_IDS + NB_IDS,
)
def test_nothing_a_hostile_student_sees_holds_a_hidden_test_input_or_the_solution(graded, student, exercise):
    seen = _student_sees(graded, student, exercise)
    leaked = {where: _leaks(text) for where, text in seen.items() if _leaks(text)}
    assert leaked == {}


# -- the output surface: nothing decided after a hidden test started says more than
# passed/partial/failed per test (red team 13, S1-S5) -------------------------------------
SHOWN_AFTER_HIDDEN = {"passed", "partial", "failed", "manual", "graded"}
TELLING = ("timeout", "memory", "crashed", "error", "not_run")  # outcome words with more than a bit


def _before_hidden(stored: dict) -> list[dict]:
    """The stored tests decided before any hidden test started: planned before the first
    hidden one (tests run in plan order), their record before any hidden one's."""
    tests = stored["tests"]
    first = next((i for i, test in enumerate(tests) if test["visibility"] == "hidden"), len(tests))
    return [test for test in tests[:first] if not test.get("after_hidden")]


# Status words a student may see: passed or failed, and the host's own.
ALLOWED_STATUSES = {"passed", "failed", "invalid", "infra_error"}


def _surface_problems(graded: Graded, student: str, exercise: str) -> list[str]:
    """What a student sees of any test is passed, partial or failed (or the trainer's own
    verdict), a public test only if decided before any hidden one, and the run's status
    passed or failed: how a call or the run ended may be chosen from a hidden input, or,
    before any hidden test, from what the host's caches carried from another job."""
    from workshop.i18n import t

    stored = graded.stored(student)
    before = _before_hidden(stored)
    problems = []
    report = graded.report(student, exercise)
    if report["status"] not in ALLOWED_STATUSES:
        problems.append(f"report status {report['status']}")
    for test in report["tests"]:
        if test["outcome"] not in SHOWN_AFTER_HIDDEN:
            problems.append(f"report: {test['visibility']} {test['name']} {test['outcome']}")
    publics = {test["name"] for test in report["tests"] if test["visibility"] == "public"}
    if not publics <= {test["name"] for test in before}:
        problems.append(f"report: public after a hidden test {sorted(publics)}")
    html_text = (graded.reports / exercise / f"{student}.html").read_text(encoding="utf-8")
    md_text = (graded.reports / exercise / f"{student}.md").read_text(encoding="utf-8")
    for word in TELLING:
        if f'<td class="{word}">' in html_text:
            problems.append(f"html: outcome {word}")
        if f"| {t('outcome_' + word, 'en')} |" in md_text:
            problems.append(f"md: outcome {word}")
    seen = [html.unescape(html_text), md_text, _export_rows(graded, student)]
    for status in ("timeout", "memory", "crashed"):
        if any(t(f"status_{status}", "en") in text for text in seen):
            problems.append(f"report or export: status {status}")
    for fmt in ("gradescope", "prairielearn"):
        entry = json.loads(graded.exports[fmt]).get(exercise, {}).get(student)
        if fmt == "gradescope" and entry is not None:
            if entry["execution_time"] != 0 or {x["status"] for x in entry["tests"]} - {"passed", "failed"}:
                problems.append(
                    f"gradescope: {entry['execution_time']} {[x['status'] for x in entry['tests']]}"
                )
    for body in graded.feedback[student]:
        if body.get("status") != "graded" or body.get("exercise") != exercise:
            continue
        if body.get("outcome", "failed") not in ALLOWED_STATUSES:
            problems.append(f"server: status {body['outcome']}")
        for test in body["tests"]:
            if test["outcome"] not in SHOWN_AFTER_HIDDEN:
                problems.append(f"server: {test['visibility']} {test['name']} {test['outcome']}")
            if test["visibility"] == "public" and test["name"] not in {x["name"] for x in before}:
                problems.append(f"server: public after a hidden test {test['name']}")
    return problems


@pytest.mark.parametrize(
    ("student", "exercise"),
    [(c, EXERCISE) for c in CASE_IDS] + [(c, NB_EXERCISE) for c in NB_IDS],
    ids=CASE_IDS + NB_IDS,
)
def test_nothing_a_student_sees_says_how_a_hidden_test_ended_beyond_passed_or_failed(
    graded, student, exercise
):
    assert _surface_problems(graded, student, exercise) == []


def test_the_output_cases_did_reach_the_surface_they_aim_at(graded):
    """The scanner above would prove nothing if the attacks never chose an ending: the
    gradebook (the trainer's) holds what they chose; the student's views do not."""
    ending = graded.stored("out-ending-chosen-by-input")
    hidden = {test["outcome"] for test in ending["tests"] if test["visibility"] == "hidden"}
    assert {"timeout", "memory", "crashed"} <= hidden, hidden
    stop = graded.stored("out-stop-at-a-hidden-test")
    first = next(test for test in stop["tests"] if test["outcome"] in ("crashed", "not_run"))
    assert stop["status"] == "timeout" and first["visibility"] == "hidden"
    moved = graded.stored("nb-out-cells-moved-ending-chosen")
    outcomes = {
        test["id"].split("/")[-1]: (test["outcome"], test.get("after_hidden")) for test in moved["tests"]
    }
    assert outcomes["test_predict"][0] in ("crashed", "timeout") and outcomes["test_predict"][1] is True
    public = graded.stored("out-public-ending-chosen-in-sandbox")
    chosen = {t["id"].split("::")[-1]: t["outcome"] for t in public["tests"]}
    assert (chosen["test_precedence"], chosen["test_parentheses"]) == ("timeout", "crashed"), chosen
    shown = {t["name"]: t["outcome"] for t in graded.report("out-public-ending-chosen-in-sandbox")["tests"]}
    assert "timeout" not in shown.values() and "crashed" not in shown.values(), shown
    report = graded.report("nb-out-cells-moved-ending-chosen", NB_EXERCISE)
    assert {test["name"].split("/")[-1]: test["outcome"] for test in report["tests"]}[
        "test_predict"
    ] == "failed"


def _without_trainer_notes(text: str) -> str:
    """The class summary is the trainer's; notes marked "[trainer only]" may say more."""
    return re.sub(r"<tr><td>[^<]*</td><td>[^<]*</td><td>\[trainer only\].*?</td></tr>", "", text, flags=re.S)


def test_class_summary_and_exports_leak_no_hidden_test_or_solution(graded):
    seen = {"index.html": _without_trainer_notes(_readable(graded.reports / "index.html")), **graded.exports}
    seen = {
        where: _json_text(text) if where in ("gradescope", "prairielearn", "json") else text
        for where, text in seen.items()
    }
    leaked = {where: _leaks(text) for where, text in seen.items() if _leaks(text)}
    assert leaked == {}


def test_a_load_error_carrying_hidden_inputs_reaches_the_trainer_marked_as_such(graded):
    notes = graded.report("leak-inputs-syntaxerror-on-reload")  # the student's: nothing
    assert notes["load_error"] is None
    summary = html.unescape((graded.reports / "index.html").read_text(encoding="utf-8"))
    marked = [
        line
        for line in summary.splitlines()
        if "[trainer only]" in line and "1+2*3-4" in line and "after a hidden test" in line
    ]
    assert len(marked) == 3  # one for each leak-inputs-* case


# -- issue 9, class 3: public details checked against the student's machine ---------------
WITHHELD = "Your own machine gave no detail for this test when you submitted"


def test_a_public_detail_the_students_machine_did_not_give_is_withheld_and_noted(graded):
    """The attack was live (the trainer's notes hold what it said, marked), and the student
    read their own machine's detail, or the fixed line where it gave none (the leak test
    above finds nothing in any output)."""
    report = graded.report("leak-host-cache-public-detail")
    details = {test["name"]: test["detail"] for test in report["tests"] if test["visibility"] == "public"}
    assert details["test_precedence"] == "ValueError: cache says nothing (read on student-laptop)"
    assert details["test_parentheses"].startswith(WITHHELD)
    summary = html.unescape((graded.reports / "index.html").read_text(encoding="utf-8"))
    marked = [
        line for line in summary.splitlines() if "[trainer only]" in line and "cache says 1+2*3-4" in line
    ]
    assert marked and all("leak-host-cache-public-detail" in line for line in marked)
    assert all(
        test["detail"] == "" for test in graded.report("nb-host-cache-cell-error", NB_EXERCISE)["tests"]
    )


@pytest.mark.parametrize(
    ("student", "exercise"), [(s, EXERCISE) for s in CONTROLS] + [(s, NB_EXERCISE) for s in NB_CONTROLS]
)
def test_honest_controls_keep_their_public_details(graded, student, exercise):
    """Submitted with their public tests run here first: nothing withheld, no note."""
    report = graded.report(student, exercise)
    assert not any(WITHHELD in test["detail"] for test in report["tests"])
    summary = html.unescape((graded.reports / "index.html").read_text(encoding="utf-8"))
    assert not [line for line in summary.splitlines() if f"<td>{student}</td>" in line and "differs" in line]
    if student == "control-bruno":  # fails the public precedence test: its detail is shown
        precedence = next(test for test in report["tests"] if test["name"] == "test_precedence")
        assert precedence["detail"].startswith("assert 20.0 == 14.0")


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
    expected = [*CASE_IDS, *CONTROLS, *INBOX_ATTACKS, *NB_IDS, *NB_CONTROLS]
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


# -- `workshop check` and `workshop submit --server` ----------------------------------------
# Cases that are safe to run outside a sandbox, on this machine (no file walking, no kill,
# no bombs): `workshop check` runs the student's code as the student, by design.
CHECK_CASES = [c for c in CASE_IDS if c.startswith(("type-", "frame-", "leak-", "mem-", "rigged-"))]
SUBMIT_CASES = [
    "leak-inputs-syntaxerror-on-reload",
    "type-empty-2d-array",
    "frame-npy-object-header",
    "leak-host-cache-public-detail",
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict[str, str]:
    """What `workshop check` prints for each case, run from the trainer's course folder."""
    root = tmp_path_factory.mktemp("check")

    def one(case: str) -> tuple[str, str]:
        folder = root / case
        folder.mkdir()
        shutil.copyfile(HERE / case / "calculator.py", folder / "calculator.py")
        done = run_cli(
            "check", "--dir", str(folder), "--exercise", EXERCISE, "--course", str(REPO), timeout=300
        )
        return case, done.stdout + done.stderr

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(one, CHECK_CASES))


@pytest.mark.parametrize("case", CHECK_CASES)
def test_workshop_check_shows_public_tests_only_and_leaks_nothing(checked, case):
    printed = checked[case]
    assert "public tests passed" in printed, printed
    assert _leaks(printed) == []


@pytest.fixture(scope="module")
def submitted(tmp_path_factory, sandbox_image) -> dict[str, str]:
    """What `workshop submit --server` prints for each case, graded by a live server."""
    root = tmp_path_factory.mktemp("submit-server")
    roster = root / "roster.csv"
    roster.write_text("id,name,email\n" + "".join(f"{c},{_name(c)},{c}@example.org\n" for c in SUBMIT_CASES))
    inbox, data = root / "inbox", root / "server"
    course = Course.locate(REPO)
    worker = GradingWorker(inbox, course, data, workers=2)
    live = LiveServer(create_app(inbox, course, data, load_roster(roster), worker))
    worker.start()
    try:
        tokens = _tokens(data)
        printed = {}
        for case in SUBMIT_CASES:
            done = run_cli(
                "submit", "--dir", str(HERE / case), "--exercise", EXERCISE, "--student", case,
                "--server", live.url, "--token", tokens[case], "--allow-errors", "--no-check",
                cwd=REPO, timeout=300,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
            printed[case] = done.stdout + done.stderr
        return printed
    finally:
        live.stop()
        worker.stop()


@pytest.mark.parametrize("case", SUBMIT_CASES)
def test_workshop_submit_to_a_server_prints_feedback_that_leaks_nothing(submitted, case):
    printed = submitted[case]
    assert "tests passed so far (public tests" in printed, printed
    assert _leaks(printed) == []
