"""Grading notebooks in nbgrader's format (cell metadata schema 3); building them is
:mod:`workshop.notebook_build`.

:func:`restore` prepares a submitted notebook for grading as nbgrader's autograde does:
every locked and test cell comes back from the grader copy; tampering (an edited locked
cell, changed points, a grade cell turned into markdown, a deleted cell), measured
against the version the student received, is reported to the trainer and never changes a
score; answers graded by hand are listed with a hash, which keys the trainer's grade.
"""

from __future__ import annotations

import ast
import hashlib
import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode, ValidationError
from nbformat.warnings import DuplicateCellId, MissingIDFieldWarning

from workshop.bounds import MAX_ANSWER_CHARS, MAX_NOTES, clip
from workshop.errors import ArchiveRejected
from workshop.i18n import t
from workshop.results import ManualAnswer


def cell_meta(cell: NotebookNode) -> dict[str, Any]:
    found = cell.get("metadata", {}).get("nbgrader")  # a student's notebook: any JSON at all
    return dict(found) if isinstance(found, dict) else {}


def is_test_cell(meta: dict[str, Any], cell_type: str) -> bool:
    return bool(meta.get("grade")) and not meta.get("solution") and cell_type == "code"


def is_manual_cell(meta: dict[str, Any], cell_type: str) -> bool:
    return bool(meta.get("task")) or (bool(meta.get("grade")) and not is_test_cell(meta, cell_type))


# What nbformat warns about a submitted notebook (a cell without an id, ids twice) is the
# student's file, which read() accepts or refuses in the reader's language: the warnings
# would print on the trainer's terminal, in English, quoting the student's ids (red team
# 12k). Process-wide filters: a filter set around one read is not thread-safe.
warnings.filterwarnings("ignore", category=MissingIDFieldWarning)
warnings.filterwarnings("ignore", category=DuplicateCellId)


def read(data: bytes, name: str) -> NotebookNode:
    """A submitted notebook, valid against nbformat's schema, or :class:`ArchiveRejected`
    saying what is wrong and where: anything the submission causes is final (``invalid``),
    never an error of ours that would be retried."""
    try:
        text = data.decode("utf-8")
        json.loads(text)  # for the line and column of a JSON error, which nbformat drops
    except UnicodeDecodeError as exc:
        raise ArchiveRejected("file_not_utf8", name=name, offset=exc.start) from exc
    except json.JSONDecodeError as exc:
        raise ArchiveRejected(
            "notebook_not_json", name=name, line=exc.lineno, column=exc.colno, detail=json_problem(exc.msg)
        ) from exc
    except RecursionError as exc:
        raise ArchiveRejected("notebook_unreadable", name=name, detail=t("notebook_nested")) from exc
    try:
        notebook = nbformat.reads(text, as_version=4)
        # The structure the grader walks (cells, their type, source and metadata); extra
        # properties are tolerated, as Jupyter does (cell ids in an nbformat 4.4 file).
        nbformat.validate(notebook, relax_add_props=True)
    except ValidationError as exc:
        raise ArchiveRejected("notebook_unreadable", name=name, detail=schema_problem(exc)) from exc
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        # nbformat's own code tripping on a shape it did not expect: its words are Python's.
        raise ArchiveRejected("notebook_unreadable", name=name, detail=t("notebook_not_shaped")) from exc
    return notebook


# The json module's messages, by their start (some go on with a position), to our keys.
_JSON_MESSAGES = {
    "Expecting ':' delimiter": "json_colon",
    "Expecting ',' delimiter": "json_comma",
    "Expecting property name": "json_property_name",
    "Expecting value": "json_value",
    "Unterminated string": "json_unterminated",
    "Invalid control character": "json_control",
    "Invalid \\uXXXX escape": "json_escape",
    "Invalid \\escape": "json_escape",
    "Extra data": "json_extra",
}


def json_problem(message: str) -> str:
    """The json module's English message in the reader's language (it has a few)."""
    key = next((key for start, key in _JSON_MESSAGES.items() if message.startswith(start)), None)
    return t(key) if key else t("json_other")


_JSON_TYPES = ("string", "array", "object", "integer", "number", "boolean", "null")


def schema_problem(exc: ValidationError) -> str:
    """Where the notebook breaks nbformat's schema and how, in the reader's language: the
    schema's own message is English and may quote a whole cell of the student's."""
    path = list(getattr(exc, "absolute_path", None) or [])
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")
    where = where[:MAX_ID_IN_NOTE] or t("notebook_schema_root")
    rule, instance = getattr(exc, "validator", None), exc.instance
    value = getattr(exc, "validator_value", None)
    if rule == "required" and isinstance(value, list) and isinstance(instance, dict):
        missing = next((str(field) for field in value if field not in instance), "?")
        return t("notebook_schema_missing", where=where, field=missing[:MAX_ID_IN_NOTE])
    if rule == "type":
        wanted = value if isinstance(value, list) else [value]
        kinds = [t(f"json_type_{kind}") for kind in wanted if kind in _JSON_TYPES]
        if kinds:
            return t("notebook_schema_type", where=where, kind=" | ".join(kinds))
    return t("notebook_schema_invalid", where=where)


MAX_ID_IN_NOTE = 80  # characters of a student's grade_id or metadata value a note quotes


@dataclass
class Restored:
    cells: list[dict[str, Any]]
    tampering: list[str] = field(default_factory=list)
    answers: list[ManualAnswer] = field(default_factory=list)


def _kind(meta: dict[str, Any], cell_type: str) -> str | None:
    if cell_type != "code":
        return "manual" if is_manual_cell(meta, cell_type) else None
    if is_test_cell(meta, cell_type):
        return "test"
    if meta.get("solution"):
        return "student"
    if meta.get("locked"):
        return "setup"
    return "student"


def answer_hash(*sources: str) -> str:
    """What keys a trainer's grade: the answer exactly as written (nbgrader's checksum, too,
    is over the cell's source)."""
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.encode("utf-8") + b"\0")
    return digest.hexdigest()


def restore(submitted: NotebookNode, grader: NotebookNode, released: NotebookNode, notebook: str) -> Restored:
    """Cells to run, in the student's order, with locked and test cells from the grader copy.

    ``released`` is the student version handed out: tampering is what differs from it (the
    grader copy also holds hidden tests and solutions), and an answer cell left as it was
    there scores 0 without the trainer (nbgrader's "No response"); any other answer to a
    manual cell, whether or not its code raises, waits for the trainer."""
    reference = {cell_meta(c)["grade_id"]: c for c in grader.cells if cell_meta(c).get("grade_id")}
    handed_out = {cell_meta(c)["grade_id"]: c for c in released.cells if cell_meta(c).get("grade_id")}
    student_sources = [c.source for c in submitted.cells if c.cell_type == "code"]
    seen: set[str] = set()
    out = Restored(cells=[])
    for cell in submitted.cells:
        meta = cell_meta(cell)
        grade_id = str(meta.get("grade_id") or "")
        if grade_id in reference and grade_id not in seen:
            seen.add(grade_id)
            ref = reference[grade_id]
            ref_meta = cell_meta(ref)
            was = handed_out.get(grade_id, ref)
            _compare(cell, was, notebook, grade_id, out.tampering)
            kind = _kind(ref_meta, ref.cell_type)
            locked = kind in ("test", "setup") or (ref_meta.get("locked") and not ref_meta.get("solution"))
            source = ref.source if locked else cell.source
            cell_id = f"{notebook}/{grade_id}"
            if kind == "manual" or (ref.cell_type == "code" and kind == "student" and ref_meta.get("grade")):
                if kind == "student":  # a code answer graded by hand runs like any student cell
                    out.cells.append(_cell("student", source, f"{cell_id}:code"))
                task = bool(ref_meta.get("task")) and not ref_meta.get("grade")
                unanswered = not task and cell.source == was.source
                manual = _cell("manual", "", cell_id, ref_meta.get("points", 0))
                manual["unanswered"] = unanswered
                out.cells.append(manual)
                if not unanswered:
                    # A task is the student's whole notebook: its grade holds while that is unchanged.
                    shown, keyed = (ref.source, student_sources) if task else (cell.source, [cell.source])
                    out.answers.append(
                        ManualAnswer(
                            id=cell_id,
                            cell_type="markdown" if task or ref.cell_type != "code" else "code",
                            source=shown[:MAX_ANSWER_CHARS],
                            sha256=answer_hash(*keyed),
                        )
                    )
            elif kind is not None:
                out.cells.append(_cell(kind, source, cell_id, ref_meta.get("points", 0)))
        else:
            if grade_id and len(out.tampering) <= MAX_NOTES:  # past it, one more says "+N" (bounds)
                shown_id = clip(grade_id, MAX_ID_IN_NOTE)  # the student's text: capped (red team 12e Q1)
                out.tampering.append(
                    f"{notebook}: cell '{shown_id}' is not in the grader copy (run as student code)"
                    if grade_id not in seen
                    else f"{notebook}: cell '{shown_id}' appears twice (the copy runs as student code)"
                )
            if cell.cell_type == "code":
                out.cells.append(_cell("student", cell.source, ""))
    for grade_id, ref in reference.items():
        if grade_id in seen:
            continue
        out.tampering.append(f"{notebook}: cell '{grade_id}' was deleted (restored from the grader copy)")
        kind = _kind(cell_meta(ref), ref.cell_type)
        if kind in ("test", "setup"):
            out.cells.append(
                _cell(kind, ref.source, f"{notebook}/{grade_id}", cell_meta(ref).get("points", 0))
            )
        elif kind == "manual" or (kind == "student" and cell_meta(ref).get("grade")):
            # nothing to grade: scores 0, like an answer left as handed out
            manual = _cell("manual", "", f"{notebook}/{grade_id}", cell_meta(ref).get("points", 0))
            manual["unanswered"] = True
            out.cells.append(manual)
    return out


def _cell(kind: str, source: str, cell_id: str, points: float = 0) -> dict[str, Any]:
    return {"kind": kind, "source": source, "id": cell_id, "points": float(points or 0)}


def _compare(cell: NotebookNode, was: NotebookNode, notebook: str, grade_id: str, notes: list[str]) -> None:
    """Report what the student changed in a cell they may not change, compared with the
    version they received (never with the grader copy, which holds hidden tests)."""
    meta, was_meta = cell_meta(cell), cell_meta(was)
    where = f"{notebook}: cell '{grade_id}'"
    if cell.cell_type != was.cell_type:
        turned = clip(str(cell.cell_type), MAX_ID_IN_NOTE)
        notes.append(f"{where} was turned from {was.cell_type} into {turned}")
    for key in ("points", "grade", "solution", "locked", "task"):
        if meta.get(key) != was_meta.get(key) and not (
            key == "locked" and meta.get(key) and not was_meta.get(key)
        ):
            now = clip(repr(meta.get(key)), MAX_ID_IN_NOTE)  # the student's value: capped
            notes.append(f"{where}: metadata '{key}' changed from {was_meta.get(key)!r} to {now}")
    locked = was_meta.get("locked") or is_test_cell(was_meta, was.cell_type)
    if locked and not was_meta.get("solution") and cell.source != was.source:
        notes.append(f"{where} (locked) was edited")


@dataclass
class NotebookJob:
    """Every notebook of a submission, restored: the cells for the grader, what to report
    to the trainer, the answers the trainer grades by hand, and the total points (the
    autograded and the manual ones)."""

    notebooks: list[dict[str, Any]]
    notes: list[str]
    answers: list[ManualAnswer]
    points: float


def notebook_job_cells(
    exercise_files: list[str], grader_dir: Path, files: dict[str, bytes], released_dir: Path
) -> NotebookJob:
    """Every notebook of the submission restored; non-notebook files are data for the student."""
    job = NotebookJob([], [], [], 0.0)
    for name in exercise_files:
        if not name.endswith(".ipynb"):
            continue
        submitted = read(files[name], name)
        grader = nbformat.read(grader_dir / name, as_version=4)
        released = nbformat.read(released_dir / name, as_version=4)
        restored = restore(submitted, grader, released, name.rsplit(".", 1)[0])
        job.notebooks.append({"name": name, "cells": restored.cells})
        job.notes += restored.tampering
        job.answers += restored.answers
        job.points += total_points(grader)
    return job


def total_points(notebook: NotebookNode) -> float:
    """Every point of a notebook: test cells, answers graded by hand and tasks (nbgrader's
    max score)."""
    return sum(
        float(cell_meta(c).get("points", 0) or 0)
        for c in notebook.cells
        if cell_meta(c).get("grade") or cell_meta(c).get("task")
    )


def autograded_points(notebook: NotebookNode) -> float:
    return sum(
        float(cell_meta(c).get("points", 0) or 0)
        for c in notebook.cells
        if is_test_cell(cell_meta(c), c.cell_type)
    )


def checks_something(source: str) -> bool:
    """Whether a test cell's code does anything beyond docstrings and comments."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return True
    return any(not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)) for n in body)


def imported_modules(notebook: NotebookNode) -> list[str]:
    """Top-level modules a notebook imports unconditionally (at the top level of a code cell:
    an import inside ``try`` or a function is optional), in order of appearance."""
    found: dict[str, None] = {}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        try:
            body = ast.parse(
                "\n".join(
                    line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!"))
                )
            ).body
        except SyntaxError:
            continue
        for node in body:
            if isinstance(node, ast.Import):
                found.update((alias.name.split(".")[0], None) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                if node.module != "__future__":
                    found[node.module.split(".")[0]] = None
    return list(found)


def describe(cell: NotebookNode) -> str:
    """A cell as a student knows it: its first line of real content, else its id."""
    for line in cell.source.splitlines():
        text = line.strip()
        if (
            text
            and not text.startswith("#")
            and text not in ("YOUR ANSWER HERE", "raise NotImplementedError()")
        ):
            return text[:60]
    return str(cell_meta(cell).get("grade_id") or cell.source.strip()[:60])


@dataclass
class Problems:
    """Why a notebook would not run as handed in (``workshop submit`` warns)."""

    syntax: list[tuple[str, int | None, str]] = field(default_factory=list)  # cell, line, message
    errors: list[tuple[str, str]] = field(default_factory=list)  # cell, exception name
    unanswered: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.syntax or self.errors or self.unanswered)


def problems(notebook: NotebookNode, released: NotebookNode | None) -> Problems:
    """Syntax errors, errors saved in the outputs (the last run raised), and answer cells
    still as handed out."""
    found = Problems()
    handed_out = {cell_meta(c).get("grade_id"): c.source for c in released.cells} if released else {}
    for cell in notebook.cells:
        meta = cell_meta(cell)
        if meta.get("solution") and meta.get("grade_id") in handed_out:
            if cell.source == handed_out[meta.get("grade_id")]:
                found.unanswered.append(describe(cell))
        if cell.cell_type != "code":
            continue
        code = "\n".join(
            "pass" if line.lstrip().startswith(("%", "!")) else line for line in cell.source.splitlines()
        )
        try:
            ast.parse(code)
        except SyntaxError as exc:
            found.syntax.append((describe(cell), exc.lineno, str(exc.msg)))
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.errors.append((describe(cell), str(output.get("ename", "Error"))[:60]))
                break
    return found
