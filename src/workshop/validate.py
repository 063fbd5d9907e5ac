"""``workshop exercise validate``: prove an exercise before students see it.

The reference solution (``graders/<slug>/solution/``) must earn full marks through the
real grading path, the unmodified starter must not, no line of the hidden material
(tests, solution) may appear in anything under ``exercises/<slug>/``, and the contract
(``[contract]``) must agree with the solution's ``def`` lines where both speak."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workshop.course import Exercise
from workshop.grade import Graders, grade_files
from workshop.results import GradeResult, TestOutcome

MIN_LINE = 25


@dataclass(frozen=True)
class Finding:
    ok: bool
    key: str
    params: dict[str, object]
    warning: bool = False  # worth reading, but does not fail the validation


def _files(folder: Path, names: list[str]) -> dict[str, bytes] | None:
    if not all((folder / n).is_file() for n in names):
        return None
    return {n: (folder / n).read_bytes() for n in names}


def _notebook_lines(path: Path) -> set[str]:
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    return {line.strip() for cell in notebook.cells for line in cell.source.splitlines()}


def hidden_lines(exercise: Exercise) -> set[str]:
    """Distinctive lines of the grader side: long enough, not comments or blank."""
    grader = exercise.require_grader()
    if exercise.spec.kind == "notebook":  # what the grader copy has and the student version not
        secret: set[str] = set()
        for name in exercise.spec.files:
            if (grader / name).is_file() and (exercise.public_dir / name).is_file():
                secret |= _notebook_lines(grader / name) - _notebook_lines(exercise.public_dir / name)
        return {line for line in secret if len(line) >= MIN_LINE and not line.startswith("#")}
    lines: set[str] = set()
    # A prompts solution quotes the public statement by nature: only its checks are secret.
    parts = ["tests", "checks.toml"] + (["solution"] if exercise.spec.kind == "python" else [])
    for sub in parts:
        root = grader / sub
        paths = [root] if root.is_file() else sorted(root.rglob("*")) if root.is_dir() else []
        for path in paths:
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                line = line.strip()
                if len(line) >= MIN_LINE and not line.startswith(("#", '"""', "'''")):
                    lines.add(line)
    return lines


def _public_code_lines(exercise: Exercise) -> set[str]:
    """Lines students are meant to see anyway: the public tests, and the starter's
    signatures and imports (the contract)."""
    lines: set[str] = set()
    for path in sorted(exercise.public_tests.rglob("*.py")) if exercise.public_tests.is_dir() else []:
        lines.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    for name in exercise.spec.files:
        starter = exercise.public_dir / name
        if starter.is_file():
            lines.update(
                line.strip()
                for line in starter.read_text(encoding="utf-8", errors="replace").splitlines()
                if line.strip().startswith(("def ", "class ", "import ", "from "))
            )
    return lines


def leaks(exercise: Exercise) -> list[tuple[Path, str]]:
    """Lines of hidden tests or solution found in what students receive."""
    secret = hidden_lines(exercise) - _public_code_lines(exercise)
    found = []
    for path in sorted(exercise.public_dir.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [(path, line) for line in secret if line in text]
    return found


def _notebook_points(exercise: Exercise) -> tuple[float, float]:
    """A notebook exercise's autograded points and all its points, from the grader copies."""
    import nbformat

    from workshop.notebooks import autograded_points, total_points

    auto = total = 0.0
    for name in exercise.spec.files:
        path = exercise.require_grader() / name
        if name.endswith(".ipynb") and path.is_file():
            notebook = nbformat.read(path, as_version=4)
            auto, total = auto + autograded_points(notebook), total + total_points(notebook)
    return auto, total


def validate(
    exercise: Exercise, graders: Graders, lang: str = "en"
) -> tuple[list[Finding], GradeResult | None]:
    findings: list[Finding] = []
    grader = exercise.require_grader()
    names = exercise.spec.files
    # What the grader computes: a notebook's answers graded by hand are not (the trainer's).
    auto_max = exercise.spec.points
    if exercise.spec.kind == "notebook":
        auto_max, total = _notebook_points(exercise)
        if total != exercise.spec.points:
            findings.append(
                Finding(False, "validate_points_mismatch", {"points": exercise.spec.points, "total": total})
            )
    # A notebook's grader copy is its reference solution (solutions and hidden tests in full).
    solution_dir = grader if exercise.spec.kind == "notebook" else grader / "solution"
    solution = _files(solution_dir, names)
    result = None
    if solution is None:
        findings.append(
            Finding(False, "validate_no_solution", {"path": solution_dir, "files": ", ".join(names)})
        )
    else:
        result = grade_files(exercise, solution, graders, lang, gate=False)
        ok = result.score == auto_max
        failed = (
            ", ".join(
                t.name for t in result.tests if t.earned < t.points and t.outcome != TestOutcome.manual
            )[:300]
            or result.status.value
        )
        findings.append(
            Finding(
                ok,
                "validate_solution_ok" if ok else "validate_solution_short",
                {"score": result.score, "max": auto_max, "failed": failed},
            )
        )
    starter = _files(exercise.public_dir, names)
    if exercise.spec.kind == "notebook" and auto_max == 0:  # graded by hand only: nothing to run
        findings.append(Finding(True, "validate_manual_only", {"points": exercise.spec.points}))
    elif starter is not None:
        got = grade_files(exercise, starter, graders, lang, gate=False)
        ok = got.score < auto_max
        findings.append(
            Finding(
                ok,
                "validate_starter_ok" if ok else "validate_starter_full",
                {"score": got.score, "max": auto_max},
            )
        )
    findings += contract_findings(exercise)
    found = leaks(exercise)
    if found:
        path, line = found[0]
        findings.append(
            Finding(False, "validate_leak", {"count": len(found), "path": path, "line": line[:80]})
        )
    else:
        findings.append(Finding(True, "validate_no_leak", {}))
    return findings, result


def contract_findings(exercise: Exercise) -> list[Finding]:
    """The contract against the reference solution's annotations (code exercises only)."""
    if exercise.spec.kind == "prompts":
        return []
    if exercise.spec.contract is None:
        return [Finding(True, "validate_no_contract", {}, warning=True)]
    from workshop.annotations import disagreements

    found = disagreements(exercise)
    if not found:
        return [Finding(True, "validate_contract_ok", {"count": len(exercise.spec.contract)})]
    return [
        Finding(
            False, "validate_contract_disagrees", {"name": d.name, "expected": d.expected, "found": d.found}
        )
        for d in found
    ]
