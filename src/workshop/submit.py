"""``workshop start`` and ``workshop submit``: the student's side, all local."""

from __future__ import annotations

import ast
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workshop import __version__
from workshop.archive import Manifest, pack, sha256
from workshop.course import SPEC_FILE, Exercise
from workshop.errors import ArchiveRejected, SubmissionRejected
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


def collect(folder: Path, exercise: Exercise, allow_errors: bool = False) -> dict[str, bytes]:
    """The files to hand in, checked: present, sane size, UTF-8, Python that parses."""
    limit = exercise.spec.limits.max_file_kib * 1024
    files: dict[str, bytes] = {}
    for name in exercise.spec.files:
        path = folder / name
        if not path.is_file():
            raise SubmissionRejected("file_missing", name=name, folder=folder)
        size = path.stat().st_size
        if size > limit:
            raise SubmissionRejected(
                "file_too_large", name=name, kib=size // 1024, limit_kib=exercise.spec.limits.max_file_kib
            )
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SubmissionRejected("file_not_utf8", name=name, offset=exc.start) from exc
        if exercise.spec.kind == "prompts" and not allow_errors:
            from workshop.prompts.grade import read_submission

            read_submission(exercise, data)
        if name.endswith(".ipynb") and not allow_errors:
            check_notebook(exercise, name, data)
        if name.endswith(".py") and not allow_errors:
            try:
                ast.parse(text, filename=name)
            except SyntaxError as exc:
                raise SubmissionRejected(
                    "file_syntax_error", name=name, line=exc.lineno, detail=exc.msg
                ) from exc
        files[name] = data
    return files


def check_notebook(exercise: Exercise, name: str, data: bytes) -> None:
    """A notebook that would not run as handed in (syntax error, an error in its last run,
    answers not written) is refused with what to fix; ``--allow-errors`` hands it in anyway."""
    import nbformat

    from workshop.notebooks import problems, read

    try:
        notebook = read(data, name)
    except ArchiveRejected as exc:
        raise SubmissionRejected(exc.key, **exc.params) from exc
    released_path = exercise.public_dir / name
    released = nbformat.read(released_path, as_version=4) if released_path.is_file() else None
    found = problems(notebook, released)
    if not found:
        return
    parts = [t("notebook_problem_syntax", cell=c, line=line, detail=d) for c, line, d in found.syntax[:3]]
    parts += [t("notebook_problem_error", cell=c, error=e) for c, e in found.errors[:3]]
    if found.unanswered:
        parts.append(
            t(
                "notebook_problem_unanswered",
                count=len(found.unanswered),
                cells=", ".join(found.unanswered[:5]),
            )
        )
    raise SubmissionRejected("notebook_does_not_run", name=name, problems="; ".join(parts))


def submit(
    folder: Path,
    exercise: Exercise,
    student: str,
    inbox: Path,
    allow_errors: bool = False,
    now: datetime | None = None,
) -> Receipt:
    """Check, pack and deliver one attempt; every attempt is kept."""
    data, manifest = build_archive(folder, exercise, student, allow_errors, now)
    digest = sha256(data)
    path = deliver(inbox, exercise.slug, student, data, digest, manifest.created_at)
    return Receipt(exercise.slug, student, digest, path, len(data), manifest.created_at, manifest.files)


def build_archive(
    folder: Path, exercise: Exercise, student: str, allow_errors: bool = False, now: datetime | None = None
) -> tuple[bytes, Manifest]:
    """The checked, packed attempt, ready for a folder inbox or a server."""
    check_student_id(student)
    files = collect(folder, exercise, allow_errors)
    manifest = Manifest(
        exercise=exercise.slug,
        student=student,
        files={name: sha256(data) for name, data in files.items()},
        created_at=now or datetime.now(UTC),
        tool_version=__version__,
    )
    return pack(manifest, files), manifest
