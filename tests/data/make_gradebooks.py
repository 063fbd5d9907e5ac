"""How the gradebooks in tests/data were made: each by the gradebook code of a version before
SQLAlchemy and Alembic (the hand-written SQLite one), so that the upgrade tests open files
those versions really wrote. Kept for the record; it runs against those versions only:

    git worktree add /tmp/old 91f7d5d    # release 0.1.0
    PYTHONPATH=/tmp/old/src python tests/data/make_gradebooks.py tests/data/gradebook-0.1.0.sqlite
    git -C /tmp/old checkout fefaa8c     # main with issue 13's lti_sent table
    PYTHONPATH=/tmp/old/src python tests/data/make_gradebooks.py tests/data/gradebook-main-fefaa8c.sqlite
    git -C /tmp/old checkout 4309095     # main with issue 12's retries, issue 10's manual_grades
    PYTHONPATH=/tmp/old/src python tests/data/make_gradebooks.py tests/data/gradebook-main-4309095.sqlite
"""

from __future__ import annotations

import sys
from pathlib import Path

from workshop.gradebook import Gradebook
from workshop.results import GradeResult, Status, TestOutcome, TestResult


def result(status: Status, score: float, max_score: float = 48) -> GradeResult:
    test = TestResult(
        id="t1",
        name="adds",
        visibility="public",
        points=1,
        earned=1 if score else 0,
        outcome=TestOutcome.passed if score else TestOutcome.failed,
        en="Adds",
        fr="Additionne",
    )
    return GradeResult(status=status, score=score, max_score=max_score, tests=[test], duration_s=1.5)


def main(path: Path) -> None:
    book = Gradebook(path)
    a1 = "20260105T090000000000Z-aaaaaaaaaaaa.tar.gz"
    a2 = "20260105T091500000000Z-bbbbbbbbbbbb.tar.gz"
    ana = book.register("calculatrice", "ana", a1, Path("inbox/calculatrice/ana") / a1, 2100)
    book.record(ana, "old@111111111111", result(Status.passed, 48))
    book.record(ana, "new@222222222222", result(Status.failed, 40))
    # Recorded again under the first key: INSERT OR REPLACE gave it a new rowid, so 0.1.0
    # shows this one (47) as ana's latest grade. The upgrade must keep that order.
    book.record(ana, "old@111111111111", result(Status.failed, 47))
    bob = book.register("calculatrice", "bob", a1, Path("inbox/calculatrice/bob") / a1, 1900)
    book.record(bob, "new@222222222222", result(Status.failed, 10))
    book.register("calculatrice", "bob", a2, Path("inbox/calculatrice/bob") / a2, 1950)  # waiting
    chloe = book.register("calculatrice", "chloe", a1, Path("inbox/calculatrice/chloe") / a1, 2000)
    book.record(chloe, "new@222222222222", result(Status.infra_error, 0))
    ana_p = book.register("prompts", "ana", a2, Path("inbox/prompts/ana") / a2, 900)
    book.record(ana_p, "prompts@transcript", result(Status.passed, 12, 12))
    try:  # the versions with the LTI push's table also get one row in it
        from workshop.gradebook import SentScore  # type: ignore[attr-defined]
    except ImportError:
        SentScore = None  # noqa: N806
    if SentScore is not None:
        book.record_lti_sent(  # type: ignore[attr-defined]
            SentScore(
                "https://lms.example/items/calc",
                "sub-ana",
                "ana",
                "calculatrice",
                a1,
                47.0,
                48.0,
                "failed — 47/48",
                "2026-01-05T10:00:00.123Z",
            )
        )
    if hasattr(book, "save_manual_grade"):  # the versions with grades given by hand get one
        from workshop.results import ManualAnswer  # type: ignore[attr-defined]

        sha = "c" * 64
        answer = ManualAnswer(id="explain", cell_type="markdown", source="Because.", sha256=sha)
        graded = result(Status.passed, 2, 5)
        by_hand = TestResult(
            id="explain",
            name="explain",
            visibility="public",
            points=3,
            earned=0,
            outcome=TestOutcome.manual,
            en="Explain",
            fr="Expliquez",
        )
        graded = graded.model_copy(update={"tests": [*graded.tests, by_hand], "answers": [answer]})
        dana = book.register("neurone", "dana", a1, Path("inbox/neurone/dana") / a1, 3000)
        book.record(dana, "neurone@333333333333", graded)
        book.save_manual_grade("neurone", "dana", "explain", sha, 2.5, "Clear.")  # type: ignore[attr-defined]
    for row in book.latest():
        print(row.exercise, row.student, row.attempt, row.attempts, row.result.status.value, row.result.score)
    book.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
