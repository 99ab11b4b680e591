"""Shared fixtures: a fresh database per test on SQLite (always) and PostgreSQL (when configured).

PostgreSQL tests read NEWSDB_TEST_PG_URL (a server URL with a database the user may connect to, e.g.
postgresql+psycopg://postgres@127.0.0.1:5432/test). Each test gets its own throw-away database, created and
dropped through that URL, and roles come from `pg_role`, dropped afterwards; at the end of the session any
database or role this session made and did not drop is dropped (and named on stderr), so nothing is left on
the server. Without the variable those tests skip, except under CI, where they must run.

Every database a test builds through the `engine` fixture must pass `newsdb db check` (`db.check`) when the test
ends; a test that corrupts its database on purpose says so with `@pytest.mark.corrupts_db`.
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


_LEFT_ON_SERVER: dict[str, str] = {}  # name: 'database' or 'role', made by this session and not yet dropped


def _admin_engine():
    server = make_url(_pg_server_url())
    if server.drivername == "postgresql":
        server = server.set(drivername="postgresql+psycopg")
    return create_engine(server, isolation_level="AUTOCOMMIT")


def scratch_pg_database(prefix: str) -> tuple[str, Callable[[], None]]:
    """Create an empty PostgreSQL database on the test server; return its URL and a function that drops it."""
    server = make_url(_pg_server_url())
    if server.drivername == "postgresql":
        server = server.set(drivername="postgresql+psycopg")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    _LEFT_ON_SERVER[name] = "database"

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        _LEFT_ON_SERVER.pop(name, None)

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
def pg_role(pg_url):
    """A fresh role name on the test server; the role (cluster-wide) and its grants are dropped afterwards."""
    name = f"newsdb_role_{uuid.uuid4().hex[:10]}"
    _LEFT_ON_SERVER[name] = "role"
    yield name
    drop_role(name, pg_url)


def drop_role(name: str, database_url: str | None = None) -> None:
    """Drop a role: its privileges in `database_url` first (DROP OWNED), then the role itself."""
    engines = [create_engine(database_url, isolation_level="AUTOCOMMIT")] if database_url else []
    engines.append(_admin_engine())
    try:
        for engine in engines:
            with engine.connect() as connection:
                if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).scalar():
                    connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
        with engines[-1].connect() as connection:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    finally:
        for engine in engines:
            engine.dispose()
    _LEFT_ON_SERVER.pop(name, None)


def _drop_leftovers() -> None:
    """Drop whatever this session made on the PostgreSQL server and did not drop, and say so. Registered first,
    so it runs after every other clean-up (the seeded databases are dropped by theirs)."""
    if not _LEFT_ON_SERVER:
        return
    left = dict(_LEFT_ON_SERVER)
    admin = _admin_engine()
    with admin.connect() as connection:
        for name, kind in left.items():
            if kind == "database":
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
    for name, kind in left.items():
        if kind == "role":
            drop_role(name)
    import sys

    print(f"\ntests left on the PostgreSQL server (now dropped): {', '.join(sorted(left))}", file=sys.stderr)


def pytest_configure(config):
    config.add_cleanup(_drop_leftovers)
    config.addinivalue_line("markers", "corrupts_db: the test damages its database on purpose (no db check after it)")


@pytest.fixture
def engine(db_url, request):
    """An engine on a database already at the newest migration; `newsdb db check` must pass on it at the end."""
    upgrade(db_url)
    engine = make_engine(db_url)
    yield engine
    try:
        if request.node.get_closest_marker("corrupts_db") is None and not _failed(request):
            from db.check import check_database

            faults = check_database(engine)
            assert not faults, f"newsdb db check fails on the database this test built: {faults}"
    finally:
        engine.dispose()


def _failed(request) -> bool:
    report = getattr(request.node, "rep_call", None)
    return report is not None and report.failed


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report
