"""Where exercises live and what describes them.

A *course* is a folder with ``exercises/<slug>/`` (what students receive: ``exercise.toml``,
instructions, starter files, public tests in ``tests/``) and ``graders/<slug>/`` (hidden
tests in ``tests/``, the reference solution in ``solution/``, optionally a demo class in
``demo/``). Nothing in the code names a particular exercise: adding one is adding two
folders.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from workshop.errors import ConfigError, ExerciseNotFound, InvalidIdentifier
from workshop.names import SLUG_PATTERN, check_file_name
from workshop_harness.contract import ContractError
from workshop_harness.contract import parse as parse_contract

if TYPE_CHECKING:
    from workshop.session import Session

SPEC_FILE = "exercise.toml"
# Folders of an exercise that never change a grade (a re-grade is not needed for them).
NOT_GRADING = ("demo", "solution", "source")


class Bilingual(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Limits(BaseModel):
    """Per-submission sandbox limits; units are in the names."""

    model_config = ConfigDict(extra="forbid")
    wall_time_s: float = Field(30.0, gt=0, le=3600)
    call_time_s: float = Field(2.0, gt=0, le=600)
    memory_mib: int = Field(256, ge=32, le=16384)
    pids: int = Field(64, ge=8, le=4096)
    cpus: float = Field(1.0, gt=0, le=64)
    output_kib: int = Field(256, ge=1, le=65536)
    max_file_kib: int = Field(256, ge=1, le=102400)


class LmsIds(BaseModel):
    """Where this exercise lives in the school's LMS, when known."""

    model_config = ConfigDict(extra="forbid")
    canvas_assignment_id: str | None = Field(None, pattern=r"^[0-9]+$")
    moodle_idnumber: str | None = Field(None, max_length=100)


class ExerciseSpec(BaseModel):
    """The contents of ``exercises/<slug>/exercise.toml``."""

    model_config = ConfigDict(extra="forbid")
    slug: str = Field(pattern=SLUG_PATTERN)
    kind: Literal["python", "prompts", "notebook"] = "python"
    title: Bilingual
    files: list[str] = Field(min_length=1, max_length=50)
    module: str | None = None
    # A notebook's every point, manual ones included; 0 is a notebook with nothing to grade
    # automatically nor by hand (nbgrader accepts it too).
    points: float = Field(ge=0)
    limits: Limits = Limits()
    deadline: datetime | None = None
    data: list[str] = Field(default_factory=list, max_length=50)
    lms: LmsIds = LmsIds()
    # name -> type (workshop_harness.contract): what each name the tests read from the
    # submission must be. None: no contract, any plain data crosses (older exercises).
    contract: dict[str, str] | None = Field(None, max_length=200)
    # The class debrief's label of a group of tests, by the group's name (a test function,
    # a notebook cell's grade_id, a prompt task): for tests whose own label is not given.
    labels: dict[str, Bilingual] = Field(default_factory=dict, max_length=500)

    @field_validator("contract")
    @classmethod
    def _contract_parses(cls, contract: dict[str, str] | None) -> dict[str, str] | None:
        if contract is not None:
            try:
                parse_contract(contract)
            except ContractError as exc:
                raise ValueError(str(exc)) from exc
        return contract

    @field_validator("files")
    @classmethod
    def _safe_names(cls, files: list[str]) -> list[str]:
        for name in files:
            try:
                check_file_name(name)
            except InvalidIdentifier as exc:
                raise ValueError(str(exc)) from exc
        return files

    @model_validator(mode="after")
    def _points_to_earn(self) -> ExerciseSpec:
        if self.points == 0 and self.kind != "notebook":
            raise ValueError("points must be greater than 0")
        return self

    @property
    def module_name(self) -> str:
        """The Python module the ``submission`` fixture loads."""
        if self.module:
            return self.module
        first_py = next((f for f in self.files if f.endswith(".py")), self.files[0])
        return first_py.rsplit(".", 1)[0]


@dataclass(frozen=True)
class Exercise:
    spec: ExerciseSpec
    public_dir: Path
    grader_dir: Path | None
    # What the session asks of it (workshop.session): for a prompts exercise the tasks that
    # count (None: all); optional: graded and shown, not in the session's expected total.
    tasks: tuple[str, ...] | None = None
    optional: bool = False

    def max_points(self) -> float:
        """The points to earn: the spec's, or only the session's tasks' for prompts."""
        if self.tasks is not None and self.spec.kind == "prompts":
            from workshop.prompts.grade import points_of  # jsonschema: only when needed

            return points_of(self)
        return self.spec.points

    @property
    def slug(self) -> str:
        return self.spec.slug

    @property
    def public_tests(self) -> Path:
        return self.public_dir / "tests"

    @property
    def hidden_tests(self) -> Path | None:
        return self.grader_dir / "tests" if self.grader_dir else None

    def require_grader(self) -> Path:
        if self.grader_dir is None or not self.grader_dir.is_dir():
            raise ExerciseNotFound("grader_missing", slug=self.slug)
        return self.grader_dir

    def fingerprint(self) -> str:
        """Hash of everything that decides a grade on the course side: the spec, public and
        hidden tests, checks, notebooks and data; not instructions, demo or solution."""
        digest = hashlib.sha256()
        roots = [self.public_dir] + ([self.grader_dir] if self.grader_dir else [])
        for root in roots:
            for path in _files_under(root):
                relative = path.relative_to(root)
                if relative.parts[0] in NOT_GRADING or relative.name == "README.md":
                    continue
                digest.update(f"{root.name}:{relative}".encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
        if self.tasks is not None:  # another set of tasks is another grade
            digest.update(("tasks:" + ",".join(self.tasks)).encode())
        return digest.hexdigest()[:16]


def _files_under(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


@dataclass(frozen=True)
class Course:
    """A folder holding ``exercises/`` and, on the trainer's side, ``graders/``."""

    root: Path
    # The session it follows (workshop.session.choose); None: every exercise, in full.
    session: Session | None = field(default=None, compare=False)

    def following(self, session: Session | None) -> Course:
        return Course(self.root, session)

    def session_slugs(self) -> list[str]:
        """The session's exercises in its order, else every exercise."""
        return self.session.slugs() if self.session else self.slugs()

    @property
    def exercises_dir(self) -> Path:
        return self.root / "exercises"

    @property
    def graders_dir(self) -> Path:
        return self.root / "graders"

    @classmethod
    def locate(cls, explicit: Path | None = None) -> Course:
        """The course given, else ``$WORKSHOP_COURSE``, else the current folder when it
        has ``exercises/``, else the exercises that ship with workshop."""
        if explicit is None and os.environ.get("WORKSHOP_COURSE"):
            explicit = Path(os.environ["WORKSHOP_COURSE"])
        if explicit is not None:
            if not (explicit / "exercises").is_dir():
                raise ConfigError("course_missing", path=explicit)
            return cls(explicit.resolve())
        if (Path.cwd() / "exercises").is_dir():
            return cls(Path.cwd().resolve())
        return cls(builtin_course_root())

    def slugs(self) -> list[str]:
        if not self.exercises_dir.is_dir():
            return []
        return sorted(p.name for p in self.exercises_dir.iterdir() if (p / SPEC_FILE).is_file())

    def exercise(self, slug: str) -> Exercise:
        # A slug may come from a URL or an upload: checked by pattern and length before it
        # touches a path (a 300-character one made the file system raise ENAMETOOLONG).
        if not re.fullmatch(SLUG_PATTERN, slug):
            raise ExerciseNotFound("exercise_unknown", slug=slug[:80], known=", ".join(self.slugs()) or "-")
        public = self.exercises_dir / slug
        spec_path = public / SPEC_FILE
        if not spec_path.is_file():
            raise ExerciseNotFound("exercise_unknown", slug=slug, known=", ".join(self.slugs()) or "-")
        spec = load_spec(spec_path)
        if spec.slug != slug:
            raise ConfigError("spec_slug_mismatch", path=spec_path, slug=spec.slug, folder=slug)
        grader = self.graders_dir / slug
        entry = self.session.entry(slug) if self.session else None
        tasks = tuple(entry.tasks) if entry and entry.tasks is not None else None
        return Exercise(
            spec, public, grader if grader.is_dir() else None, tasks, bool(entry and entry.optional)
        )

    def find(self, name: str) -> Exercise:
        """The exercise a person typed, in any case; an unknown name suggests the closest
        known one (a typo in the room is the common case).

        >>> Course.locate().find("Calculatrice").slug
        'calculatrice'
        """
        wanted = name.strip().lower()
        slugs = self.slugs()
        if wanted in slugs:
            return self.exercise(wanted)
        known = ", ".join(slugs) or "-"
        close = difflib.get_close_matches(wanted, slugs, n=1)
        if close:
            raise ExerciseNotFound("exercise_unknown_close", slug=name[:80], close=close[0], known=known)
        raise ExerciseNotFound("exercise_unknown", slug=name[:80], known=known)

    def exercises(self) -> list[Exercise]:
        return [self.exercise(slug) for slug in self.slugs()]


def load_spec(path: Path) -> ExerciseSpec:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return ExerciseSpec.model_validate(data)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError("spec_unreadable", path=path, detail=str(exc)) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "-"
        raise ConfigError("spec_invalid", path=path, field=where, detail=first["msg"]) from exc


def builtin_course_root() -> Path:
    """The repository checkout (editable install) or the data shipped in the wheel."""
    here = Path(__file__).resolve().parent
    checkout = here.parents[1]
    if (checkout / "exercises").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout
    return here / "_data"


def sandbox_recipe_dir() -> Path:
    """The folder holding the grading image's Dockerfile."""
    return builtin_course_root() / "sandbox"
