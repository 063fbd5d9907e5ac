"""The gradebook of release 0.1.0: submissions and their grades.

Tables are created only where missing: a gradebook written by 0.1.0 (before Alembic)
already has them, and then this revision just records that it is there.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# On PostgreSQL (new in this version), keys compare byte by byte as on SQLite.
KEY = sa.Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("exercise", KEY, nullable=False),
        sa.Column("student", KEY, nullable=False),
        sa.Column("attempt", KEY, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("received_at", sa.Text, nullable=False),
        sa.UniqueConstraint("exercise", "student", "attempt"),
        if_not_exists=True,
    )
    op.create_table(
        "grades",
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
        sa.Column("grader_key", KEY, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("max_score", sa.Float, nullable=False),
        sa.Column("result_json", sa.Text, nullable=False),
        sa.Column("graded_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("submission_id", "grader_key"),
        if_not_exists=True,
    )
