"""An exercise's contract: the type of every name its tests read from the submission.

The contract sits in ``exercise.toml`` (``[contract]``, public: it is the student's
contract too) and reaches the grader in ``job.json``. Each entry maps a name to either a
value type or a function signature::

    calculate = "(expression) -> float"
    predict   = "(x, a, b) -> float | ndarray[number, like x]"
    classify  = "(model, X) -> ndarray[int 0..1, (len X,)] | ndarray[bool, (len X,)]"
    answer    = "int"

Types::

    float            a float; an int converts (to :class:`FromInt`, a float that remembers
                     it was an int), and so does a numeric 0-d array
    int [lo..hi]     an int (not a bool), optionally within bounds
    bool, str, None
    tuple[T, U, ...] exactly that many items (a list or a 1-d numeric array converts)
    list[T]          a list of T (at most MAX_LIST items)
    ndarray[K, S]    a numpy array of kind K: float (an int array converts), int [lo..hi],
                     bool or number (int or float); a list of numbers converts. S, the
                     shape, is optional: (3, *, len X) with fixed sizes, any size (*) or
                     the length of an argument, or ``like x``: the shape of argument x
    {k: T, ...}      a dict with exactly these str keys, each value of its type (a model of
                     a fixed form: ``{w: tuple[float, float], b: float}``); it crosses as a
                     new dict of the converted values, keys in sorted order
    model[N]         a model of plain numbers: dicts (str keys), lists and tuples, at most
                     MAX_MODEL_DEPTH deep, of numbers, None, short strings and numeric
                     arrays; N numbers at most (default 10000), every part that can
                     carry information counted (keys, strings, shapes: model_numbers)
    T | U            the first that fits

A value that does not fit is a wrong answer (:class:`Mismatch`, turned into
``ContractViolation`` by the proxy); what is reported of it is a word from :data:`GOT`,
never anything the student chose. Standard library only (numpy on demand), like the rest
of the harness."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

MAX_LIST = 100_000
MAX_MODEL_DEPTH = 8
MAX_MODEL_STR = 50
DEFAULT_MODEL_NUMBERS = 10_000
# What a wrong value is reported as: a fixed vocabulary, so that nothing the student
# chose (a type name, a shape, a length) can travel in the message.
GOT = (
    "none", "bool", "int", "float", "str", "bytes", "list", "tuple", "dict", "ndarray", "object",
    "shape", "dtype", "range", "length", "size", "content", "function", "keys",
)  # fmt: skip
_KINDS = {"float": "fiu", "int": "iu", "bool": "b", "number": "fiu"}
UNMEASURED = object()  # an argument an answer cannot be measured against


class ContractError(ValueError):
    """The contract's own text is wrong (the trainer's mistake)."""


class Mismatch(Exception):
    """The value does not fit; ``got`` is a word of :data:`GOT`."""

    def __init__(self, got: str) -> None:
        super().__init__(got)
        self.got = got


def kind_of(value: Any) -> str:
    """The :data:`GOT` word for a value's own type."""
    for word, kind in (("bool", bool), ("int", int), ("float", float), ("str", str), ("bytes", bytes)):
        if type(value) is kind:
            return word
    if value is None:
        return "none"
    for word, container in (("list", list), ("tuple", tuple), ("dict", dict)):
        if type(value) is container:
            return word
    if type(value).__name__ == "ndarray" and type(value).__module__ == "numpy":
        return "ndarray"
    return "object"


class FromInt(float):
    """A float the contract made from an int (or a 0-d integer array): equal to that float
    in every comparison and computation, and sent to the student as a plain float, but
    ``type(x) is float`` is False, so that a test of the answer's own type still sees what
    the student answered (calculatrice's ``test_returns_float``: with the conversion alone
    a calculator answering 5 for "2+3" earned it; red team 9 round 9)."""

    __slots__ = ()


# -- the types -------------------------------------------------------------------------------
class Type:
    base = "?"

    def conform(self, value: Any, env: Env) -> Any:
        raise NotImplementedError


@dataclass(frozen=True)
class Env:
    """The arguments of the call whose answer is checked (``like x``, ``len X``)."""

    params: tuple[str, ...] = ()
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)

    def argument(self, name: str) -> Any:
        """The grader's own argument (plain data it passed), to measure an answer by."""
        index = self.params.index(name)
        found = (
            self.kwargs[name]
            if name in self.kwargs
            else self.args[index]
            if index < len(self.args)
            else UNMEASURED
        )
        if found is UNMEASURED:  # not given, or an object living in the student process
            raise Mismatch("shape")
        return found


@dataclass(frozen=True)
class Scalar(Type):
    base: str
    low: float | None = None
    high: float | None = None

    def conform(self, value: Any, env: Env) -> Any:
        kind = kind_of(value)
        if kind == "ndarray" and value.shape == () and value.dtype.kind in _KINDS.get(self.base, ""):
            value, kind = value.item(), kind_of(value.item())
        if self.base == "float" and kind in ("float", "int"):
            try:
                return float(value) if kind == "float" else FromInt(value)
            except OverflowError:
                raise Mismatch("range") from None
        if self.base == "None" and value is None:
            return None
        if kind != self.base.lower():
            raise Mismatch(kind)
        if self.low is not None and not self.low <= value <= (
            self.high if self.high is not None else math.inf
        ):
            raise Mismatch("range")
        return value


@dataclass(frozen=True)
class Tuple(Type):
    items: tuple[Type, ...]
    base = "tuple"

    def conform(self, value: Any, env: Env) -> Any:
        if kind_of(value) == "ndarray" and value.ndim == 1 and value.dtype.kind in "biuf":
            value = value.tolist()  # fit() answering np.array([a, b]) means (a, b)
        if type(value) not in (tuple, list):
            raise Mismatch(kind_of(value))
        if len(value) != len(self.items):
            raise Mismatch("length")
        return tuple(t.conform(v, env) for t, v in zip(self.items, value, strict=True))


@dataclass(frozen=True)
class List(Type):
    item: Type
    base = "list"

    def conform(self, value: Any, env: Env) -> Any:
        if type(value) is not list:
            raise Mismatch(kind_of(value))
        if len(value) > MAX_LIST:
            raise Mismatch("size")
        return [self.item.conform(v, env) for v in value]


@dataclass(frozen=True)
class Array(Type):
    kind: str
    low: float | None = None
    high: float | None = None
    dims: tuple[str, ...] | None = None  # "3", "*", "len X"
    like: str | None = None
    base = "ndarray"

    def conform(self, value: Any, env: Env) -> Any:
        import numpy

        if type(value) is list:  # a list of numbers is an array written by hand
            try:
                value = numpy.array(value)
            except (ValueError, TypeError, OverflowError):
                raise Mismatch("list") from None
            if value.dtype.kind not in "biuf":
                raise Mismatch("list")
        elif kind_of(value) != "ndarray":
            raise Mismatch(kind_of(value))
        if value.dtype.kind not in _KINDS[self.kind]:
            raise Mismatch("dtype")
        if self.kind == "float" and value.dtype.kind != "f":
            value = value.astype(numpy.float64)
        if self.low is not None and value.size:
            if not (self.low <= value.min() and value.max() <= self.high):  # type: ignore[operator]
                raise Mismatch("range")
        if self.like is not None and value.shape != numpy.shape(env.argument(self.like)):
            raise Mismatch("shape")
        if self.dims is not None and not self._fits(value.shape, env):
            raise Mismatch("shape")
        return value

    def _fits(self, shape: tuple[int, ...], env: Env) -> bool:
        assert self.dims is not None
        if len(shape) != len(self.dims):
            return False
        for size, dim in zip(shape, self.dims, strict=True):
            if dim == "*":
                continue
            if dim.startswith("len "):
                try:
                    wanted = len(env.argument(dim[4:]))
                except TypeError:
                    return False
            else:
                wanted = int(dim)
            if size != wanted:
                return False
        return True


# What one "number" of a model is worth: 8 bytes, a float64. Everything else in a model
# that can carry information is priced in the same unit (see :func:`model_numbers`).
NUMBER_BYTES = 8


def _text_numbers(text: str) -> int:
    return max(1, -(-len(text.encode("utf-8", "surrogatepass")) // NUMBER_BYTES))


def model_numbers(value: Any, limit: int | None = None) -> int:
    """How many numbers a model of plain data holds, counting every part of it that can
    carry information, so that nothing can be hidden outside the count:

    * a bool, a float, None: 1; an int: 1 per 64 bits of its size (``10**4000`` is many);
    * a string (a value or a dict key): 1 per 8 bytes of UTF-8, at least 1;
    * a numeric array: its size plus one per dimension (an empty array of shape
      (0, 7, 7, 7) holds no element but four numbers);
    * a list, tuple or dict: 1 for itself (its length and nesting), plus its items (a
      dict's keys and values).

    The one definition used by the contract's ``model[N]`` and by a test that bounds a
    model's size. Mismatch("content") for anything else (or deeper than MAX_MODEL_DEPTH,
    strings longer than MAX_MODEL_STR), Mismatch("size") once past ``limit``."""
    count = 0
    todo = [(value, 0)]
    while todo:
        item, depth = todo.pop()
        kind = kind_of(item)
        if kind in ("bool", "float", "none"):
            count += 1
        elif kind == "int":
            count += max(1, -(-item.bit_length() // 64))
        elif kind == "str":
            if len(item) > MAX_MODEL_STR:
                raise Mismatch("content")
            count += _text_numbers(item)
        elif kind == "ndarray":
            if item.dtype.kind not in "biuf" or item.dtype.fields is not None:
                raise Mismatch("content")
            count += item.size + item.ndim
        elif kind in ("list", "tuple", "dict") and depth < MAX_MODEL_DEPTH:
            count += 1
            if kind == "dict":
                if any(type(k) is not str for k in item):
                    raise Mismatch("content")
                todo.extend((k, depth + 1) for k in item)
                item = list(item.values())
            todo.extend((v, depth + 1) for v in item)
        else:
            raise Mismatch("content")
        if limit is not None and count > limit:
            raise Mismatch("size")
    return count


def _canonical(value: Any) -> Any:
    """The grader's copy of a counted model, with the parts the count does not price made
    plain: dict keys in sorted order, arrays in native byte order and C order, one dtype per
    kind (bool, int64, float64: a long double loses what a float64 cannot say), so that
    neither a key order nor a dtype nor a memory layout carries anything to the code the
    model is handed to."""
    import numpy

    kind = kind_of(value)
    if kind == "dict":
        return {k: _canonical(value[k]) for k in sorted(value)}
    if kind in ("list", "tuple"):
        return type(value)(_canonical(v) for v in value)
    if kind == "ndarray":
        kinds = {"b": numpy.bool_, "i": numpy.int64, "u": numpy.int64, "f": numpy.float64}
        wanted = kinds[value.dtype.kind]
        if value.dtype.kind == "u" and value.size and value.max() > numpy.iinfo(numpy.int64).max:
            raise Mismatch("range")
        return numpy.ascontiguousarray(value, dtype=wanted)
    return value


@dataclass(frozen=True)
class Model(Type):
    numbers: int = DEFAULT_MODEL_NUMBERS
    base = "model"

    def conform(self, value: Any, env: Env) -> Any:
        if type(value) not in (dict, list, tuple):
            raise Mismatch(kind_of(value))
        model_numbers(value, self.numbers)
        return _canonical(value)


@dataclass(frozen=True)
class Record(Type):
    """A dict of a fixed form: exactly these keys, each value of its own type."""

    fields: tuple[tuple[str, Type], ...]
    base = "dict"

    def conform(self, value: Any, env: Env) -> Any:
        if type(value) is not dict:
            raise Mismatch(kind_of(value))
        if set(value) != {name for name, _ in self.fields} or any(type(k) is not str for k in value):
            raise Mismatch("keys")
        return {name: kind.conform(value[name], env) for name, kind in sorted(self.fields)}


@dataclass(frozen=True)
class Union(Type):
    options: tuple[Type, ...]
    base = "union"

    def conform(self, value: Any, env: Env) -> Any:
        problems = []
        inside = []  # what was wrong inside a dict form whose keys matched: the most telling
        for option in self.options:
            try:
                return option.conform(value, env)
            except Mismatch as exc:
                problems.append(exc.got)
                if isinstance(option, Record) and exc.got != "keys" and kind_of(value) == "dict":
                    inside.append(exc.got)
        if inside:
            raise Mismatch(inside[0])
        # The most telling word: a problem of the right kind of value (its shape, its
        # range) rather than "it is an ndarray" from an option that wanted a float.
        telling = ("shape", "dtype", "range", "length", "size", "content", "keys")
        specific = [p for p in problems if p in telling]
        raise Mismatch(specific[0] if specific else kind_of(value))


@dataclass(frozen=True)
class Signature:
    """A function's contract: its parameters (for ``like``/``len``) and what it returns."""

    params: tuple[str, ...]  # the first parameters, by position
    returns: Type
    text: str
    more: bool = False  # "...": more parameters may follow


@dataclass(frozen=True)
class Entry:
    """One name of the contract: a function (``signature``) or a value (``value``)."""

    name: str
    text: str
    signature: Signature | None = None
    value: Type | None = None


# -- the parser ------------------------------------------------------------------------------
_TOKEN = re.compile(r"\s*(->|\.\.\.|\.\.|-?\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|[\[\](),|*={}:])")


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[str] = []
        position = 0
        while position < len(text):
            if text[position:].strip() == "":
                break
            found = _TOKEN.match(text, position)
            if not found:
                raise ContractError("cannot read %r at %r" % (text, text[position:]))
            self.tokens.append(found.group(1))
            position = found.end()
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, *expected: str) -> str:
        token = self.peek()
        if token is None or (expected and token not in expected):
            wanted = " or ".join(repr(e) for e in expected) or "more"
            raise ContractError("%r: expected %s, found %r" % (self.text, wanted, token))
        self.position += 1
        return token

    def name(self) -> str:
        token = self.take()
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", token):
            raise ContractError("%r: expected a name, found %r" % (self.text, token))
        return token

    def number(self) -> float:
        token = self.take()
        try:
            return float(token)
        except ValueError:
            raise ContractError("%r: expected a number, found %r" % (self.text, token)) from None

    def entry(self) -> Signature | Type:
        if self.peek() == "(":
            self.take("(")
            params: list[str] = []
            more = False
            while self.peek() != ")":
                if self.peek() == "...":
                    self.take()
                    more = True
                    break
                params.append(self.name())
                if self.peek() != ")":
                    self.take(",")
            self.take(")")
            self.take("->")
            returns = self.union()
            signature = Signature(tuple(params), returns, self.text, more)
            self._check_arguments(returns, signature.params)
            result: Signature | Type = signature
        else:
            result = self.union()
            self._check_arguments(result, ())
        if self.peek() is not None:
            raise ContractError("%r: unexpected %r" % (self.text, self.peek()))
        return result

    def _check_arguments(self, kind: Type, params: tuple[str, ...]) -> None:
        """``like x`` and ``len X`` must name a parameter of the signature."""
        named: list[str] = []
        for option in kind.options if isinstance(kind, Union) else (kind,):
            if isinstance(option, Array):
                named += [option.like] if option.like else []
                named += [d[4:] for d in option.dims or () if d.startswith("len ")]
            if isinstance(option, (Tuple, List, Record)):
                inners = (
                    option.items
                    if isinstance(option, Tuple)
                    else tuple(kind for _, kind in option.fields)
                    if isinstance(option, Record)
                    else (option.item,)
                )
                for inner in inners:
                    self._check_arguments(inner, params)
        for name in named:
            if name not in params:
                raise ContractError("%r: %r is not a parameter of the signature" % (self.text, name))

    def union(self) -> Type:
        options = [self.single()]
        while self.peek() == "|":
            self.take("|")
            options.append(self.single())
        return options[0] if len(options) == 1 else Union(tuple(options))

    def bounds(self) -> tuple[float | None, float | None]:
        token = self.peek()
        if token is None or not re.fullmatch(r"-?\d+(?:\.\d+)?", token):
            return None, None
        low = self.number()
        self.take("..")
        high = self.number()
        if high < low:
            raise ContractError("%r: empty range %g..%g" % (self.text, low, high))
        return low, high

    def record(self) -> Record:
        self.take("{")
        fields: list[tuple[str, Type]] = []
        while self.peek() != "}":
            key = self.name()
            if key in (name for name, _ in fields):
                raise ContractError("%r: the key %r appears twice" % (self.text, key))
            self.take(":")
            fields.append((key, self.union()))
            if self.peek() != "}":
                self.take(",")
        self.take("}")
        if not fields:
            raise ContractError("%r: a dict form needs at least one key" % self.text)
        return Record(tuple(fields))

    def single(self) -> Type:
        if self.peek() == "{":
            return self.record()
        word = self.name()
        if word in ("float", "bool", "str", "None"):
            return Scalar(word)
        if word == "int":
            return Scalar("int", *self.bounds())
        if word == "tuple":
            self.take("[")
            items = [self.union()]
            while self.peek() == ",":
                self.take(",")
                items.append(self.union())
            self.take("]")
            return Tuple(tuple(items))
        if word == "list":
            self.take("[")
            item = self.union()
            self.take("]")
            return List(item)
        if word == "model":
            if self.peek() != "[":
                return Model()
            self.take("[")
            numbers = self.number()
            self.take("]")
            if numbers < 1 or numbers != int(numbers):
                raise ContractError("%r: model[N] needs a whole N of at least 1" % self.text)
            return Model(int(numbers))
        if word == "ndarray":
            return self.array()
        raise ContractError("%r: unknown type %r" % (self.text, word))

    def array(self) -> Array:
        self.take("[")
        kind = self.name()
        if kind not in _KINDS:
            raise ContractError("%r: array kind must be one of %s" % (self.text, ", ".join(_KINDS)))
        low, high = self.bounds() if kind in ("int", "number", "float") else (None, None)
        dims: tuple[str, ...] | None = None
        like = None
        if self.peek() == ",":
            self.take(",")
            if self.peek() == "like":
                self.take("like")
                like = self.name()
            else:
                dims = self.dims()
        self.take("]")
        return Array(kind, low, high, dims, like)

    def dims(self) -> tuple[str, ...]:
        self.take("(")
        dims: list[str] = []
        while self.peek() != ")":
            token = self.take()
            if token == "*":
                dims.append("*")
            elif token == "len":
                dims.append("len " + self.name())
            elif re.fullmatch(r"\d+", token):
                dims.append(token)
            else:
                raise ContractError("%r: a size is a number, * or len NAME, not %r" % (self.text, token))
            if self.peek() != ")":
                self.take(",")
        self.take(")")
        return tuple(dims)


def parse_entry(name: str, text: str) -> Entry:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ContractError("%r is not a Python name" % name)
    if not isinstance(text, str) or len(text) > 500:
        raise ContractError("the contract of %r must be a string of at most 500 characters" % name)
    parsed = _Parser(text).entry()
    if isinstance(parsed, Signature):
        return Entry(name, text, signature=parsed)
    return Entry(name, text, value=parsed)


def parse(table: dict[str, str]) -> dict[str, Entry]:
    """The whole ``[contract]`` table; ContractError names the first bad entry."""
    return {name: parse_entry(name, text) for name, text in table.items()}


def bases(kind: Type) -> set[str]:
    """The kinds of value a type admits (for comparing with a solution's annotations)."""
    if isinstance(kind, Union):
        return {b for option in kind.options for b in bases(option)}
    return {kind.base.lower() if kind.base != "None" else "none"}
