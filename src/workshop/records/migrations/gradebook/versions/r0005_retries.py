"""Infrastructure errors waiting to be graded again, with their back-off (issue 12's
``retries``).

Created only where missing: a gradebook written by the version that brought the table
(before Alembic) already has it, rows included.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

KEY = sa.Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "retries",
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
        sa.Column("grader_key", KEY, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("next_at", KEY, nullable=False),
        sa.PrimaryKeyConstraint("submission_id", "grader_key"),
        if_not_exists=True,
    )
