"""The read-only role: on PostgreSQL it can read every table and view and write nothing, and granting again is
harmless; on SQLite the error says how to open the file read-only."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from db.engine import make_engine
from db.migrate import upgrade
from db.roles import RoleError, grant_readonly
from db.views import CURRENT_VIEWS


@pytest.fixture
def pg_engine(pg_url):
    upgrade(pg_url)
    engine = make_engine(pg_url)
    yield engine
    engine.dispose()


@pytest.fixture
def role(pg_engine):
    """A fresh role name; roles are cluster-wide, so the role and its grants are removed afterwards."""
    name = f"newsdb_reader_{uuid.uuid4().hex[:8]}"
    yield name
    with pg_engine.begin() as connection:
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).scalar():
            connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
            connection.exec_driver_sql(f'DROP ROLE "{name}"')


def connect_as(pg_engine, role: str):
    url = make_url(pg_engine.url.render_as_string(hide_password=False)).set(username=role, password="s3cret")
    return create_engine(url)


def test_role_reads_everything_and_writes_nothing(pg_engine, role):
    grant_readonly(pg_engine, role, password="s3cret")
    grant_readonly(pg_engine, role)  # again: idempotent, keeps the password
    reader = connect_as(pg_engine, role)
    try:
        with reader.connect() as connection:
            names = inspect(connection).get_table_names() + [view.name for view in CURRENT_VIEWS]
            for name in names:
                connection.execute(text(f"SELECT * FROM {name} LIMIT 1")).all()
            assert connection.execute(text("SHOW default_transaction_read_only")).scalar() == "on"
        with reader.connect() as connection:
            # Even with the read-only default switched off, the role lacks the privilege to write.
            connection.exec_driver_sql("SET default_transaction_read_only = off")
            connection.commit()  # the next transaction starts read-write
            with pytest.raises(DBAPIError, match="permission denied"):
                connection.execute(text("INSERT INTO outlets (name, created_at) VALUES ('x', now())"))
    finally:
        reader.dispose()


def test_objects_created_later_are_readable(pg_engine, role):
    grant_readonly(pg_engine, role, password="s3cret")
    with pg_engine.begin() as connection:
        connection.exec_driver_sql("CREATE VIEW v_later AS SELECT name FROM outlets")
    reader = connect_as(pg_engine, role)
    try:
        with reader.connect() as connection:
            assert connection.execute(text("SELECT COUNT(*) FROM v_later")).scalar() == 0
    finally:
        reader.dispose()


def test_existing_write_privileges_are_revoked(pg_engine, role):
    with pg_engine.begin() as connection:
        connection.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        connection.exec_driver_sql(f'GRANT INSERT ON outlets TO "{role}"')
    grant_readonly(pg_engine, role, password="s3cret")
    with pg_engine.connect() as connection:
        allowed = connection.execute(
            text("SELECT has_table_privilege(:r, 'outlets', 'INSERT'), has_table_privilege(:r, 'outlets', 'SELECT')"),
            {"r": role},
        ).one()
    assert tuple(allowed) == (False, True)


@pytest.mark.parametrize("bad", ["1abc", "x; DROP ROLE postgres", 'q"uote', "a" * 64, ""])
def test_bad_role_names_are_refused(bad):
    never_connected = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")  # names are checked first
    with pytest.raises(RoleError, match="invalid role name"):
        grant_readonly(never_connected, bad)


def test_the_connected_user_cannot_be_made_read_only(pg_engine):
    with pytest.raises(RoleError, match="connected as"):
        grant_readonly(pg_engine, pg_engine.url.username)


def test_sqlite_explains_the_read_only_uri(sqlite_url):
    engine = make_engine(sqlite_url)
    with pytest.raises(RoleError, match=r"mode=ro"):
        grant_readonly(engine, "reader")
    engine.dispose()


def test_the_read_only_sqlite_uri_refuses_writes(sqlite_url, tmp_path):
    upgrade(sqlite_url)
    engine = create_engine(f"sqlite:///file:{tmp_path / 'newsdb.sqlite3'}?mode=ro&uri=true")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT COUNT(*) FROM v_article_facts")).scalar() == 0
            with pytest.raises(DBAPIError, match="readonly"):
                connection.execute(text("INSERT INTO outlets (name, created_at) VALUES ('x', '2020-01-01')"))
    finally:
        engine.dispose()
