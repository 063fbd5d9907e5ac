"""The classroom server's grading with a broker: every waiting attempt goes to the queue as
soon as it is seen, and each answer is recorded as soon as it comes.

On a laptop the server grades in small batches (``grade_inbox`` with a limit), and an upload
waits for the batch before it; that is the machine's pace anyway. With workers on other
machines a batch would hold the room back behind its slowest job while workers stand idle,
so here nothing waits for anything else: up to ``in_flight`` jobs wait for their answers at
once, each in its own thread, and the server's grading thread records them (it alone
writes the gradebook, as with ``grade_inbox``)."""

from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from workshop.course import Course
from workshop.grade import Graders, GradeRun, Waiting, _grade_one, waiting
from workshop.gradebook import Gradebook
from workshop.results import GradeResult, Status

RETRY_AFTER_S = 30.0


class Feeder:
    def __init__(
        self, inbox: Path, course: Course, graders: Graders, in_flight: int, wake: threading.Event
    ) -> None:
        self.inbox, self.course, self.graders, self.wake = inbox, course, graders, wake
        self.pool = ThreadPoolExecutor(max_workers=in_flight, thread_name_prefix="broker-job")
        self.in_flight = in_flight
        self.busy: set[Path] = set()
        self.retry_at: dict[Path, float] = {}  # infra_error: not sent again at once
        self.done: queue.SimpleQueue[tuple[Waiting, GradeResult]] = queue.SimpleQueue()

    def round(self, book: Gradebook, lang: str) -> GradeRun:
        """Record the answers that came, send what waits and is not on its way yet."""
        run = GradeRun()
        while True:
            try:
                item, result = self.done.get_nowait()
            except queue.Empty:
                break
            book.record(item.submission_id, item.key, result)
            self.busy.discard(item.attempt.path)
            if result.status == Status.infra_error:
                self.retry_at[item.attempt.path] = time.monotonic() + RETRY_AFTER_S
            run.graded.append((item.attempt, result))
        seen, todo = waiting(self.inbox, self.course, book, self.graders.llm)
        run.unchanged, run.strays = seen.unchanged, seen.strays
        now = time.monotonic()
        fresh = [
            item
            for item in todo
            if item.attempt.path not in self.busy and self.retry_at.get(item.attempt.path, 0) <= now
        ]
        if fresh:
            self.graders.runner()  # the broker out of reach: one error, nothing sent
        for item in fresh:  # beyond in_flight, the rest waits for an answer to wake us
            if len(self.busy) >= self.in_flight:
                break
            self.busy.add(item.attempt.path)
            future = self.pool.submit(_grade_one, item.attempt, item.exercise, self.graders, lang)
            future.add_done_callback(lambda done, item=item: self._answered(item, done))  # type: ignore[misc]
        return run

    def _answered(self, item: Waiting, future: Future[GradeResult]) -> None:
        self.done.put((item, future.result()))
        self.wake.set()

    def stop(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
