"""The background grader: waits for uploads and runs the same grading as ``workshop grade``."""

from __future__ import annotations

import threading
from pathlib import Path

from workshop.course import Course
from workshop.errors import WorkshopError
from workshop.grade import Graders, grade_inbox
from workshop.gradebook import Gradebook
from workshop.i18n import current_lang
from workshop.reports import write_reports
from workshop.sandbox.runtime import RuntimeChoice

BATCH = 8


class GradingWorker(threading.Thread):
    """Grades what changed in the inbox whenever woken (and once at start, so a restarted
    server completes what was queued before it stopped)."""

    def __init__(
        self,
        inbox: Path,
        course: Course,
        data: Path,
        workers: int | None = None,
        runtime: RuntimeChoice | None = None,
    ) -> None:
        super().__init__(name="grading", daemon=True)
        self.inbox, self.course, self.data, self.workers = inbox, course, data, workers
        self.runtime = runtime or RuntimeChoice("runc")
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.idle = threading.Event()
        self.last_error: str | None = None
        self.wake.set()

    def run(self) -> None:
        graders = Graders.sandbox(self.runtime)
        book = Gradebook(self.data / "gradebook.sqlite")
        try:
            while not self.stopping.is_set():
                self.wake.wait(timeout=5)
                if self.stopping.is_set():
                    break
                self.wake.clear()
                self.idle.clear()
                try:
                    # Small batches, in arrival order: uploads that arrive meanwhile are
                    # registered (and seen on the dashboard) at the next round, not after a class.
                    run = grade_inbox(
                        self.inbox,
                        self.course,
                        book,
                        graders,
                        workers=self.workers,
                        lang=current_lang(),
                        limit=BATCH,
                    )
                    if run.remaining:
                        self.wake.set()
                    if run.graded:
                        write_reports(book.latest(), self.course, self.data / "reports", current_lang())
                    self.last_error = None
                except WorkshopError as exc:  # engine down: uploads stay queued in the inbox
                    self.last_error = str(exc)
                self.idle.set()
        finally:
            book.close()

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()
