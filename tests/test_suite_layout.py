"""How the suite is split over pytest-xdist's workers (scripts/test.sh: -n 2 --dist loadgroup)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from types import SimpleNamespace

import pytest

import conftest
from conftest import PARALLEL_FILES, REPO, SERIAL_FIXTURES, parallel_safe

TESTS = REPO / "tests"
SERIAL, PURE, SCORING = "tests/test_hidden_inputs.py", "tests/test_archive.py", "tests/test_prompts_round9.py"


def test_a_two_worker_run_keeps_the_serial_tests_in_one_worker_and_the_others_free() -> None:
    """The run scripts/test.sh makes, on a file of each kind: xdist must see the group (our
    hook runs before its own, which turns the mark into the node id's "@serial")."""
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-n",
            "2",
            "--dist",
            "loadgroup",
            "-v",
            SERIAL,
            PURE,
            SCORING,
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    ran = re.findall(r"^\[(gw\d)\] \[ *\d+%\] PASSED (.+?) *$", run.stdout, re.M)
    serial = [(worker, nodeid) for worker, nodeid in ran if nodeid.startswith(SERIAL)]
    free = [(worker, nodeid) for worker, nodeid in ran if nodeid.startswith((PURE, SCORING))]
    assert serial and {nodeid.split("::")[0] for _, nodeid in free} == {PURE, SCORING}
    assert all(nodeid.endswith("@serial") for _, nodeid in serial)
    assert len({worker for worker, _ in serial}) == 1
    assert not any(nodeid.endswith("@serial") for _, nodeid in free)


@pytest.mark.parametrize(
    "name, parallel",
    [
        ("test_prompts_corpus.py", True),
        ("test_prompts_round16b.py", True),
        *((name, True) for name in sorted(PARALLEL_FILES)),
        ("test_prompts_live.py", True),
        ("test_prompts_live_round4.py", True),
        ("test_prompts_llm.py", False),
        ("test_prompts.py", False),
        # end to end: the engine, runc and runsc
        ("test_grade_e2e.py", False),
        ("test_sandbox_e2e.py", False),
        ("test_scale_e2e.py", False),
        ("test_notebooks_parity.py", False),
        ("test_neurone.py", False),
        ("test_pagecache.py", False),
        ("test_stops.py", False),
        ("test_runtime.py", False),
        # servers, ports, browsers, brokers, databases
        ("test_server.py", False),
        ("test_server_flood.py", False),
        ("test_server_shedding.py", False),
        ("test_review_paging.py", False),
        ("test_review_browser.py", False),
        ("test_labels_trainer_only.py", False),
        ("test_lti.py", False),
        ("test_scale.py", False),
        ("test_gradebook.py", False),
        ("test_harness_proxy.py", False),
        # local runs under a call or wall clock (workshop check, submit's check)
        ("test_check.py", False),
        ("test_submit.py", False),
        ("test_notebook_student.py", False),
        ("test_hidden_inputs.py", False),
        ("test_suite_layout.py", False),
    ],
)
def test_only_the_files_that_only_compute_are_spread_over_both_workers(name: str, parallel: bool) -> None:
    assert (TESTS / name).is_file()
    assert parallel_safe(TESTS / name) is parallel


def test_the_hostile_suite_and_files_outside_tests_stay_serial() -> None:
    assert not parallel_safe(TESTS / "hostile" / "test_hostile.py")
    assert not parallel_safe(TESTS / "hostile" / "test_archive.py")  # a parallel name elsewhere


# What a parallel file may not name: the engine, a server or a port, processes it does not
# own, the clock, the environment; nor take as a fixture (SERIAL_FIXTURES).
FORBIDDEN = {
    "LiveServer", "FakeLlm", "Guarded", "uvicorn", "httpx", "socket", "Popen", "docker",
    "DockerRunner", "LocalRunner", "LocalSpawner", "StudentProcess", "ensure_image",
    "Thread", "ThreadPoolExecutor", "sleep", "monotonic", "environ", "setenv", "chdir",
    "psutil", "require_runtime", "sandbox_image",
}  # fmt: skip


def _names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """The names a module uses (variables, attributes, imports) and its functions' parameters."""
    names: set[str] = set()
    params: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.arg):
            params.add(node.arg)
        elif isinstance(node, ast.alias):
            names.update(node.name.split("."))
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.update(node.module.split("."))
    return names, params


def _cli_commands(tree: ast.AST) -> list[list[str]]:
    """The string arguments of each run_cli call."""
    return [
        [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "run_cli"
    ]


def _why_not_parallel(source: str) -> list[str]:
    tree = ast.parse(source)
    names, params = _names(tree)
    why = sorted(names & FORBIDDEN) + sorted(params & SERIAL_FIXTURES)
    why += [f"run_cli{tuple(args)}" for args in _cli_commands(tree) if "export" not in args]
    return why


@pytest.mark.parametrize("name", sorted(PARALLEL_FILES))
def test_a_parallel_file_names_no_engine_server_clock_or_cli_but_export(name: str) -> None:
    assert _why_not_parallel((TESTS / name).read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "source",
    [
        "def test_x(sandbox_image):\n    pass\n",
        "def test_x(fake):\n    pass\n",
        "from test_server import LiveServer\n",
        "import time\ntime.sleep(1)\n",
        "from conftest import run_cli\nrun_cli('check', '--dir', 'x')\n",
        "from workshop.sandbox.local import LocalRunner\n",
    ],
)
def test_the_scan_of_a_parallel_file_finds_what_would_make_it_serial(source: str) -> None:
    assert _why_not_parallel(source)
    assert not _why_not_parallel("from conftest import run_cli\nrun_cli('export', '--format', 'csv')\n")


@pytest.mark.parametrize("fixture", sorted(SERIAL_FIXTURES))
def test_a_test_taking_the_engine_or_a_server_is_serial_even_in_a_parallel_file(fixture: str) -> None:
    def item(name: str, *fixtures: str) -> SimpleNamespace:
        marks: list[pytest.MarkDecorator] = []
        return SimpleNamespace(
            path=TESTS / name, fixturenames=list(fixtures), add_marker=marks.append, marks=marks
        )

    def groups(it: SimpleNamespace) -> list[str]:
        return [m.args[0] for m in it.marks if m.name == "xdist_group"]

    taking, plain, other = (
        item("test_prompts_round6.py", "prompts", fixture),
        item("test_archive.py"),
        item("test_e.py"),
    )
    conftest.pytest_collection_modifyitems([taking, plain, other])  # type: ignore[list-item]
    assert (groups(taking), groups(plain), groups(other)) == (["serial"], [], ["serial"])


def test_the_loopback_llm_is_serial_only_where_a_time_limit_is_tested() -> None:
    """The live replays (test_prompts_live*.py) each start their own loopback LLM server and
    test no time limit: spread over both workers; test_prompts_llm.py hangs and delays its
    server under a client's time limit: serial, as is the same fixture in any other file."""

    def item(name: str) -> SimpleNamespace:
        marks: list[pytest.MarkDecorator] = []
        return SimpleNamespace(path=TESTS / name, fixturenames=["fake"], add_marker=marks.append, marks=marks)

    items = [item(n) for n in ("test_prompts_live.py", "test_prompts_live_round4.py", "test_prompts_llm.py")]
    items.append(item("test_prompts_round6.py"))
    conftest.pytest_collection_modifyitems(items)  # type: ignore[arg-type]
    groups = [[m.args[0] for m in it.marks if m.name == "xdist_group"] for it in items]
    assert groups == [[], [], ["serial"], ["serial"]]
