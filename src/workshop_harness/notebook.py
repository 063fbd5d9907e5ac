"""Grading a notebook in the grader process, cell by cell, in notebook order.

The host sends the restored notebook as a list of cells (see ``workshop.notebooks``):

* ``student``: the student's code (answers, free cells); executed in the student process;
* ``setup``: locked instructor code (imports, data); executed in the student process AND
  here, so that test cells see the instructor's own names (``np``, data), never a
  student's replacement for them;
* ``test``: an autograded test cell; executed here. A name it assigns lives here, for
  this cell and the later ones (``model = train(X, y)`` keeps the model in the grader:
  student code can never swap what the test reads back); a name it reads is taken from
  what test cells assigned, then from setup code, then from Python's builtins, and only
  then from the student process, typed by the exercise's contract;
* ``manual``: a cell the trainer grades by hand; listed, not run here.

A test cell is scored as nbgrader's ``determine_grade`` does: 0 when it raises or writes
to the error output (a warning, ``print(..., file=sys.stderr)``), else the number its last
expression evaluates to (partial credit, capped at the cell's points), else all its points.
A manual cell is left for the trainer, or scores 0 when the host says its answer was left
as handed out. ``NBGRADER_EXECUTION`` is set (``autograde``, or ``validate`` for
``workshop check``) in both processes, as nbgrader sets it. A student cell that hangs or
crashes the student process is stopped; a fresh process replays the cells that had run,
and the rest goes on."""

from __future__ import annotations

import ast
import builtins
import contextlib
import io
import os
import re
import tokenize
from collections.abc import MutableMapping
from typing import Any

from . import proxy
from .contract import parse
from .proxy import (
    ContractMissing,
    ContractViolation,
    Spawner,
    StudentFailure,
    StudentProcess,
    SubmissionError,
    read_name,
)
from .records import RecordWriter

MAGIC_PREFIXES = ("%", "!")
# Why a test cell failed, for ``workshop check``; the host sends them in the student's
# language (job.json "texts"), these are the fallbacks.
TEXTS = {
    "raised": "{error}, raised by your code ({name})",
    "at": "test line {line}: {code}",
    "cell_failed": "your cell `{cell}` did not run: {error}",
    "stderr": "the test wrote to the error output: {text}",
}
_BUILTIN_NAMES = frozenset(vars(builtins))
HIDDEN_MARK = "BEGIN HIDDEN TESTS"


class StudentNamespace(MutableMapping[str, Any]):
    """The locals of a test cell: what test cells assigned and trusted setup names first,
    then what the student defined (read from the student process, under the contract:
    ``read``, see :meth:`_OneNotebook.read`)."""

    def __init__(
        self, student: StudentProcess, trusted: dict[str, Any], assigned: dict[str, Any], read: Any = None
    ) -> None:
        self.student = student
        self.trusted = trusted
        self.assigned = assigned
        self.read = read or (lambda name: read_name(self.student, name))

    # Under a contract, names a test cell that already ran binds: the grader's, never read
    # from the student (where the contract would refuse them): a test cell that failed
    # before binding one leaves it undefined, a NameError as in a kernel.
    owned: frozenset[str] = frozenset()

    def __getitem__(self, name: str) -> Any:
        if name in self.assigned:
            return self.assigned[name]
        if name in self.trusted:
            return self.trusted[name]
        if name in self.owned:
            raise KeyError(name)
        if name in _BUILTIN_NAMES:  # a student's `len = ...` must not answer for the test
            raise KeyError(name)
        try:
            return self.read(name)
        except AttributeError:
            raise KeyError(name) from None

    def __setitem__(self, name: str, value: Any) -> None:
        # Kept here only: a value the test computed is never handed to student code that
        # could change it before the test reads it back.
        self.assigned[name] = value

    def __delitem__(self, name: str) -> None:
        if name in self.assigned:
            del self.assigned[name]
            return
        try:
            self.student.request({"op": "delattr", "name": name}, "deleting " + name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.assigned)

    def __len__(self) -> int:
        return len(self.assigned)


def strip_magics(source: str) -> tuple[str, list[str]]:
    """IPython magics and shell lines cannot run in the sandbox: drop them, say which."""
    kept, dropped = [], []
    for line in source.splitlines():
        if line.lstrip().startswith(MAGIC_PREFIXES):
            dropped.append(line.strip())
            kept.append(line[: len(line) - len(line.lstrip())] + "pass")
        else:
            kept.append(line)
    return "\n".join(kept), dropped


class NotebookRun:
    """Every notebook of the job, each with its own fresh student process."""

    def __init__(self, job: dict[str, Any], spawner: Spawner, writer: RecordWriter) -> None:
        self.notebooks: list[dict[str, Any]] = job["notebooks"]
        self.writer = writer
        self.spawner = spawner
        self.cell_time_s = float(job.get("call_time_s", 30.0))
        self.memory_mib = int(job.get("memory_mib", 0))
        self.execution = str(job.get("execution", "autograde"))
        self.texts = {**TEXTS, **{k: str(v) for k, v in dict(job.get("texts") or {}).items()}}
        self.explain = bool(job.get("explain", False))  # public cells only: never hidden content
        self.contract = parse(job["contract"]) if job.get("contract") is not None else None

    def run(self) -> None:
        plan = [
            {
                "id": c["id"],
                "name": c["id"],
                # A cell holding hidden tests is a hidden test: its outcome shows only once
                # the trainer releases results, as a hidden Python test's does.
                "visibility": "hidden" if HIDDEN_MARK in c["source"] else "public",
                "points": float(c.get("points", 0)),
                "en": "",
                "fr": "",
                "manual": c["kind"] == "manual",
            }
            for nb in self.notebooks
            for c in nb["cells"]
            if c["kind"] in ("test", "manual")
        ]
        self.writer.write("plan", tests=plan)
        os.environ["NBGRADER_EXECUTION"] = self.execution  # setup cells here see what nbgrader sets
        for notebook in self.notebooks:
            _OneNotebook(notebook["cells"], self, self.cell_time_s).run()


class _ReadLog(StudentNamespace):
    """The namespace of one test cell, remembering which names it took from the student
    process (the last one is what to blame when the student's code raised)."""

    def __init__(
        self, student: StudentProcess, trusted: dict[str, Any], assigned: dict[str, Any], read: Any = None
    ) -> None:
        super().__init__(student, trusted, assigned, read)
        self.reads: list[str] = []

    def __getitem__(self, name: str) -> Any:
        mine = name in self.assigned or name in self.trusted
        value = super().__getitem__(name)
        if not mine:
            self.reads.append(name)
        return value


class _Globals(dict):  # type: ignore[type-arg]
    """The globals of a test cell: trusted names, then (``__missing__``, which CPython
    consults for a dict subclass) the test's namespace, so that ``lambda: squares(0)``
    defined in a test cell calls the student's ``squares``, as it would in one kernel."""

    def __init__(self, base: dict[str, Any], namespace: StudentNamespace) -> None:
        super().__init__(base)
        self.namespace = namespace

    def __missing__(self, name: str) -> Any:
        return self.namespace[name]


class _OneNotebook:
    def __init__(self, cells: list[dict[str, Any]], run: NotebookRun, cell_time_s: float) -> None:
        self.cells = cells
        self.writer = run.writer
        self.spawner = run.spawner
        self.texts, self.explain = run.texts, run.explain
        self.cell_time_s = cell_time_s
        self.memory_mib = run.memory_mib
        self.trusted: dict[str, Any] = {"__builtins__": builtins, "__name__": "__grader__"}
        self.contract = run.contract
        self.assigned: dict[str, Any] = {}  # what test cells assigned: the grader's own
        self.owned: frozenset[str] = frozenset()  # see StudentNamespace.owned
        self.hidden_started = False  # a test cell with hidden tests has run
        self.ran: list[str] = []  # what to replay in a fresh student process
        self.failed_cells: list[tuple[str, str]] = []  # (the student cell's code, why it failed)
        # Under a contract, every call of the student's code from a test cell runs in a
        # process of its own (see ``read``); ``on_cells`` says the live process is the one
        # that runs the student's cells, with the submission's files and data.
        self.isolated = self.contract is not None
        self.on_cells = True
        self.student = StudentProcess(self.spawner, cell_time_s, self.contract, self.memory_mib)
        self.student.start()
        # First in the student process (and replayed after a restart); an expression, so
        # that it binds no name in the student's namespace.
        env = "__import__('os').environ.__setitem__('NBGRADER_EXECUTION', %r)" % run.execution
        self._exec_student(env, "<nbgrader-execution>")

    def _alive(self) -> StudentProcess:
        """The process that runs the student's cells, replaced (and brought to where it
        was) if it died or if calls ran in another one since."""
        if not self.student.alive or not self.on_cells:
            self._replace(keep_files=True)
        return self.student

    def _replace(self, keep_files: bool) -> StudentProcess:
        """A new student process that replayed the cells that ran. Under a contract every
        other student process is stopped first and what they left behind wiped (files,
        shared memory, IPC objects); without ``keep_files`` the new one finds none of the
        submission's data files either."""
        self.student.stop()
        if self.isolated:
            self.spawner.reset(keep_files)
        self.on_cells = keep_files
        self.student = StudentProcess(self.spawner, self.cell_time_s, self.contract, self.memory_mib)
        self.student.start()
        for done in self.ran:
            try:
                self.student.request({"op": "exec", "code": done, "filename": "<replay>"}, "replaying")
            except (Exception, StudentFailure):  # noqa: BLE001 - it ran before; best effort
                pass
        return self.student

    def read(self, name: str) -> Any:
        """A name a test cell takes from the student. Under a contract a function is
        called, and a value read, each time in a process of its own: a new one that
        replayed the student's cells without the exercise's data files, all others
        stopped and their leftovers wiped. So no call can keep state for a later one
        (``train`` keeping the real model for ``classify``), and the student's cells cannot
        compute from the training data what the call gets only through its arguments:
        what a test measures (the model ``train`` answered) is what the next call uses."""
        if not self.isolated:
            return read_name(self._alive(), name)
        assert self.contract is not None
        entry = self.contract.get(name)
        if entry is None or entry.signature is None:
            return read_name(self._replace(keep_files=False), name)
        return _IsolatedCall(self, name)

    def _exec_student(self, code: str, name: str) -> str | None:
        """Run one cell in the student process; None when it ran, else why not."""
        try:
            self._alive().request({"op": "exec", "code": code, "filename": name}, "running cell " + name)
        except StudentFailure as exc:
            return "%s: %s" % (type(exc).__name__, exc)
        except Exception as exc:  # noqa: BLE001 - the cell raised: what ran before the error stays
            self.ran.append(code)
            return (
                str(exc)[:300]
                if isinstance(exc, SubmissionError)
                else "%s: %s" % (type(exc).__name__, str(exc)[:300])
            )
        self.ran.append(code)
        return None

    def run(self) -> None:
        for index, cell in enumerate(self.cells):
            kind, source, name = cell["kind"], cell["source"], cell.get("id") or "cell-%d" % index
            if kind in ("student", "setup"):
                code, dropped = strip_magics(source)
                if dropped:
                    self.writer.write(
                        "note",
                        message="cell %s: magics and shell lines skipped: %s"
                        % (name, "; ".join(dropped)[:200]),
                    )
                problem = self._exec_student(code, name)
                if problem:
                    self.writer.write("note", message="cell %s: %s" % (name, problem))
                    self.failed_cells.append((code, problem))
                if kind == "setup":
                    try:
                        exec(compile(code, name, "exec"), self.trusted)
                    except Exception as exc:  # noqa: BLE001 - the trainer's own cell failed
                        self.writer.write(
                            "note", message="setup cell %s failed in the grader: %r" % (name, exc)
                        )
            elif kind == "test":
                self.hidden_started |= HIDDEN_MARK in source
                self.writer.write("test", id=name, **self._test(source, name, float(cell.get("points", 0))))
                if self.contract is not None:
                    self.owned |= _assigned_names(source)
            elif kind == "manual":  # the host decided: left as handed out scores 0, else the trainer's
                outcome = "failed" if cell.get("unanswered") else "manual"
                self.writer.write("test", id=name, outcome=outcome, detail="")
        self.student.stop()

    def _test(self, source: str, name: str, points: float) -> dict[str, Any]:
        """Run one test cell here; its record's fields (outcome, detail, partial credit)."""
        namespace = _ReadLog(self.student, self.trusted, self.assigned, self.read)
        namespace.owned = self.owned
        errors = io.StringIO()
        try:
            tree = ast.parse(source, name)
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr) and not _quiet(source):
                last = ast.Expression(tree.body.pop().value)  # what IPython would display
            # As in a kernel: warnings filters see __main__, and a function or lambda the
            # test defines finds the student's names too (through the namespace).
            scope = _Globals({**self.trusted, "__name__": "__main__"}, namespace)
            with contextlib.redirect_stderr(errors):
                exec(compile(tree, name, "exec"), scope, namespace)
                value = eval(compile(last, name, "eval"), scope, namespace) if last else None
        except ContractViolation as exc:  # a wrong answer; worded by the host for public cells
            if self.hidden_started:
                return {"outcome": "failed", "detail": ""}
            violation = {"name": exc.name, "expected": exc.expected, "got": exc.got, "what": exc.what}
            return {"outcome": "failed", "detail": "", "violation": violation}
        except ContractMissing as exc:
            self.writer.write("note", message="cell %s: %s" % (name, exc))
            return {"outcome": "error", "detail": ""}
        except StudentFailure as exc:
            outcome = {"CallTimeout": "timeout", "StudentMemory": "memory"}.get(type(exc).__name__, "crashed")
            return {"outcome": outcome, "detail": self._why(exc, source, name, namespace.reads)}
        except BaseException as exc:  # noqa: BLE001 - any error fails the cell, as in nbgrader
            return {"outcome": "failed", "detail": self._why(exc, source, name, namespace.reads)}
        if errors.getvalue():  # nbgrader: an error output (stderr) in a test cell scores 0
            text = errors.getvalue().strip().splitlines()[-1:] or [""]
            detail = self.texts["stderr"].format(text=text[0][:200]) if self.explain else ""
            return {"outcome": "failed", "detail": detail}
        earned = _credit(value)
        return {"outcome": "passed", "detail": ""} | (
            {} if earned is None else {"earned": min(earned, points)}
        )

    def _why(self, exc: BaseException, source: str, name: str, reads: list[str]) -> str:
        """Why a test cell failed, in the student's terms: the error, the student's code that
        raised it, the test line, and a student cell that did not run; for public cells only."""
        if not self.explain:
            return ""
        try:
            error = str(exc) if isinstance(exc, SubmissionError) else "%s: %s" % (type(exc).__name__, exc)
        except BaseException:  # noqa: BLE001 - a hostile __str__
            error = type(exc).__name__
        error = error.strip().rstrip(":")[:300]
        frames, tb = [], exc.__traceback__
        while tb is not None:
            frames.append(tb)
            tb = tb.tb_next
        from_student = any(f.tb_frame.f_code.co_filename == proxy.__file__ for f in frames)
        parts = [
            self.texts["raised"].format(error=error, name=reads[-1]) if from_student and reads else error
        ]
        mine = [f.tb_lineno for f in frames if f.tb_frame.f_code.co_filename == name]
        lines = source.splitlines()
        if mine and 0 < mine[-1] <= len(lines):
            parts.append(self.texts["at"].format(line=mine[-1], code=lines[mine[-1] - 1].strip()[:120]))
        missing = re.match(r"name '(\w+)' is not defined", str(exc)) if isinstance(exc, NameError) else None
        if missing:  # the student's cell that should have defined it (else one that uses it) failed
            word = re.escape(missing.group(1))
            defining = r"(?m)^\s*(def|class)\s+%s\b|^\s*%s\s*=" % (word, word)
            for pattern in (defining, r"\b%s\b" % word):
                found = [(c, p) for c, p in reversed(self.failed_cells) if re.search(pattern, c)]
                if found:
                    code, problem = found[0]
                    problem = re.sub(r" \([^()]*, line (\d+)\)$", r" (line \1)", problem)  # not our cell ids
                    parts.append(self.texts["cell_failed"].format(cell=_first_line(code), error=problem))
                    break
        return " — ".join(parts)[:1000]


class _IsolatedCall:
    """A function of the contract as a test cell sees it: each call reads it again in a
    process of its own (:meth:`_OneNotebook.read`), then calls it there."""

    def __init__(self, notebook: _OneNotebook, name: str) -> None:
        self._notebook = notebook
        self._name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        student = self._notebook._replace(keep_files=False)
        try:
            function = read_name(student, self._name)
        except AttributeError:
            raise NameError("name %r is not defined" % self._name) from None
        return function(*args, **kwargs)

    def __repr__(self) -> str:
        return "<function %s from the submission>" % self._name


def _quiet(source: str) -> bool:
    """IPython shows no value for a cell whose last token is ';'."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return False
    skip = (tokenize.ENDMARKER, tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)
    for token in reversed(tokens):
        if token.type not in skip:
            return token.type == tokenize.OP and token.string == ";"
    return False


def _credit(value: Any) -> float | None:
    """Partial credit from a test cell's value, read as nbgrader reads the text IPython
    displays: a plain int or float >= 0. None (all the points) for no value, anything else
    (bool, str, numpy scalars, whose text is not a number under numpy 2), negative or NaN.
    Values from the student process arrive here as plain data, never as their own types."""
    if type(value) is not int and type(value) is not float:
        return None
    try:
        grade = float(repr(value))
    except (ValueError, OverflowError):
        return None
    return grade if grade >= 0 else None


def _first_line(code: str) -> str:
    for line in code.splitlines():
        if line.strip() and not line.strip().startswith("#"):
            return line.strip()[:60]
    return code.strip()[:60]


def _assigned_names(source: str) -> frozenset[str]:
    """The names a cell binds at its top level, however it binds them: assignments of any
    form (tuple unpacking, augmented, annotated, ``for`` and ``with`` targets, walrus),
    ``def``, ``class`` and ``import``. Not what a function or class body binds inside."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return frozenset()
    names: set[str] = set()
    todo: list[ast.AST] = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)  # its body is its own scope
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif not isinstance(node, ast.Lambda | ast.comprehension):
            todo.extend(ast.iter_child_nodes(node))
    return frozenset(names)
