"""The background grader: waits for uploads and runs the same grading as ``workshop grade``."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

from workshop.course import Course
from workshop.errors import WorkshopError
from workshop.grade import Graders, GradeRun, grade_inbox
from workshop.gradebook import Gradebook
from workshop.i18n import current_lang
from workshop.reports import write_reports
from workshop.roster import RosterEntry
from workshop.sandbox.runs import sweep
from workshop.sandbox.runtime import RuntimeChoice

REPORTS_EVERY_S = 10.0  # while grading goes on; always once it is idle
IDLE_WAKE_S = 5.0  # look again even when nobody woke us: retries fall due


class GradingWorker(threading.Thread):
    """Grades what changed in the inbox whenever woken (and once at start, so a restarted
    server completes what was queued before it stopped). An upload wakes it even in the
    middle of a run: the next free container takes the freshest never-graded attempt
    before any retry (see ``grade_inbox``). :meth:`stop` ends it cleanly."""

    def __init__(
        self,
        inbox: Path,
        course: Course,
        data: Path,
        workers: int | None = None,
        runtime: RuntimeChoice | None = None,
        roster: list[RosterEntry] | None = None,
    ) -> None:
        super().__init__(name="grading", daemon=True)
        self.roster = roster  # the class page names who has not handed in
        self.inbox, self.course, self.data, self.workers = inbox, course, data, workers
        self.runtime = runtime or RuntimeChoice("runc")
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.idle = threading.Event()
        self.last_error: str | None = None
        self.kept = 0  # results recorded since start
        self.swept = 0  # containers of dead runs of this inbox removed at start
        self.last_run: GradeRun | None = None
        self.graders = Graders.sandbox(self.runtime, inbox=inbox)
        self._reports_at = 0.0
        self.turns: Counter[str] = Counter()  # jobs started per student: students take turns
        self.wake.set()

    def run(self) -> None:
        book = Gradebook(self.data / "gradebook.sqlite")
        try:
            self.swept = sweep(self.inbox)
        except WorkshopError as exc:  # engine down: said on /healthz; uploads still queue
            self.last_error = str(exc)
        try:
            while not self.stopping.is_set():
                self.wake.wait(timeout=IDLE_WAKE_S)
                if self.stopping.is_set():
                    break
                self.wake.clear()
                self.idle.clear()
                try:
                    run = grade_inbox(
                        self.inbox,
                        self.course,
                        book,
                        self.graders,
                        workers=self.workers,
                        lang=current_lang(),
                        on_done=lambda attempt, result: self._done(book),
                        stop=self.stopping,
                        follow=self.wake,
                        due_only=True,
                        turns=self.turns,
                    )
                    self.last_run = run
                    self.kept += len(run.graded)
                    if run.graded:
                        self._write_reports(book)
                    self.last_error = None
                except WorkshopError as exc:  # engine down: uploads stay queued in the inbox
                    self.last_error = str(exc)
                self.idle.set()
        finally:
            book.close()

    def _done(self, book: Gradebook) -> None:
        if time.monotonic() - self._reports_at > REPORTS_EVERY_S:
            self._write_reports(book)

    def _write_reports(self, book: Gradebook) -> None:
        # The whole class's reports: costly with a large class, so not after every result
        # (students read their feedback from the gradebook, not from these files).
        write_reports(book.latest(), self.course, self.data / "reports", current_lang(), self.roster)
        self._reports_at = time.monotonic()

    def stop(self, timeout: float = 60.0) -> None:
        """Take no more work, remove this run's containers, keep every finished result."""
        self.stopping.set()
        self.wake.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)
