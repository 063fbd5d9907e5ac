"""Grading by hand what nbgrader leaves to the trainer: notebook answers (and tasks) that
the student changed from the version handed out.

A grade is kept in the gradebook under (exercise, student, cell, hash of the answer): a
re-grade, or a new attempt with the same answer, keeps it; a changed answer waits for the
trainer again. :func:`apply` merges the grades into a result, so that reports, exports and
the server all read one final score; while any answer waits, the result is
``awaiting_manual`` and exports leave the score blank."""

from __future__ import annotations

import hashlib
import html
import math
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from workshop.errors import InputError
from workshop.i18n import current_lang, t
from workshop.results import GradeResult, TestOutcome

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from workshop.gradebook import Gradebook, GradedRow

MAX_COMMENT_CHARS = 2000


class ManualGrade(BaseModel):
    """What the trainer gave one answer."""

    points: float
    comment: str = Field("", max_length=MAX_COMMENT_CHARS)
    graded_at: str = ""


def apply(result: GradeResult, grades: dict[tuple[str, str], ManualGrade]) -> GradeResult:
    """``result`` with the trainer's grades of its current answers: those cells become
    ``graded`` (points, the comment as their detail) and count in the score."""
    if not result.answers or not grades:
        return result
    current = {answer.id: answer.sha256 for answer in result.answers}
    tests, added = [], 0.0
    for test in result.tests:
        grade = grades.get((test.id, current.get(test.id, "")))
        if test.outcome == TestOutcome.manual and grade is not None:
            earned = min(max(grade.points, 0.0), test.points)
            test = test.model_copy(
                update={"outcome": TestOutcome.graded, "earned": earned, "detail": grade.comment}
            )
            added += earned
        tests.append(test)
    if not added and tests == result.tests:
        return result
    score = round(min(result.score + added, result.max_score), 4)
    return result.model_copy(update={"tests": tests, "score": score})


def save(
    book: Gradebook, exercise: str, student: str, cell: str, sha256: str, points: float, comment: str
) -> GradedRow:
    """Store the trainer's grade for one answer of the student's latest graded attempt, after
    checking it applies to that very answer and lies within the cell's points; return the
    row with the new score."""
    rows = book.latest(student, exercise)
    if not rows:
        raise InputError("manual_nothing_to_grade", student=student, exercise=exercise)
    result = rows[0].result
    answer = next((a for a in result.answers if a.id == cell), None)
    test = next((x for x in result.tests if x.id == cell), None)
    if answer is None or test is None or test.outcome not in (TestOutcome.manual, TestOutcome.graded):
        raise InputError("manual_unknown_cell", cell=cell, student=student)
    if answer.sha256 != sha256:
        raise InputError("manual_answer_changed", cell=cell, student=student)
    if not math.isfinite(points) or not 0 <= points <= test.points:
        raise InputError("manual_points_out_of_range", cell=cell, max=test.points)
    if len(comment) > MAX_COMMENT_CHARS:
        raise InputError("manual_comment_too_long", limit=MAX_COMMENT_CHARS)
    book.save_manual_grade(exercise, student, cell, sha256, points, comment)
    return book.latest(student, exercise)[0]


@cache
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Students' text is hostile: raw HTML is escaped, not passed through; markdown-it refuses
    # javascript:/vbscript:/file: links itself; images would load from anywhere: off.
    return MarkdownIt("commonmark", {"html": False}).disable("image")


RENDER_CHARS = 10_000  # of an answer rendered for the review page; the rest is cut (and said so)


def _render_uncached(cell_type: str, source: str) -> str:
    shown, note = source, ""
    if len(source) > RENDER_CHARS:
        # Cut before rendering: escaping multiplies a character by up to 6 (" is &quot;), so
        # what one answer may cost in memory and on the wire is bounded by the cut.
        shown = source[:RENDER_CHARS]
        cut = t("review_truncated", more=len(source) - RENDER_CHARS)
        note = '<p class="cut">' + html.escape(cut) + "</p>"
    if cell_type == "markdown":
        return _markdown().render(shown) + note
    return "<pre><code>" + html.escape(shown) + "</code></pre>" + note


RENDER_CACHE_BYTES = 32 << 20  # of memory the kept HTML takes (sys.getsizeof: 1 to 4 bytes a character)


class _Rendered:
    """Rendered answers by (cell type, hash of the source), the least recently used dropped
    past ``RENDER_CACHE_BYTES`` of memory (measured, whatever the characters' width: red
    team 12c's astral character made a 300,000-character page take 1.2 MB). The review
    page polls ``GET /api/v1/manual``: markdown-it takes about half a second for a
    50,000-character answer of links (red team 12b: 8 such answers, 17 s on each GET on a
    loaded machine); an answer is rendered once."""

    def __init__(self, budget: int = RENDER_CACHE_BYTES) -> None:
        self.budget, self.size = budget, 0
        self.kept: OrderedDict[tuple[str, str, str], str] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, cell_type: str, source: str) -> str:
        digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
        key = (cell_type, digest, current_lang())  # the cut's note is in the reader's language
        with self.lock:
            found = self.kept.get(key)
            if found is not None:
                self.kept.move_to_end(key)
                return found
        made = _render_uncached(cell_type, source)
        with self.lock:
            if key not in self.kept:
                self.kept[key] = made
                self.size += sys.getsizeof(made)
            while self.size > self.budget and self.kept:
                _, dropped = self.kept.popitem(last=False)
                self.size -= sys.getsizeof(dropped)
        return made


_RENDERED = _Rendered()


def render(cell_type: str, source: str) -> str:
    """An answer as safe HTML: Markdown rendered without raw HTML, code escaped, cut after
    ``RENDER_CHARS`` characters; each answer rendered once (:class:`_Rendered`)."""
    return _RENDERED.get(cell_type, source)


PAGE_BYTES = 2 << 20  # of answers' HTML in one GET /api/v1/manual (at least one student's)


def to_grade(rows: list[GradedRow], titles: dict[str, str]) -> list[dict[str, Any]]:
    """Per student and exercise with answers graded by hand: each answer rendered, its
    maximum, and what the trainer gave so far (None while it waits)."""
    return list(_entries(rows, titles, 0))


def page(
    rows: list[GradedRow], titles: dict[str, str], offset: int = 0, budget: int = PAGE_BYTES
) -> tuple[list[dict[str, Any]], int | None]:
    """The entries of :func:`to_grade` from ``offset`` on, as many as fit in ``budget``
    bytes of HTML (one at least), and the offset of the next page (None after the last):
    one response is bounded whatever the class's size, and only its answers are rendered."""
    out: list[dict[str, Any]] = []
    used = 0
    for entry in _entries(rows, titles, offset):
        size = sum(len(cell["html"].encode("utf-8", "surrogatepass")) for cell in entry["cells"])
        if out and used + size > budget:
            return out, offset + len(out)
        out.append(entry)
        used += size
    return out, None


def _manual_cells(res: GradeResult) -> list[tuple[Any, Any]]:
    tests = {test.id: test for test in res.tests}
    return [
        (answer, tests[answer.id])
        for answer in res.answers
        if answer.id in tests and tests[answer.id].outcome in (TestOutcome.manual, TestOutcome.graded)
    ]


def _entries(rows: list[GradedRow], titles: dict[str, str], offset: int) -> Iterator[dict[str, Any]]:
    skipped = 0
    for row in rows:
        res = row.result
        if not res.answers:
            continue
        pairs = _manual_cells(res)
        if not pairs:
            continue
        if skipped < offset:  # an earlier page's: not rendered
            skipped += 1
            continue
        cells = []
        for answer, test in pairs:
            graded = test.outcome == TestOutcome.graded
            cells.append(
                {
                    "cell": answer.id,
                    "sha256": answer.sha256,
                    "max": test.points,
                    "html": render(answer.cell_type, answer.source),
                    "points": test.earned if graded else None,
                    "comment": test.detail if graded else "",
                }
            )
        yield {
            "exercise": row.exercise,
            "title": titles.get(row.exercise, row.exercise),
            "student": row.student,
            "attempt": row.attempt,
            "score": res.score,
            "max_score": res.max_score,
            "awaiting": res.awaiting_manual,
            "cells": cells,
        }
