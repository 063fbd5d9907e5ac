"""Declarative checks in the spirit of promptfoo, written by the trainer in TOML.

Each check looks at a task's ``answer`` or ``prompt`` and passes or fails; it carries
points and the message a student reads when it fails. Regexes are compiled once, when the
file is loaded, so a bad one is the trainer's error at load time, not a student's zero.

A checks file also describes its tasks (``[[task]]``): the kind of the final answer
(``number``, ``line``, ``yes-no``, ``json``, ``text``) and the texts students paste
(``data``: statements, reviews, the text to summarise), which the grader leaves out when it
looks for a dictated answer or compares transcripts between students."""

from __future__ import annotations

import functools
import json
import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Annotated, Any, Literal

import jsonschema
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from workshop.errors import ConfigError
from workshop.prompts import copied
from workshop.prompts.text import fold, normalize, word_count

CHECKS_FILE = "checks.toml"


class GivenAway(BaseModel):
    """A prompt gives this answer away when one of its sentences holds one of ``near`` and
    one of ``words`` and none of ``unless`` ("Avis 2 (négatif) : « Le casque... »")."""

    model_config = ConfigDict(extra="forbid")
    near: list[str] = Field(min_length=1)
    words: list[str] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid")
    task: str
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    on: Literal["answer", "prompt"] = "answer"
    points: float = Field(ge=0)
    en: str = ""
    fr: str = ""
    # The skill in a few words for the class debrief (default: the task's label).
    label_en: str = Field("", max_length=200)
    label_fr: str = Field("", max_length=200)
    # Names of checks of the same task that must pass (on the same answer) for this one
    # to pay. A check that pays for an absence (not-..., own-words) pays only after the
    # task's positive answer checks when it names none.
    after: list[str] = Field(default_factory=list)
    given_away: list[GivenAway] = Field(default_factory=list)


class TextCheck(_Base):
    type: Literal["contains", "icontains", "not-contains", "not-icontains"]
    value: str = Field(min_length=1)


class AnyCheck(_Base):
    type: Literal["icontains-any"]
    values: list[str] = Field(min_length=1)


class RegexCheck(_Base):
    type: Literal["regex", "not-regex"]
    value: str

    @model_validator(mode="after")
    def _compiles(self) -> RegexCheck:
        re.compile(self.value)
        return self


class JsonCheck(_Base):
    type: Literal["is-json", "non-empty"]


class SchemaCheck(_Base):
    type: Literal["json-schema"]
    schema_: dict[str, Any] = Field(alias="schema")

    @model_validator(mode="after")
    def _valid_schema(self) -> SchemaCheck:
        jsonschema.Draft202012Validator.check_schema(self.schema_)
        return self

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` is valid (the schema was checked once, at load time)."""
        return _validator(json.dumps(self.schema_, sort_keys=True)).is_valid(value)


@functools.lru_cache(maxsize=256)
def _validator(schema: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(schema))


class BoundCheck(_Base):
    type: Literal["words", "chars"]
    min: int | None = Field(None, ge=0)
    max: int | None = Field(None, ge=0)
    prose: bool = False  # and the text is prose, not a keyword list or filler


class NumberCheck(_Base):
    type: Literal["number"]
    value: float
    tolerance: float = Field(0.0, ge=0)


class FinalCheck(_Base):
    """The task's one final answer (see :mod:`workshop.prompts.extract`) is ``expected``:
    a number, ``[slope, intercept]`` for a line, ``"yes"``/``"no"``. ``kind`` defaults to
    the task's declared answer. ``unit``: the number counts these ("sœur|sister");
    ``about``: the number is the value of this quantity ("pgcd", ``re:\\bb\\b``; a value
    may follow a term that ends with "que", "than", "à part"... or a regex that ends with a
    separator directly; ``line:intercept`` and ``line:slope``: the parameter of every
    equation of a line in the answer);
    ``subject``: a regex that the clause giving a bare statement must name; ``predicate``:
    the property a yes/no is about ("premiers entre eux"); ``arithmetic``: and every
    equality written in the answer is true; ``least``: the number's natural floor, the least
    value the task's own facts allow (a gcd is at least 1), below which no bound is needed:
    a constraint on one side only that leaves one value above it dictates that value."""

    type: Literal["final"]
    kind: Literal["number", "line", "yes-no"] | None = None
    expected: float | str | list[float]
    tolerance: float = Field(0.0, ge=0)
    unit: list[str] = Field(default_factory=list)
    about: list[str] = Field(default_factory=list)
    subject: str = ""
    predicate: list[str] = Field(default_factory=list)
    labels: list[str] = Field(default_factory=list)
    arithmetic: bool = False
    least: int | None = None

    @model_validator(mode="after")
    def _compiles(self) -> FinalCheck:
        if self.subject:
            re.compile(self.subject)
        for about in self.about:
            if about.startswith("re:"):
                re.compile(about[3:])
        return self


class CarriesCheck(_Base):
    """The prompt carries the task's data exactly where it is data: every fact (a list of
    alternatives) in one sentence of the prompt, an alternative's words IN ORDER, at most
    two words apart ("3 frere" is "3 frères", not "frères : 3"; "5 10" is the point
    (5, 10), not (10, 5)), " ... " between two parts allowing any words of the sentence
    between them; accents, case, plurals and number words aside. With ``coverage``, every
    unit of one of the task's ``data`` texts (its ``units``: sentences, or lines for a list
    such as the reviews; a unit may come from either language) is present at that share of
    its 4-word sequences: the text pasted nearly whole, each review present."""

    type: Literal["carries"]
    on: Literal["prompt"] = "prompt"
    facts: list[list[str]] = Field(default_factory=list)
    coverage: float | None = Field(None, gt=0, le=1)
    units: Literal["sentences", "lines"] = "sentences"
    # The request may be described by its constraints instead of named (round 21b: no
    # "résume", but a length limit below the text's and "pas de phrase recopiée": a text
    # made from the given one), the text still pasted (``coverage``).
    described: bool = False


class RubricCheck(_Base):
    """What the prompt does, read from its sentences (:func:`workshop.prompts.structure.does`)."""

    type: Literal["rubric"]
    on: Literal["prompt"] = "prompt"
    aspect: Literal["role", "reasoning", "format", "example", "limit"]
    with_any: list[str] = Field(default_factory=list)


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")
    all: list[str] = Field(min_length=1)  # terms ("a|b" = either) that one sentence holds
    none: list[str] = Field(default_factory=list)  # terms that sentence must not hold
    # terms its clause must not hold before the fact's last term: another actor named first
    # is the fact's subject ("Leibniz invente en 1642 une machine, que Pascal perfectionne")
    not_before: list[str] = Field(default_factory=list)
    # other ways to say the same fact, each read as a fact of its own (its terms, its `none`
    # and `not_before`): the fact is stated when it or one of them is (round 40: the pocket
    # calculator said by its size or its price, "les calculatrices, petites et bon marché")
    also: list[Fact] = Field(default_factory=list)


class FactsCheck(_Base):
    """Each fact is stated in one prose sentence of the answer (five words or more, not a
    keyword list, not a sentence about the text), without a hedge or an alternative value;
    with ``prose = false``, in any line; with ``sections = true``, in a plan's timed lines
    only (its parts' titles, a heading that states its length), never in an intro line."""

    type: Literal["facts"]
    facts: list[Fact] = Field(min_length=1)
    prose: bool = True
    sections: bool = False


class LanguageCheck(_Base):
    """Every sentence of the answer that says its language is in ``lang``, and at least
    ``min_sentences`` do."""

    type: Literal["language"]
    lang: Literal["en", "fr"]
    min_sentences: int = Field(1, ge=1)


class DurationsCheck(_Base):
    """A plan: at least ``min_sections`` titled sections whose durations add up to ``total``
    minutes ("10 min", "1 h", "5'", "de 0:10 à 0:25")."""

    type: Literal["durations"]
    total: float = Field(gt=0)
    min_sections: int = Field(3, ge=1)


class OwnWordsCheck(_Base):
    """No run of ``max_run`` words or more copied from the task's data texts."""

    type: Literal["own-words"]
    max_run: int = Field(8, ge=3)


class JudgeCheck(_Base):
    """An LLM judges the answer against ``rubric`` (live mode only; like promptfoo's
    ``llm-rubric``). Its PASS is believed only when the ``after`` checks pass on the same
    answer, the answer does not address its grader, and the same judge says FAIL to two
    controls drawn per call from the trainer's secret (the answer made false: two of its
    words exchanged; a number changed or a statement added) and, if given, to ``control``
    (a criterion no answer meets). Without an endpoint (transcript mode), the ``after``
    checks alone decide. ``renders``: the answer renders the task's first data text (a
    "translation" or a "summary" of it), and what it says that the text does not (a note, a
    negation flipped, a quantity, a contrary term: prompts/faithful.py) fails the check in
    both modes (live, after the judge, whose controls still run)."""

    type: Literal["llm-rubric"]
    rubric: str = Field(min_length=10)
    control: str | None = Field(None, min_length=10)
    after: list[str] = Field(min_length=1)
    renders: Literal["translation", "summary"] | None = None


Check = Annotated[
    TextCheck
    | AnyCheck
    | RegexCheck
    | JsonCheck
    | SchemaCheck
    | BoundCheck
    | NumberCheck
    | FinalCheck
    | CarriesCheck
    | RubricCheck
    | FactsCheck
    | LanguageCheck
    | DurationsCheck
    | OwnWordsCheck
    | JudgeCheck,
    Field(discriminator="type"),
]
NEGATIVE = ("not-contains", "not-icontains", "not-regex", "own-words")
FORMALITIES = ("non-empty", "is-json", "carries")  # never gated: they check the file is filled in


class Counterfactual(BaseModel):
    """Live mode's test of a dictating prompt: the student's prompt with the task's data
    changed (``replace``: [regex, replacement] pairs applied in turn, Python ``re.sub``
    syntax) is sent once more; when the model's answer to it still passes ``checks`` (checks
    whose expected value the change alters), the answer did not come from the data: the
    prompt dictates it. ``whole``: the answer is one piece (a translation, a plan), so the
    prompt then dictates every answer check of the task, as the final checks of one answer
    go together. Keep it in the hidden checks file: a student who knows the change could
    write a prompt for both."""

    model_config = ConfigDict(extra="forbid")
    replace: list[tuple[str, str]] = Field(min_length=1)
    checks: list[str] = Field(min_length=1)
    whole: bool = False

    @model_validator(mode="after")
    def _compiles(self) -> Counterfactual:
        for pattern, _ in self.replace:
            re.compile(pattern)
        return self

    def apply(self, prompt: str) -> str:
        for pattern, replacement in self.replace:
            prompt = re.sub(pattern, replacement, prompt)
        return prompt


class TaskSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    answer: Literal["number", "line", "yes-no", "json", "text"] = "text"
    data: list[str] = Field(default_factory=list)
    counterfactual: Counterfactual | None = None
    # The task in a few words, as the class debrief shows it (its checks' default label).
    label_en: str = Field("", max_length=200)
    label_fr: str = Field("", max_length=200)


class CheckFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    task: list[TaskSpec] = Field(default_factory=list)
    check: list[Check] = Field(default_factory=list)


@functools.lru_cache(maxsize=16)
def _parsed(text: str) -> CheckFile:
    """One checks file's text, parsed and validated once per process (every submission of a
    class reads the same two files; the models are only read after loading)."""
    return CheckFile.model_validate(tomllib.loads(text))


def load_file(path: Path) -> CheckFile:
    """The tasks and checks of one file (an empty one when it does not exist)."""
    return read_file(path)[1]


def read_file(path: Path) -> tuple[str | None, CheckFile]:
    """The text of one checks file (None when it does not exist) and its tasks and checks:
    the text keys what a grading caches about the file's tasks (grade.py)."""
    if not path.is_file():
        return None, CheckFile()
    try:
        content = path.read_text(encoding="utf-8")
        parsed = _parsed(content)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, re.error, jsonschema.SchemaError) as exc:
        raise ConfigError("spec_unreadable", path=path, detail=str(exc).splitlines()[0][:160]) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError("spec_invalid", path=path, field=where, detail=first["msg"]) from exc
    return content, parsed


def load_checks(path: Path) -> list[Check]:
    return load_file(path).check


# A CommonMark code fence (round 15a): three or more backticks or tildes, closed by a run of
# the same character at least as long ("~~~json" ... "~~~", "````json" ... "````"); the info
# string may follow blanks ("``` json", round 18a).
_FENCE = re.compile(r"^\s*(?P<fence>`{3,}|~{3,})[ \t]*+[a-zA-Z]*\s*\n(.*?)\n\s*(?P=fence)(?:`*|~*)\s*$", re.S)
_NUMBER = re.compile(r"(?<![\w.,])[-−–]?\s?\d+(?:[.,]\d+)?")

# Round 23b: a part filled with nothing ("```\n```", a lone "…", "TODO", "(vide)") is empty:
# its fences' lines, then its punctuation and spaces, are left out, and what is left must be
# more than a word that marks a part still to write.
_FENCE_LINE = re.compile(r"^[ \t]*+(?:`{3,}+|~{3,}+)[ \t]*+[\w+#.-]*+[ \t]*+$", re.M)
_TO_WRITE_PHRASES = frozenset(
    "todo|to do|tbd|tbc|fixme|xxx|wip|vide|empty|blank|neant|a completer|a remplir|a faire|en attente|"
    "en cours|pending|placeholder|n a|pas de reponse|no answer|sans reponse|reponse ici|answer here|"
    "ici|here".split("|")
)


def has_content(text: str) -> bool:
    """Whether ``text`` says anything: a character outside its fences' lines that is no
    punctuation nor space (an emoji is one), and more than a to-do marker."""
    body = _FENCE_LINE.sub(" ", text)
    kept = "".join(c if not unicodedata.category(c).startswith(("P", "Z", "C")) else " " for c in body)
    words = " ".join(kept.split())
    if not words:
        return False
    folded = " ".join(re.findall(r"[a-z0-9]+", fold(words)))
    return folded not in _TO_WRITE_PHRASES


class DuplicateKey(ValueError):
    """A JSON object that names one key twice: which value counts is up to the reader, so
    the answer is not valid JSON for any check."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKey(key)
        found[key] = value
    return found


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # Python's json accepts NaN and Infinity


MAX_JSON_DEPTH = 32  # an answer's JSON is a flat object holding a list of flat objects
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*+"|[\[\]{}]')


class JsonTooDeep(ValueError):
    """Arrays and objects nested deeper than :data:`MAX_JSON_DEPTH`: refused before parsing
    (Python's parser recurses, and a deep enough text raises RecursionError)."""


def json_depth(text: str) -> int:
    """How deep arrays and objects nest in ``text`` (strings skipped), in one pass."""
    depth = deepest = 0
    for token in _JSON_TOKEN.finditer(text):
        char = token.group(0)
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def read_json(text: str) -> Any:
    """Strict JSON: a key twice in one object, NaN or Infinity, nesting deeper than
    :data:`MAX_JSON_DEPTH`, a number too long to convert make it invalid (ValueError)."""
    if json_depth(text) > MAX_JSON_DEPTH:
        raise JsonTooDeep(MAX_JSON_DEPTH)
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except RecursionError as exc:  # not reached under the depth bound; kept as the student's
        raise JsonTooDeep(MAX_JSON_DEPTH) from exc


def answer_json(text: str) -> Any:
    """The JSON value of an answer: its fenced block's, or the whole text's (ValueError if none)."""
    text = copied.unwrapped(text)  # a code block as a chat's page copies it (round 80)
    fenced = _FENCE.match(text)
    return read_json(fenced.group(2) if fenced else text.strip())


# What a program reading the answer as given forgives around its JSON (round 8): a code
# fence, blanks and a byte-order mark before or after it, CRLF line ends (JSON whitespace).


def exact_json(check: Check, raw: str) -> bool:
    """Whether a JSON check's pass holds on the answer as given, not only on its normal
    form (:func:`workshop.prompts.text.normalize` turns full-width punctuation into ASCII,
    no-break spaces into spaces, and drops zero-width characters and look-alikes inside
    labels, where ``json.loads`` or a program comparing labels would fail). Other checks:
    True."""
    if not isinstance(check, JsonCheck | SchemaCheck) or check.type == "non-empty":
        return True
    text = copied.unwrapped(raw.strip().strip("\ufeff\u200b").strip())  # round 80: "json / Copy code"
    fenced = _FENCE.match(text)
    try:
        value = read_json(fenced.group(2) if fenced else text)
    except ValueError:
        return False
    if isinstance(check, SchemaCheck):
        body = fenced.group(2) if fenced else text
        value = json.loads(body, object_pairs_hook=_unique_keys, parse_float=_WrittenFloat)
    return not isinstance(check, SchemaCheck) or check.accepts(value)


class _WrittenFloat(float):
    """A number written with a fraction or an exponent ("1.0", "1e0"): a float to a program
    that reads the answer as written, so no integer (round 22a, decided: the statement's
    "id" is written 1 and "le moindre écart de format le ferait échouer"; JSON Schema alone
    takes 1.0 for the integer 1)."""

    def is_integer(self) -> bool:
        return False


def numbers(text: str) -> list[float]:
    """Every number written in ``text``; French commas and unicode minus signs included."""
    found = []
    for raw in _NUMBER.findall(text):
        cleaned = raw.replace("−", "-").replace("–", "-").replace(" ", "").replace(",", ".")
        try:
            found.append(float(cleaned))
        except ValueError:
            continue
    return found


def passes(check: Check, text: str) -> bool:
    """Whether ``text`` (the task's prompt or answer) satisfies ``check``."""
    if isinstance(check, TextCheck):
        if check.type == "contains":
            return check.value in text
        if check.type == "icontains":
            return check.value.lower() in text.lower()
        if check.type == "not-contains":
            return check.value not in text
        return check.value.lower() not in text.lower()
    if isinstance(check, AnyCheck):
        return any(v.lower() in text.lower() for v in check.values)
    if isinstance(check, RegexCheck):
        found = re.search(check.value, text) is not None
        return found if check.type == "regex" else not found
    if isinstance(check, JsonCheck):
        if check.type == "non-empty":
            return has_content(text)
        try:
            answer_json(text)
            return True
        except ValueError:
            return False
    if isinstance(check, SchemaCheck):
        try:
            return check.accepts(answer_json(text))
        except ValueError:
            return False
    if isinstance(check, BoundCheck):
        size = word_count(text) if check.type == "words" else len(normalize(text))
        return (
            bool(text.strip())
            and (check.min is None or size >= check.min)
            and (check.max is None or size <= check.max)
        )
    if isinstance(check, NumberCheck):
        return any(abs(n - check.value) <= check.tolerance for n in numbers(text))
    raise TypeError(f"{check.type} checks are evaluated by workshop.prompts.evaluate")
