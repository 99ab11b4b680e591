"""Schema migrations, driven from Python: upgrade, downgrade, current, and bringing a database to head.

Every command that touches the database calls `ensure_current` first, so a new database is created and an old
one upgraded without a separate step. The Alembic scripts are the `migrations` package, found through
`importlib.resources`, so an installed newsdb migrates with no `alembic.ini` (which only serves the `alembic`
command run from a checkout).
"""
from __future__ import annotations

import time
from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from contextlib import contextmanager
from collections.abc import Iterator

from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = files("migrations")  # a real folder: setuptools installs packages unzipped


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["url"] = url
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; expected one")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    command.downgrade(alembic_config(url), revision)


def ensure_current(engine: Engine) -> bool:
    """Upgrade the database to head if it is not there; True when a migration ran.

    A database already at head costs one query (db.revision). Concurrent commands on a new database take turns:
    on PostgreSQL an advisory lock serialises the upgrades; on SQLite the second upgrade waits for the first
    one's write lock and then fails on tables that now exist; either way the loser finds the database at head.
    """
    from db.revision import is_current

    if is_current(engine):
        return False
    url = engine.url.render_as_string(hide_password=False)
    with _migration_lock(engine):
        for attempt in range(50):
            if current_revision(engine) == head_revision():
                return False
            try:
                upgrade(url)
                return True
            except Exception:
                if current_revision(engine) == head_revision():  # another command upgraded it meanwhile
                    return False
                if engine.dialect.name != "sqlite" or attempt == 49:
                    raise
                time.sleep(0.2)  # SQLite: another command's upgrade holds the database; it rolls back whole
    return True


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """PostgreSQL: a session-level advisory lock held while one command upgrades the schema."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT pg_advisory_lock(7236814851166830594)")  # 'newsdb' migrations
        connection.commit()
        try:
            yield
        finally:
            connection.exec_driver_sql("SELECT pg_advisory_unlock(7236814851166830594)")
            connection.commit()


@contextmanager
def foreign_keys_off_on_sqlite(connection: Connection) -> Iterator[None]:
    """Turn SQLite's foreign keys off around a migration run (a no-op on other databases).

    Batch mode rebuilds a table by copy, drop and rename; with foreign keys on, the drop would cascade-delete
    every dependent row. The pragma only works outside a transaction, so it is set on the driver connection
    before the migration's transaction begins; `check_foreign_keys` verifies the result before it commits.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.dbapi_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def check_foreign_keys(connection: Connection) -> None:
    """On SQLite, fail (and so roll back) when rows point at rows that do not exist."""
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"migration left {len(broken)} rows with broken foreign keys, e.g. {tuple(broken[0])}")
