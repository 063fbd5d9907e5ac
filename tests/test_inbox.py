"""workshop.inbox: delivery never overwrites nor leaves debris; scan tells attempts from strays."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from workshop.errors import ConfigError
from workshop.inbox import INCOMING, Attempt, deliver, scan

WHEN = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
DIGEST = "0123456789abcdef" * 4
ATTEMPT_NAME = "20240102T030405000006Z-0123456789ab.tar.gz"


def test_deliver_stores_attempt_under_exercise_and_student_with_utc_time_name(tmp_path: Path) -> None:
    path = deliver(tmp_path, "calculatrice", "alice", b"archive", DIGEST, WHEN)

    assert path == tmp_path / "calculatrice" / "alice" / ATTEMPT_NAME
    assert path.read_bytes() == b"archive"


def test_deliver_twice_with_same_time_and_digest_keeps_both(tmp_path: Path) -> None:
    first = deliver(tmp_path, "calculatrice", "alice", b"first", DIGEST, WHEN)
    second = deliver(tmp_path, "calculatrice", "alice", b"second", DIGEST, WHEN)

    assert first != second
    assert first.read_bytes() == b"first"
    assert second.read_bytes() == b"second"
    assert sorted(p.name for p in first.parent.iterdir()) == [
        "20240102T030405000006Z-0123456789ab-1.tar.gz",
        ATTEMPT_NAME,
    ]


def test_deliver_leaves_no_part_file_behind(tmp_path: Path) -> None:
    deliver(tmp_path, "calculatrice", "alice", b"first", DIGEST, WHEN)
    deliver(tmp_path, "calculatrice", "alice", b"second", DIGEST, WHEN)

    assert list((tmp_path / INCOMING).iterdir()) == []
    assert [p for p in tmp_path.rglob("*") if p.name.endswith(".part")] == []


def test_deliver_names_attempt_in_utc_when_given_another_offset(tmp_path: Path) -> None:
    paris_summer = timezone(timedelta(hours=2))

    path = deliver(tmp_path, "calculatrice", "alice", b"x", DIGEST, WHEN.astimezone(paris_summer))

    assert path.name == ATTEMPT_NAME


def test_scan_returns_attempts_in_exercise_student_time_order(tmp_path: Path) -> None:
    # Digests sort the other way round from times: the time must decide.
    late = datetime(2024, 1, 1, 10, 0, 0, tzinfo=UTC)
    early = late - timedelta(microseconds=1)
    deliver(tmp_path, "calculatrice", "bob", b"b", "a" * 64, early)
    deliver(tmp_path, "calculatrice", "alice", b"2", "0" * 64, late)
    deliver(tmp_path, "calculatrice", "alice", b"1", "f" * 64, early)
    deliver(tmp_path, "aaa-first", "zoe", b"z", "1" * 64, late)

    attempts, strays = scan(tmp_path)

    assert [(a.exercise, a.student, a.path.read_bytes()) for a in attempts] == [
        ("aaa-first", "zoe", b"z"),
        ("calculatrice", "alice", b"1"),
        ("calculatrice", "alice", b"2"),
        ("calculatrice", "bob", b"b"),
    ]
    assert attempts[1] == Attempt(
        "calculatrice",
        "alice",
        "20240101T095959999999Z-ffffffffffff.tar.gz",
        tmp_path / "calculatrice" / "alice" / "20240101T095959999999Z-ffffffffffff.tar.gz",
    )
    assert strays == []


def test_scan_ignores_the_incoming_folder(tmp_path: Path) -> None:
    (tmp_path / INCOMING).mkdir()
    (tmp_path / INCOMING / "tmpabc.part").write_bytes(b"half")

    assert scan(tmp_path) == ([], [])


def test_scan_refuses_missing_inbox(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        scan(tmp_path / "nowhere")

    assert caught.value.key == "inbox_missing"


def _student_folder(inbox: Path) -> Path:
    folder = inbox / "calculatrice" / "alice"
    folder.mkdir(parents=True)
    return folder


def _bad_file_name(inbox: Path) -> Path:
    stray = _student_folder(inbox) / "notes.txt"
    stray.write_bytes(b"x")
    return stray


def _attempt_name_with_newline(inbox: Path) -> Path:
    stray = _student_folder(inbox) / (ATTEMPT_NAME + "\n")
    stray.write_bytes(b"x")
    return stray


def _folder_named_like_an_attempt(inbox: Path) -> Path:
    stray = _student_folder(inbox) / ATTEMPT_NAME
    stray.mkdir()
    return stray


def _student_folder_with_dot_dot(inbox: Path) -> Path:
    stray = inbox / "calculatrice" / "a..b"
    stray.mkdir(parents=True)
    (stray / ATTEMPT_NAME).write_bytes(b"x")
    return stray


def _student_folder_of_dots(inbox: Path) -> Path:
    stray = inbox / "calculatrice" / "..."
    stray.mkdir(parents=True)
    (stray / ATTEMPT_NAME).write_bytes(b"x")
    return stray


def _student_folder_with_markup(inbox: Path) -> Path:
    stray = inbox / "calculatrice" / "<script>"
    stray.mkdir(parents=True)
    (stray / ATTEMPT_NAME).write_bytes(b"x")
    return stray


def _student_folder_with_newline(inbox: Path) -> Path:
    stray = inbox / "calculatrice" / "alice\n"
    stray.mkdir(parents=True)
    (stray / ATTEMPT_NAME).write_bytes(b"x")
    return stray


def _exercise_folder_with_markup(inbox: Path) -> Path:
    stray = inbox / "<b>calc"
    (stray / "alice").mkdir(parents=True)
    (stray / "alice" / ATTEMPT_NAME).write_bytes(b"x")
    return stray


def _file_at_exercise_level(inbox: Path) -> Path:
    inbox.mkdir(exist_ok=True)
    stray = inbox / "README.txt"
    stray.write_bytes(b"x")
    return stray


def _symlinked_attempt(inbox: Path) -> Path:
    target = inbox.parent / "elsewhere.tar.gz"
    target.write_bytes(b"x")
    stray = _student_folder(inbox) / ATTEMPT_NAME
    stray.symlink_to(target)
    return stray


def _symlinked_student_folder(inbox: Path) -> Path:
    target = inbox.parent / "outside"
    target.mkdir()
    (target / ATTEMPT_NAME).write_bytes(b"x")
    (inbox / "calculatrice").mkdir(parents=True)
    stray = inbox / "calculatrice" / "bob"
    stray.symlink_to(target, target_is_directory=True)
    return stray


def _symlinked_exercise_folder(inbox: Path) -> Path:
    target = inbox.parent / "outside"
    (target / "alice").mkdir(parents=True)
    (target / "alice" / ATTEMPT_NAME).write_bytes(b"x")
    inbox.mkdir(exist_ok=True)
    stray = inbox / "calculatrice"
    stray.symlink_to(target, target_is_directory=True)
    return stray


@pytest.mark.parametrize(
    "make_stray",
    [
        _bad_file_name,
        _attempt_name_with_newline,
        _folder_named_like_an_attempt,
        _student_folder_with_dot_dot,
        _student_folder_of_dots,
        _student_folder_with_markup,
        _student_folder_with_newline,
        _exercise_folder_with_markup,
        _file_at_exercise_level,
        _symlinked_attempt,
        _symlinked_student_folder,
        _symlinked_exercise_folder,
    ],
    ids=lambda f: f.__name__.lstrip("_"),
)
def test_scan_lists_stray_instead_of_attempt(tmp_path: Path, make_stray: Callable[[Path], Path]) -> None:
    inbox = tmp_path / "inbox"
    stray = make_stray(inbox)

    attempts, strays = scan(inbox)

    assert attempts == []
    assert strays == [stray]


def test_scan_keeps_real_attempts_next_to_strays(tmp_path: Path) -> None:
    good = deliver(tmp_path, "calculatrice", "alice", b"ok", DIGEST, WHEN)
    stray = good.parent / "notes.txt"
    stray.write_bytes(b"x")
    os.symlink(good, good.parent / "20250101T000000000000Z-0123456789ab.tar.gz")

    attempts, strays = scan(tmp_path)

    assert [a.path for a in attempts] == [good]
    assert strays == [good.parent / "20250101T000000000000Z-0123456789ab.tar.gz", stray]


# -- a shared-folder inbox: the trainer's group reads what students hand in (issue 12) ------


def test_deliver_writes_what_the_group_can_read_whatever_the_umask(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    os.chmod(inbox, 0o770)
    old = os.umask(0o077)
    try:
        path = deliver(inbox, "calculatrice", "alice", b"archive", DIGEST, WHEN)
    finally:
        os.umask(old)

    assert _mode(path) == 0o640
    assert _mode(path.parent) == 0o750  # the student's folder
    assert _mode(inbox / "calculatrice") == 0o770  # shared: the inbox's own permissions
    assert _mode(inbox / INCOMING) == 0o770


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


TRAINER, TRAINERS, ALICE, BOB = 64300, 64310, 64301, 64302


def _as_user(uid: int, groups: list[int], action: Callable[[], object]) -> int:
    """Run ``action`` in a child process as ``uid`` with umask 077: 0 when it worked,
    13 when the kernel refused (PermissionError), 1 for anything else."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            os.setgroups(groups)
            os.setgid(uid)
            os.setuid(uid)
            os.umask(0o077)
            action()
            code = 0
        except PermissionError:
            code = 13
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="acts as other users: root only")
def test_shared_inbox_setup_lets_the_trainers_group_read_and_students_only_hand_in() -> None:
    base = Path(tempfile.mkdtemp(prefix="workshop-shared-"))
    try:
        os.chmod(base, 0o755)
        inbox = base / "inbox"  # the documented setup: install -d -g trainers -m 3773 inbox
        inbox.mkdir()
        os.chown(inbox, TRAINER, TRAINERS)
        os.chmod(inbox, 0o3773)

        def hand_in(student: str) -> Callable[[], object]:
            return lambda: deliver(inbox, "calculatrice", student, student.encode(), DIGEST, WHEN)

        assert _as_user(ALICE, [], hand_in("alice")) == 0
        assert _as_user(BOB, [], hand_in("bob")) == 0  # in the folder alice's submit made

        exercise = inbox / "calculatrice"
        archive = exercise / "alice" / ATTEMPT_NAME
        assert (exercise.stat().st_uid, exercise.stat().st_gid, _mode(exercise)) == (ALICE, TRAINERS, 0o3773)
        assert (_mode(inbox / INCOMING), (inbox / INCOMING).stat().st_gid) == (0o3773, TRAINERS)
        assert ((exercise / "alice").stat().st_gid, _mode(exercise / "alice") & 0o777) == (TRAINERS, 0o750)
        assert (archive.stat().st_uid, archive.stat().st_gid, _mode(archive)) == (ALICE, TRAINERS, 0o640)

        def read_everything() -> None:
            attempts, strays = scan(inbox)
            assert [a.path.read_bytes() for a in attempts] == [b"alice", b"bob"] and not strays

        assert _as_user(TRAINER, [TRAINERS], read_everything) == 0
        assert _as_user(BOB, [], archive.read_bytes) == 13  # not another student's work
        assert _as_user(BOB, [], lambda: list(exercise.iterdir())) == 13  # nor who handed in
        assert _as_user(BOB, [], lambda: os.rename(exercise / "alice", exercise / "x")) == 13  # sticky
    finally:
        shutil.rmtree(base)


# -- the pages' polls: an index, not a scan of every attempt (red team 12b, F3) ----------------


def _aged(inbox: Path, seconds: int = 100) -> None:
    """Every student folder's mtime ``seconds`` ago: changes long settled."""
    past = int(datetime.now(UTC).timestamp() - seconds) * 10**9
    for folder in inbox.glob("*/*"):
        os.utime(folder, ns=(past, past))


def test_the_index_lists_a_student_folder_again_only_when_it_changed(tmp_path: Path) -> None:
    from workshop.inbox import InboxIndex

    for student in ("alice", "bob", "carol"):
        for n in range(40):
            deliver(tmp_path, "calculatrice", student, b"x", f"{n:064x}", WHEN + timedelta(seconds=n))
    _aged(tmp_path)
    index = InboxIndex(tmp_path)

    first = index.attempts()
    polls = [index.attempts() for _ in range(5)]

    assert first == scan(tmp_path)[0] and len(first) == 120
    assert all(poll == first for poll in polls)
    assert index.listings == 3  # once per folder, not once per poll
    deliver(tmp_path, "calculatrice", "bob", b"y", "f" * 64, WHEN + timedelta(hours=1))
    after = index.attempts()
    assert after == scan(tmp_path)[0] and len(after) == 121
    assert index.listings == 4  # bob's folder alone


def test_the_index_sees_an_attempt_linked_in_the_same_mtime_tick_as_its_listing(tmp_path: Path) -> None:
    # A folder's mtime ticks coarsely: a link made just after a listing may leave it
    # unchanged. A folder listed less than 2 s after its mtime is listed again.
    from workshop.inbox import InboxIndex

    deliver(tmp_path, "calculatrice", "alice", b"x", "a" * 64, WHEN)
    folder = tmp_path / "calculatrice" / "alice"
    tick = os.stat(folder).st_mtime_ns
    index = InboxIndex(tmp_path)
    assert len(index.attempts()) == 1
    deliver(tmp_path, "calculatrice", "alice", b"y", "b" * 64, WHEN + timedelta(seconds=1))
    os.utime(folder, ns=(tick, tick))  # the same tick as the listing

    assert len(index.attempts()) == 2


def test_a_students_page_shows_each_new_upload(tmp_path: Path) -> None:
    from workshop.server.dashboard import student_view

    deliver(tmp_path, "calculatrice", "alice", b"x", "a" * 64, WHEN)
    _aged(tmp_path)
    assert len(student_view(tmp_path, "alice")["exercises"][0]["attempts"]) == 1
    for n in range(1, 4):
        deliver(tmp_path, "calculatrice", "alice", b"x", f"{n:064x}", WHEN + timedelta(minutes=n))
        assert len(student_view(tmp_path, "alice")["exercises"][0]["attempts"]) == n + 1
    deliver(tmp_path, "prompts", "alice", b"x", "c" * 64, WHEN)
    assert [e["slug"] for e in student_view(tmp_path, "alice")["exercises"]] == ["calculatrice", "prompts"]


def test_a_students_page_never_lists_another_students_folder(tmp_path: Path) -> None:
    # Red team 12i: every student's /me listed the folder of whoever had just uploaded (its
    # mtime within the racy 2 s), so one student's thousands of attempts slowed the class.
    from workshop.inbox import InboxIndex

    for n in range(30):
        deliver(tmp_path, "calculatrice", "alice", b"x", f"{n:064x}", WHEN + timedelta(seconds=n))
    deliver(tmp_path, "calculatrice", "bob", b"x", "b" * 64, WHEN)
    deliver(tmp_path, "prompts", "bob", b"x", "c" * 64, WHEN)
    _aged(tmp_path)
    index = InboxIndex(tmp_path)
    bobs = [a.name for a in scan(tmp_path)[0] if a.student == "bob"]
    assert [a.name for a in index.of_student("bob")] == bobs
    assert index.listings == 2  # bob's two folders
    deliver(tmp_path, "calculatrice", "alice", b"y", "f" * 64, WHEN + timedelta(hours=1))  # racy now
    for _ in range(5):
        assert len(index.of_student("bob")) == 2
    assert index.listings == 2  # alice's folder, changed and racy, was never listed for bob
    assert len(index.of_student("alice")) == 31 and index.listings == 3
    assert index.of_student("../alice") == [] and index.of_student("nobody") == []
