"""Database URLs and engines, with the per-backend settings newsdb relies on.

The URL comes from the caller (`--db`), else `NEWSDB_DATABASE_URL`, else the embedded default, a SQLite file
`newsdb.sqlite3` in the current directory. SQLite engines use SQLAlchemy's documented pysqlite recipe so that
BEGIN is emitted by SQLAlchemy itself: transactions, savepoints and DDL then really roll back (the driver's
own transaction handling would commit DDL implicitly). They also enforce foreign keys and use WAL, and a
second writer waits for the first (`busy_timeout`: 30 s, or $NEWSDB_BUSY_TIMEOUT seconds) instead of failing
at once.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy loads when an engine is made, so resolving a URL stays cheap (db.direct)
    from sqlalchemy import Engine

DEFAULT_URL = "sqlite:///newsdb.sqlite3"
ENV_VAR = "NEWSDB_DATABASE_URL"
# How long a SQLite connection waits for another writer's lock before it gives up ("database is locked").
BUSY_TIMEOUT_ENV = "NEWSDB_BUSY_TIMEOUT"  # seconds
BUSY_TIMEOUT_MS = 30000


def busy_timeout_ms() -> int:
    raw = os.environ.get(BUSY_TIMEOUT_ENV)
    try:
        return max(0, int(float(raw) * 1000)) if raw else BUSY_TIMEOUT_MS
    except ValueError:
        return BUSY_TIMEOUT_MS


def resolve_url(url: str | None = None) -> str:
    return url or os.environ.get(ENV_VAR) or DEFAULT_URL


def is_sqlite(url_or_engine) -> bool:
    from sqlalchemy import Engine
    from sqlalchemy.engine import make_url

    name = url_or_engine.dialect.name if isinstance(url_or_engine, Engine) else make_url(url_or_engine).get_backend_name()
    return name == "sqlite"


def _configure_sqlite(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN (see module docstring)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")  # first: switching to WAL may wait too
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # Writers (engine.execution_options(newsdb_begin_immediate=True)) take the write lock up front, waiting
        # up to the busy timeout; a deferred BEGIN that later writes could fail at once when another writer
        # committed meanwhile (WAL snapshots cannot be upgraded).
        immediate = connection.get_execution_options().get("newsdb_begin_immediate")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str | None = None, **kwargs) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    resolved = resolve_url(url)
    parsed = make_url(resolved)
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValueError(f"unsupported database {parsed.get_backend_name()!r}: use a sqlite:// or postgresql:// URL")
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # the driver newsdb installs
    engine = create_engine(parsed, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine
