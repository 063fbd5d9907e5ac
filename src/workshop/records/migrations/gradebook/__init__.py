"""Alembic migrations (see workshop.records.migrations)."""
