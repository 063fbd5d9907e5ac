"""Notebook exercises in nbgrader's format (cell metadata schema 3).

* :func:`build` turns a trainer's master notebook into the student version (under
  ``exercises/<slug>/``) and the grader copy (under ``graders/<slug>/``) with nbgrader's
  own preprocessors used as a library: no nbgrader course directory or database.
* :func:`restore` prepares a submitted notebook for grading as nbgrader's autograde does:
  every locked and test cell comes back from the grader copy; tampering (an edited locked
  cell, changed points, a grade cell turned into markdown, a deleted cell) is reported to
  the trainer and never changes a score.
"""

from __future__ import annotations

import ast
import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode, ValidationError

from workshop.errors import ArchiveRejected, ConfigError


def _meta(cell: NotebookNode) -> dict[str, Any]:
    found = cell.get("metadata", {}).get("nbgrader")  # a student's notebook: any JSON at all
    return dict(found) if isinstance(found, dict) else {}


def _is_test(meta: dict[str, Any], cell_type: str) -> bool:
    return bool(meta.get("grade")) and not meta.get("solution") and cell_type == "code"


def _is_manual(meta: dict[str, Any], cell_type: str) -> bool:
    return bool(meta.get("task")) or (bool(meta.get("grade")) and not _is_test(meta, cell_type))


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
            "notebook_not_json", name=name, line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from exc
    except RecursionError as exc:
        raise ArchiveRejected("notebook_unreadable", name=name, detail="nested too deeply") from exc
    try:
        notebook = nbformat.reads(text, as_version=4)
        # The structure the grader walks (cells, their type, source and metadata); extra
        # properties are tolerated, as Jupyter does (cell ids in an nbformat 4.4 file).
        nbformat.validate(notebook, relax_add_props=True)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, ValidationError) as exc:
        detail = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
        raise ArchiveRejected("notebook_unreadable", name=name, detail=detail) from exc
    return notebook


def build(source: Path, student_dir: Path, grader_dir: Path) -> float:
    """Write the student version and the grader copy of ``source``; return the autograded points."""
    from nbgrader.preprocessors import (
        ClearHiddenTests,
        ClearOutput,
        ClearSolutions,
        ComputeChecksums,
        LockCells,
    )

    try:
        master = nbformat.read(source, as_version=4)
    except (OSError, ValueError, nbformat.reader.NotJSONError) as exc:
        raise ConfigError("notebook_source_unreadable", path=source, detail=str(exc)[:120]) from exc
    resources: dict[str, Any] = {}
    grader = copy.deepcopy(master)
    for step in (ClearOutput, ComputeChecksums):
        grader, resources = step().preprocess(grader, resources)
    student = copy.deepcopy(master)
    for step in (ClearSolutions, ClearHiddenTests, LockCells, ClearOutput, ComputeChecksums):
        student, resources = step().preprocess(student, resources)
    student_dir.mkdir(parents=True, exist_ok=True)
    grader_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(student, student_dir / source.name)
    nbformat.write(grader, grader_dir / source.name)
    return sum(float(_meta(c).get("points", 0)) for c in grader.cells if _is_test(_meta(c), c.cell_type))


@dataclass
class Restored:
    cells: list[dict[str, Any]]
    tampering: list[str] = field(default_factory=list)


def _kind(meta: dict[str, Any], cell_type: str) -> str | None:
    if cell_type != "code":
        return "manual" if _is_manual(meta, cell_type) else None
    if _is_test(meta, cell_type):
        return "test"
    if meta.get("solution"):
        return "student"
    if meta.get("locked"):
        return "setup"
    return "student"


def restore(submitted: NotebookNode, grader: NotebookNode, notebook: str) -> Restored:
    """Cells to run, in the student's order, with locked and test cells from the grader copy."""
    reference = {_meta(c)["grade_id"]: c for c in grader.cells if _meta(c).get("grade_id")}
    seen: set[str] = set()
    out = Restored(cells=[])
    for cell in submitted.cells:
        meta = _meta(cell)
        grade_id = str(meta.get("grade_id") or "")
        if grade_id in reference and grade_id not in seen:
            seen.add(grade_id)
            ref = reference[grade_id]
            ref_meta = _meta(ref)
            _compare(cell, ref, notebook, grade_id, out.tampering)
            kind = _kind(ref_meta, ref.cell_type)
            locked = kind in ("test", "setup") or (ref_meta.get("locked") and not ref_meta.get("solution"))
            source = ref.source if locked else cell.source
            if ref.cell_type == "code" and kind == "student" and ref_meta.get("grade"):
                answer = _cell("student", source, f"{notebook}/{grade_id}:code")
                answer["manual_of"] = f"{notebook}/{grade_id}"  # an error in it scores 0, as in nbgrader
                out.cells.append(answer)
                out.cells.append(_cell("manual", "", f"{notebook}/{grade_id}", ref_meta.get("points", 0)))
            elif kind is not None:
                out.cells.append(_cell(kind, source, f"{notebook}/{grade_id}", ref_meta.get("points", 0)))
        else:
            if grade_id:
                out.tampering.append(
                    f"{notebook}: cell '{grade_id}' is not in the grader copy (run as student code)"
                )
            if cell.cell_type == "code":
                out.cells.append(_cell("student", cell.source, ""))
    for grade_id, ref in reference.items():
        if grade_id in seen:
            continue
        out.tampering.append(f"{notebook}: cell '{grade_id}' was deleted (restored from the grader copy)")
        kind = _kind(_meta(ref), ref.cell_type)
        if kind in ("test", "setup", "manual"):
            out.cells.append(
                _cell(
                    kind,
                    ref.source if kind != "manual" else "",
                    f"{notebook}/{grade_id}",
                    _meta(ref).get("points", 0),
                )
            )
    return out


def _cell(kind: str, source: str, cell_id: str, points: float = 0) -> dict[str, Any]:
    return {"kind": kind, "source": source, "id": cell_id, "points": float(points or 0)}


def _compare(cell: NotebookNode, ref: NotebookNode, notebook: str, grade_id: str, notes: list[str]) -> None:
    meta, ref_meta = _meta(cell), _meta(ref)
    where = f"{notebook}: cell '{grade_id}'"
    if cell.cell_type != ref.cell_type:
        notes.append(f"{where} was turned from {ref.cell_type} into {cell.cell_type}")
    for key in ("points", "grade", "solution", "locked", "task"):
        if meta.get(key) != ref_meta.get(key) and not (
            key == "locked" and meta.get(key) and not ref_meta.get(key)
        ):
            notes.append(f"{where}: metadata '{key}' changed from {ref_meta.get(key)!r} to {meta.get(key)!r}")
    locked = ref_meta.get("locked") or _is_test(ref_meta, ref.cell_type)
    if locked and not ref_meta.get("solution") and cell.source != ref.source:
        notes.append(f"{where} (locked) was edited")


def notebook_job_cells(
    exercise_files: list[str], grader_dir: Path, files: dict[str, bytes]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Every notebook of the submission restored; non-notebook files are data for the student."""
    notebooks, notes = [], []
    for name in exercise_files:
        if not name.endswith(".ipynb"):
            continue
        submitted = read(files[name], name)
        grader = nbformat.read(grader_dir / name, as_version=4)
        restored = restore(submitted, grader, name.rsplit(".", 1)[0])
        notebooks.append({"name": name, "cells": restored.cells})
        notes += restored.tampering
    return notebooks, notes


def build_exercise(sources: list[Path], slug: str, root: Path) -> float:
    """Build every master notebook into ``root``; write ``exercise.toml`` if there is none."""
    from workshop.names import SLUG_PATTERN

    if not re.fullmatch(SLUG_PATTERN.strip("^$"), slug):
        raise ConfigError(
            "spec_invalid", path=slug, field="slug", detail="lowercase letters, digits, - and _"
        )
    public, grader = root / "exercises" / slug, root / "graders" / slug
    points = sum(build(source, public, grader) for source in sources)
    spec = public / "exercise.toml"
    if not spec.exists():
        files = ", ".join(json.dumps(s.name) for s in sources)
        spec.write_text(
            f'slug = "{slug}"\nkind = "notebook"\nfiles = [{files}]\npoints = {points:g}\n\n'
            f'[title]\nfr = "{slug}"\nen = "{slug}"\n\n[limits]\nwall_time_s = 120\ncall_time_s = 30\n'
            f"memory_mib = 512\npids = 64\nmax_file_kib = 2048\n",
            encoding="utf-8",
        )
    return points


def checks_something(source: str) -> bool:
    """Whether a test cell's code does anything beyond docstrings and comments."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return True
    return any(not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)) for n in body)
