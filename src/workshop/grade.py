"""``workshop grade``: grade the latest attempt of each student for each exercise.

Each attempt is unpacked and checked on the host (the same bounded reader and hand-in
checks as the server), run in a fresh container, and its result validated and stored.
Workers run in parallel (default: one per core); the gradebook is written by the calling
thread only. Nothing a submission does can stop the run: every attempt ends with a status.

What the submission causes is final (``invalid``, ``failed``, ``crashed``...); only our own
faults (``infra_error``: the engine, the course's files, the LLM endpoint, a bug) are
graded again, never-graded attempts first. A stop (Ctrl-C, SIGTERM) starts no new job,
removes the running containers, and keeps every result that finished."""

from __future__ import annotations

import json
import os
import threading
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.archive import read_attempt
from workshop.bounds import bounded
from workshop.course import Course, Exercise
from workshop.errors import ArchiveRejected, ExerciseNotFound, InputError, SandboxError
from workshop.gradebook import Gradebook
from workshop.handin import check_files, member_check
from workshop.i18n import template
from workshop.inbox import Attempt, scan
from workshop.prompts.llm import LlmClient, Usage
from workshop.results import GradeResult, LocalCheck, ManualAnswer, Status, interpret
from workshop.sandbox.image import image_tag
from workshop.sandbox.runner import GradingStopped, Job, Runner
from workshop.sandbox.runtime import RUNTIMES, Runtime, RuntimeChoice

if TYPE_CHECKING:
    from workshop.notebooks import NotebookJob

MAX_DETAIL_CHARS = 300
LOG_CAP_CHARS = 8000
_POLL_S = 0.2  # how often a waiting run looks at its stop and follow events


@dataclass
class GradeRun:
    """What one ``grade_inbox`` call did."""

    graded: list[tuple[Attempt, GradeResult]] = field(default_factory=list)
    unchanged: int = 0
    strays: list[Path] = field(default_factory=list)
    waiting: int = 0  # infrastructure errors whose next try is not due yet (``due_only``)
    stopped: bool = False
    interrupted: int = 0  # running when the run was stopped: graded at the next run
    not_started: int = 0  # still queued when the run was stopped
    removed: int = 0  # containers removed by the stop


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
            "memory_mib": exercise.spec.limits.memory_mib,
            "max_detail_chars": MAX_DETAIL_CHARS,
            "lang": lang,
            "contract": exercise.spec.contract,
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
    def sandbox(
        cls, runtime: RuntimeChoice, llm: LlmClient | None = None, inbox: Path | None = None, warm: int = 0
    ) -> Graders:
        """The real sandbox: the grading image, run under ``runtime`` (the one the grader
        key names); for ``inbox``, its containers carry the run's labels (``sandbox/runs.py``)
        and ``warm`` of them are kept started ahead (``DockerRunner.prewarm``)."""
        from workshop.sandbox.image import require_image
        from workshop.sandbox.runner import DockerRunner

        if inbox is not None:  # labelled with this run and inbox, swept if the run dies
            from workshop.sandbox.runs import runner_for

            return cls(lambda: runner_for(inbox, runtime.get(), warm), llm, runtime=runtime)
        return cls(lambda: DockerRunner(require_image(), runtime.get()), llm, runtime=runtime)

    def runner(self) -> Runner:
        with self._lock:
            if self._runner is None:
                self._runner = self.runner_factory()
            return self._runner

    def stop(self) -> int:
        """Stop the runner, if one was made: no new job, running containers removed."""
        with self._lock:
            runner = self._runner
        stop = getattr(runner, "stop", None)
        return int(stop()) if stop is not None else 0


def grade_attempt(attempt: Attempt, exercise: Exercise, graders: Graders, lang: str) -> GradeResult:
    """Grade one attempt; never raises for anything the submission did."""
    max_score = exercise.spec.points
    try:
        manifest, files = read_attempt(attempt.path, member_check(lambda manifest: exercise))
        if manifest.exercise != attempt.exercise or manifest.student != attempt.student:
            raise ArchiveRejected("archive_wrong_owner")
        # The checks of `workshop submit --allow-errors`: an archive dropped in a shared
        # inbox by hand gets them too; what does not parse is said by grading itself.
        files = check_files(exercise, files, allow_errors=True)
    except InputError as exc:
        return GradeResult.ungraded(Status.invalid, max_score, exc.key, str(exc))
    except OSError as exc:
        return GradeResult.ungraded(Status.infra_error, max_score, "inbox_unreadable", str(exc))
    return grade_files(exercise, files, graders, lang, manifest.local_check)


def grade_files(
    exercise: Exercise,
    files: dict[str, bytes],
    graders: Graders,
    lang: str,
    local: LocalCheck | None = None,
    gate: bool = True,
) -> GradeResult:
    """Grade checked files: prompts on the host, code in the sandbox. ``local``: what the
    public tests gave on the student's machine at submit; of a public test that did not
    pass, and of a load error, the student reads that, never the grading's own text (see
    :func:`interpret`). ``gate``
    false (the trainer's own files, ``workshop exercise validate``): shown as they are."""
    max_score = exercise.spec.points
    if exercise.spec.kind == "prompts":
        # In a child process under the exercise's CPU limit: a slow one costs that
        # submission only, never the server's requests or the other jobs.
        from workshop.prompts.isolate import grade_isolated

        return grade_isolated(exercise, files, graders.llm, graders.usage, tasks_only=exercise.tasks)
    notes: list[str] = []
    answers: list[ManualAnswer] = []
    try:
        if exercise.spec.kind == "notebook":
            job, restored = notebook_job(exercise, files, lang=lang)
            notes, answers = restored.notes, restored.answers
        else:
            job = build_job(exercise, files, lang)
    except ArchiveRejected as exc:
        return GradeResult.ungraded(Status.invalid, max_score, exc.key, str(exc))
    try:
        output = graders.runner().run(job)
    except GradingStopped:
        raise
    except SandboxError as exc:
        return GradeResult.ungraded(Status.infra_error, max_score, exc.key, str(exc))
    result = interpret(
        output,
        max_score,
        LOG_CAP_CHARS,
        "fr" if lang == "fr" else "en",
        gate=gate,
        local=local,
    )
    if notes or answers:
        # The answers come from the host's own reading of the notebook, never from the sandbox.
        result = result.model_copy(update={"notes": notes + result.notes, "answers": answers})
    return bounded(result)


# Why a test cell failed, for ``workshop check`` (see workshop_harness.notebook.TEXTS).
EXPLAIN_TEXTS = ("raised", "at", "cell_failed", "stderr")


def notebook_job(
    exercise: Exercise, files: dict[str, bytes], public_only: bool = False, lang: str = "en"
) -> tuple[Job, NotebookJob]:
    """Restore the submitted notebooks against the grader copies (or, for ``workshop check``,
    the student version: public tests only); the job carries the cells for the grader only,
    and the data files for both sides. ``NBGRADER_EXECUTION`` is ``autograde`` when grading,
    ``validate`` for ``workshop check`` (as ``nbgrader validate``), which also explains failures."""
    from workshop.notebooks import checks_something, notebook_job_cells  # nbformat is slow to import

    grader_dir = exercise.public_dir if public_only else exercise.require_grader()
    restored = notebook_job_cells(exercise.spec.files, grader_dir, files, exercise.public_dir)
    notebooks = restored.notebooks
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
            "memory_mib": exercise.spec.limits.memory_mib,
            "notebooks": notebooks,
            "execution": "validate" if public_only else "autograde",
            "explain": public_only,  # the student version's cells: nothing hidden to reveal
            "texts": {
                key: template(f"explain_{key}", "fr" if lang == "fr" else "en") for key in EXPLAIN_TEXTS
            }
            if public_only
            else {},
            "contract": exercise.spec.contract,
        }
    ).encode()
    return Job(job_files, exercise.spec.limits), restored


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


@dataclass(frozen=True)
class _Todo:
    attempt: Attempt
    exercise: Exercise | None
    key: str
    submission_id: int
    rank: int  # 0: never graded, 1: graded under another grader key, 2: an infra retry
    next_at: str = ""
    # The key under each runtime: a result is recorded under the key of the runtime that
    # really ran it (with a broker and ``auto``, each worker decides; see workshop.scale).
    by_runtime: tuple[tuple[str, str], ...] = ()

    def key_for(self, result: GradeResult) -> str:
        return dict(self.by_runtime).get(result.runtime, self.key)


def _plan(
    inbox: Path,
    course: Course,
    gradebook: Gradebook,
    graders: Graders,
    run: GradeRun,
    due_only: bool,
    busy: set[Path],
    turns: Counter[str],
) -> list[_Todo]:
    """Register every attempt; return the latest attempts that need grading, best first:
    never-graded attempts, then re-grades (a changed test or image), then infrastructure
    retries. Within each, students take turns: a student's k-th queued attempt comes after
    every other student's (k-1)-th, counting the jobs ``turns`` says each already had, then
    arrival order (retries: the longest-waiting first). So a student who keeps uploading,
    to one exercise or to all, never holds up another's first upload. Only the latest
    attempt of a student and exercise is queued; an older one never graded is recorded as
    superseded (its file stays in the inbox). ``due_only``: retries whose back-off has not
    run out wait (counted in ``run.waiting``). ``busy``: being graded, left out."""
    scanned, run.strays = scan(inbox)
    attempts: list[Attempt] = []
    latest: dict[tuple[str, str], Attempt] = {}
    ids: dict[Path, int] = {}
    with gradebook.transaction():
        for attempt in scanned:
            try:
                size = attempt.path.stat().st_size
            except FileNotFoundError:  # removed since the scan (a shared folder): not there
                continue
            attempts.append(attempt)
            ids[attempt.path] = gradebook.register(
                attempt.exercise, attempt.student, attempt.name, attempt.path, size
            )
            who = (attempt.exercise, attempt.student)
            if who not in latest or attempt.name > latest[who].name:
                latest[who] = attempt
        for attempt in attempts:
            newest = latest[(attempt.exercise, attempt.student)]
            if attempt is not newest and attempt.path not in busy:
                gradebook.supersede(ids[attempt.path], ids[newest.path])

    image = image_tag()
    # Per exercise, once per plan: a key hashes the exercise's files (the server plans
    # again at every upload, over the whole class).
    exercises: dict[str, tuple[Exercise | None, list[str], tuple[tuple[str, str], ...]]] = {}
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    todo: list[_Todo] = []
    run.unchanged = run.waiting = 0
    for attempt in latest.values():
        if attempt.exercise not in exercises:
            try:
                found = course.exercise(attempt.exercise)
                found.require_grader()
                # Each result is recorded under the key of the runtime that ran it.
                by_runtime: tuple[tuple[str, str], ...] = (
                    tuple((r, grader_key(found, image, graders.llm, r)) for r in RUNTIMES)
                    if found.spec.kind != "prompts"
                    else ()
                )
                # The first key is this run's; with ``auto`` and the engine down, a grade
                # under either runtime counts (see _keys).
                exercises[attempt.exercise] = (found, _keys(found, image, graders), by_runtime)
            except ExerciseNotFound:
                exercises[attempt.exercise] = (None, ["no-exercise"], ())
        exercise, keys, by_runtime = exercises[attempt.exercise]
        key = keys[0]
        states = [gradebook.grade_state(ids[attempt.path], k) for k in keys]
        state = next((st for st in states if st.kind == "graded"), states[0])
        if state.kind == "graded":
            run.unchanged += 1
        elif attempt.path in busy:
            continue
        elif state.kind == "retry" and due_only and state.next_at > now:
            run.waiting += 1
        else:
            rank = {"fresh": 0, "regrade": 1, "retry": 2}[state.kind]
            todo.append(_Todo(attempt, exercise, key, ids[attempt.path], rank, state.next_at, by_runtime))
    todo.sort(key=lambda item: (item.rank, item.next_at, item.attempt.name))
    queued: Counter[str] = Counter()
    fair: list[tuple[tuple[int, int, str, str], _Todo]] = []
    for item in todo:
        student = item.attempt.student
        fair.append(((item.rank, turns[student] + queued[student], item.next_at, item.attempt.name), item))
        queued[student] += 1
    fair.sort(key=lambda pair: pair[0])
    return [item for _, item in fair]


def grade_inbox(
    inbox: Path,
    course: Course,
    gradebook: Gradebook,
    graders: Graders,
    workers: int | None = None,
    lang: str = "en",
    on_total: Callable[[int], None] = lambda n: None,
    on_done: Callable[[Attempt, GradeResult], None] = lambda a, r: None,
    stop: threading.Event | None = None,
    follow: threading.Event | None = None,
    due_only: bool = False,
    turns: Counter[str] | None = None,
) -> GradeRun:
    """Grade what changed in ``inbox``; the sandbox is only reached if there is work for it.

    Jobs start as workers free up, best first (see :func:`_plan`); each result is recorded
    as it comes. ``follow`` (the server's wake-up event): whenever it is set, the inbox is
    scanned again and the queue rebuilt, so a fresh upload overtakes what waits. ``stop``:
    when set, no new job starts, running containers are removed (their jobs are graded at
    the next run) and every finished result is kept. ``due_only``: infrastructure retries
    wait for their back-off (the server; ``workshop grade`` retries them all). ``turns``:
    jobs started per student so far, counted on here (the server keeps one for its life,
    so that students take turns across runs; see :func:`_plan`)."""
    run = GradeRun()
    turns = Counter() if turns is None else turns
    queue = deque(_plan(inbox, course, gradebook, graders, run, due_only, set(), turns))
    total = len(queue)
    on_total(total)
    if not queue:
        return run
    if any(item.exercise is not None and item.exercise.spec.kind != "prompts" for item in queue):
        graders.runner()  # engine or image missing: one clear error before any work starts
    pool_size = max(1, workers or os.cpu_count() or 1)
    running: dict[Future[GradeResult], _Todo] = {}
    with ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="grade") as pool:
        while True:
            if stop is not None and stop.is_set():
                break
            if follow is not None and follow.is_set() and len(running) < pool_size:
                follow.clear()
                busy = {item.attempt.path for item in running.values()}
                queue = deque(_plan(inbox, course, gradebook, graders, run, due_only, busy, turns))
                total = len(run.graded) + len(running) + len(queue)
                on_total(total)
            while queue and len(running) < pool_size:
                item = queue.popleft()
                turns[item.attempt.student] += 1
                running[pool.submit(_grade_one, item.attempt, item.exercise, graders, lang)] = item
            if not running:
                break
            finished, _ = wait(running, timeout=_POLL_S, return_when=FIRST_COMPLETED)
            for future in finished:
                _finish(future, running.pop(future), gradebook, run, on_done)
        if stop is not None and stop.is_set():  # remove the containers, keep what finishes
            run.stopped = True
            run.removed = graders.stop()
            run.not_started = len(queue)
            for future in list(running):
                _finish(future, running.pop(future), gradebook, run, on_done)
    return run


def _finish(
    future: Future[GradeResult],
    item: _Todo,
    gradebook: Gradebook,
    run: GradeRun,
    on_done: Callable[[Attempt, GradeResult], None],
) -> None:
    try:
        result = future.result()
    except GradingStopped:
        run.interrupted += 1
        return
    result = _record(gradebook, item, result)
    run.graded.append((item.attempt, result))
    on_done(item.attempt, result)


def _record(gradebook: Gradebook, item: _Todo, result: GradeResult) -> GradeResult:
    """Store ``result``; what is stored. A result the gradebook refuses while it can store
    another (something in this one result, a bug of ours) becomes this attempt's
    ``infra_error``, retried with the capped back-off: one attempt never stops the run,
    nor every later run of the class (red team 12g, S1). When even that cannot be stored
    (a full disk, the database away), the first error stands and the run fails."""
    try:
        gradebook.record(item.submission_id, item.key_for(result), result)
        return result
    except Exception as exc:  # noqa: BLE001 - anything about this one result
        kept = GradeResult.ungraded(
            Status.infra_error, result.max_score, "result_unstorable", f"{type(exc).__name__}: {exc}"[:500]
        )
        kept.runtime = result.runtime
        try:
            gradebook.record(item.submission_id, item.key_for(kept), kept)
        except Exception:  # noqa: BLE001 - the gradebook itself fails: say the first error
            raise exc from None
        return kept


def _grade_one(attempt: Attempt, exercise: Exercise | None, graders: Graders, lang: str) -> GradeResult:
    if exercise is None:
        return GradeResult.ungraded(Status.invalid, 0, "exercise_unknown")
    try:
        return grade_attempt(attempt, exercise, graders, lang)
    except GradingStopped:
        raise
    except Exception as exc:  # noqa: BLE001 - the run must go on; this is our bug, not theirs
        return GradeResult.ungraded(
            Status.infra_error, exercise.spec.points, "internal_error", f"{type(exc).__name__}: {exc}"
        )
