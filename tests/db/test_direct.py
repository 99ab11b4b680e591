"""The quick paths of the command line: the driver-only canned queries (db.direct) and the one-read head check."""
from __future__ import annotations

import pytest

from db import direct
from db.migrate import alembic_config, head_revision
from db.queries import load_queries
from db.revision import HEAD_REVISION, is_current
from tests.db.seeded import BACKENDS, seeded_engine
from tests.db.test_queries import bound, sample_values

QUERIES = load_queries()


@pytest.fixture(scope="session", params=BACKENDS)
def seeded(request):
    return seeded_engine(request.param, request)


def test_head_constant_is_the_migrations_head():
    assert HEAD_REVISION == head_revision(), "a new migration: set db.revision.HEAD_REVISION to its id"
    assert alembic_config("sqlite://")  # the script directory itself stays the source of truth


@pytest.mark.parametrize("name", list(QUERIES))
def test_driver_path_returns_what_sqlalchemy_returns(seeded, name):
    query = QUERIES[name]
    values = bound(query, sample_values(seeded))
    url = seeded.url.render_as_string(hide_password=False)
    result = direct.run(url, query.executable_sql(seeded.dialect.name), values)
    assert result is not None, "a plain URL of a database at head takes the driver path"
    assert result == query.run(seeded, values)


def test_driver_path_declines_what_it_cannot_do(tmp_path, seeded):
    sql = QUERIES["most_quoted_people"].executable_sql("sqlite")
    assert direct.run(f"sqlite:///{tmp_path / 'missing.sqlite3'}", sql, {"limit": 1}) is None
    assert not (tmp_path / "missing.sqlite3").exists()  # never creates a database
    assert direct.run("sqlite://", sql, {"limit": 1}) is None  # in memory: SQLAlchemy's job
    assert is_current(seeded)


def test_driver_path_declines_a_database_behind(sqlite_url):
    from db.migrate import upgrade

    upgrade(sqlite_url, "0004")
    sql = QUERIES["most_quoted_people"].executable_sql("sqlite")
    assert direct.run(sqlite_url, sql, {"limit": 1}) is None
