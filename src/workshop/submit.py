"""``workshop start`` and ``workshop submit``: the student's side, all local."""

from __future__ import annotations

import shutil
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workshop import __version__
from workshop.archive import MAX_MANIFEST_BYTES, MAX_RATIO, Manifest, pack, sha256, unpack
from workshop.course import SPEC_FILE, Exercise
from workshop.errors import ArchiveRejected, InputError, SubmissionRejected
from workshop.handin import check_files, check_size
from workshop.i18n import current_lang, t
from workshop.inbox import deliver
from workshop.names import check_student_id
from workshop.results import GradeResult, LocalCheck
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
    run_check: bool = False,
    on_check: Callable[[GradeResult], None] | None = None,
) -> Receipt:
    """Check, pack and deliver one attempt; every attempt is kept. ``run_check``: see
    :func:`build_archive`."""
    data, manifest = build_archive(folder, exercise, student, allow_errors, now, warn, run_check, on_check)
    return deliver_archive(inbox, exercise, student, data, manifest)


def deliver_archive(
    inbox: Path, exercise: Exercise, student: str, data: bytes, manifest: Manifest
) -> Receipt:
    """Put an attempt :func:`build_archive` made into a folder inbox."""
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
    run_check: bool = False,
    on_check: Callable[[GradeResult], None] | None = None,
) -> tuple[bytes, Manifest]:
    """The checked, packed attempt, ready for a folder inbox or a server.

    ``run_check`` (the CLI's default, off here: it runs the student's code on this
    machine): run the public tests here first, as ``workshop check`` does, give what it
    prints to ``on_check``, and store their raw records in the manifest; at grading, a
    public test's detail and a load error are shown only when they equal these. When the
    tests cannot run here, ``warn`` says so and the attempt goes without them."""
    check_student_id(student)
    files = collect(folder, exercise, allow_errors, warn)
    checked = _check_here(files, exercise, warn, on_check) if run_check else None
    manifest = _fit(
        Manifest(
            exercise=exercise.slug,
            student=student,
            files={name: sha256(data) for name, data in files.items()},
            created_at=now or datetime.now(UTC),
            tool_version=__version__,
            local_check=checked,
        )
    )
    data = pack(manifest, files)
    _readable_by_graders(data, files)
    return data, manifest


def _readable_by_graders(data: bytes, files: dict[str, bytes]) -> None:
    """Read the archive back as every inbox and server does (:func:`workshop.archive.unpack`),
    so that what they would refuse is refused here, before it is handed in. The one refusal
    a student's files can cause past the hand-in checks is the compression ratio (a long
    printed run of one character in a notebook): that says which file and what to do."""
    try:
        unpack(data)
    except ArchiveRejected as exc:
        if exc.key != "archive_ratio":
            raise
        worst = max(files, key=lambda name: len(files[name]) / len(zlib.compress(files[name])))
        raise SubmissionRejected("submit_compresses_too_well", name=worst, limit=MAX_RATIO) from None


# Room left in the manifest for the local results (its cap is MAX_MANIFEST_BYTES).
_MANIFEST_BUDGET = MAX_MANIFEST_BYTES - 4096


def _fit(manifest: Manifest) -> Manifest:
    """The manifest under its size cap: the local results lose their last tests (shown
    without detail at grading) until it fits."""
    checked = manifest.local_check
    while checked is not None and len(manifest.model_dump_json(indent=2).encode()) > _MANIFEST_BUDGET:
        if not checked.tests:
            checked = None
        else:
            checked = checked.model_copy(update={"tests": checked.tests[: len(checked.tests) * 3 // 4]})
        manifest = manifest.model_copy(update={"local_check": checked})
    return manifest


def _check_here(
    files: dict[str, bytes],
    exercise: Exercise,
    warn: Callable[[str], None] | None,
    on_check: Callable[[GradeResult], None] | None,
) -> LocalCheck | None:
    """The public tests on this machine (see :func:`build_archive`); None when they cannot
    run here (a module missing, the local run crashed), said through ``warn``, or when
    there is no student process (prompts)."""
    if exercise.spec.kind == "prompts":
        return None
    from workshop.check import check_files_here

    try:
        result, checked = check_files_here(files, exercise, current_lang())
    except InputError as exc:  # a module missing: check's own message says which
        reason = str(exc)
        checked = None
    except Exception as exc:  # noqa: BLE001 - the local run failed: submit all the same
        reason = f"{type(exc).__name__}: {exc}"[:300]
        checked = None
    else:
        if on_check is not None:
            on_check(result)
        reason = "" if checked is not None else t("submit_check_incomplete")
    if checked is None and warn is not None:
        warn(t("submit_check_failed", reason=reason.strip().splitlines()[0] if reason.strip() else "?"))
    return checked
