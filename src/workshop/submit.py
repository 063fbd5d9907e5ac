"""``workshop start`` and ``workshop submit``: the student's side, all local."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workshop import __version__
from workshop.archive import Manifest, pack, sha256
from workshop.course import SPEC_FILE, Exercise
from workshop.errors import SubmissionRejected
from workshop.handin import check_files, check_size
from workshop.i18n import t
from workshop.inbox import deliver
from workshop.names import check_student_id
from workshop.settings import FOLDER_FILE


@dataclass(frozen=True)
class Receipt:
    exercise: str
    student: str
    sha256: str
    path: Path
    size: int
    created_at: datetime
    files: dict[str, str]


def start(exercise: Exercise, folder: Path) -> list[Path]:
    """Copy the starter files and instructions into ``folder``; never overwrite."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for source in sorted(exercise.public_dir.iterdir()):
        if source.name in (SPEC_FILE, "tests") or source.name.startswith((".", "__")):
            continue
        target = folder / source.name
        if target.exists():
            continue
        if source.is_file():
            shutil.copyfile(source, target)
            written.append(target)
    marker = folder / FOLDER_FILE
    if not marker.exists():
        marker.write_text(f'exercise = "{exercise.slug}"\n', encoding="utf-8")
        written.append(marker)
    return written


def collect(
    folder: Path, exercise: Exercise, allow_errors: bool = False, warn: Callable[[str], None] | None = None
) -> dict[str, bytes]:
    """The files to hand in, checked (:mod:`workshop.handin`): present, sane size, UTF-8,
    not all empty and, unless ``allow_errors``, parsing as what they are. An empty file
    among others is handed in with a warning (``warn``)."""
    files: dict[str, bytes] = {}
    for name in exercise.spec.files:
        path = folder / name
        if not path.is_file():
            raise SubmissionRejected("file_missing", name=name, folder=folder.resolve())
        check_size(exercise, name, path.stat().st_size)  # before reading a huge file
        files[name] = path.read_bytes()
    empty = [name for name, data in files.items() if not data.strip()]
    # Nothing to grade at all is almost always an editor that did not save; handed in, it
    # would become the latest attempt, graded zero in place of the student's earlier work.
    if empty and len(empty) == len(files) and not allow_errors:
        raise SubmissionRejected("file_empty", name=", ".join(empty))
    for name in empty:
        if warn is not None:
            warn(t("file_empty_warning", name=name))
    return check_files(exercise, files, allow_errors, folder.resolve())


def submit(
    folder: Path,
    exercise: Exercise,
    student: str,
    inbox: Path,
    allow_errors: bool = False,
    now: datetime | None = None,
    warn: Callable[[str], None] | None = None,
) -> Receipt:
    """Check, pack and deliver one attempt; every attempt is kept."""
    data, manifest = build_archive(folder, exercise, student, allow_errors, now, warn)
    digest = sha256(data)
    path = deliver(inbox, exercise.slug, student, data, digest, manifest.created_at)
    return Receipt(exercise.slug, student, digest, path, len(data), manifest.created_at, manifest.files)


def build_archive(
    folder: Path,
    exercise: Exercise,
    student: str,
    allow_errors: bool = False,
    now: datetime | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[bytes, Manifest]:
    """The checked, packed attempt, ready for a folder inbox or a server."""
    check_student_id(student)
    files = collect(folder, exercise, allow_errors, warn)
    manifest = Manifest(
        exercise=exercise.slug,
        student=student,
        files={name: sha256(data) for name, data in files.items()},
        created_at=now or datetime.now(UTC),
        tool_version=__version__,
    )
    return pack(manifest, files), manifest
