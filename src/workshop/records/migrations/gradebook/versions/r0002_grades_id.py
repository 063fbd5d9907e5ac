"""Grades get their own id, the order in which they were recorded; (submission, grader
key) stays unique. PostgreSQL has no rowid: 0.1.0 picked an attempt's latest grade by
SQLite's rowid, and on SQLite the ids are those rowids, so the latest grade stays the same.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = "submission_id, grader_key, status, score, max_score, result_json, graded_at"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_table(
            "grades_0002",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
            sa.Column("grader_key", sa.Text, nullable=False),
            sa.Column("status", sa.Text, nullable=False),
            sa.Column("score", sa.Float, nullable=False),
            sa.Column("max_score", sa.Float, nullable=False),
            sa.Column("result_json", sa.Text, nullable=False),
            sa.Column("graded_at", sa.Text, nullable=False),
            sa.UniqueConstraint("submission_id", "grader_key", name="grades_submission_key"),
        )
        op.execute(f"INSERT INTO grades_0002 (id, {COLUMNS}) SELECT rowid, {COLUMNS} FROM grades")
        op.drop_table("grades")
        op.rename_table("grades_0002", "grades")
        return
    op.drop_constraint("grades_pkey", "grades", type_="primary")
    op.add_column("grades", sa.Column("id", sa.Integer, sa.Identity(), nullable=False))
    op.create_primary_key("grades_pkey", "grades", ["id"])
    op.create_unique_constraint("grades_submission_key", "grades", ["submission_id", "grader_key"])
