"""Alembic environment for newsdb: online and offline runs on SQLite (batch mode) and PostgreSQL.

The URL comes from `config.attributes['url']` (set by `newsdb`), else `sqlalchemy.url` in alembic.ini, else
NEWSDB_DATABASE_URL, else the default SQLite file. A caller may also hand over an open connection in
`config.attributes['connection']`. Each run is one transaction, on SQLite too (see db.engine), so a failed
migration leaves the schema as it was.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy.pool import NullPool

from db.engine import make_engine, resolve_url
from db.migrate import check_foreign_keys, foreign_keys_off_on_sqlite
from db.models import Base
from db.schema_objects import include_object

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    return config.attributes.get("url") or config.get_main_option("sqlalchemy.url") or resolve_url()


def _configure(**kwargs) -> None:
    context.configure(
        target_metadata=target_metadata,
        include_object=include_object,
        compare_type=True,
        transactional_ddl=True,
        **kwargs,
    )


def run_migrations_offline() -> None:
    url = _url()
    _configure(url=url, literal_binds=True, render_as_batch=url.startswith("sqlite"))
    with context.begin_transaction():
        context.run_migrations()


def _run_on(connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    _configure(connection=connection, render_as_batch=sqlite)
    with foreign_keys_off_on_sqlite(connection):
        with context.begin_transaction():
            context.run_migrations()
            check_foreign_keys(connection)


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = make_engine(_url(), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            _run_on(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
