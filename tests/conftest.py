"""Shared fixtures: a fresh database per test on SQLite (always) and PostgreSQL (when configured).

PostgreSQL tests read NEWSDB_TEST_PG_URL (a server URL with a database the user may connect to, e.g.
postgresql+psycopg://postgres@127.0.0.1:5432/test). Each test gets its own throw-away database, created and
dropped through that URL. Without the variable those tests skip, except under CI, where they must run.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.engine import make_engine
from db.migrate import upgrade

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "seeds.gold.json"
PG_ENV = "NEWSDB_TEST_PG_URL"


def _pg_server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: under CI the PostgreSQL tests must run")
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    return url


def scratch_pg_database(prefix: str) -> tuple[str, Callable[[], None]]:
    """Create an empty PostgreSQL database on the test server; return its URL and a function that drops it."""
    server = make_url(_pg_server_url())
    if server.drivername == "postgresql":
        server = server.set(drivername="postgresql+psycopg")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return server.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture
def pg_url():
    url, drop = scratch_pg_database("newsdb_test")
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'newsdb.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request):
    """A URL to an empty database, once per backend."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def engine(db_url):
    """An engine on a database already at the newest migration."""
    upgrade(db_url)
    engine = make_engine(db_url)
    yield engine
    engine.dispose()
