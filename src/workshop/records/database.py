"""The database behind the gradebook and the server: one SQLAlchemy engine per place,
brought up to the current schema by Alembic the first time this process opens it.

A place is a path (an SQLite file, the default) or a URL (``postgresql://user@host/db``,
``sqlite:///file``). SQLite gets WAL, a busy timeout and transactions that SQLAlchemy
begins itself (the driver's own implicit ones start only before a write, too late for a
read-then-write); a writing transaction takes the write lock at once (``BEGIN
IMMEDIATE``), so two processes never deadlock upgrading a read lock. PostgreSQL gets a
pool that checks connections before use (a restarted database costs one reconnect)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from workshop.errors import ConfigError
from workshop.records.tables import HEADS

Schema = Literal["gradebook", "server"]
MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLES = {"gradebook": "alembic_version", "server": "alembic_version_server"}
# Taken for the length of an upgrade, so that servers starting together upgrade once.
_UPGRADE_LOCK_ID = 0x776B73686F70  # "workshop"

_engines: dict[str, Engine] = {}
_ready: set[tuple[str, Schema]] = set()
_lock = threading.Lock()


def is_url(place: str | Path) -> bool:
    return isinstance(place, str) and "://" in place


def shown(place: str | Path) -> str:
    """The place for a message: a URL without its password."""
    if not is_url(place):
        return str(place)
    try:
        return make_url(str(place)).render_as_string(hide_password=True)
    except ArgumentError:
        return str(place).split("://", 1)[0] + "://..."


def url_of(place: str | Path) -> str:
    """SQLAlchemy's URL for a place. ``postgresql://`` means psycopg 3 (``workshop[scale]``)."""
    if not is_url(place):
        return f"sqlite:///{Path(place).resolve()}"
    url = str(place)
    for bare in ("postgresql://", "postgres://"):
        if url.startswith(bare):
            return "postgresql+psycopg://" + url[len(bare) :]
    return url


def engine_for(place: str | Path, schema: Schema, create: bool = True) -> Engine:
    """The engine for ``place`` with ``schema`` at its newest revision (upgraded if older).
    ``create=False``: an SQLite file is opened read-write but never created (if it vanished
    since :func:`require_gradebook` looked, that is an error, not a new empty file)."""
    url = url_of(place)
    if not create and url.startswith("sqlite:///"):
        url = "sqlite:///file:" + url[len("sqlite:///") :] + "?mode=rw&uri=true"
    engine = _engine(place, url)
    if (url, schema) not in _ready:
        upgrade(engine, schema, place)
        _ready.add((url, schema))
    return engine


def _engine(place: str | Path, url: str) -> Engine:
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = _make_engine(place, url)
        return engine


def _make_engine(place: str | Path, url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            if not is_url(place) and "mode=rw" not in url:
                Path(place).parent.mkdir(parents=True, exist_ok=True)
            # Pooled: closing the last connection of a WAL database checkpoints it and
            # removes the WAL file, which costs more than the write itself.
            engine = create_engine(url, pool_size=5, max_overflow=10)
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise ConfigError("database_url_invalid", place=shown(place), detail=str(exc)[:160]) from exc
    except ImportError as exc:  # the PostgreSQL driver comes with workshop[scale]
        raise ConfigError("scale_not_installed", detail=exc.name or str(exc)) from exc
    except OSError as exc:
        raise ConfigError("gradebook_unusable", path=place, detail=str(exc)[:120]) from exc


def require_gradebook(place: str | Path) -> None:
    """``place`` holds a gradebook (a ``grades`` table); checked without writing anything,
    so that a file that is not one is left exactly as it was."""
    if is_url(place):
        from sqlalchemy import inspect

        engine = _engine(place, url_of(place))
        try:
            with engine.connect() as conn:
                found = inspect(conn).has_table("grades")
        except (DBAPIError, SQLAlchemyError) as exc:
            raise ConfigError("database_unreachable", path=shown(place), detail=_short(exc)) from exc
        if not found:
            raise ConfigError("gradebook_not_a_gradebook", path=shown(place))
        return
    path = Path(place)
    if not path.is_file():
        raise ConfigError("gradebook_missing", path=path)
    import sqlite3

    try:
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            found = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'grades'").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise ConfigError("gradebook_unusable", path=path, detail=str(exc)[:120]) from exc
    if not found:
        raise ConfigError("gradebook_not_a_gradebook", path=path)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we say BEGIN ourselves (see _sqlite_begin)
    dbapi_connection.execute("PRAGMA busy_timeout=10000")
    dbapi_connection.execute("PRAGMA journal_mode=WAL")


def _sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("workshop_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: committed at the end, rolled back on error."""
    with engine.connect() as conn:
        conn = conn.execution_options(workshop_write=True)
        with conn.begin():
            yield conn


def insert_for(conn: Connection, table: Table) -> Any:
    """An INSERT that knows ``ON CONFLICT`` in this connection's dialect (both have it)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def current_revision(engine: Engine, schema: Schema) -> str | None:
    from sqlalchemy import inspect

    table = VERSION_TABLES[schema]
    with engine.connect() as conn:
        if not inspect(conn).has_table(table):
            return None
        row = conn.execute(text(f"SELECT version_num FROM {table}")).first()  # noqa: S608 - our own name
        return None if row is None else str(row[0])


def upgrade(engine: Engine, schema: Schema, place: str | Path) -> None:
    """Bring ``schema`` to its head. Alembic is only loaded when there is something to do."""
    try:
        if current_revision(engine, schema) == HEADS[schema]:
            return
        with writing(engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _UPGRADE_LOCK_ID})
            _alembic_upgrade(conn, schema)
    except (DBAPIError, SQLAlchemyError) as exc:
        key = "database_unreachable" if is_url(place) else "gradebook_unusable"
        raise ConfigError(key, path=shown(place), detail=_short(exc)) from exc


def _alembic_upgrade(conn: Connection, schema: Schema) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS / schema))
    config.attributes["connection"] = conn
    config.attributes["version_table"] = VERSION_TABLES[schema]
    command.upgrade(config, "head")


def _short(exc: Exception) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return (text_[0] if text_ else type(exc).__name__)[:160]
