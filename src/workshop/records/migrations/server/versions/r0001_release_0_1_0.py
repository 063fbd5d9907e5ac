"""The classroom server's tables of release 0.1.0: token hashes, released exercises, late
attempts. Created only where missing (0.1.0 made them without Alembic).

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

KEY = sa.Text().with_variant(postgresql.TEXT(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "tokens",
        sa.Column("who", KEY, primary_key=True),
        sa.Column("hash", sa.Text, nullable=False),
        if_not_exists=True,
    )
    op.create_table("released", sa.Column("exercise", KEY, primary_key=True), if_not_exists=True)
    op.create_table(
        "late",
        sa.Column("exercise", KEY, primary_key=True),
        sa.Column("student", KEY, primary_key=True),
        sa.Column("attempt", KEY, primary_key=True),
        if_not_exists=True,
    )
