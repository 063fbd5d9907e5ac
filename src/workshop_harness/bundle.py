"""The grader's modules in one file, read once per container.

Under gVisor every file the Sentry opens goes through its gofer: about 0.7 ms of CPU per
open, where Linux takes a few microseconds. A job imports some 300 modules (pytest and
what it needs, the harness), each a directory stat, a source stat, an open, reads and a
close. So the image is built with the compiled code of those modules in one file
(``build``, run by the Dockerfile after ``compileall``), and the grader reads it with one
open (``install``) and serves those modules from memory: same code objects as the
``__pycache__`` files they come from, same ``__file__`` (the module's source in the
image), nothing else changes. A module that is not in the file is imported as usual.

The container's first process installs it before it forks the fork server, and imports
the fork server's modules from it; the fork server then takes it off (``uninstall``), so
student processes import the usual way and a student's own module that shadows a
standard one is found as it would be anywhere. The grader keeps it for pytest.

Built at image build by ``entry.py --bundle OUT``, with the grader's own ``sys.path``."""

from __future__ import annotations

# Nothing heavier here: the entry point imports this module before the bundle is there.
# (importlib.abc would bring importlib.resources, pathlib, tempfile... from their files.)
import importlib.machinery
import marshal
import os
import sys

TYPE_CHECKING = False  # not typing's: importing typing here would load it from its file
if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType
    from typing import Any

MAGIC = b"workshop-bundle-2\n"
# After MAGIC: the index's length (8 bytes, little-endian), the index (marshal: name ->
# (origin, is_package, offset, length)), then the code of every module, one after the
# other. The file is read once into one buffer and each module's code is unmarshalled
# from its slice when imported: no other copy of the 5.5 MB (a copy was 5.5 MB of fresh
# memory to fault in, costly under gVisor; see benchmarks/runtime_breakdown.py).
_LENGTH = 8
IMAGE_PATH = "/opt/workshop/bundle.bin"  # made at image build (Dockerfile)
SAMPLE_TEST = """import pytest


@pytest.mark.parametrize("x", [1])
def test_x(x):
    assert x
"""


class BundleFinder:
    """Finds and loads the modules of one bundle; declines every other name (a meta path
    finder and loader by protocol, as importlib.abc's classes describe them)."""

    def __init__(self, entries: dict[str, tuple[str, bool, int, int]], code: memoryview) -> None:
        self.entries = entries
        self.code = code

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        entry = self.entries.get(name)
        if entry is None:
            return None
        origin, package, _, _ = entry
        spec = importlib.machinery.ModuleSpec(name, self, origin=origin, is_package=package)
        spec.has_location = True  # __file__ = the source in the image, as usual
        if package:
            spec.submodule_search_locations = [os.path.dirname(origin)]
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        exec(self.get_code(module.__name__), module.__dict__)

    def get_code(self, name: str) -> Any:
        _, _, offset, length = self.entries[name]
        return marshal.loads(self.code[offset : offset + length])

    def get_source(self, name: str) -> str | None:
        return None  # linecache reads the source file itself (``__file__``)


def install(path: str) -> bool:
    """Put the bundle at ``path`` first on ``sys.meta_path``; False if there is none (an
    image built without it, or ``workshop check`` on the student's machine). Once only:
    True at once if a bundle is there already (the entry point installs it first)."""
    if any(isinstance(finder, BundleFinder) for finder in sys.meta_path):
        return True
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return False
    if not data.startswith(MAGIC):
        return False
    view = memoryview(data)
    start = len(MAGIC) + _LENGTH
    size = int.from_bytes(view[len(MAGIC) : start], "little")
    entries = marshal.loads(view[start : start + size])
    sys.meta_path.insert(0, BundleFinder(entries, view[start + size :]))
    return True


def uninstall() -> None:
    """Take every bundle off ``sys.meta_path``: later imports are the usual ones."""
    sys.meta_path[:] = [finder for finder in sys.meta_path if not isinstance(finder, BundleFinder)]


def build(out: str) -> int:
    """Import what a job imports (run a tiny job's pytest session), then write the code
    of every module loaded from a compiled source file; returns how many."""
    import importlib.util
    import tempfile

    from . import __main__, container, forkserver, notebook, spawn  # noqa: F401 - the harness's own modules
    from .run import prepare, pytest_args

    prepare()
    import pytest

    with tempfile.TemporaryDirectory() as tmp:
        tests = os.path.join(tmp, "tests", "public")
        os.makedirs(tests)
        with open(os.path.join(tests, "test_bundle.py"), "w", encoding="utf-8") as handle:
            handle.write(SAMPLE_TEST)
        ini = os.path.join(tmp, "pytest.ini")
        with open(ini, "w", encoding="utf-8") as handle:
            handle.write("[pytest]\n")
        pytest.main(pytest_args([tests], ini, os.path.join(tmp, "tests")))
    entries: dict[str, tuple[str, bool, int, int]] = {}
    code = bytearray()
    for name, module in sorted(sys.modules.items()):
        spec = getattr(module, "__spec__", None)
        origin = getattr(spec, "origin", None)
        if not (isinstance(spec.loader if spec else None, importlib.machinery.SourceFileLoader)):
            continue
        if not (isinstance(origin, str) and origin.endswith(".py")) or "test_bundle" in name:
            continue
        cached = importlib.util.cache_from_source(origin)
        try:
            with open(cached, "rb") as handle:
                pyc = handle.read()
        except OSError:
            continue
        if not _fresh(pyc, origin):
            continue
        # The code object of the image's own .pyc (16-byte header), as the usual import
        # would load it.
        package = spec.submodule_search_locations is not None  # type: ignore[union-attr]
        entries[name] = (origin, package, len(code), len(pyc) - 16)
        code += pyc[16:]
    index = marshal.dumps(entries)
    with open(out, "wb") as handle:
        handle.write(MAGIC + len(index).to_bytes(_LENGTH, "little") + index + code)
    return len(entries)


def _fresh(pyc: bytes, source: str) -> bool:
    """The .pyc is for this source: a hash-based one, or its mtime and size match."""
    import importlib.util

    if len(pyc) < 16 or pyc[:4] != importlib.util.MAGIC_NUMBER:
        return False
    if int.from_bytes(pyc[4:8], "little") & 1:
        return True
    st = os.stat(source)
    return pyc[8:12] == (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little") and pyc[12:16] == (
        st.st_size & 0xFFFFFFFF
    ).to_bytes(4, "little")
