"""The bundle of compiled modules (workshop_harness/bundle.py): the grader imports pytest
and the harness from one file, with the same code and ``__file__``; student processes
never import through it; a stale .pyc never goes in."""

from __future__ import annotations

import compileall
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docker

from conftest import REPO
from workshop_harness import bundle

CHECK = """
import json, sys
from workshop_harness import bundle
installed = bundle.install(sys.argv[1])
import pytest, _pytest.python, workshop_harness.plugin
names = ("pytest", "_pytest.python", "workshop_harness.plugin")
loaders = {m: type(sys.modules[m].__spec__.loader).__name__ for m in names}
files = {m: sys.modules[m].__file__ for m in loaders}
bundle.uninstall()
import fractions  # not imported by a job: the usual way
print(json.dumps({"installed": installed, "loaders": loaders, "files": files,
                  "after": type(sys.modules["fractions"].__spec__.loader).__name__,
                  "finders": [type(f).__name__ for f in sys.meta_path]}))
"""


def _python(src: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=120)


def test_the_bundle_serves_a_jobs_modules_with_their_own_file_and_uninstall_restores_imports(tmp_path):
    # A copy of the harness, compiled, as in the image (this checkout's own __pycache__ may
    # be missing or stale, and the bundle leaves out a .pyc that does not match its source).
    harness = tmp_path / "src" / "workshop_harness"
    shutil.copytree(REPO / "src" / "workshop_harness", harness, ignore=shutil.ignore_patterns("__pycache__"))
    assert compileall.compile_dir(str(harness), quiet=1)
    out = tmp_path / "bundle.bin"
    build = f"from workshop_harness.bundle import build; print(build({str(out)!r}))"
    built = _python(tmp_path / "src", "-c", build)
    assert built.returncode == 0, built.stderr[-2000:]
    assert int(built.stdout.split()[-1]) > 100
    checked = _python(tmp_path / "src", "-c", CHECK, str(out))
    assert checked.returncode == 0, checked.stderr[-2000:]
    seen = json.loads(checked.stdout)
    assert seen["installed"] is True
    assert set(seen["loaders"].values()) == {"BundleFinder"}
    assert seen["files"]["pytest"].endswith(os.path.join("pytest", "__init__.py"))
    assert seen["files"]["workshop_harness.plugin"] == str(harness / "plugin.py")
    assert seen["after"] == "SourceFileLoader" and "BundleFinder" not in seen["finders"]


def test_no_bundle_file_means_the_usual_imports(tmp_path):
    assert bundle.install(str(tmp_path / "missing.bin")) is False
    (tmp_path / "other.bin").write_bytes(b"not a bundle")
    assert bundle.install(str(tmp_path / "other.bin")) is False


def test_a_pyc_that_does_not_match_its_source_is_left_out(tmp_path):
    import importlib.util
    import py_compile

    source = tmp_path / "m.py"
    source.write_text("X = 1\n")
    pyc = Path(py_compile.compile(str(source), cfile=str(tmp_path / "m.pyc")))
    assert bundle._fresh(pyc.read_bytes(), str(source))
    source.write_text("X = 22\n")  # another size: the .pyc is for an older source
    assert not bundle._fresh(pyc.read_bytes(), str(source))
    assert not bundle._fresh(b"\0" * 16, str(source))
    assert importlib.util.MAGIC_NUMBER == pyc.read_bytes()[:4]


def test_the_images_grader_imports_pytest_from_its_bundle(sandbox_image):
    code = (
        "import sys, site, os\n"
        "sys.path.insert(0, '/opt/workshop')\n"
        "[site.addsitedir(f) for f in site.getsitepackages() if os.path.isdir(f)]\n"
        "from workshop_harness import bundle\n"
        "assert bundle.install('/opt/workshop/bundle.bin')\n"
        "import pytest\n"
        "print(type(pytest.__spec__.loader).__name__, pytest.__file__)\n"
    )
    out = docker.from_env().containers.run(
        sandbox_image, entrypoint=["python3", "-I", "-S", "-c", code], network_mode="none", remove=True
    )
    loader, path = out.decode().split()
    assert loader == "BundleFinder" and path.endswith("/pytest/__init__.py")


def test_the_entry_point_imports_its_own_modules_from_the_bundle(sandbox_image):
    # entry.py up to (not including) the call of main, then the module main imports:
    # everything imported on the way (json, pathlib by way of __main__; socket, tarfile by
    # way of container) must come from the bundle, not from files looked up one by one.
    code = (
        "import sys\n"
        "source = open('/opt/workshop/entry.py').read().split('sys.exit(main(')[0]\n"
        "exec(compile(source, '/opt/workshop/entry.py', 'exec'))\n"
        "import workshop_harness.container\n"
        "names = ['json', 'pathlib', 'socket', 'tarfile']\n"
        "names += ['workshop_harness.container', 'workshop_harness.__main__']\n"
        "print(' '.join(type(sys.modules[n].__spec__.loader).__name__ for n in names))\n"
    )
    out = docker.from_env().containers.run(
        sandbox_image, entrypoint=["python3", "-I", "-S", "-c", code], network_mode="none", remove=True
    )
    assert out.decode().split() == ["BundleFinder"] * 6
