"""The exercise's contract: what each name the tests read must be. Parsed from the small
type language, enforced at the proxy (a real student process, run locally), declared in
exercise.toml and checked against the reference solution by `workshop exercise validate`."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from conftest import REPO
from workshop.annotations import disagreements
from workshop.course import Course
from workshop.errors import ConfigError
from workshop_harness.contract import ContractError, Env, FromInt, Mismatch, model_numbers, parse, parse_entry
from workshop_harness.proxy import (
    ContractMissing,
    ContractViolation,
    RemoteModule,
    StudentProcess,
)
from workshop_harness.spawn import LocalSpawner


def _fits(text: str, value: object, *args: object) -> object:
    entry = parse_entry("f", text)
    if entry.signature is None:
        assert entry.value is not None
        return entry.value.conform(value, Env())
    return entry.signature.returns.conform(value, Env(entry.signature.params, args, {}))


def _got(text: str, value: object, *args: object) -> str:
    with pytest.raises(Mismatch) as info:
        _fits(text, value, *args)
    return info.value.got


# -- the type language ------------------------------------------------------------------------
def test_float_takes_a_float_and_converts_an_int_or_a_numeric_0d_array():
    assert _fits("float", 2.5) == 2.5
    converted = _fits("float", 5)
    # Equal to the float, a float, but not of type float: a test can still see it was an int.
    assert converted == 5.0 and isinstance(converted, float) and type(converted) is FromInt
    assert type(_fits("float", np.array(3))) is FromInt
    assert type(_fits("float", np.array(3.5))) is float
    assert float(converted) + 0.5 == 5.5 and repr(converted) == "5.0"


@pytest.mark.parametrize(
    ("value", "got"),
    [
        (True, "bool"),
        ("5.0", "str"),
        ([5.0], "list"),
        (np.zeros(0), "ndarray"),
        (np.empty((0, 3)), "ndarray"),
        ((5.0,), "tuple"),
        ({"v": 5.0}, "dict"),
        (None, "none"),
        (b"5", "bytes"),
        (10**400, "range"),
    ],
)
def test_float_refuses_every_other_kind_of_value(value, got):
    assert _got("float", value) == got


def test_int_refuses_bool_and_float_and_checks_its_range():
    assert _fits("int 0..9", 7) == 7
    assert _got("int", True) == "bool"
    assert _got("int", 7.0) == "float"
    assert _got("int 0..9", 10) == "range"


def test_tuple_takes_exactly_its_items_and_converts_a_list_or_a_1d_array():
    assert _fits("tuple[float, float]", (1, 2.5)) == (1.0, 2.5)
    assert _fits("tuple[float, float]", [1.0, 2.0]) == (1.0, 2.0)
    assert _fits("tuple[float, float]", np.array([1.0, 2.0])) == (1.0, 2.0)
    assert _got("tuple[float, float]", (1.0,)) == "length"
    assert _got("tuple[float, float]", (1.0, "2")) == "str"


def test_ndarray_checks_kind_shape_and_range():
    text = "(model, X) -> ndarray[int 0..1, (len X,)] | ndarray[bool, (len X,)]"
    rows = np.zeros((4, 2))
    assert _fits(text, np.array([0, 1, 1, 0]), None, rows).tolist() == [0, 1, 1, 0]
    assert _fits(text, np.array([True, False, True, True]), None, rows).dtype == bool
    assert _fits(text, [0, 1, 0, 0], None, rows).tolist() == [0, 0 + 1, 0, 0]  # a list converts
    assert _got(text, np.zeros(0, dtype=int), None, rows) == "shape"
    assert _got(text, np.array([0, 2, 1, 0]), None, rows) == "range"
    assert _got(text, np.array([0.0, 1.0, 1.0, 0.0]), None, rows) == "dtype"
    assert _got(text, 1, None, rows) == "int"


def test_ndarray_like_an_argument_has_its_shape_and_a_float_array_converts_ints():
    text = "(x, a, b) -> float | ndarray[number, like x]"
    assert _fits(text, 14, 2, 4, 6) == 14.0
    grid = np.ones((2, 2))
    assert _fits(text, np.array([[1.0, 2.0], [3.0, 4.0]]), grid, 1, 0).shape == (2, 2)
    assert _got(text, np.ones(4), grid, 1, 0) == "shape"
    assert _got(text, np.empty((0, 2)), grid, 1, 0) == "shape"
    assert _fits("ndarray[float]", np.array([1, 2])).dtype == np.float64


def test_model_counts_its_numbers_and_takes_nothing_but_plain_numbers():
    model = {"w": np.zeros(2), "b": 0.0, "mean": np.zeros(2), "std": np.ones(2), "name": "neuron"}
    # The grader's canonical copy (sorted keys), equal to what was answered.
    copy = _fits("model[20]", model)
    assert list(copy) == ["b", "mean", "name", "std", "w"]  # type: ignore[call-overload]
    assert all(np.array_equal(copy[k], model[k]) for k in model)  # type: ignore[index]
    assert _got("model[20]", {"w": np.zeros(993)}) == "size"
    assert _got("model", {"w": np.array(["a"])}) == "content"
    assert _got("model", {("w",): 1.0}) == "content"
    assert _got("model", {"w": "x" * 51}) == "content"
    assert _got("model", {"w": b"raw"}) == "content"
    assert _got("model", 3.0) == "float"
    nested: dict[str, object] = {"v": 1.0}
    for _ in range(9):
        nested = {"v": nested}
    assert _got("model", nested) == "content"


def test_model_numbers_counts_the_reference_neuron_as_fifteen():
    # dict 1, four one-letter keys 4, w 2+1 dimension, b 1, mean 2+1, std 2+1
    reference = {"w": np.zeros(2), "b": 0.0, "mean": np.zeros(2), "std": np.ones(2)}
    assert model_numbers(reference) == 15


def test_model_numbers_counts_dict_keys_by_their_length():
    # 993 numbers written into keys whose values are None: each key and each None count.
    keyed = {"p%d=%r" % (i, float(i)): None for i in range(993)}
    assert model_numbers(keyed) > 993 * 2
    assert model_numbers({"k" * 8: 1.0}) == 3 and model_numbers({"k" * 9: 1.0}) == 4
    with pytest.raises(Mismatch) as info:
        model_numbers(keyed, 20)
    assert info.value.got == "size"


def test_model_numbers_counts_array_dimensions_even_of_empty_arrays():
    assert model_numbers({"pad": [np.zeros((0,) + (7,) * 7) for _ in range(142)]}) == 2 + 1 + 142 * 8
    assert model_numbers({"a": np.zeros((1,) * 30)}) == 2 + 1 + 30
    assert _got("model[20]", {"pad": [np.zeros((0, 7, 7)) for _ in range(10)]}) == "size"


def test_model_numbers_counts_strings_huge_ints_none_and_empty_containers():
    assert model_numbers({"s": "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"}) == 2 + 7  # 49 bytes: 7
    assert model_numbers({"n": 10**4000}) == 2 + -(-(10**4000).bit_length() // 64)
    assert model_numbers([None] * 30) == 31
    assert model_numbers([[], [[]], [[], []]]) == 1 + 1 + 2 + 3


def test_a_model_crosses_as_a_canonical_copy_dtype_layout_and_key_order_made_plain():
    model = {"z": np.arange(6, dtype=">i2").reshape(2, 3).T, "a": np.ones(2, dtype=np.float32)}
    copy = _fits("model[40]", model)
    assert list(copy) == ["a", "z"]  # type: ignore[call-overload]
    assert copy["z"].dtype == np.int64 and copy["z"].flags.c_contiguous  # type: ignore[index]
    assert copy["a"].dtype == np.float64  # type: ignore[index]
    assert np.array_equal(copy["z"], model["z"])  # type: ignore[index]


NEURON = (
    "{w: tuple[float, float], b: float}"
    " | {w: tuple[float, float], b: float, mean: tuple[float, float], std: tuple[float, float]}"
)


def test_a_dict_form_takes_exactly_its_keys_each_of_its_type_and_crosses_as_plain_data():
    answered = {"w": np.array([1.5, -2.0]), "b": 0.25, "std": [1, 2], "mean": (0.0, 0.5)}
    copy = _fits(NEURON, answered)
    assert copy == {"b": 0.25, "mean": (0.0, 0.5), "std": (1.0, 2.0), "w": (1.5, -2.0)}
    assert list(copy) == ["b", "mean", "std", "w"]  # type: ignore[call-overload]
    assert type(copy["w"][0]) is float and type(copy["std"][0]) is FromInt  # type: ignore[index]
    assert _fits(NEURON, {"w": [1, 2], "b": 0}) == {"b": 0.0, "w": (1.0, 2.0)}


@pytest.mark.parametrize(
    ("value", "got"),
    [
        ({"b": 0.0}, "keys"),  # red team 9f: a one-number stand-in for the model
        ({"w": [1.0, 2.0], "b": 0.0, "padding": np.zeros(993)}, "keys"),
        ({"w": [1.0, 2.0], "b": 0.0, "mean": [0.0, 0.0]}, "keys"),  # mean without std
        ({"w": [1.0, 2.0, 3.0], "b": 0.0}, "length"),
        ({"w": [1.0, 2.0], "b": "0"}, "str"),
        ({"w": [1.0, 2.0], "b": True}, "bool"),
        ({"w": [1.0, 2.0], "b": 0.0, 1: 2.0}, "keys"),
        ([1.0, 2.0, 0.0], "list"),
    ],
)
def test_a_dict_form_refuses_other_keys_lengths_and_types(value, got):
    assert _got(NEURON, value) == got


def test_every_word_a_violation_can_say_is_a_record_field_the_host_reads_and_words():
    from typing import get_args

    from workshop.i18n import t
    from workshop.results import _Got
    from workshop_harness.contract import GOT

    assert set(get_args(_Got)) == set(GOT)
    assert all(t(f"contract_got_{word}", lang) for word in GOT for lang in ("en", "fr"))


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("floot", "'floot': unknown type 'floot'"),
        (
            "(x) -> ndarray[int, like y]",
            "'(x) -> ndarray[int, like y]': 'y' is not a parameter of the signature",
        ),
        ("ndarray[float, (len X,)]", "'ndarray[float, (len X,)]': 'X' is not a parameter of the signature"),
        ("tuple[float", "'tuple[float': expected ']', found None"),
        ("(x) float", "'(x) float': expected '->', found 'float'"),
        ("int 3..1", "'int 3..1': empty range 3..1"),
        ("ndarray[str]", "'ndarray[str]': array kind must be one of float, int, bool, number"),
        ("model[0]", "'model[0]': model[N] needs a whole N of at least 1"),
        ("{w: float, w: float}", "'{w: float, w: float}': the key 'w' appears twice"),
        ("{}", "'{}': a dict form needs at least one key"),
        ("{w float}", "'{w float}': expected ':', found 'float'"),
        (
            "(x) -> {y: ndarray[int, like z]}",
            "'(x) -> {y: ndarray[int, like z]}': 'z' is not a parameter of the signature",
        ),
    ],
)
def test_a_bad_contract_says_what_is_wrong(text, error):
    with pytest.raises(ContractError) as info:
        parse_entry("f", text)
    assert str(info.value) == error


# -- the contract at the proxy ----------------------------------------------------------------
MODULE = """
import numpy as np

def calculate(expression):
    return {"2+3": 5, "empty": np.zeros(0), "list": [5.0], "true": True}.get(expression, 1.5)

def helper():
    return 1.0

answer = [1, 2]
"""


@pytest.fixture
def typed(tmp_path: Path):
    (tmp_path / "m.py").write_text(MODULE)
    contract = parse({"calculate": "(expression) -> float", "answer": "int"})
    process = StudentProcess(LocalSpawner(tmp_path, "m"), 5.0, contract)
    process.start()
    assert process.load_error is None
    yield RemoteModule(process, "m")
    process.stop()


def test_an_int_answer_crosses_a_float_contract_as_a_float(typed):
    answer = typed.calculate("2+3")
    assert answer == 5.0 and isinstance(answer, float) and type(answer) is FromInt


@pytest.mark.parametrize(("expression", "got"), [("empty", "ndarray"), ("list", "list"), ("true", "bool")])
def test_a_wrong_type_is_a_violation_no_test_can_catch_as_an_exception(typed, expression, got):
    with pytest.raises(ContractViolation) as info:
        with pytest.raises(Exception):  # noqa: B017 - the point: it is not an Exception
            typed.calculate(expression)
    assert (info.value.name, info.value.expected, info.value.got) == ("calculate", "float", got)


def test_a_value_of_the_wrong_type_is_a_violation_too(typed):
    with pytest.raises(ContractViolation) as info:
        typed.answer  # noqa: B018
    assert (info.value.got, info.value.what) == ("list", "value")


def test_a_name_the_contract_does_not_list_never_crosses(typed):
    with pytest.raises(ContractMissing, match="the exercise's contract does not name 'helper'"):
        typed.helper()
    with pytest.raises(AttributeError):  # a probe such as numpy's never reaches the student
        typed.calculate.__array_interface__  # noqa: B018
    with pytest.raises(ContractMissing, match="does not name attributes of 'calculate'"):
        typed.calculate.cache  # noqa: B018


# -- exercise.toml and validate ---------------------------------------------------------------
@pytest.fixture
def course_copy(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    for part in ("exercises/calculatrice", "graders/calculatrice", "exercises/neurone", "graders/neurone"):
        shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("demo", "__pycache__"))
    return root


def test_a_bad_contract_in_exercise_toml_is_one_clear_error(course_copy):
    spec = course_copy / "exercises/calculatrice/exercise.toml"
    spec.write_text(spec.read_text().replace('"(expression) -> float"', '"(expression) -> flot"'))
    with pytest.raises(ConfigError) as info:
        Course.locate(course_copy).exercise("calculatrice")
    assert "field 'contract.calculate' is invalid" not in str(info.value)  # the table, not a key
    assert "field 'contract' is invalid (Value error, '(expression) -> flot': unknown type 'flot')" in str(
        info.value
    )


def test_shipped_contracts_agree_with_their_reference_solutions():
    course = Course.locate(REPO)
    for slug in ("calculatrice", "neurone"):
        assert course.exercise(slug).spec.contract, slug
        assert disagreements(course.exercise(slug)) == [], slug


def test_a_solution_annotation_or_parameter_that_disagrees_is_found(course_copy):
    solution = course_copy / "graders/calculatrice/solution/calculator.py"
    text = solution.read_text()
    solution.write_text(
        text.replace("def calculate(expression: str) -> float:", "def calculate(text: str) -> float:")
    )
    found = disagreements(Course.locate(course_copy).exercise("calculatrice"))
    assert [(d.name, d.found) for d in found] == [("calculate", "def calculate(text)")]
    solution.write_text(
        text.replace("def calculate(expression: str) -> float:", "def calculate(expression) -> str:")
    )
    found = disagreements(Course.locate(course_copy).exercise("calculatrice"))
    assert [(d.name, d.found) for d in found] == [("calculate", "-> str")]
    solution.write_text(
        text.replace("def calculate(expression: str) -> float:", "def calculate(expression) -> int | None:")
    )
    found = disagreements(Course.locate(course_copy).exercise("calculatrice"))
    assert [(d.name, d.found) for d in found] == [("calculate", "-> int | None")]
