"""One database per backend with the seed articles ingested, shared (read-only) by the BI tests of a session.

Ingesting costs about a second per backend, so the BI test modules share these instead of ingesting per test.
Tests that write use the per-test `engine` fixture of tests/conftest.py instead. The PostgreSQL database is
dropped when the session ends.
"""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from db.engine import make_engine
from db.migrate import upgrade
from loaders.ingest import ingest
from loaders.registry import default_registry_dir, load_registry
from tests.conftest import SEEDS, _pg_server_url

_CACHE: dict[str, Engine] = {}


def seeded_engine(backend: str, request: pytest.FixtureRequest) -> Engine:
    if backend in _CACHE:
        return _CACHE[backend]
    if backend == "sqlite":
        folder = request.getfixturevalue("tmp_path_factory").mktemp("seeded")
        url = f"sqlite:///{folder / 'newsdb.sqlite3'}"
    else:
        server = make_url(_pg_server_url())
        if server.drivername == "postgresql":
            server = server.set(drivername="postgresql+psycopg")
        name = f"newsdb_bi_{uuid.uuid4().hex[:12]}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))

        def drop() -> None:
            _CACHE.pop(backend, None)
            engine.dispose()
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()

        request.session.config.add_cleanup(drop)
        url = server.set(database=name).render_as_string(hide_password=False)
    upgrade(url)
    engine = make_engine(url)
    summary = ingest(engine, [str(SEEDS)], load_registry(default_registry_dir()), workers=1)
    assert summary.failed == 0 and summary.added > 0
    _CACHE[backend] = engine
    return engine


BACKENDS = ["sqlite", "postgresql"]
