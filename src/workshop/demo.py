"""``workshop demo``: a demo class submitted and graded for real.

Each exercise may ship a demo class under ``graders/<slug>/demo/``: ``class.toml`` lists
the students (id, name, email, the status and score their code deserves, a story) and a
folder per student holds their files. The demo submits each through the normal
``submit`` path into ``DIR/inbox``, writes a roster, grades into ``DIR/gradebook.sqlite``
and ``DIR/reports``, and exports ``DIR/scores.csv``."""

from __future__ import annotations

import csv
import shutil
import tomllib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from workshop.course import Course, Exercise
from workshop.errors import ConfigError
from workshop.results import Status
from workshop.submit import Receipt, build_archive, deliver_archive

MARKER = ".workshop-demo"


class DemoStudent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    email: str
    expect_status: Status
    expect_score: float
    story: str = ""


class DemoClass(BaseModel):
    model_config = ConfigDict(extra="forbid")
    student: list[DemoStudent] = Field(min_length=1)


def demo_classes(course: Course) -> list[tuple[Exercise, DemoClass, Path]]:
    found = []
    for exercise in map(course.exercise, course.session_slugs()):  # the session's, if it has one
        folder = exercise.grader_dir / "demo" if exercise.grader_dir else None
        if folder and (folder / "class.toml").is_file():
            data = tomllib.loads((folder / "class.toml").read_text(encoding="utf-8"))
            found.append((exercise, DemoClass.model_validate(data), folder))
    if not found:
        raise ConfigError("demo_missing")
    return found


def prepare(dest: Path) -> None:
    """Make ``dest`` an empty demo folder; never touch a folder that is not ours."""
    if dest.exists() and any(dest.iterdir()):
        if not (dest / MARKER).is_file():
            raise ConfigError("demo_dir_not_empty", path=dest)
        shutil.rmtree(dest)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / MARKER).write_text("made by workshop demo\n", encoding="utf-8")


def submit_class(
    course: Course, dest: Path, on_done: Callable[[str, int], None] | None = None, workers: int = 2
) -> list[Receipt]:
    """Hand in every demo student's attempt as ``workshop submit`` does, public tests run
    here first (``workers`` at a time: one student's endless loop waits its time limit
    while the others go on); ``on_done(student, total)`` after each, in the roster's order."""
    roster: dict[str, DemoStudent] = {}
    handins = []
    for exercise, klass, folder in demo_classes(course):
        for student in klass.student:
            roster[student.id] = student
            handins.append((exercise, folder / student.id, student.id))
    # Local runs at once, deliveries one by one in order (each attempt's timestamp too).
    with ThreadPoolExecutor(max_workers=workers) as pool:
        built = [
            pool.submit(build_archive, folder, exercise, sid, allow_errors=True, run_check=True)
            for exercise, folder, sid in handins
        ]
        receipts: list[Receipt] = []
        for (exercise, _, sid), future in zip(handins, built, strict=True):
            data, manifest = future.result()
            receipts.append(deliver_archive(dest / "inbox", exercise, sid, data, manifest))
            if on_done is not None:
                on_done(sid, len(handins))
    with (dest / "roster.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "email", "moodle_idnumber"])
        for s in roster.values():
            writer.writerow([s.id, s.name, s.email, s.id])
    return receipts
