"""Declarative checks in the spirit of promptfoo, written by the trainer in TOML.

Each check looks at a task's ``answer`` or ``prompt`` and passes or fails; it carries
points and the message a student reads when it fails. Regexes are compiled once, when the
file is loaded, so a bad one is the trainer's error at load time, not a student's zero."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

import jsonschema
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from workshop.errors import ConfigError

CHECKS_FILE = "checks.toml"


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid")
    task: str
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    on: Literal["answer", "prompt"] = "answer"
    points: float = Field(ge=0)
    en: str = ""
    fr: str = ""


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


class BoundCheck(_Base):
    type: Literal["words", "chars"]
    min: int | None = Field(None, ge=0)
    max: int | None = Field(None, ge=0)


class NumberCheck(_Base):
    type: Literal["number"]
    value: float
    tolerance: float = Field(0.0, ge=0)


Check = Annotated[
    TextCheck | AnyCheck | RegexCheck | JsonCheck | SchemaCheck | BoundCheck | NumberCheck,
    Field(discriminator="type"),
]


class CheckFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    check: list[Check] = Field(default_factory=list)


def load_checks(path: Path) -> list[Check]:
    if not path.is_file():
        return []
    try:
        parsed = CheckFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, re.error, jsonschema.SchemaError) as exc:
        raise ConfigError("spec_unreadable", path=path, detail=str(exc).splitlines()[0][:160]) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError("spec_invalid", path=path, field=where, detail=first["msg"]) from exc
    return parsed.check


_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*\n(.*?)\n\s*```\s*$", re.S)
_NUMBER = re.compile(r"(?<![\w.,])[-−–]?\s?\d+(?:[.,]\d+)?")


def _json(text: str) -> Any:
    fenced = _FENCE.match(text)
    return json.loads(fenced.group(1) if fenced else text)


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
            return bool(text.strip())
        try:
            _json(text)
            return True
        except ValueError:
            return False
    if isinstance(check, SchemaCheck):
        try:
            jsonschema.validate(_json(text), check.schema_, cls=jsonschema.Draft202012Validator)
            return True
        except (ValueError, jsonschema.ValidationError):
            return False
    if isinstance(check, BoundCheck):
        size = len(text.split()) if check.type == "words" else len(text)
        return (
            bool(text.strip())
            and (check.min is None or size >= check.min)
            and (check.max is None or size <= check.max)
        )
    return any(abs(n - check.value) <= check.tolerance for n in numbers(text))
