"""What one session of a course includes: ``sessions/<name>.toml`` at the course root.

A course takes two to three hours for novices; a session says what fits the time the
trainer has: which exercises, for a prompts exercise which tasks (its points then count
only those), and which exercises are optional (graded and shown, not in the expected
total). One session may say ``default = true``: ``workshop demo`` and ``workshop serve``
follow it unless told ``--session NAME`` or ``--session all`` (every exercise, in full).

    title = { fr = "Une heure pour débuter", en = "One hour for beginners" }
    default = true

    [[exercise]]
    slug = "calculatrice"

    [[exercise]]
    slug = "prompts"
    tasks = ["riddle", "sentiment", "plan"]

    [[exercise]]
    slug = "neurone"
    optional = true
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from workshop.course import Bilingual, Course
from workshop.errors import ConfigError
from workshop.names import SLUG_PATTERN

SESSIONS_DIR = "sessions"
ALL = "all"


class SessionExercise(BaseModel):
    model_config = ConfigDict(extra="forbid")
    slug: str = Field(pattern=SLUG_PATTERN)
    tasks: list[str] | None = Field(None, min_length=1, max_length=100)  # prompts exercises only
    optional: bool = False


class SessionSpec(BaseModel):
    """The contents of ``sessions/<name>.toml``."""

    model_config = ConfigDict(extra="forbid")
    title: Bilingual
    default: bool = False
    duration_min: int | None = Field(None, gt=0, le=24 * 60)
    exercise: list[SessionExercise] = Field(min_length=1, max_length=100)


@dataclass(frozen=True)
class Session:
    name: str
    spec: SessionSpec

    def slugs(self) -> list[str]:
        return [e.slug for e in self.spec.exercise]

    def entry(self, slug: str) -> SessionExercise | None:
        return next((e for e in self.spec.exercise if e.slug == slug), None)


def sessions(course: Course) -> dict[str, Session]:
    """Every session of ``course``, by name (the file's stem)."""
    folder = course.root / SESSIONS_DIR
    if not folder.is_dir():
        return {}
    return {path.stem: _load(path, course) for path in sorted(folder.glob("*.toml"))}


def _load(path: Path, course: Course) -> Session:
    try:
        spec = SessionSpec.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError("spec_unreadable", path=path, detail=str(exc)) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "-"
        raise ConfigError("spec_invalid", path=path, field=where, detail=first["msg"]) from exc
    known = course.slugs()
    for entry in spec.exercise:
        if entry.slug not in known:
            raise ConfigError("session_exercise_unknown", path=path, slug=entry.slug, known=", ".join(known))
        if entry.tasks is not None:
            _check_tasks(path, course, entry)
    return Session(path.stem, spec)


def _check_tasks(path: Path, course: Course, entry: SessionExercise) -> None:
    exercise = course.exercise(entry.slug)
    if exercise.spec.kind != "prompts":
        raise ConfigError("session_tasks_not_prompts", path=path, slug=entry.slug)
    from workshop.prompts.grade import task_ids  # jsonschema: only when needed

    known = task_ids(exercise)
    unknown = [task for task in entry.tasks or [] if task not in known]
    if unknown:
        raise ConfigError(
            "session_task_unknown", path=path, slug=entry.slug, task=unknown[0], known=", ".join(known)
        )


def choose(course: Course, name: str | None) -> Course:
    """``course`` following session ``name``: ``None`` is the course's default session (every
    exercise when it has none), ``all`` every exercise in full."""
    if name is not None and name.strip().lower() == ALL:
        return course.following(None)
    found = sessions(course)
    if name is None:
        defaults = [s for s in found.values() if s.spec.default]
        if len(defaults) > 1:
            raise ConfigError("session_two_defaults", names=", ".join(s.name for s in defaults))
        return course.following(defaults[0] if defaults else None)
    wanted = name.strip().lower()
    if wanted not in found:
        raise ConfigError("session_unknown", name=name[:80], known=", ".join([*found, ALL]))
    return course.following(found[wanted])
