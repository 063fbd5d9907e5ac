"""The class roster: who the students are, and their ids in the school's LMS.

CSV with a header; ``id``, ``name`` and ``email`` are required; ``canvas_id``,
``sis_user_id``, ``sis_login_id``, ``section``, ``moodle_idnumber``, ``username`` and
``lti_user_id`` (the LTI ``sub``) are optional."""

from __future__ import annotations

import csv
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from workshop.errors import ConfigError
from workshop.names import STUDENT_ID_PATTERN


class RosterEntry(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    id: str
    name: str = Field(min_length=1, max_length=200)
    email: str = Field(max_length=254)
    canvas_id: str = ""
    sis_user_id: str = ""
    sis_login_id: str = ""
    section: str = ""
    moodle_idnumber: str = ""
    username: str = ""
    lti_user_id: str = ""

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not STUDENT_ID_PATTERN.fullmatch(value) or ".." in value:
            raise ValueError("not a valid student id (letters, digits, . _ -)")
        return value


REQUIRED = ("id", "name", "email")


def load_roster(path: Path) -> list[RosterEntry]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise ConfigError("roster_columns", path=path, missing=", ".join(missing))
            entries: list[RosterEntry] = []
            seen: set[str] = set()
            for row in reader:
                line = reader.line_num
                try:
                    entry = RosterEntry.model_validate({k: v or "" for k, v in row.items() if k})
                except ValidationError as exc:
                    err = exc.errors()[0]
                    raise ConfigError(
                        "roster_row",
                        path=path,
                        line=line,
                        field=".".join(map(str, err["loc"])),
                        detail=err["msg"],
                    ) from exc
                if entry.id in seen:
                    raise ConfigError("roster_row", path=path, line=line, field="id", detail="duplicate id")
                seen.add(entry.id)
                entries.append(entry)
            return entries
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError("roster_unreadable", path=path, detail=str(exc)[:120]) from exc
