"""README: the end-to-end tests "count as failures if skipped, on either worker" (the
hooks of tests/conftest.py under `pytest -n 2`, as scripts/test.sh runs them). A small
suite of its own, in a temporary folder, runs with the project's own hooks: its tests
take a `sandbox_image` that skips for one test, chosen by the test. The hooks hold every
test that takes `sandbox_image` in the serial group (tests/conftest.py's SERIAL_FIXTURES),
so they all run on one worker, whichever xdist gives the group: the skip happens there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

HOOKS = f'''
import importlib.util
import os

import pytest

_spec = importlib.util.spec_from_file_location("project_conftest", {str(REPO / "tests" / "conftest.py")!r})
_project = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_project)
pytest_collection_modifyitems = _project.pytest_collection_modifyitems
pytest_sessionfinish = _project.pytest_sessionfinish


def pytest_configure(config):
    config.addinivalue_line("markers", "e2e: as in pyproject.toml")


@pytest.fixture
def sandbox_image(request):
    """Skips where the engine is "missing": for the test named by $SKIP_ON, on a worker."""
    if request.node.name == os.environ["SKIP_ON"] and os.environ.get("PYTEST_XDIST_WORKER"):
        pytest.skip("no engine on this worker")
    return "image"
'''
# Named as a compute-only file (PARALLEL_SAFE), yet held in the serial group by its fixture.
SUITE = "".join(f"\n\ndef test_e2e_{i}(sandbox_image):\n    assert sandbox_image\n" for i in range(8))


def _suite(folder: Path, skip_on: str) -> subprocess.CompletedProcess[str]:
    (folder / "conftest.py").write_text(HOOKS)
    (folder / "test_prompts_probe.py").write_text(SUITE)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "xdist",
            "-n",
            "2",
            "--dist",
            "loadgroup",  # as scripts/test.sh
            "-p",
            "no:cacheprovider",
            "-rs",
            "-q",
            ".",
        ],
        cwd=folder,
        # xdist alone: the other plugins installed here take seconds to load, for nothing.
        env={**os.environ, "SKIP_ON": skip_on, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("skipped", ["test_e2e_0", "test_e2e_7"])
def test_an_end_to_end_test_skipped_on_either_worker_fails_the_run(tmp_path, skipped):
    done = _suite(tmp_path, skipped)

    assert done.returncode == 1, done.stdout + done.stderr
    assert "end-to-end test(s) were skipped: that is a failure here." in done.stdout
    assert "no engine on this worker" in done.stdout  # -rs: the skips were real, on that worker


def test_the_same_run_without_a_skip_passes(tmp_path):
    done = _suite(tmp_path, "none")

    assert done.returncode == 0, done.stdout + done.stderr
    assert "were skipped" not in done.stdout
