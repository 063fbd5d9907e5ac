"""Uploads kept in the database by content (``blobs``) and named per attempt (``uploads``),
for servers and graders on machines that share no inbox folder.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

KEY = sa.Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        if_not_exists=True,
    )
    op.create_table(
        "uploads",
        sa.Column("exercise", KEY, primary_key=True),
        sa.Column("student", KEY, primary_key=True),
        sa.Column("attempt", KEY, primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("stored_at", sa.Text, nullable=False),
        if_not_exists=True,
    )
