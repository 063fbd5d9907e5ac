"""Attempts never graded because a newer one of the same student and exercise reached the
grading queue first (issue 12's fair queue): which one replaced them, and when.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

KEY = sa.Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "superseded",
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
        sa.Column("by_submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
        sa.Column("at", KEY, nullable=False),
        sa.PrimaryKeyConstraint("submission_id"),
        if_not_exists=True,
    )
