"""workshop.inbox: delivery never overwrites nor leaves debris; scan tells attempts from strays."""

from __future__ import annotations

import os
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
