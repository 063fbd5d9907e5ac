"""The LTI push of a whole class, three times, against the loopback stand-in platform of
tests/test_lti.py (Moodle's or Canvas's score rules): a first push, an unchanged second
push, and a third after one grade changed. Prints, for each push, the wall time, the
score POSTs the platform received and the outcome counts.

    python benchmarks/lti_push.py [--students 200] [--rules moodle|canvas]

Loopback only (127.0.0.1); the stand-in is stopped at the end. Figures taken while other
work runs on the machine are provisional; the ratio of the second push to the first, both
measured in the same run, is the figure that matters (a no-op push asks a token and the
line items, and sends no score).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from test_lti import LiveServer, StandInPlatform, _platform_file, _result  # noqa: E402
from workshop.course import Course  # noqa: E402
from workshop.gradebook import Gradebook  # noqa: E402
from workshop.lti import load_platform, push_scores  # noqa: E402
from workshop.results import Status  # noqa: E402
from workshop.roster import load_roster  # noqa: E402

ATTEMPT = "20240101T000000000000Z-0123456789ab.tar.gz"
EXERCISES = (("calculatrice", 48.0), ("prompts", 43.0), ("neurone", 10.0))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--rules", choices=["moodle", "canvas"], default="moodle")
    args = parser.parse_args()
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    stand_in = StandInPlatform(key.public_key(), args.rules)
    live = LiveServer(stand_in.app)
    stand_in.base = live.url
    course = Course.locate(REPO)
    with tempfile.TemporaryDirectory(prefix="workshop-lti-bench-") as tmp:
        folder = Path(tmp)
        roster = folder / "roster.csv"
        roster.write_text(
            "id,name,email,lti_user_id\n"
            + "".join(
                f"s{i:04d},Student {i},s{i}@school.example,sub-{i:04d}\n" for i in range(args.students)
            ),
            encoding="utf-8",
        )
        book = Gradebook(folder / "gradebook.sqlite")
        for i in range(args.students):
            for slug, maximum in EXERCISES:
                submission = book.register(slug, f"s{i:04d}", ATTEMPT, folder / ATTEMPT, 100)
                book.record(submission, "key", _result(Status.passed, maximum - i % 5, maximum))
        platform = load_platform(_platform_file(folder, stand_in, key))
        students = load_roster(roster)
        try:
            timings = []
            for label in ("first push", "second push (unchanged)", "third push (one grade changed)"):
                if label.startswith("third"):
                    submission = book.register("prompts", "s0007", ATTEMPT, folder / ATTEMPT, 100)
                    book.record(submission, "key-2", _result(Status.failed, 1.0, 43.0, failed=("json",)))
                before = len(stand_in.scores)
                started = time.perf_counter()
                pushed = push_scores(platform, course, book.latest(), students, "en", lambda line: None, book)
                seconds = time.perf_counter() - started
                timings.append(seconds)
                print(
                    f"{label}: {seconds:.2f} s, {len(stand_in.scores) - before} score POSTs received, "
                    f"{pushed.sent} sent, {pushed.unchanged} unchanged, {len(pushed.refused)} refused"
                )
            print(f"second push / first push: {timings[1] / timings[0]:.3f}")
            print(f"platform problems: {stand_in.problems or 'none'}")
        finally:
            book.close()
            live.stop()
    return 0 if not stand_in.problems else 1


if __name__ == "__main__":
    sys.exit(main())
