"""The trainer's grades of answers graded by hand, keyed by the answer's hash (issue 10's
``manual_grades``).

Created only where missing: a gradebook written by the version that brought the table
(before Alembic) already has it, rows included.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEY = sa.Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "manual_grades",
        sa.Column("exercise", KEY, nullable=False),
        sa.Column("student", KEY, nullable=False),
        sa.Column("cell_id", KEY, nullable=False),
        sa.Column("answer_sha256", KEY, nullable=False),
        sa.Column("points", sa.Float, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("graded_at", KEY, nullable=False),
        sa.PrimaryKeyConstraint("exercise", "student", "cell_id", "answer_sha256"),
        if_not_exists=True,
    )
