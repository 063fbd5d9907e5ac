"""The class roster: who the students are, and their ids in the school's LMS.

CSV with a header (names in any case and order); ``id``, ``name`` and ``email`` are
required; ``canvas_id``, ``sis_user_id``, ``sis_login_id``, ``section``,
``moodle_idnumber``, ``username`` and ``lti_user_id`` (the LTI ``sub``) are optional."""

from __future__ import annotations

import codecs
import csv
import io
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
SEPARATORS = (",", ";", "\t")  # ";" is what French Excel writes; tab: Excel's "Unicode text"


def load_roster(path: Path) -> list[RosterEntry]:
    """Read a roster as spreadsheets write it: UTF-8 (with or without BOM), Windows-1252
    (Excel's "CSV" in France) or UTF-16 ("Unicode text"); separated by ``,``, ``;`` or tab."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError("roster_unreadable", path=path, detail=exc.strerror or str(exc)) from exc
    text = _decode(data, path)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_separator(text))
        columns = [name.strip().lower() for name in reader.fieldnames or []]
        missing = [c for c in REQUIRED if c not in columns]
        if missing:
            header = text.lstrip().splitlines()[0][:80] if text.strip() else ""
            raise ConfigError("roster_columns", path=path, missing=", ".join(missing), header=header)
        reader.fieldnames = columns
        entries: list[RosterEntry] = []
        seen: dict[str, int] = {}  # casefolded id -> its line
        for row in reader:
            line = reader.line_num
            cells = {k: v or "" for k, v in row.items() if k and isinstance(v, str | None)}
            if not any(value.strip() for value in cells.values()):
                continue  # a spreadsheet's empty row: ";;;"
            try:
                entry = RosterEntry.model_validate(cells)
            except ValidationError as exc:
                err = exc.errors()[0]
                raise ConfigError(
                    "roster_row",
                    path=path,
                    line=line,
                    field=".".join(map(str, err["loc"])),
                    detail=err["msg"],
                ) from exc
            # Ids that differ only by case name one folder and one report file on a disk that
            # ignores case (macOS's and Windows' defaults: red team 12j, A): one id each.
            first = seen.get(entry.id.casefold())
            if first is not None:
                raise ConfigError("roster_duplicate", path=path, line=line, id=entry.id, first=first)
            seen[entry.id.casefold()] = line
            entries.append(entry)
        return entries
    except csv.Error as exc:
        raise ConfigError("roster_unreadable", path=path, detail=str(exc)[:120]) from exc


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ConfigError("roster_is_workbook", path=path)  # .xlsx (zip) or .xls (OLE)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ConfigError(
                "roster_encoding", path=path, byte=f"0x{data[exc.start]:02x}", offset=exc.start
            ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: in neither encoding
        raise ConfigError(
            "roster_encoding", path=path, byte=f"0x{data[exc.start]:02x}", offset=exc.start
        ) from exc


def _separator(text: str) -> str:
    """The separator that makes the header hold id, name and email; else the one the
    sniffer finds; else a comma (and the missing columns are named)."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    for separator in SEPARATORS:
        columns = {c.strip().lower() for c in next(csv.reader([header], delimiter=separator), [])}
        if set(REQUIRED) <= columns:
            return separator
    try:
        return csv.Sniffer().sniff(header, delimiters="".join(SEPARATORS)).delimiter
    except csv.Error:
        return ","
