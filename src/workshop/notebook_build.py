"""``workshop exercise build``: a trainer's master notebook (nbgrader's markers, cell
metadata schema 3) made into the student version (``exercises/<slug>/``) and the grader
copy (``graders/<slug>/``), with nbgrader's own preprocessors used as a library, in the
order of ``nbgrader generate_assignment``: no nbgrader course folder or database.

``### AUTOTEST`` and ``### HASHED AUTOTEST`` lines are instantiated as nbgrader does
(its InstantiateTests preprocessor: the master runs in a Jupyter kernel, each snippet
becomes asserts from the templates of ``autotests.yml``, hashed with a per-cell salt).
``autotests.yml`` is looked for next to the master notebook, then at the course root.

What workshop cannot run is refused here, naming the cell, rather than graded wrongly
later: IPython magics, shell lines or IPython-only names (``display``, ``get_ipython``)
in a test cell (test cells run as plain Python in the grader), a kernel other than
Python's, autotest lines outside a test cell."""

from __future__ import annotations

import ast
import copy
import json
import re
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode

from workshop.errors import ConfigError
from workshop.notebooks import autograded_points, cell_meta, is_test_cell, total_points

AUTOTESTS_FILE = "autotests.yml"
_IPYTHON_ONLY = frozenset({"display", "get_ipython"})
_PYTHON_KERNELS = ("python", "python3")


def _cell_name(cell: NotebookNode, index: int) -> str:
    return str(cell_meta(cell).get("grade_id") or f"#{index + 1}")


def _step(step: type, notebook: NotebookNode, resources: dict[str, Any], path: Path) -> NotebookNode:
    """Run one nbgrader preprocessor; its failure becomes one line naming the cell."""
    where: list[str] = ["-"]

    class Tracked(step):  # type: ignore[valid-type, misc]
        def preprocess_cell(self, cell: NotebookNode, resources: Any, index: int) -> Any:
            where[0] = _cell_name(cell, index)
            return super().preprocess_cell(cell, resources, index)

    try:
        notebook, _ = Tracked().preprocess(notebook, resources)
    except Exception as exc:  # noqa: BLE001 - nbgrader raises bare Exception, RuntimeError, ValueError...
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0].rstrip(".")[:200]
        raise ConfigError(
            "notebook_build_failed", path=path, cell=where[0], step=step.__name__, detail=detail
        ) from exc
    return notebook


def _validate_metadata(master: NotebookNode, path: Path) -> None:
    """nbgrader's own metadata validation, with its precise reason (CheckCellMetadata only
    says the metadata "may be corrupted")."""
    from nbgrader.nbgraderformat import MetadataValidator
    from nbgrader.nbgraderformat.common import SchemaTooNewError, SchemaTooOldError, ValidationError

    try:
        MetadataValidator().validate_nb(master)
    except (ValidationError, SchemaTooOldError, SchemaTooNewError) as exc:
        detail = (str(exc).strip().splitlines() or ["invalid"])[0].rstrip(".")[:200]
        raise ConfigError("notebook_metadata_invalid", path=path, detail=detail) from exc


def _autotest_lines(cell: NotebookNode) -> list[str]:
    """The lines InstantiateTests replaces: comments holding the AUTOTEST delimiter."""
    return [line for line in cell.source.split("\n") if "AUTOTEST" in line and line.strip().startswith("#")]


def _check_expressible(master: NotebookNode, path: Path) -> None:
    kernel = str(master.metadata.get("kernelspec", {}).get("name", "python3"))
    for index, cell in enumerate(master.cells):
        if cell.cell_type != "code":
            continue
        meta = cell_meta(cell)
        if _autotest_lines(cell) and not meta.get("grade"):
            raise ConfigError("notebook_autotest_not_test", path=path, cell=_cell_name(cell, index))
        if not is_test_cell(meta, cell.cell_type):
            continue
        if kernel not in _PYTHON_KERNELS:
            raise ConfigError("notebook_not_python", path=path, cell=_cell_name(cell, index), kernel=kernel)
        for line in cell.source.splitlines():
            if line.lstrip().startswith(("%", "!")):
                raise ConfigError(
                    "notebook_test_ipython", path=path, cell=_cell_name(cell, index), what=line.strip()[:60]
                )
        try:
            names = {n.id for n in ast.walk(ast.parse(cell.source)) if isinstance(n, ast.Name)}
        except SyntaxError as exc:
            raise ConfigError(
                "notebook_test_syntax",
                path=path,
                cell=_cell_name(cell, index),
                line=exc.lineno,
                detail=exc.msg,
            ) from exc
        if names & _IPYTHON_ONLY:
            raise ConfigError(
                "notebook_test_ipython",
                path=path,
                cell=_cell_name(cell, index),
                what=", ".join(sorted(names & _IPYTHON_ONLY)),
            )


def find_autotests(source: Path, course_root: Path) -> Path | None:
    for folder in (source.parent, course_root):
        if (folder / AUTOTESTS_FILE).is_file():
            return (folder / AUTOTESTS_FILE).resolve()
    return None


def _instantiate(master: NotebookNode, source: Path, course_root: Path) -> NotebookNode:
    """AUTOTEST lines into asserts, with nbgrader's InstantiateTests (the master runs in a kernel)."""
    first = next(
        ((i, c) for i, c in enumerate(master.cells) if c.cell_type == "code" and _autotest_lines(c)), None
    )
    if first is None:
        return master
    tests = find_autotests(source, course_root)
    if tests is None:
        raise ConfigError(
            "notebook_autotests_missing",
            path=source,
            cell=_cell_name(first[1], first[0]),
            looked=f"{source.parent / AUTOTESTS_FILE}, {course_root / AUTOTESTS_FILE}",
        )
    from nbgrader.preprocessors import InstantiateTests

    class FromCourse(InstantiateTests):  # type: ignore[misc]
        # os.path.join(folder, absolute) is the absolute path: both of nbgrader's lookups find it
        autotest_filename = str(tests)

    instantiated = _step(FromCourse, master, {"metadata": {"path": str(source.parent)}}, source)
    for index, cell in enumerate(instantiated.cells):
        if cell.cell_type == "code" and _autotest_lines(cell):  # a directive nbgrader left alone
            raise ConfigError("notebook_autotest_left", path=source, cell=_cell_name(cell, index))
    return instantiated


def build(source: Path, student_dir: Path, grader_dir: Path, course_root: Path) -> tuple[float, float]:
    """Write the student version and the grader copy of ``source``; return its autograded
    points and all its points (manual answers and tasks included)."""
    from nbgrader.preprocessors import (
        CheckCellMetadata,
        ClearHiddenTests,
        ClearMarkScheme,
        ClearOutput,
        ClearSolutions,
        ComputeChecksums,
        LockCells,
    )

    try:
        master = nbformat.read(source, as_version=4)
    except (OSError, ValueError, nbformat.reader.NotJSONError) as exc:
        raise ConfigError("notebook_source_unreadable", path=source, detail=str(exc)[:120]) from exc
    _validate_metadata(master, source)
    _check_expressible(master, source)
    master = _instantiate(master, source, course_root)
    master = _step(CheckCellMetadata, master, {}, source)
    grader = copy.deepcopy(master)
    for step in (ClearOutput, ComputeChecksums):
        grader = _step(step, grader, {}, source)
    student = copy.deepcopy(master)
    for step in (
        LockCells,
        ClearSolutions,
        ClearOutput,
        CheckCellMetadata,
        ComputeChecksums,
        ClearHiddenTests,
        ClearMarkScheme,
        ComputeChecksums,
        CheckCellMetadata,
    ):
        student = _step(step, student, {}, source)
    student_dir.mkdir(parents=True, exist_ok=True)
    grader_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(student, student_dir / source.name)
    nbformat.write(grader, grader_dir / source.name)
    return autograded_points(grader), total_points(grader)


def build_exercise(sources: list[Path], slug: str, root: Path) -> tuple[float, float]:
    """Build every master notebook into ``root``; write ``exercise.toml`` if there is none.
    Returns the autograded points and the total (``points`` in ``exercise.toml``)."""
    from workshop.names import SLUG_PATTERN

    if not re.fullmatch(SLUG_PATTERN.strip("^$"), slug):
        raise ConfigError(
            "spec_invalid", path=slug, field="slug", detail="lowercase letters, digits, - and _"
        )
    public, grader = root / "exercises" / slug, root / "graders" / slug
    auto = total = 0.0
    for source in sources:
        a, b = build(source, public, grader, root)
        auto, total = auto + a, total + b
    spec = public / "exercise.toml"
    if not spec.exists():
        files = ", ".join(json.dumps(s.name) for s in sources)
        spec.write_text(
            f'slug = "{slug}"\nkind = "notebook"\nfiles = [{files}]\n'
            f"# every point: autograded ({auto:g}) and graded by hand ({total - auto:g})\n"
            f"points = {total:g}\n\n"
            f'[title]\nfr = "{slug}"\nen = "{slug}"\n\n[limits]\nwall_time_s = 120\ncall_time_s = 30\n'
            f"memory_mib = 512\npids = 64\nmax_file_kib = 2048\n",
            encoding="utf-8",
        )
    return auto, total
