"""Does the reference solution agree with the exercise's contract where it says anything?

The contract (``[contract]`` in exercise.toml) is what the grader enforces; the reference
solution's ``def`` lines (parameter names, return annotation) are what its author meant.
``workshop exercise validate`` reports every place where both speak and disagree. An
annotation this module cannot read (``ArrayLike``, a ``TypeVar``) is not compared."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from workshop.course import Exercise
from workshop_harness.contract import Entry, bases
from workshop_harness.contract import parse as parse_contract

_NAMES = {
    "float": "float", "int": "int", "bool": "bool", "str": "str", "None": "none", "NoneType": "none",
    "tuple": "tuple", "Tuple": "tuple", "list": "list", "List": "list", "Sequence": "list",
    "dict": "model", "Dict": "model", "Mapping": "model", "ndarray": "ndarray", "NDArray": "ndarray",
}  # fmt: skip


@dataclass(frozen=True)
class Disagreement:
    name: str
    expected: str  # the contract's text
    found: str  # what the solution says


def _annotation(node: ast.expr) -> set[str] | None:
    """The kinds of value an annotation admits, None when it cannot be read."""
    if isinstance(node, ast.Constant):
        if node.value is None:
            return {"none"}
        if isinstance(node.value, str):  # a string annotation
            try:
                return _annotation(ast.parse(node.value, mode="eval").body)
            except SyntaxError:
                return None
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _annotation(node.left), _annotation(node.right)
        return left | right if left is not None and right is not None else None
    if isinstance(node, ast.Subscript):
        outer = _last(node.value)
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if outer in ("Optional", "Union"):
            found = [_annotation(e) for e in inner]
            if any(f is None for f in found):
                return None
            union = set().union(*[f for f in found if f is not None])
            return union | {"none"} if outer == "Optional" else union
        return {_NAMES[outer]} if outer in _NAMES else None
    name = _last(node)
    return {_NAMES[name]} if name in _NAMES else None


def _last(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _admits(contract: set[str], kind: str) -> bool:
    """A value of ``kind`` crosses a contract admitting ``contract`` (int converts to
    float, a list or a tuple is a model, a list or an array converts where those do)."""
    extra = {
        "int": {"float"},
        "tuple": {"model"},
        "list": {"model", "ndarray", "tuple"},
        "ndarray": {"tuple"},
    }
    return kind in contract or bool(extra.get(kind, set()) & contract)


def _definitions(exercise: Exercise) -> dict[str, ast.FunctionDef]:
    """The reference solution's top-level functions: the solution module, or the code
    cells of a notebook's grader copy."""
    grader = exercise.require_grader()
    sources: list[str] = []
    if exercise.spec.kind == "notebook":
        import nbformat

        for name in exercise.spec.files:
            if (grader / name).is_file():
                notebook = nbformat.read(grader / name, as_version=4)
                sources += [c.source for c in notebook.cells if c.cell_type == "code"]
    else:
        path = grader / "solution" / (exercise.spec.module_name + ".py")
        sources = [path.read_text(encoding="utf-8")] if path.is_file() else []
    found: dict[str, ast.FunctionDef] = {}
    for source in sources:
        try:
            tree = ast.parse(
                "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
            )
        except SyntaxError:
            continue
        found.update({n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)})
    return found


def disagreements(exercise: Exercise) -> list[Disagreement]:
    """Where the contract and the reference solution's ``def`` lines disagree."""
    assert exercise.spec.contract is not None
    contract = parse_contract(exercise.spec.contract)
    found = _definitions(exercise)
    out = []
    for name, entry in contract.items():
        definition = found.get(name)
        if definition is not None:
            out += _compare(entry, definition)
    return out


def _compare(entry: Entry, definition: ast.FunctionDef) -> list[Disagreement]:
    if entry.signature is None:
        return [Disagreement(entry.name, entry.text, "a function")]
    params = [a.arg for a in definition.args.posonlyargs + definition.args.args]
    listed = list(entry.signature.params)
    if params[: len(listed)] != listed or (not entry.signature.more and len(params) != len(listed)):
        return [Disagreement(entry.name, entry.text, "def %s(%s)" % (entry.name, ", ".join(params)))]
    if definition.returns is not None:
        kinds = _annotation(definition.returns)
        admitted = bases(entry.signature.returns)
        if kinds is not None and not all(_admits(admitted, kind) for kind in kinds):
            return [Disagreement(entry.name, entry.text, "-> " + ast.unparse(definition.returns))]
    return []
