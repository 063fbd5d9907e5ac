"""Alembic migrations, one folder per schema (``gradebook``, ``server``); see ``run``."""

from __future__ import annotations

from typing import Any


def run(context: Any) -> None:
    """The body of each ``env.py``: migrate on the connection that
    :func:`workshop.records.database.upgrade` opened (its transaction holds the lock)."""
    attributes = context.config.attributes
    connection = attributes.get("connection")
    if connection is None:  # the alembic command line: a URL from alembic.ini or -x url=...
        from sqlalchemy import create_engine

        url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option(
            "sqlalchemy.url"
        )
        with create_engine(url).begin() as connection:
            _configure_and_run(context, connection, attributes.get("version_table"))
        return
    _configure_and_run(context, connection, attributes["version_table"])


def _configure_and_run(context: Any, connection: Any, version_table: str | None) -> None:
    context.configure(
        connection=connection,
        target_metadata=None,
        version_table=version_table or context.config.get_main_option("version_table"),
    )
    with context.begin_transaction():
        context.run_migrations()
