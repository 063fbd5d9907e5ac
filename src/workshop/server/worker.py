"""The background grader: waits for uploads and runs the same grading as ``workshop grade``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from workshop.course import Course
from workshop.errors import WorkshopError
from workshop.grade import Graders, grade_inbox
from workshop.gradebook import Gradebook
from workshop.i18n import current_lang
from workshop.reports import write_reports
from workshop.sandbox.image import require_image
from workshop.sandbox.runner import DockerRunner, Runner

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
        gradebook: Path | str | None = None,
        broker: Callable[[], Runner] | None = None,
    ) -> None:
        """``gradebook``: ``data/gradebook.sqlite`` unless given (a path or a PostgreSQL URL).
        ``broker``: grade on workers through this runner (workshop.scale) instead of the
        local engine; ``workers`` is then the number of jobs in flight."""
        super().__init__(name="grading", daemon=True)
        self.inbox, self.course, self.data, self.workers = inbox, course, data, workers
        self.gradebook = gradebook or data / "gradebook.sqlite"
        self.broker = broker
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.idle = threading.Event()
        self.last_error: str | None = None
        self.wake.set()

    def run(self) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        graders = Graders(self.broker or (lambda: DockerRunner(require_image())))
        feeder = None
        if self.broker is not None:  # every waiting attempt sent at once, see workshop.scale.feeder
            from workshop.scale.feeder import Feeder

            feeder = Feeder(self.inbox, self.course, graders, self.workers or BATCH, self.wake)
        book: Gradebook | None = None
        shared = isinstance(self.gradebook, str) and "://" in self.gradebook
        try:
            while not self.stopping.is_set():
                # Shared database: another server process may have taken an upload; look often.
                self.wake.wait(timeout=1 if shared else 5)
                if self.stopping.is_set():
                    break
                self.wake.clear()
                self.idle.clear()
                try:
                    if book is None:
                        book = Gradebook(self.gradebook)
                    if shared:  # uploads another server process received
                        from workshop.records.uploads import sync_inbox

                        sync_inbox(book, self.inbox)
                    # Small batches, in arrival order: uploads that arrive meanwhile are
                    # registered (and seen on the dashboard) at the next round, not after a class.
                    if feeder is not None:
                        run = feeder.round(book, current_lang())
                    else:
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
                except SQLAlchemyError as exc:  # database away: the same, until it is back
                    self.last_error = str(exc).splitlines()[0][:200]
                self.idle.set()
        finally:
            if book is not None:
                book.close()
            if feeder is not None:
                feeder.stop()

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()
