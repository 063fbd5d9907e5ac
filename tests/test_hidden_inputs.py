"""Once a hidden test has started, nothing the student process says reaches a field a
student sees: the harness (run locally here, with LocalRunner) marks a load error on
restart as the trainer's, drops test details, and the host keeps to the same rule."""

from __future__ import annotations

import json

from workshop.course import Limits
from workshop.results import interpret
from workshop.sandbox.local import LocalRunner
from workshop.sandbox.runner import Job

RECORDER = """
import os
SEEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seen.txt")
if os.path.exists(SEEN):
    raise ValueError("inputs seen: " + open(SEEN).read())

def f(x):
    with open(SEEN, "a") as out:
        out.write(x + "; ")
    if x == "hidden input 2+3*4":
        os._exit(3)
    raise ValueError("I saw " + x)
"""
PUBLIC = """
def test_public(submission):
    assert submission.f("public input") == 1
"""
HIDDEN = """
import pytest

@pytest.mark.grade(points=1, en="Trainer's message one.", fr="Message un.")
def test_hidden_one(submission):
    submission.f("hidden input 2+3*4")

@pytest.mark.grade(points=1, en="Trainer's message two.", fr="Message deux.")
def test_hidden_two(submission):
    assert submission.f("second") == 1
"""


def _job() -> Job:
    return Job(
        {
            "job.json": json.dumps({"module": "m", "call_time_s": 5}).encode(),
            "submission/m.py": RECORDER.encode(),
            "tests/public/test_public.py": PUBLIC.encode(),
            "tests/hidden/test_hidden.py": HIDDEN.encode(),
        },
        Limits(wall_time_s=60),
    )


def test_a_load_error_after_a_hidden_test_never_reaches_the_student():
    output = LocalRunner().run(_job())
    result = interpret(output, 3, 10_000)
    assert result.load_error is None
    assert "hidden input 2+3*4" not in json.dumps([t.model_dump() for t in result.tests])
    assert [n for n in result.notes if "hidden input 2+3*4" in n] == [
        "[trainer only] The student's file failed to load again after a hidden test had started; not "
        "shown to the student (it may carry hidden inputs): ValueError: inputs seen: public input; "
        "hidden input 2+3*4;  (m.py, line 5)"
    ]
    outcomes = {t.name: (t.outcome.value, t.detail) for t in result.tests}
    assert outcomes == {
        "test_public": ("failed", "ValueError: I saw public input"),  # before any hidden test: kept
        "test_hidden_one": ("crashed", ""),
        "test_hidden_two": ("error", ""),
    }
    records = [json.loads(line) for line in output.stdout.splitlines()]
    assert [r["after_hidden"] for r in records if r["type"] == "load_error"] == [True]


def test_a_load_error_before_any_hidden_test_has_run_is_the_students_even_with_no_public_test():
    job = _job()
    del job.files["tests/public/test_public.py"]
    job.files["submission/m.py"] = b"def f(x:\n"
    result = interpret(LocalRunner().run(job), 2, 10_000)
    assert result.load_error == "SyntaxError, line 1: '(' was never closed"
    assert {t.outcome.value for t in result.tests} == {"error"}
