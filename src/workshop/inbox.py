"""The folder inbox: ``INBOX/<exercise>/<student>/<UTC time>-<hash>.tar.gz``.

Delivery is atomic and never overwrites: the archive is written under ``.incoming/``,
then hard-linked to its final name (which fails if the name exists) and the temporary
name removed. Attempt names sort in time order."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workshop.errors import ConfigError
from workshop.names import STUDENT_ID_PATTERN

INCOMING = ".incoming"
_ATTEMPT = re.compile(r"^\d{8}T\d{12}Z-[0-9a-f]{12}(?:-\d+)?\.tar\.gz$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class Attempt:
    exercise: str
    student: str
    name: str
    path: Path


def deliver(inbox: Path, exercise: str, student: str, data: bytes, digest: str, when: datetime) -> Path:
    """Store one attempt; return its path. Never replaces an existing file."""
    try:
        fd, tmp = tempfile.mkstemp(dir=incoming(inbox), suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            return deliver_file(inbox, exercise, student, Path(tmp), digest, when)
        finally:
            os.unlink(tmp)
    except OSError as exc:
        raise ConfigError("inbox_unwritable", path=inbox, detail=exc.strerror or str(exc)) from exc


def incoming(inbox: Path) -> Path:
    """The inbox's folder for attempts being written (never scanned), made if needed."""
    try:
        folder = inbox / INCOMING
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError as exc:
        raise ConfigError("inbox_unwritable", path=inbox, detail=exc.strerror or str(exc)) from exc


def deliver_file(inbox: Path, exercise: str, student: str, tmp: Path, digest: str, when: datetime) -> Path:
    """Link ``tmp`` (a complete, synced file under :func:`incoming`) to its attempt name;
    the caller removes ``tmp``. Never replaces an existing file."""
    try:
        folder = inbox / exercise / student
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{when.astimezone(UTC):%Y%m%dT%H%M%S%f}Z-{digest[:12]}"
        for n in range(1000):
            final = folder / (stem + (f"-{n}" if n else "") + ".tar.gz")
            try:
                os.link(tmp, final)
                return final
            except FileExistsError:
                continue
        raise ConfigError("inbox_unwritable", path=folder, detail="too many attempts")
    except OSError as exc:
        raise ConfigError("inbox_unwritable", path=inbox, detail=exc.strerror or str(exc)) from exc


def scan(inbox: Path) -> tuple[list[Attempt], list[Path]]:
    """Every attempt in the inbox, and the stray entries that are not attempts."""
    if not inbox.is_dir():
        raise ConfigError("inbox_missing", path=inbox)
    attempts: list[Attempt] = []
    strays: list[Path] = []
    for ex_dir in sorted(inbox.iterdir()):
        if ex_dir.name == INCOMING:
            continue
        if not (ex_dir.is_dir() and not ex_dir.is_symlink() and _SLUG.fullmatch(ex_dir.name)):
            strays.append(ex_dir)
            continue
        for st_dir in sorted(ex_dir.iterdir()):
            if not (
                st_dir.is_dir()
                and not st_dir.is_symlink()
                and STUDENT_ID_PATTERN.fullmatch(st_dir.name)
                and ".." not in st_dir.name
            ):
                strays.append(st_dir)
                continue
            for entry in sorted(st_dir.iterdir()):
                if entry.is_file() and not entry.is_symlink() and _ATTEMPT.fullmatch(entry.name):
                    attempts.append(Attempt(ex_dir.name, st_dir.name, entry.name, entry))
                else:
                    strays.append(entry)
    return attempts, strays
