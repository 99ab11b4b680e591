"""One database per backend with the seed articles ingested, shared (read-only) by the BI tests of a session.

Ingesting costs about a second per backend, so the BI test modules share these instead of ingesting per test.
Tests that write use the per-test `engine` fixture of tests/conftest.py instead. The PostgreSQL database is
dropped when the session ends.
"""
from __future__ import annotations

import pytest
from sqlalchemy import Engine

from db.engine import make_engine
from db.migrate import upgrade
from loaders.ingest import ingest
from loaders.registry import default_registry_dir, load_registry
from tests.conftest import SEEDS, scratch_pg_database

_CACHE: dict[str, Engine] = {}


def seeded_engine(backend: str, request: pytest.FixtureRequest) -> Engine:
    if backend in _CACHE:
        return _CACHE[backend]
    if backend == "sqlite":
        folder = request.getfixturevalue("tmp_path_factory").mktemp("seeded")
        url = f"sqlite:///{folder / 'newsdb.sqlite3'}"
    else:
        url, drop_database = scratch_pg_database("newsdb_bi")

        def drop() -> None:
            _CACHE.pop(backend, None)
            engine.dispose()
            drop_database()

        request.session.config.add_cleanup(drop)
    upgrade(url)
    engine = make_engine(url)
    summary = ingest(engine, [str(SEEDS)], load_registry(default_registry_dir()), workers=1)
    assert summary.failed == 0 and summary.added > 0
    _CACHE[backend] = engine
    return engine


BACKENDS = ["sqlite", "postgresql"]
