"""What the LTI push last sent per line item and student (issue 13's ``lti_sent``).

Created only where missing: a gradebook written by the version that brought the table
(before Alembic) already has it.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

KEY = sa.Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "lti_sent",
        sa.Column("lineitem", KEY, nullable=False),
        sa.Column("user_id", KEY, nullable=False),
        sa.Column("student", sa.Text, nullable=False),
        sa.Column("exercise", sa.Text, nullable=False),
        sa.Column("attempt", sa.Text, nullable=False),
        sa.Column("score_given", sa.Float, nullable=False),
        sa.Column("score_maximum", sa.Float, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("sent_at", KEY, nullable=False),
        sa.PrimaryKeyConstraint("lineitem", "user_id"),
        if_not_exists=True,
    )
