"""workshop package gradescope|prairielearn: autograders the platforms run themselves.

The end-to-end tests lay each platform's grading container out as it does (Gradescope:
the zip in /autograder/source, setup.sh, run_autograder copied to /autograder and run as
root; PrairieLearn: the question's tests/ in /grade/tests, the files in /grade/student,
the entrypoint made executable and run as root), in a container of the project's grading
image with no network, and grade honest and hostile submissions there. Scores must be
workshop's own, and a submission that forges results.json, prints fake results or hunts
for the hidden tests must gain nothing."""

from __future__ import annotations

import io
import json
import stat
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, run_cli
from workshop.course import Course
from workshop.errors import InputError
from workshop.grade import Graders, grade_files
from workshop.package import bundle_files, package
from workshop.sandbox.engine import client
from workshop.sandbox.runner import DockerRunner

SOLUTION = (REPO / "graders" / "calculatrice" / "solution" / "calculator.py").read_bytes()
BRUNO = (REPO / "graders" / "calculatrice" / "demo" / "bruno" / "calculator.py").read_bytes()
FORGED = {"score": 1000, "gradable": True, "tests": [{"name": "forged", "score": 1000, "max_score": 1}]}
# Appended to the right solution: everything a student might try against these layouts.
ATTACK = f"""
import glob as _glob, json as _json, os as _os, sys as _sys, time as _time

_FORGED = {json.dumps(json.dumps(FORGED))}


def _forge():
    for _path in ("/autograder/results/results.json", "/grade/results/results.json"):
        try:
            with open(_path, "w") as _out:
                _out.write(_FORGED)
        except OSError:
            pass


_forge()
print(_FORGED)
print(_json.dumps({{"type": "test", "id": "hidden/test_hidden.py::test_x", "outcome": "passed"}}))
print(_json.dumps({{"type": "done", "exit_code": 0}}))
_found = []
for _pattern in ("/autograder/**/*.py", "/grade/**/*.py", "/grader/**/*.py", "/opt/**/*.py"):
    for _path in _glob.glob(_pattern, recursive=True):
        try:
            _found.append((_path, open(_path).read()))
        except OSError:
            pass
_leaks = [_path for _path, _ in _found if "hidden" in _path]
if _leaks:
    with open("/tmp/leaked", "w") as _out:
        _out.write("\\n".join(_leaks))
if _os.fork() == 0:  # outlive the run and forge again
    _os.setsid()
    _time.sleep(1.5)
    _forge()
    _os._exit(0)
"""
HOSTILE = SOLUTION + ATTACK.encode()
# After the run, as the student uid: can it read a hidden test, or write a results file?
PROBE = """python3 - <<'EOF'
import json, os
os.setgroups([]); os.setgid(10002); os.setuid(10002)
seen = {}
for path in ("/autograder/source/workshop/tests/hidden/test_hidden.py",
             "/grade/tests/workshop/tests/hidden/test_hidden.py",
             "/autograder/results/results.json", "/grade/results/results.json"):
    try:
        open(path, "a" if "results" in path else "r").close()
        seen[path] = "open"
    except FileNotFoundError:
        seen[path] = "absent"
    except PermissionError:
        seen[path] = "denied"
seen["leaked"] = os.path.exists("/tmp/leaked")
print("PROBE " + json.dumps(seen))
EOF"""


@pytest.fixture
def calculatrice(course: Course):  # type: ignore[no-untyped-def]
    return course.exercise("calculatrice")


# -- what the packages hold ---------------------------------------------------------------------


def test_gradescope_zip_has_setup_and_run_autograder_at_its_root_executable(tmp_path, calculatrice):
    path = package("gradescope", calculatrice, tmp_path / "autograder.zip", "en")

    with zipfile.ZipFile(path) as archive:
        modes = {info.filename: stat.S_IMODE(info.external_attr >> 16) for info in archive.infolist()}
        bundle = json.loads(archive.read("workshop/bundle.json"))
    assert modes["setup.sh"] == 0o755 and modes["run_autograder"] == 0o755
    assert "workshop/tests/hidden/test_hidden.py" in modes and "workshop/tests/public/test_public.py" in modes
    assert "workshop/workshop_harness/container.py" in modes and "workshop/run.py" in modes
    assert (bundle["files"], bundle["points"], bundle["job"]["module"]) == (
        ["calculator.py"],
        48,
        "calculator",
    )
    assert not any(name.startswith("solution") or "/solution/" in name for name in modes)


def test_prairielearn_question_has_external_grading_and_keeps_its_uuid(tmp_path, calculatrice):
    first = package("prairielearn", calculatrice, tmp_path / "calc", "fr")
    uuid = json.loads((first / "info.json").read_text())["uuid"]
    package("prairielearn", calculatrice, tmp_path / "calc", "fr")

    info = json.loads((first / "info.json").read_text())
    assert info["uuid"] == uuid and info["gradingMethod"] == "External"
    assert info["externalGradingOptions"]["entrypoint"] == "/grade/tests/run_autograder"
    assert info["title"] == "Créer une calculatrice avec l'aide d'un LLM"
    assert 'file-names="calculator.py"' in (first / "question.html").read_text()
    assert (first / "tests" / "workshop" / "tests" / "hidden" / "test_hidden.py").is_file()
    assert json.loads((first / "tests" / "workshop" / "bundle.json").read_text())["words"][
        "status_passed"
    ] == ("tous les tests réussis")


def test_only_python_exercises_can_be_packaged(course):
    with pytest.raises(InputError) as caught:
        bundle_files("gradescope", course.exercise("prompts"), "en")

    assert str(caught.value).startswith(
        "prompts is a prompts exercise: only Python exercises can be packaged for Gradescope or PrairieLearn"
    )


def test_cli_package_writes_the_zip_and_says_where(tmp_path):
    done = run_cli("package", "gradescope", "calculatrice", "--course", str(REPO), cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    assert done.stdout == "gradescope autograder for calculatrice: autograder-calculatrice.zip\n"
    assert zipfile.is_zipfile(tmp_path / "autograder-calculatrice.zip")


# -- the platforms' layouts, run in a container -------------------------------------------------


def _tar(files: dict[str, tuple[bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        folders = sorted(
            {str(Path(name).parents[i]) for name in files for i in range(len(Path(name).parents) - 1)}
        )
        for folder in folders:
            info = tarfile.TarInfo(folder)
            info.type, info.mode = tarfile.DIRTYPE, 0o755
            tar.addfile(info)
        for name, (data, mode) in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), mode
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _run(
    image: str, files: dict[str, tuple[bytes, int]], script: str, results: str
) -> tuple[Any, dict[str, Any]]:
    """Run ``script`` as root in a container of ``image`` holding ``files`` (no network);
    returns (results.json or None, the probe's findings)."""
    api = client().api
    container = api.create_container(
        image,
        entrypoint=["bash", "-c", f"set -e\n{script}\nsleep 2\n{PROBE}"],
        user="0:0",
        network_disabled=True,
        labels={"workshop.test": "package"},
        host_config=api.create_host_config(network_mode="none"),
    )["Id"]
    try:
        api.put_archive(container, "/", _tar(files))
        api.start(container)
        status = api.wait(container, timeout=180)["StatusCode"]
        log = api.logs(container, stdout=True, stderr=True).decode("utf-8", "replace")
        assert status == 0, log
        probe = json.loads(next(line[6:] for line in log.splitlines() if line.startswith("PROBE ")))
        stream, _ = api.get_archive(container, results)
        with tarfile.open(fileobj=io.BytesIO(b"".join(stream))) as tar:
            member = tar.extractfile(Path(results).name)
            assert member is not None
            return json.loads(member.read()), probe
    finally:
        api.remove_container(container, force=True)


def _gradescope(image: str, calculatrice, tmp_path: Path, submission: dict[str, bytes]):  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(package("gradescope", calculatrice, tmp_path / "autograder.zip", "en")) as archive:
        files = {
            f"autograder/source/{i.filename}": (archive.read(i), stat.S_IMODE(i.external_attr >> 16))
            for i in archive.infolist()
        }
    files |= {f"autograder/submission/{name}": (data, 0o644) for name, data in submission.items()}
    files["autograder/submission/.keep"] = (b"", 0o644)
    script = (
        "cd /autograder/source && bash ./setup.sh\n"
        "cp /autograder/source/run_autograder /autograder/run_autograder\n"
        "cd /autograder && ./run_autograder"
    )
    return _run(image, files, script, "/autograder/results/results.json")


def _prairielearn(image: str, calculatrice, tmp_path: Path, submission: dict[str, bytes]):  # type: ignore[no-untyped-def]
    question = package("prairielearn", calculatrice, tmp_path / "question", "en")
    files = {
        f"grade/tests/{p.relative_to(question / 'tests')}": (p.read_bytes(), 0o644)
        for p in (question / "tests").rglob("*")
        if p.is_file()
    }
    files |= {f"grade/student/{name}": (data, 0o644) for name, data in submission.items()}
    files["grade/student/.keep"] = (b"", 0o644)
    files["grade/data/data.json"] = (b"{}", 0o644)
    # PrairieLearn makes the entrypoint executable itself, then runs it as root.
    script = "chmod +x /grade/tests/run_autograder && /grade/tests/run_autograder"
    return _run(image, files, script, "/grade/results/results.json")


LOCKED = {
    "/autograder/source/workshop/tests/hidden/test_hidden.py": "denied",
    "/autograder/results/results.json": "denied",
}


def test_gradescope_grades_as_workshop_does_and_a_forger_gains_nothing(tmp_path, calculatrice, sandbox_image):
    honest, honest_probe = _gradescope(
        sandbox_image, calculatrice, tmp_path / "a", {"calculator.py": SOLUTION}
    )
    hostile, probe = _gradescope(sandbox_image, calculatrice, tmp_path / "b", {"calculator.py": HOSTILE})
    partial, _ = _gradescope(sandbox_image, calculatrice, tmp_path / "c", {"calculator.py": BRUNO})
    missing, _ = _gradescope(sandbox_image, calculatrice, tmp_path / "d", {})
    workshop = grade_files(
        calculatrice, {"calculator.py": BRUNO}, Graders(lambda: DockerRunner(sandbox_image)), "en"
    )

    assert honest["score"] == 48 and honest["output"] == "all tests passed — 48/48"
    assert set(honest) == {"score", "execution_time", "output", "visibility", "stdout_visibility", "tests"}
    assert {t["status"] for t in honest["tests"]} == {"passed"} and len(honest["tests"]) > 10
    # the forger: the same results as the honest solution, nothing forged anywhere
    assert hostile["score"] == 48 and [t["name"] for t in hostile["tests"]] == [
        t["name"] for t in honest["tests"]
    ]
    assert "forged" not in json.dumps(hostile) and "1000" not in json.dumps(hostile)
    assert {k: probe[k] for k in LOCKED} == LOCKED and probe["leaked"] is False
    assert {k: honest_probe[k] for k in LOCKED} == LOCKED
    # partly right: workshop's own grade, test by test
    assert partial["score"] == workshop.score == 43
    assert [(t["name"], t["status"]) for t in partial["tests"]] == [
        (t.name, "passed" if t.outcome == "passed" else "failed") for t in workshop.tests
    ]
    hidden = [t for t in partial["tests"] if t["visibility"] == "after_published"]
    assert hidden and all(t["status"] == "passed" or t["output"] for t in hidden)
    assert {t["visibility"] for t in partial["tests"]} == {"visible", "after_published"}
    assert (missing["score"], missing["tests"]) == (0, [])
    assert missing["output"] == (
        "invalid submission — 0/48\nYour file could not be loaded: calculator.py was not handed in."
    )


def test_prairielearn_grades_as_workshop_does_and_a_forger_gains_nothing(
    tmp_path, calculatrice, sandbox_image
):
    honest, _ = _prairielearn(sandbox_image, calculatrice, tmp_path / "a", {"calculator.py": SOLUTION})
    hostile, probe = _prairielearn(sandbox_image, calculatrice, tmp_path / "b", {"calculator.py": HOSTILE})
    missing, _ = _prairielearn(sandbox_image, calculatrice, tmp_path / "c", {})

    assert (honest["gradable"], honest["score"], honest["message"]) == (True, 1.0, "all tests passed — 48/48")
    assert hostile == {**honest, "tests": hostile["tests"]} and hostile["tests"] == honest["tests"]
    assert "forged" not in json.dumps(hostile)
    assert probe["/grade/tests/workshop/tests/hidden/test_hidden.py"] == "denied"
    assert probe["/grade/results/results.json"] == "denied" and probe["leaked"] is False
    assert missing["gradable"] is False and "score" not in missing
    assert missing["message"].endswith("calculator.py was not handed in.")
