"""The hand-in checks: what ``workshop submit`` checks before packing an attempt, and what
the server (on each upload) and ``workshop grade`` (on each archive of the inbox) check
again, with the same messages. The server is the boundary: a client's checks are advice.

Size and encoding are never optional. The parse checks (Python, prompts transcript,
notebook JSON) are skipped under ``allow_errors``: ``workshop submit --allow-errors`` hands
in a file that does not parse, so the server accepts it too, and grading says what is
wrong with it (a load error, or ``invalid`` with the line)."""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from pathlib import Path

from workshop.archive import Manifest, MemberCheck
from workshop.course import Exercise
from workshop.errors import ArchiveRejected, SubmissionRejected


def check_size(exercise: Exercise, name: str, size: int) -> None:
    """A handed-in file is at most the exercise's ``max_file_kib``."""
    limit_kib = exercise.spec.limits.max_file_kib
    if size > limit_kib * 1024:
        raise SubmissionRejected("file_too_large", name=name, kib=size // 1024, limit_kib=limit_kib)


def check_file(exercise: Exercise, name: str, data: bytes, allow_errors: bool = False) -> None:
    """Size and UTF-8 always; unless ``allow_errors``, the file parses as what it is."""
    check_size(exercise, name, len(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SubmissionRejected("file_not_utf8", name=name, offset=exc.start) from exc
    if allow_errors:
        return
    if exercise.spec.kind == "prompts":
        from workshop.prompts.grade import read_submission  # jsonschema: only when needed

        read_submission(exercise, data)
    if name.endswith(".ipynb"):
        check_notebook(exercise, name, data)
    if name.endswith(".py"):
        try:
            ast.parse(text, filename=name)
        except SyntaxError as exc:
            raise SubmissionRejected("file_syntax_error", name=name, line=exc.lineno, detail=exc.msg) from exc


def check_files(
    exercise: Exercise, files: Mapping[str, bytes], allow_errors: bool = False, folder: Path | None = None
) -> dict[str, bytes]:
    """Every file the exercise asks for, checked, in the spec's order; nothing else.
    ``folder`` is where a student's files were read from (None: from an archive)."""
    for name in files:
        check_expected(exercise, name)
    for name in exercise.spec.files:
        if name not in files:
            if folder is None:
                raise ArchiveRejected("archive_missing_file", name=name)
            raise SubmissionRejected("file_missing", name=name, folder=folder)
        check_file(exercise, name, files[name], allow_errors)
    return {name: files[name] for name in exercise.spec.files}


def check_expected(exercise: Exercise, name: str) -> None:
    if name not in exercise.spec.files:
        raise ArchiveRejected(
            "archive_unexpected_file", name=name[:80], expected=", ".join(exercise.spec.files)
        )


def member_check(exercise_of: Callable[[Manifest], Exercise]) -> MemberCheck:
    """For :func:`workshop.archive.unpack`: each file of an archive is one the exercise
    asks for and within its size, checked on the size its header declares, before it is
    read. ``exercise_of`` finds the exercise (it may raise ``ExerciseNotFound``)."""

    found: dict[str, Exercise] = {}

    def check(manifest: Manifest, name: str, size: int) -> None:
        if manifest.exercise not in found:
            found[manifest.exercise] = exercise_of(manifest)
        exercise = found[manifest.exercise]
        check_expected(exercise, name)
        check_size(exercise, name, size)

    return check


def check_notebook(exercise: Exercise, name: str, data: bytes) -> None:
    """A notebook that would not run as handed in (syntax error, an error in its last run,
    answers not written) is refused with what to fix; ``--allow-errors`` hands it in anyway."""
    import nbformat  # slow to import: only for notebooks

    from workshop.i18n import t
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
