"""The background grader: waits for uploads and runs the same grading as ``workshop grade``."""

from __future__ import annotations

import functools
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from workshop.course import Course
from workshop.errors import WorkshopError
from workshop.grade import Graders, GradeRun, grade_inbox
from workshop.gradebook import Gradebook
from workshop.i18n import current_lang
from workshop.reports import write_reports
from workshop.roster import RosterEntry
from workshop.sandbox.runner import Runner
from workshop.sandbox.runs import sweep
from workshop.sandbox.runtime import RuntimeChoice
from workshop.server.guard import REFUSALS
from workshop.server.storage import disk_full, is_disk_error

REPORTS_EVERY_S = 10.0  # while grading goes on; always once it is idle
IDLE_WAKE_S = 5.0  # look again even when nobody woke us: retries fall due
SHARED_SYNC_S = 1.0  # a shared database: how often to look for another server's uploads
BACKOFF_FIRST_S = 2.0  # after a run that failed (a full disk...): the first pause, doubled
BACKOFF_MAX_S = 30.0  # each time up to this, until a run succeeds


class GradingWorker(threading.Thread):
    """Grades what changed in the inbox whenever woken (and once at start, so a restarted
    server completes what was queued before it stopped). An upload wakes it even in the
    middle of a run: the next free container takes the freshest never-graded attempt
    before any retry (see ``grade_inbox``). :meth:`stop` ends it cleanly.

    ``gradebook``: ``data/gradebook.sqlite`` unless given (a path or a PostgreSQL URL; with
    a URL, uploads that other server processes received are copied into the inbox every
    second, see ``workshop.records.uploads``). ``broker``: grade on workers through this
    runner (``workshop.scale``) instead of the local engine; ``workers`` is then the number
    of jobs in flight, the jobs name ``runtime`` (``auto``: each worker's own choice).

    A run that fails (the engine away, the database away, a full disk: an ``OSError`` from
    the gradebook or the reports, or anything else) never ends the thread: the error is on
    ``/healthz`` (``last_error``), logged one line a minute, the attempts not recorded stay
    queued in the inbox, and the next run comes after a back-off (``BACKOFF_FIRST_S``
    doubled up to ``BACKOFF_MAX_S``), so grading resumes by itself once space is freed.
    Reports that could not be written are written again at the next run."""

    def __init__(
        self,
        inbox: Path,
        course: Course,
        data: Path,
        workers: int | None = None,
        runtime: RuntimeChoice | None = None,
        gradebook: Path | str | None = None,
        broker: Callable[[], Runner] | None = None,
        roster: list[RosterEntry] | None = None,
        warm: int = 0,
    ) -> None:
        super().__init__(name="grading", daemon=True)
        self.roster = roster  # the class page names who has not handed in
        self.inbox, self.course, self.data, self.workers = inbox, course, data, workers
        self.warm = warm if broker is None else 0
        self.runtime = runtime or RuntimeChoice("runc")
        self.gradebook = gradebook or data / "gradebook.sqlite"
        self.shared = isinstance(self.gradebook, str) and "://" in self.gradebook
        self.broker = broker
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.idle = threading.Event()
        self.last_error: str | None = None
        self.kept = 0  # results recorded since start
        self.swept = 0  # containers of dead runs of this inbox removed at start
        self.last_run: GradeRun | None = None
        if broker is not None:
            from workshop.scale.runner import broker_runtime

            self.graders = Graders(broker, runtime=broker_runtime(self.runtime.choice))
        else:
            # ``warm`` containers started ahead (serve --warm): the first uploads of a
            # burst find theirs ready (see DockerRunner.prewarm).
            self.graders = Graders.sandbox(self.runtime, inbox=inbox, warm=warm)
        self._reports_at = 0.0
        self._reports_due = False  # the last writing of the reports failed
        self.failures = 0  # runs that failed in a row (the back-off grows with them)
        self.turns: Counter[str] = Counter()  # jobs started per student: students take turns
        self.wake.set()

    def run(self) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        book: Gradebook | None = None
        if self.broker is None:  # containers of this machine's dead runs; workers sweep theirs
            for step in (self._sweep, self._hold_pages, self._prewarm):  # each on its own
                try:
                    step()
                except WorkshopError as exc:  # engine down: said on /healthz; uploads still queue
                    self.last_error = str(exc)
                except Exception as exc:  # noqa: BLE001 - a full disk...: the thread goes on
                    self.last_error = _said(exc)
        syncer = None
        if self.shared:
            syncer = threading.Thread(target=self._sync_shared, name="grading-sync", daemon=True)
            syncer.start()
        try:
            while not self.stopping.is_set():
                self.wake.wait(timeout=IDLE_WAKE_S)
                if self.stopping.is_set():
                    break
                self.wake.clear()
                self.idle.clear()
                try:
                    if book is None:
                        book = Gradebook(self.gradebook)
                    run = grade_inbox(
                        self.inbox,
                        self.course,
                        book,
                        self.graders,
                        workers=self.workers,
                        lang=current_lang(),
                        on_done=functools.partial(self._done, book),
                        stop=self.stopping,
                        follow=self.wake,
                        due_only=True,
                        turns=self.turns,
                    )
                    self.last_run = run
                    self.kept += len(run.graded)
                    if run.graded or self._reports_due:
                        self._write_reports(book)
                    if not self._reports_due:
                        self.last_error = None
                    self.failures = 0
                except Exception as exc:  # noqa: BLE001 - the thread must outlive any run
                    # engine down, database away, a full disk (OSError, or SQLite's "database
                    # or disk is full"), or a bug: uploads stay queued in the inbox.
                    self.last_error = str(exc) if isinstance(exc, WorkshopError) else _said(exc)
                    if not isinstance(exc, WorkshopError | SQLAlchemyError) or disk_full(exc):
                        disk = is_disk_error(exc)
                        REFUSALS.note("server_log_grading_disk" if disk else "server_log_grading_failed")
                    if book is not None and not isinstance(exc, WorkshopError):
                        book.close()  # opened afresh at the next run
                        book = None
                    if not isinstance(exc, WorkshopError):  # the engine's own retries stand
                        self.failures += 1
                        self._back_off()
                self.idle.set()
        finally:
            if self.broker is None:  # the containers started ahead, waiting for no job now
                self.graders.stop()
            if book is not None:
                book.close()
            if syncer is not None:
                syncer.join(timeout=5)

    def _sweep(self) -> None:
        self.swept = sweep(self.inbox)

    def _hold_pages(self) -> None:
        """Hold the image's pages in the page cache now (sandbox/pagecache.py), not when the
        first upload of the class arrives and waits for it."""
        image = getattr(self.graders.runner(), "image", None)
        if isinstance(image, str):
            from workshop.sandbox import pagecache

            pagecache.ensure(image)

    def _back_off(self) -> None:
        """Wait before the next run (uploads do not cut it short; a stop does), then run."""
        pause = min(BACKOFF_FIRST_S * 2 ** (self.failures - 1), BACKOFF_MAX_S)
        if not self.stopping.wait(pause):
            self.wake.set()

    def _prewarm(self) -> None:
        """Start the containers of the course's exercises ahead, before any upload."""
        if self.warm <= 0:
            return
        prewarm = getattr(self.graders.runner(), "prewarm", None)
        if prewarm is None:
            return
        for exercise in self.course.exercises():
            if exercise.spec.kind in ("python", "notebook"):
                prewarm(exercise.spec.limits)

    def _sync_shared(self) -> None:
        """Copy into the inbox the uploads another server process received, and wake the
        grading when there were any (in its own thread: a long run does not delay them)."""
        from sqlalchemy.exc import SQLAlchemyError

        from workshop.records.uploads import sync_inbox

        book: Gradebook | None = None
        try:
            while not self.stopping.is_set():
                try:
                    if book is None:
                        book = Gradebook(self.gradebook)
                    if sync_inbox(book, self.inbox):
                        self.wake.set()
                except (WorkshopError, SQLAlchemyError) as exc:
                    self.last_error = str(exc).splitlines()[0][:200]
                self.stopping.wait(SHARED_SYNC_S)
        finally:
            if book is not None:
                book.close()

    def _done(self, book: Gradebook, *_: object) -> None:
        if time.monotonic() - self._reports_at > REPORTS_EVERY_S:
            self._write_reports(book)

    def _write_reports(self, book: Gradebook) -> None:
        # The whole class's reports: costly with a large class, so not after every result
        # (students read their feedback from the gradebook, not from these files). A disk
        # that is full leaves them for the next run; the results are in the gradebook.
        self._reports_at = time.monotonic()
        try:
            write_reports(book.latest(), self.course, self.data / "reports", current_lang(), self.roster)
        except OSError as exc:
            self._reports_due = True
            self.last_error = _said(exc)
            REFUSALS.note("server_log_grading_disk")
            return
        self._reports_due = False

    def stop(self, timeout: float = 60.0) -> None:
        """Take no more work, remove this run's containers, keep every finished result."""
        self.stopping.set()
        self.wake.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)


def _said(exc: BaseException) -> str:
    """An error in one short line, for /healthz."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return (text or type(exc).__name__)[:200]
