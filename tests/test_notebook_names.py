"""Notebook test cells keep what they assign in the grader: student code cannot swap a
value between the test computing it and the test reading it back. Run locally (the grader
loop of workshop_harness.notebook, a real student subprocess)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from workshop_harness.notebook import NotebookRun
from workshop_harness.records import RecordWriter
from workshop_harness.spawn import LocalSpawner

TRAIN = """
def train(n):
    return {"w": [0.5] * n, "b": 0.0}
"""
# Three ways a student cell can make a name read back differently from what was written.
SWAPS = {
    "module-class": """
import gc, types
class _Sneaky(types.ModuleType):
    def __getattribute__(self, name):
        if name == "model":
            return {"b": 0.0}
        return super().__getattribute__(name)
for _holder in gc.get_referrers(globals()):
    if isinstance(_holder, types.ModuleType):
        _holder.__class__ = _Sneaky
""",
    "builtin-setattr": """
import builtins
_real_setattr = builtins.setattr
def _setattr(target, name, value):
    _real_setattr(target, name, {"b": 0.0} if name == "model" else value)
builtins.setattr = _setattr
""",
    "builtin-getattr": """
import builtins
_real_getattr = builtins.getattr
def _getattr(target, name, *default):
    return {"b": 0.0} if name == "model" else _real_getattr(target, name, *default)
builtins.getattr = _getattr
""",
}
SIZE_TEST = """
model = train(1000)
count = len(model["w"]) + 1
"""
READ_BACK = """
assert count == 1001, count
assert len(model["w"]) == 1000, model
"""


def _run(tmp_path: Path, cells: list[tuple[str, str]], contract: dict[str, str] | None = None) -> dict:
    job = {
        "call_time_s": 10,
        "contract": contract,
        "notebooks": [
            {
                "cells": [
                    {"kind": kind, "source": source, "id": f"nb/{i}"}
                    for i, (kind, source) in enumerate(cells)
                ]
            }
        ],
    }
    out = io.StringIO()
    NotebookRun(job, LocalSpawner(tmp_path, ""), RecordWriter(out)).run()
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    return {r["id"]: r for r in records if r["type"] == "test"}


@pytest.mark.parametrize("swap", list(SWAPS.values()), ids=list(SWAPS))
def test_a_name_a_test_cell_assigned_reads_back_as_the_test_computed_it(tmp_path, swap):
    cells = [("student", TRAIN), ("student", swap), ("test", SIZE_TEST), ("test", READ_BACK)]
    tests = _run(tmp_path, cells)
    assert (tests["nb/2"]["outcome"], tests["nb/3"]["outcome"]) == ("passed", "passed")


def test_a_student_cell_cannot_read_or_change_what_a_test_cell_assigned(tmp_path):
    cells = [
        ("student", TRAIN),
        ("test", "secret = 'hidden input'\n"),
        ("student", "leaked = globals().get('secret')\nsecret = 'swapped'\n"),
        ("test", "assert secret == 'hidden input'\n"),
    ]
    tests = _run(tmp_path, cells)
    assert tests["nb/3"]["outcome"] == "passed"


def test_a_test_cell_reads_the_students_functions_under_the_contract(tmp_path):
    cells = [
        ("student", "import numpy as np\ndef predict(x):\n    return np.zeros(0)\n"),
        ("test", "assert predict(2.0) == 4.0\n"),
        ("test", "assert undeclared(1) == 1\n"),
    ]
    tests = _run(tmp_path, cells, {"predict": "(x) -> float"})
    assert tests["nb/1"]["outcome"] == "failed"
    assert tests["nb/1"]["violation"] == {
        "name": "predict",
        "expected": "float",
        "got": "ndarray",
        "what": "return",
    }
    assert tests["nb/2"]["outcome"] == "error"


# -- calls isolated under a contract: what one call leaves, the next never finds ------------
CALLS = {"count": "() -> int", "train": "(n) -> model[100]", "classify": "(model) -> int"}
KEEPING = """
import os
_SEEN = []
def count():
    _SEEN.append(1)
    return len(_SEEN)
def train(n):
    globals()["_KEPT"] = n
    with open("kept.txt", "w") as out:
        out.write(str(n))
    return {"b": 0.0}
def classify(model):
    if "_KEPT" in globals():
        return globals()["_KEPT"]
    return int(open("kept.txt").read()) if os.path.exists("kept.txt") else -1
"""


def test_under_a_contract_each_call_starts_from_the_students_cells_alone(tmp_path):
    cells = [
        ("student", KEEPING),
        ("test", "assert (count(), count(), count()) == (1, 1, 1)\n"),
        ("test", "model = train(1000)\nassert classify(model) == -1, classify(model)\n"),
        ("student", "count()\ncount()\n"),  # the student's own cells do keep their state
        ("test", "assert count() == 3\n"),
    ]
    tests = _run(tmp_path, cells, CALLS)
    assert [tests[f"nb/{i}"]["outcome"] for i in (1, 2, 4)] == ["passed", "passed", "passed"]


def test_under_a_contract_a_call_finds_no_data_file_a_cell_could_compute_from(tmp_path):
    (tmp_path / "data.csv").write_text("1,2,3\n")
    cells = [
        ("student", "import os\nDATA = open('data.csv').read()\ndef count():\n    return len(DATA)\n"),
        ("student", "def train(n):\n    return {'seen': os.path.exists('data.csv')}\n"),
        ("test", "assert count() == 6\n"),
        ("test", "assert train(1) == {'seen': False}\n"),
    ]
    tests = _run(tmp_path, cells, CALLS)
    # The cell that read the data ran (it did in the student's kernel) but no call finds it.
    assert (tests["nb/2"]["outcome"], tests["nb/3"]["outcome"]) == ("failed", "passed")


def test_without_a_contract_one_process_runs_every_call_as_before(tmp_path):
    cells = [("student", KEEPING), ("test", "assert (count(), count()) == (1, 2)\n")]
    assert _run(tmp_path, cells)["nb/1"]["outcome"] == "passed"
