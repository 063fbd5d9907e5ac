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

A test cell earns its points when it runs without error (nbgrader's rule). A student cell
that hangs or crashes the student process is stopped; a fresh process replays the cells
that had run, and the rest goes on."""

from __future__ import annotations

import builtins
from collections.abc import MutableMapping
from typing import Any

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
_BUILTIN_NAMES = frozenset(vars(builtins))
HIDDEN_MARK = "BEGIN HIDDEN TESTS"


class StudentNamespace(MutableMapping[str, Any]):
    """The locals of a test cell: what test cells assigned and trusted setup names first,
    then what the student defined (read from the student process, under the contract)."""

    def __init__(self, student: StudentProcess, trusted: dict[str, Any], assigned: dict[str, Any]) -> None:
        self.student = student
        self.trusted = trusted
        self.assigned = assigned

    def __getitem__(self, name: str) -> Any:
        if name in self.assigned:
            return self.assigned[name]
        if name in self.trusted:
            return self.trusted[name]
        if name in _BUILTIN_NAMES:  # a student's `len = ...` must not answer for the test
            raise KeyError(name)
        try:
            return read_name(self.student, name)
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
        self.contract = parse(job["contract"]) if job.get("contract") is not None else None

    def run(self) -> None:
        plan = [
            {
                "id": c["id"],
                "name": c["id"],
                "visibility": "public",
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
        for notebook in self.notebooks:
            _OneNotebook(notebook["cells"], self.spawner, self.writer, self.cell_time_s, self.contract).run()


class _OneNotebook:
    def __init__(
        self,
        cells: list[dict[str, Any]],
        spawner: Spawner,
        writer: RecordWriter,
        cell_time_s: float,
        contract: dict[str, Any] | None = None,
    ) -> None:
        self.cells = cells
        self.writer = writer
        self.spawner = spawner
        self.cell_time_s = cell_time_s
        self.trusted: dict[str, Any] = {"__builtins__": builtins, "__name__": "__grader__"}
        self.assigned: dict[str, Any] = {}  # what test cells assigned: the grader's own
        self.contract = contract
        self.hidden_started = False  # a test cell with hidden tests has run
        self.ran: list[str] = []
        self.errored: set[str] = set()
        self.student = StudentProcess(spawner, cell_time_s, contract)
        self.student.start()

    def _alive(self) -> StudentProcess:
        """The student process, replaced (and brought to where it was) if it died."""
        if not self.student.alive:
            self.student.stop()
            self.student = StudentProcess(self.spawner, self.cell_time_s, self.contract)
            self.student.start()
            for done in self.ran:
                try:
                    self.student.request({"op": "exec", "code": done, "filename": "<replay>"}, "replaying")
                except (Exception, StudentFailure):  # noqa: BLE001 - it ran before; best effort
                    pass
        return self.student

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
                    if cell.get("manual_of"):
                        self.errored.add(cell["manual_of"])
                if kind == "setup":
                    try:
                        exec(compile(code, name, "exec"), self.trusted)
                    except Exception as exc:  # noqa: BLE001 - the trainer's own cell failed
                        self.writer.write(
                            "note", message="setup cell %s failed in the grader: %r" % (name, exc)
                        )
            elif kind == "test":
                self.hidden_started |= HIDDEN_MARK in source
                outcome, fields = self._test(source, name)
                self.writer.write("test", id=name, outcome=outcome, detail="", **fields)
            elif kind == "manual":
                outcome = "failed" if name in self.errored else "manual"
                self.writer.write("test", id=name, outcome=outcome, detail="")
        self.student.stop()

    def _test(self, source: str, name: str) -> tuple[str, dict[str, Any]]:
        namespace = StudentNamespace(self._alive(), self.trusted, self.assigned)
        try:
            exec(compile(source, name, "exec"), dict(self.trusted), namespace)
        except ContractViolation as exc:  # a wrong answer; worded by the host for public cells
            if self.hidden_started:
                return "failed", {}
            return "failed", {
                "violation": {"name": exc.name, "expected": exc.expected, "got": exc.got, "what": exc.what}
            }
        except ContractMissing as exc:
            self.writer.write("note", message="cell %s: %s" % (name, exc))
            return "error", {}
        except StudentFailure as exc:
            return {"CallTimeout": "timeout", "StudentMemory": "memory"}.get(
                type(exc).__name__, "crashed"
            ), {}
        except BaseException:  # noqa: BLE001 - any error fails the cell, as in nbgrader
            return "failed", {}
        return "passed", {}
