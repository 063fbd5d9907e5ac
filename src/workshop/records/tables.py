"""Every table, one definition each (SQLAlchemy Core), for SQLite and PostgreSQL alike.

Two schemas, each with its own Alembic history (``migrations/<name>/``): ``gradebook`` (the
attempts, their grades, the uploads kept for machines that share no disk) and ``server``
(the classroom server's tokens and flags). On SQLite they live in two files
(``gradebook.sqlite``, ``server.sqlite``); on PostgreSQL in one database.

A new table: define it here, then add one migration that creates it (``if_not_exists``,
since a gradebook written before Alembic may already hold it) and move ``HEADS``."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Identity,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects import postgresql

# Names, attempt names and keys compare byte by byte on both engines: SQLite's default
# (BINARY) and PostgreSQL's "C" collation. A locale collation would sort attempt names
# (and so pick the "latest" attempt) differently from SQLite.
Key = Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")

gradebook = MetaData()
server = MetaData()

submissions = Table(
    "submissions",
    gradebook,
    Column("id", Integer, Identity(), primary_key=True),
    Column("exercise", Key, nullable=False),
    Column("student", Key, nullable=False),
    Column("attempt", Key, nullable=False),
    Column("path", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("received_at", Text, nullable=False),
    UniqueConstraint("exercise", "student", "attempt"),
)

# One row per (attempt, grader key). ``id`` orders the grades of an attempt: the highest is
# its latest (0.1.0 used SQLite's rowid; the 0002 migration kept those values).
grades = Table(
    "grades",
    gradebook,
    Column("id", Integer, Identity(), primary_key=True),
    Column("submission_id", Integer, ForeignKey("submissions.id"), nullable=False),
    Column("grader_key", Key, nullable=False),
    Column("status", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("max_score", Float, nullable=False),
    Column("result_json", Text, nullable=False),
    Column("graded_at", Text, nullable=False),
    UniqueConstraint("submission_id", "grader_key", name="grades_submission_key"),
)

# Uploads kept in the database, by content, for servers and graders on machines that do not
# share the inbox folder (PostgreSQL deployments); ``uploads`` names each attempt's archive.
blobs = Table(
    "blobs",
    gradebook,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

uploads = Table(
    "uploads",
    gradebook,
    Column("exercise", Key, primary_key=True),
    Column("student", Key, primary_key=True),
    Column("attempt", Key, primary_key=True),
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False),
    Column("stored_at", Text, nullable=False),
)

# What the LTI push last sent for each line item and student (``workshop export --lti``):
# a push sends only the scores that differ from this.
lti_sent = Table(
    "lti_sent",
    gradebook,
    Column("lineitem", Key, primary_key=True),
    Column("user_id", Key, primary_key=True),
    Column("student", Text, nullable=False),
    Column("exercise", Text, nullable=False),
    Column("attempt", Text, nullable=False),
    Column("score_given", Float, nullable=False),
    Column("score_maximum", Float, nullable=False),
    Column("comment", Text, nullable=False),
    Column("sent_at", Key, nullable=False),
)

# Infrastructure errors (ours, never the student's) waiting to be graded again: how many in
# a row, the last one, and when the next try may come (capped back-off).
retries = Table(
    "retries",
    gradebook,
    Column("submission_id", Integer, ForeignKey("submissions.id"), primary_key=True),
    Column("grader_key", Key, primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_error", Text, nullable=False),
    Column("next_at", Key, nullable=False),
)

# Attempts never graded because a newer one of the same student and exercise reached the
# queue first (the queue holds one attempt per student and exercise); the file stays in the
# inbox.
superseded = Table(
    "superseded",
    gradebook,
    Column("submission_id", Integer, ForeignKey("submissions.id"), primary_key=True),
    Column("by_submission_id", Integer, ForeignKey("submissions.id"), nullable=False),
    Column("at", Key, nullable=False),
)

# The trainer's grades of notebook answers graded by hand, keyed by the answer's hash: a
# re-grade or a new attempt with the same answer keeps the grade, a changed answer does not.
manual_grades = Table(
    "manual_grades",
    gradebook,
    Column("exercise", Key, primary_key=True),
    Column("student", Key, primary_key=True),
    Column("cell_id", Key, primary_key=True),
    Column("answer_sha256", Key, primary_key=True),
    Column("points", Float, nullable=False),
    Column("comment", Text, nullable=False),
    Column("graded_at", Key, nullable=False),
)

tokens = Table(
    "tokens",
    server,
    Column("who", Key, primary_key=True),
    Column("hash", Text, nullable=False),
)

released = Table("released", server, Column("exercise", Key, primary_key=True))

late = Table(
    "late",
    server,
    Column("exercise", Key, primary_key=True),
    Column("student", Key, primary_key=True),
    Column("attempt", Key, primary_key=True),
)

# The newest migration of each schema; tests/test_records.py checks these against Alembic,
# and a database already there is opened without loading Alembic at all.
HEADS = {"gradebook": "0007", "server": "0001"}
