"""Where a student's defaults come from: flags, then environment, then config files.

* ``.workshop.toml`` in the exercise folder (written by ``workshop start``): ``exercise``;
  found in the folder given or any folder above it, as git finds ``.git``.
* the user's config file (``$WORKSHOP_CONFIG``, else ``~/.config/workshop/config.toml``):
  ``student``, ``inbox``, ``server`` and ``token``.
* environment: ``WORKSHOP_STUDENT``, ``WORKSHOP_INBOX``, ``WORKSHOP_SERVER``, ``WORKSHOP_TOKEN``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from workshop.errors import ConfigError

FOLDER_FILE = ".workshop.toml"


class FolderConfig(BaseModel):
    model_config = ConfigDict(extra="ignore")
    exercise: str


class UserConfig(BaseModel):
    model_config = ConfigDict(extra="ignore")
    student: str | None = None
    inbox: Path | None = None
    server: str | None = None
    token: str | None = None


def _read_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("config_unreadable", path=path, detail=str(exc)[:120]) from exc


def folder_exercise(folder: Path) -> str | None:
    path = folder / FOLDER_FILE
    if not path.is_file():
        return None
    try:
        return FolderConfig.model_validate(_read_toml(path)).exercise
    except ValidationError as exc:
        raise ConfigError("config_unreadable", path=path, detail="exercise = ...") from exc


def exercise_folder(start: Path) -> tuple[Path, str] | None:
    """The exercise folder holding ``start`` and its exercise: the nearest folder, from
    ``start`` upwards, with a ``.workshop.toml`` (a student often runs commands from a
    subfolder their editor opened)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        slug = folder_exercise(folder)
        if slug is not None:
            return folder, slug
    return None


def user_config() -> UserConfig:
    path = Path(os.environ.get("WORKSHOP_CONFIG", "~/.config/workshop/config.toml")).expanduser()
    if not path.is_file():
        return UserConfig()
    try:
        return UserConfig.model_validate(_read_toml(path))
    except ValidationError as exc:
        raise ConfigError("config_unreadable", path=path, detail=str(exc.errors()[0]["msg"])) from exc


def resolve_student(flag: str | None) -> str | None:
    return flag or os.environ.get("WORKSHOP_STUDENT") or user_config().student


def resolve_server(flag: str | None, token: str | None) -> tuple[str | None, str | None]:
    """The classroom server and the student's token: flags, then environment, then config."""
    config = user_config()
    server = flag or os.environ.get("WORKSHOP_SERVER") or config.server
    return server, token or os.environ.get("WORKSHOP_TOKEN") or config.token


def resolve_inbox(flag: Path | None) -> Path | None:
    if flag:
        return flag
    if os.environ.get("WORKSHOP_INBOX"):
        return Path(os.environ["WORKSHOP_INBOX"])
    return user_config().inbox
