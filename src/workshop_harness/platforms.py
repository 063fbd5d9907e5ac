"""Grading inside Gradescope's or PrairieLearn's own grading container, with this harness.

``workshop package gradescope|prairielearn SLUG`` ships this package, the exercise's public
and hidden tests and a ``bundle.json`` (module, files, limits, points and the words of the
summary line in the trainer's language). The platform runs ``run_autograder`` as root:

* Gradescope: the bundle in ``/autograder/source``, the submission in
  ``/autograder/submission``, results to ``/autograder/results/results.json``;
* PrairieLearn's external grader: the bundle in ``/grade/tests``, the submission in
  ``/grade/student``, results to ``/grade/results/results.json``.

:func:`main` closes the bundle folder and the results folder to everyone but root (so the
student uid can neither read the hidden tests nor write a results file), reads the
submitted files, and runs :mod:`workshop_harness.container` exactly as in workshop's own
Docker sandbox: the job as a tar on its stdin, the grader (uid 10001) and the student
processes (uid 10002) apart, the results as JSON lines on its stdout, which only the
grader holds. It runs with real uid 10000 (effective root), so that the fork server's
"kill every student process" (``kill(-1)`` as the student uid) can never reach a root
process of the platform. When the run ends, every process left by the grader and student
uids is killed; only then is ``results.json`` written, by root.

The result files' formats (shared docs/lms-formats.md) are built by
:func:`gradescope_results` and :func:`prairielearn_results`, which ``workshop export``
uses too. Standard library only, like the rest of this package."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HARNESS_UID = 10000  # real uid of the harness while it is root: see the module docstring
GRADER_UID = 10001
STUDENT_UID = 10002
INSTALLED = Path("/opt/workshop-autograder")  # the harness, readable by the two uids
GRADER_ROOT = Path("/grader")  # as in the sandbox: the grader uid's own folder (0700)
MAX_RESULTS_BYTES = 1024 * 1024
MAX_LOG_BYTES = 256 * 1024
_CONTAINER_MAIN = (
    "import sys; sys.path.insert(0, %r); from workshop_harness.container import main; sys.exit(main())"
)
GRADESCOPE_VISIBILITY = {"public": "visible", "hidden": "after_published"}


@dataclass(frozen=True)
class Layout:
    bundle: Path
    submission: Path
    results: Path


LAYOUTS = {
    "gradescope": Layout(
        Path("/autograder/source"), Path("/autograder/submission"), Path("/autograder/results")
    ),
    "prairielearn": Layout(Path("/grade/tests"), Path("/grade/student"), Path("/grade/results")),
}


# -- the result files (shared with workshop export) ---------------------------------------


def number(value: float) -> str:
    """A score as text: a dot, at most four decimals, no trailing zeros."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def gradescope_results(
    score: float, execution_time: float, output: str, tests: list[dict[str, Any]]
) -> dict[str, Any]:
    """Gradescope's ``results.json``. ``tests``: dicts with ``name``, ``visibility``
    (public/hidden), ``points``, ``earned``, ``outcome``, ``message`` (the trainer's, for a
    test that did not pass) and ``detail`` (public tests only). Hidden tests show after the
    grades are published; cells graded by hand are left out (Gradescope knows passed and
    failed only)."""
    shown = [test for test in tests if test["outcome"] != "manual"]
    return {
        "score": score,
        "execution_time": execution_time,
        "output": output,
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": [
            {
                "score": test["earned"],
                "max_score": test["points"],
                "status": "passed" if test["outcome"] == "passed" else "failed",
                "name": test["name"],
                "number": str(index),
                "output": "\n".join(x for x in (test["message"], test["detail"]) if x),
                "visibility": GRADESCOPE_VISIBILITY[test["visibility"]],
            }
            for index, test in enumerate(shown, 1)
        ],
    }


def prairielearn_results(
    gradable: bool, score: float, max_score: float, message: str, tests: list[dict[str, Any]]
) -> dict[str, Any]:
    """PrairieLearn's external-grader ``results.json``: ``score`` in 0..1, and none when
    the submission is not gradable (then it costs the student no attempt)."""
    entry: dict[str, Any] = {"gradable": gradable}
    if gradable:
        entry["score"] = min(max(score / max_score, 0.0), 1.0) if max_score > 0 else 0.0
    entry["message"] = message
    entry["tests"] = [
        {
            "name": test["name"],
            "points": test["earned"],
            "max_points": test["points"],
            "message": test["message"],
            "output": test["detail"],
        }
        for test in tests
    ]
    return entry


# -- reading the harness's records ----------------------------------------------------------


@dataclass
class Outcome:
    """What a run gave: the status (as workshop names it), the tests and the score."""

    status: str
    tests: list[dict[str, Any]] = field(default_factory=list)
    score: float = 0.0
    load_error: str = ""
    duration_s: float = 0.0


def read_records(
    stdout: bytes, max_score: float, lang: str, timed_out: bool = False, duration_s: float = 0.0
) -> Outcome:
    """The harness's JSON lines, read as workshop's host reads them (results.py): the
    first plan, the first record per planned test, points of passed tests only, the score
    never above the maximum; no final record means ``crashed``. What a student sees follows
    workshop.student_view: a test shows passed or failed (once a hidden test has started,
    as a hidden one, no detail), a load error said then is dropped, and the status is
    passed or failed (docs/security.md's guarantee 2: anything more may carry hidden
    inputs)."""
    plan: list[dict[str, Any]] | None = None
    records: dict[str, dict[str, Any]] = {}
    late: set[str] = set()  # tests whose record came once a hidden test had ended
    hidden_ids: set[str] = set()
    hidden_seen = False
    load_error = ""
    done = False
    for line in stdout[:MAX_RESULTS_BYTES].splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict):
            continue
        kind = record.get("type")
        if kind == "plan" and plan is None and isinstance(record.get("tests"), list):
            plan = [t for t in record["tests"] if isinstance(t, dict) and isinstance(t.get("id"), str)]
            hidden_ids = {t["id"] for t in plan if t.get("visibility") == "hidden"}
        elif kind == "test" and isinstance(record.get("id"), str) and record["id"] not in records:
            records[record["id"]] = record
            if hidden_seen:
                late.add(record["id"])
            hidden_seen |= record["id"] in hidden_ids
        elif kind == "load_error":
            # once a hidden test has started, what the student process says is nobody's
            hidden_seen |= bool(record.get("after_hidden"))
            if not hidden_seen:
                load_error = str(record.get("message", ""))[:4000]
        elif kind == "done":
            done = True
    tests: list[dict[str, Any]] = []
    first_hidden = len(plan or [])
    for index, planned in enumerate(plan or []):
        if planned.get("visibility") == "hidden":
            first_hidden = min(first_hidden, index)
    for index, planned in enumerate(plan or []):
        record = records.get(planned["id"], {})
        outcome = str(record.get("outcome", "not_run"))
        if planned.get("manual") and outcome != "failed":
            outcome = "manual"
        points = float(planned.get("points", 0) or 0)
        visibility = "hidden" if planned.get("visibility") == "hidden" else "public"
        after = index >= first_hidden or planned["id"] in late or (hidden_seen and not record)
        if after:  # a student sees passed or failed of it, as a hidden test (as workshop's host)
            visibility = "hidden"
        if outcome not in ("passed", "manual"):  # how it ended is not shown: failed
            outcome = "failed"
        passed = outcome == "passed"
        tests.append(
            {
                "name": str(planned.get("name", planned["id"])),
                "visibility": visibility,
                "points": points,
                "earned": points if passed else 0.0,
                "outcome": outcome,
                "message": "" if passed else str(planned.get("fr" if lang == "fr" else "en", "")),
                "detail": str(record.get("detail", "")) if visibility == "public" else "",
            }
        )
    score = min(round(sum(float(t["earned"]) for t in tests), 4), max_score)
    # A student sees passed or failed, nothing of how the run ended (a time limit, memory, a
    # crash): the student process may choose it from a hidden input (workshop.student_view).
    passed = plan is not None and done and not timed_out
    status = "passed" if passed and all(t["outcome"] in ("passed", "manual") for t in tests) else "failed"
    return Outcome(status, tests, score, load_error, round(duration_s, 3))


def summary(outcome: Outcome, bundle: dict[str, Any]) -> str:
    """The one line workshop's LMS exports give: status, score, failed tests."""
    words = bundle["words"]
    text = f"{words['status_' + outcome.status]} — {number(outcome.score)}/{number(bundle['points'])}"
    failed = [t["name"] for t in outcome.tests if t["outcome"] not in ("passed", "manual")]
    if failed:
        text += f" — {words['failed_tests']}: " + ", ".join(failed[:20])
    if outcome.load_error:
        text += f"\n{words['load_error']} {outcome.load_error}"
    return text


# -- the run --------------------------------------------------------------------------------


class InfraError(Exception):
    """The platform's container cannot run the harness: never the student's fault."""


def _close(layout: Layout) -> None:
    """Only root may enter the bundle (hidden tests) and the results folder."""
    os.chown(layout.bundle, 0, 0)
    os.chmod(layout.bundle, 0o700)
    layout.results.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chown(layout.results, 0, 0)
    os.chmod(layout.results, 0o700)


def _install(bundle: Path) -> None:
    """The harness where both uids can read it and neither can write it."""
    if INSTALLED.exists():
        shutil.rmtree(INSTALLED)
    shutil.copytree(bundle / "workshop" / "workshop_harness", INSTALLED / "workshop_harness")
    for root, _dirs, files in os.walk(INSTALLED):
        os.chmod(root, 0o755)
        for name in files:
            os.chmod(os.path.join(root, name), 0o644)
    for scratch in (GRADER_ROOT, Path("/tmp/student")):
        if scratch.exists():
            shutil.rmtree(scratch)
    GRADER_ROOT.mkdir(mode=0o700)
    os.chown(GRADER_ROOT, GRADER_UID, GRADER_UID)
    os.chmod("/tmp", 0o1777)


def _job(layout: Layout, bundle: dict[str, Any], files: dict[str, bytes]) -> bytes:
    job = {f"submission/{name}": data for name, data in files.items()}
    tests = layout.bundle / "workshop" / "tests"
    for path in sorted(tests.rglob("*.py")):
        job[f"tests/{path.relative_to(tests)}"] = path.read_bytes()
    job["job.json"] = json.dumps(bundle["job"]).encode()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, data in sorted(job.items()):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _as_harness() -> None:
    """In the child, before exec: root, but with a real uid of its own (module docstring)."""
    os.setresgid(HARNESS_UID, 0, 0)
    os.setresuid(HARNESS_UID, 0, 0)


def _kill_all(uid: int) -> None:
    """Kill every process of ``uid`` from a child that became ``uid`` (no other process
    is reached: the child holds no capability)."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            for _ in range(100):
                try:
                    os.kill(-1, signal.SIGKILL)
                except ProcessLookupError:
                    break
                time.sleep(0.005)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def grade(layout: Layout, bundle: dict[str, Any]) -> Outcome:
    """Run the harness on the submission in ``layout``."""
    if os.geteuid() != 0:
        raise InfraError("run_autograder must run as root (it drops to two uids)")
    files: dict[str, bytes] = {}
    for name in bundle["files"]:
        path = layout.submission / name
        if not path.is_file() or path.is_symlink():
            return Outcome("invalid", load_error=bundle["words"]["missing_file"].format(name=name))
        files[name] = path.read_bytes()
    if subprocess.run([sys.executable, "-I", "-c", "import pytest"], capture_output=True).returncode:
        raise InfraError("python3 has no pytest in this image: install it (setup.sh does on Gradescope)")
    _install(layout.bundle)
    started = time.monotonic()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-I",
            "-c",
            _CONTAINER_MAIN % str(INSTALLED),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd="/tmp",
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp"},
        preexec_fn=_as_harness,
    )
    timed_out = False
    try:
        stdout, stderr = proc.communicate(_job(layout, bundle, files), timeout=bundle["wall_time_s"])
    except subprocess.TimeoutExpired:
        timed_out = True
        proc.kill()
        stdout, stderr = proc.communicate()
    for uid in (STUDENT_UID, GRADER_UID, HARNESS_UID):  # nothing of the run outlives it
        _kill_all(uid)
    sys.stderr.buffer.write(stderr[-MAX_LOG_BYTES:])  # the platform's log, for the trainer
    if b'"type": "infra"' in stdout[:4096]:
        raise InfraError(stdout[:300].decode("utf-8", "replace"))
    return read_records(stdout, bundle["points"], bundle["lang"], timed_out, time.monotonic() - started)


def _write(path: Path, value: dict[str, Any]) -> None:
    temporary = path.with_name(".results.json.tmp")
    temporary.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def main(argv: list[str]) -> int:
    """``run_autograder``: grade, then write the platform's ``results.json``."""
    if len(argv) != 1 or argv[0] not in LAYOUTS:
        print("usage: run.py gradescope|prairielearn", file=sys.stderr)
        return 2
    platform = argv[0]
    layout = LAYOUTS[platform]
    bundle = json.loads((layout.bundle / "workshop" / "bundle.json").read_text(encoding="utf-8"))
    _close(layout)
    try:
        outcome = grade(layout, bundle)
    except (InfraError, OSError) as exc:
        print(f"workshop: {exc}", file=sys.stderr)
        if platform == "gradescope":
            return 1  # no results.json: Gradescope reports a failed autograder, not a zero
        _write(
            layout.results / "results.json", prairielearn_results(False, 0, 1, bundle["words"]["infra"], [])
        )
        return 0
    text = summary(outcome, bundle)
    if platform == "gradescope":
        # No duration: the one measured covers the hidden tests, which a student process can
        # stretch at will (workshop.student_view does the same for workshop's own exports).
        results = gradescope_results(outcome.score, 0.0, text, outcome.tests)
    else:
        gradable = outcome.status != "invalid"
        results = prairielearn_results(gradable, outcome.score, bundle["points"], text, outcome.tests)
    _write(layout.results / "results.json", results)
    return 0
