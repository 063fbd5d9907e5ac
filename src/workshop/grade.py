"""``workshop grade``: grade the latest attempt of each student for each exercise.

Each attempt is unpacked and checked on the host, run in a fresh container, and its
result validated and stored. Workers run in parallel (default: one per core); the
gradebook is written by the calling thread only. Nothing a submission does can stop the
run: every attempt ends with a status."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from workshop.archive import unpack
from workshop.course import Course, Exercise
from workshop.errors import ArchiveRejected, ExerciseNotFound, SandboxError
from workshop.gradebook import Gradebook
from workshop.inbox import Attempt, scan
from workshop.prompts.llm import LlmClient, Usage
from workshop.results import GradeResult, Status, interpret
from workshop.sandbox.image import image_tag
from workshop.sandbox.runner import Job, Runner
from workshop.sandbox.runtime import RUNTIMES, Runtime, RuntimeChoice

MAX_DETAIL_CHARS = 300
LOG_CAP_CHARS = 8000


@dataclass
class GradeRun:
    """What one ``grade_inbox`` call did."""

    graded: list[tuple[Attempt, GradeResult]] = field(default_factory=list)
    unchanged: int = 0
    remaining: int = 0  # left for the next call when ``limit`` cut the batch
    strays: list[Path] = field(default_factory=list)


def build_job(exercise: Exercise, files: dict[str, bytes], lang: str, hidden: bool = True) -> Job:
    """The job for one submission: its files, the public tests and (unless ``hidden`` is
    false, as for ``workshop check``) the hidden tests."""
    job_files = {f"submission/{name}": data for name, data in files.items()}
    folders: list[tuple[str, Path | None]] = [("public", exercise.public_tests)]
    if hidden:
        folders.append(("hidden", exercise.hidden_tests))
    for visibility, folder in folders:
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.py")):
            if "__pycache__" not in path.parts:
                job_files[f"tests/{visibility}/{path.relative_to(folder)}"] = path.read_bytes()
    job_files["job.json"] = json.dumps(
        {
            "module": exercise.spec.module_name,
            "call_time_s": exercise.spec.limits.call_time_s,
            "max_detail_chars": MAX_DETAIL_CHARS,
            "lang": lang,
        }
    ).encode()
    return Job(job_files, exercise.spec.limits)


@dataclass
class Graders:
    """What grading needs beyond the submission: the sandbox runner (made on first use),
    the runtime it grades under (part of the grader key) and, in live mode, the LLM client
    with the usage it has counted."""

    runner_factory: Callable[[], Runner]
    llm: LlmClient | None = None
    runtime: RuntimeChoice = field(default_factory=lambda: RuntimeChoice("runc"))
    usage: Usage = field(default_factory=Usage)
    _runner: Runner | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def sandbox(cls, runtime: RuntimeChoice, llm: LlmClient | None = None) -> Graders:
        """The real sandbox: the grading image, run under ``runtime`` (the one the grader
        key names)."""
        from workshop.sandbox.image import require_image
        from workshop.sandbox.runner import DockerRunner

        return cls(lambda: DockerRunner(require_image(), runtime.get()), llm, runtime=runtime)

    def runner(self) -> Runner:
        with self._lock:
            if self._runner is None:
                self._runner = self.runner_factory()
            return self._runner


def grade_attempt(attempt: Attempt, exercise: Exercise, graders: Graders, lang: str) -> GradeResult:
    """Grade one attempt; never raises for anything the submission did."""
    max_score = exercise.spec.points
    try:
        manifest, files = unpack(attempt.path.read_bytes())
        if manifest.exercise != attempt.exercise or manifest.student != attempt.student:
            raise ArchiveRejected("archive_wrong_owner")
        missing = [name for name in exercise.spec.files if name not in files]
        if missing:
            raise ArchiveRejected("archive_missing_file", name=missing[0])
    except ArchiveRejected as exc:
        return GradeResult.ungraded(Status.invalid, max_score, exc.key, str(exc))
    except OSError as exc:
        return GradeResult.ungraded(Status.infra_error, max_score, "inbox_unreadable", str(exc))
    return grade_files(exercise, files, graders, lang)


def grade_files(exercise: Exercise, files: dict[str, bytes], graders: Graders, lang: str) -> GradeResult:
    """Grade checked files: prompts on the host, code in the sandbox."""
    max_score = exercise.spec.points
    if exercise.spec.kind == "prompts":
        from workshop.prompts.grade import grade_prompts  # jsonschema: only when needed

        return grade_prompts(exercise, files, graders.llm, graders.usage)
    notes: list[str] = []
    try:
        if exercise.spec.kind == "notebook":
            job, notes = notebook_job(exercise, files)
        else:
            job = build_job(exercise, files, lang)
    except ArchiveRejected as exc:
        return GradeResult.ungraded(Status.invalid, max_score, exc.key, str(exc))
    try:
        output = graders.runner().run(job)
    except SandboxError as exc:
        return GradeResult.ungraded(Status.infra_error, max_score, exc.key, str(exc))
    result = interpret(output, max_score, LOG_CAP_CHARS)
    if notes:
        result = result.model_copy(update={"notes": notes + result.notes})
    return result


def notebook_job(
    exercise: Exercise, files: dict[str, bytes], public_only: bool = False
) -> tuple[Job, list[str]]:
    """Restore the submitted notebooks against the grader copies (or, for ``workshop check``,
    the student version: public tests only); the job carries the cells for the grader only,
    and the data files for both sides."""
    from workshop.notebooks import checks_something, notebook_job_cells  # nbformat is slow to import

    grader_dir = exercise.public_dir if public_only else exercise.require_grader()
    notebooks, notes = notebook_job_cells(exercise.spec.files, grader_dir, files)
    if public_only:  # a test cell whose visible part checks nothing would pass for nothing
        for notebook in notebooks:
            notebook["cells"] = [
                c for c in notebook["cells"] if c["kind"] != "test" or checks_something(c["source"])
            ]
    job_files = {f"submission/{n}": d for n, d in files.items() if not n.endswith(".ipynb")}
    for name in exercise.spec.data:  # public data: setup cells read it on both sides
        data = (exercise.public_dir / name).read_bytes()
        job_files[f"submission/{name}"] = data
        job_files[f"tests/data/{name}"] = data
    job_files["job.json"] = json.dumps(
        {
            "kind": "notebook",
            "module": "",
            "call_time_s": exercise.spec.limits.call_time_s,
            "notebooks": notebooks,
        }
    ).encode()
    return Job(job_files, exercise.spec.limits), notes


def grader_key(exercise: Exercise, image: str, llm: LlmClient | None, runtime: Runtime = "runc") -> str:
    """Changes when anything that decides the grade changes: tests, spec, image, endpoint,
    runtime (a class graded under runc is graded again under runsc; runc keeps the key it
    had before runtimes were chosen, so existing gradebooks stay valid)."""
    if exercise.spec.kind == "prompts":
        return f"{exercise.fingerprint()}@" + (f"llm-{llm.settings.fingerprint()}" if llm else "transcript")
    key = f"{exercise.fingerprint()}@{image.split(':')[-1]}"
    return key if runtime == "runc" else f"{key}@{runtime}"


def _keys(exercise: Exercise, image: str, graders: Graders) -> list[str]:
    """The grader key of ``exercise`` (first) and any other key that counts as graded:
    with ``auto`` and the engine down, a grade under either runtime is kept (nothing
    could be graded again anyway)."""
    if exercise.spec.kind == "prompts":
        return [grader_key(exercise, image, graders.llm)]
    runtime = graders.runtime.known()
    runtimes: tuple[Runtime, ...] = (runtime,) if runtime else RUNTIMES
    return [grader_key(exercise, image, graders.llm, r) for r in runtimes]


def grade_inbox(
    inbox: Path,
    course: Course,
    gradebook: Gradebook,
    graders: Graders,
    workers: int | None = None,
    lang: str = "en",
    on_total: Callable[[int], None] = lambda n: None,
    on_done: Callable[[Attempt, GradeResult], None] = lambda a, r: None,
    limit: int | None = None,
) -> GradeRun:
    """Grade what changed in ``inbox``; the sandbox is only reached if there is work for it."""
    attempts, strays = scan(inbox)
    run = GradeRun(strays=strays)
    latest: dict[tuple[str, str], Attempt] = {}
    ids: dict[Path, int] = {}
    gradebook.db.execute("BEGIN")
    for attempt in attempts:
        ids[attempt.path] = gradebook.register(
            attempt.exercise,
            attempt.student,
            attempt.name,
            attempt.path,
            attempt.path.stat().st_size,
        )
        who = (attempt.exercise, attempt.student)
        if who not in latest or attempt.name > latest[who].name:
            latest[who] = attempt
    gradebook.db.execute("COMMIT")

    image = image_tag()
    exercises: dict[str, Exercise | None] = {}
    todo: list[tuple[Attempt, Exercise | None, str]] = []
    for attempt in latest.values():
        if attempt.exercise not in exercises:
            try:
                found = course.exercise(attempt.exercise)
                found.require_grader()
                exercises[attempt.exercise] = found
            except ExerciseNotFound:
                exercises[attempt.exercise] = None
        exercise = exercises[attempt.exercise]
        keys = _keys(exercise, image, graders) if exercise else ["no-exercise"]
        if any(gradebook.has_grade(ids[attempt.path], key) for key in keys):
            run.unchanged += 1
        else:
            todo.append((attempt, exercise, keys[0]))
    todo.sort(key=lambda item: item[0].name)  # arrival order: first come, first graded
    if limit is not None and len(todo) > limit:
        run.remaining = len(todo) - limit
        todo = todo[:limit]
    on_total(len(todo))
    if not todo:
        return run

    if any(exercise is not None and exercise.spec.kind == "python" for _, exercise, _ in todo):
        graders.runner()  # engine or image missing: one clear error before any work starts
    pool_size = max(1, min(workers or os.cpu_count() or 1, len(todo)))
    with ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="grade") as pool:
        futures = {
            pool.submit(_grade_one, attempt, exercise, graders, lang): (attempt, key)
            for attempt, exercise, key in todo
        }
        for future in as_completed(futures):
            attempt, key = futures[future]
            result = future.result()
            gradebook.record(ids[attempt.path], key, result)
            run.graded.append((attempt, result))
            on_done(attempt, result)
    return run


def _grade_one(attempt: Attempt, exercise: Exercise | None, graders: Graders, lang: str) -> GradeResult:
    if exercise is None:
        return GradeResult.ungraded(Status.invalid, 0, "exercise_unknown")
    try:
        return grade_attempt(attempt, exercise, graders, lang)
    except Exception as exc:  # noqa: BLE001 - the run must go on; this is our bug, not theirs
        return GradeResult.ungraded(
            Status.infra_error, exercise.spec.points, "internal_error", f"{type(exc).__name__}: {exc}"
        )
