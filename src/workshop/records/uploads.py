"""Uploads kept in the database, for machines that share no disk.

With a PostgreSQL gradebook, the server stores each upload here as well as in its inbox
folder: the archive once by its SHA-256 (``blobs``), and its name per attempt
(``uploads``). Any other machine (a second server process behind the same address, the
trainer's laptop running ``workshop grade``) first copies into its own inbox
folder the attempts it does not have yet (:func:`sync_inbox`), then works as always. The
inbox folder stays the format every command reads; the database is what they share.

Why the database rather than an S3-compatible store: it is already there and already
backed up, one transaction keeps an upload and its name together, and archives are small
(20 MiB at most, a few KiB usually); no other service to run, secure and pay for."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from workshop.gradebook import Gradebook
from workshop.inbox import link_attempt
from workshop.records import tables
from workshop.records.database import insert_for, writing


def store_upload(book: Gradebook, exercise: str, student: str, attempt: str, data: bytes) -> str:
    """Keep one attempt's archive; returns its SHA-256. Storing it again changes nothing."""
    digest = hashlib.sha256(data).hexdigest()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with writing(book.engine) as conn:
        conn.execute(
            insert_for(conn, tables.blobs)
            .values(sha256=digest, size=len(data), data=data)
            .on_conflict_do_nothing(index_elements=["sha256"])
        )
        conn.execute(
            insert_for(conn, tables.uploads)
            .values(exercise=exercise, student=student, attempt=attempt, sha256=digest, stored_at=now)
            .on_conflict_do_nothing(index_elements=["exercise", "student", "attempt"])
        )
    return digest


def sync_inbox(book: Gradebook, inbox: Path) -> list[Path]:
    """Copy into ``inbox`` the stored attempts it lacks (checked against their hash);
    returns the paths written."""
    u, b = tables.uploads, tables.blobs
    with book.engine.connect() as conn:
        named = conn.execute(select(u.c.exercise, u.c.student, u.c.attempt, u.c.sha256)).all()
    missing = [row for row in named if not (inbox / row.exercise / row.student / row.attempt).exists()]
    written: list[Path] = []
    for row in missing:
        with book.engine.connect() as conn:
            data = conn.execute(select(b.c.data).where(b.c.sha256 == row.sha256)).scalar_one()
        if hashlib.sha256(data).hexdigest() != row.sha256:
            continue  # never put in an inbox what is not what was uploaded
        path = link_attempt(inbox, row.exercise, row.student, row.attempt, bytes(data))
        if path is not None:
            written.append(path)
    return written
