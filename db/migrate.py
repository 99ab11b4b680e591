"""Schema migrations, driven from Python: upgrade, downgrade, current, and bringing a database to head.

Every command that touches the database calls `ensure_current` first, so a new database is created and an old
one upgraded without a separate step. The Alembic scripts are the `migrations` package, found through
`importlib.resources`, so an installed newsdb migrates with no `alembic.ini` (which only serves the `alembic`
command run from a checkout).
"""
from __future__ import annotations

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
    """Upgrade the database to head if it is not there; True when a migration ran."""
    if current_revision(engine) == head_revision():
        return False
    upgrade(engine.url.render_as_string(hide_password=False))
    return True


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
