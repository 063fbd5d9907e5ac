"""Alembic's entry point for this schema; the work is in ``workshop.records.migrations``."""

from alembic import context

from workshop.records.migrations import run

run(context)
