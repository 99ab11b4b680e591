"""The schema revision this code expects, and a one-query check of a database's, without loading Alembic.

Every command brings the database to the newest migration first (db.migrate.ensure_current). Loading Alembic
and its script directory costs more than most canned queries, so commands first read `alembic_version` with
one query and compare it with `HEAD_REVISION`; only a database that is behind (or new) pays for Alembic. A test
checks that `HEAD_REVISION` is the head of the migration scripts, so a new migration cannot forget it.
"""
from __future__ import annotations

HEAD_REVISION = "0008"


def database_revision(connection) -> str | None:
    """The revision stored in `alembic_version`, or None for a database without one (new or not newsdb's)."""
    from sqlalchemy.exc import DBAPIError

    try:
        with connection.begin_nested() if connection.in_transaction() else connection.begin():
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError:
        return None


def is_current(engine) -> bool:
    """True when the database is at HEAD_REVISION (one cheap read)."""
    with engine.connect() as connection:
        return database_revision(connection) == HEAD_REVISION
