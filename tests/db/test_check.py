"""`newsdb db check`: a sound database is `ok`; a database corrupted on purpose has each fault reported."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from db.check import check_database
from loaders.check import check_extractions
from loaders.ingest import ingest
from loaders.registry import Registry, default_registry_dir, load_registry
from newsdb.cli import cli
from tests.conftest import SEEDS
from tests.db.seeded import BACKENDS, seeded_engine

REGISTRY = load_registry(default_registry_dir())


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_seeded_database_is_sound(request, backend):
    engine = seeded_engine(backend, request)
    assert check_database(engine) == []
    result = check_extractions(engine, [REGISTRY, Registry()])
    assert result.faults == [] and result.checked == 5 and result.other_versions == 0


def _corrupt(connection, dialect: str) -> None:
    one = lambda sql: connection.execute(text(sql)).scalar()  # noqa: E731
    quote = one("SELECT MIN(id) FROM quotes")
    connection.execute(text("UPDATE quotes SET text = 'Not what was said' WHERE id = :i"), {"i": quote})
    mention = one("SELECT MIN(id) FROM mentions")
    connection.execute(text("UPDATE mentions SET end_char = 1000000 WHERE id = :i"), {"i": mention})
    connection.execute(text("UPDATE event_mentions SET start_char = -5 WHERE id = (SELECT MIN(id) FROM event_mentions)"))
    connection.execute(text("UPDATE quotes SET speaker_start_char = 10, speaker_end_char = 2 "
                            "WHERE id = (SELECT MAX(id) FROM quotes)"))
    if dialect == "postgresql":
        connection.execute(text("SET session_replication_role = replica"))  # foreign keys unchecked from here
    connection.execute(text("UPDATE mentions SET person_id = 999999 WHERE id = (SELECT MAX(id) FROM mentions "
                            "WHERE article_id < (SELECT MAX(id) FROM articles))"))
    if dialect == "postgresql":
        connection.execute(text("SET session_replication_role = DEFAULT"))
        connection.execute(text("DROP INDEX ix_fts_quotes_document"))
    else:
        connection.execute(text("DROP TRIGGER fts_articles_au"))
        connection.execute(text("UPDATE articles SET title = 'Changed behind the index' "
                                "WHERE id = (SELECT MIN(id) FROM articles)"))
    article = one("SELECT MAX(id) FROM articles")
    connection.execute(text("DELETE FROM mentions WHERE article_id = :a"), {"a": article})
    connection.execute(text("INSERT INTO ingest_runs (started_at, status, paths, extractor_version, added, updated, "
                            "unchanged, failed) VALUES ('2024-01-01', 'running', 'x', 'v', 0, 0, 0, 0)"))


EXPECTED = {
    "quotes.text is not the body's text at its offsets: 1 row, e.g. id \\d+ \\(article \\d+\\): 'Not what was said' but the body has '.*'": "both",
    "mentions.start_char/end_char outside the article body: 1 row": "both",
    "event_mentions.start_char/end_char outside the article body: 1 row": "both",
    "quotes.speaker_start_char/speaker_end_char outside the article body: 1 row, e.g. id \\d+ \\(article \\d+\\): 10-2": "both",
    "mentions.person_id points to people rows that do not exist: 1 row, e.g. people.id = 999999": "both",
    "ingest run \\d+ is left 'running' by a process that is gone": "both",
    "trigger fts_articles_au that keeps fts_articles in sync with articles is missing": "sqlite",
    "full-text index fts_articles is out of sync with articles": "sqlite",
    "full-text index ix_fts_quotes_document on quotes is missing": "postgresql",
    "article \\d+ \\(.*\\) has 0 mentions stored but its extraction gives \\d+": "both",
}


@pytest.mark.corrupts_db
def test_each_fault_of_a_corrupted_database_is_reported(engine):
    ingest(engine, [str(SEEDS)], REGISTRY, workers=1)
    dialect = engine.dialect.name
    with engine.connect() as connection:
        if dialect == "sqlite":
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        connection.begin()
        _corrupt(connection, dialect)
        connection.commit()
        if dialect == "sqlite":
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")
    faults = check_database(engine) + check_extractions(engine, [REGISTRY]).faults
    for pattern, backend in EXPECTED.items():
        if backend in ("both", dialect):
            assert any(re.match(pattern, fault) for fault in faults), (pattern, faults)
    unexpected = [f for f in faults if not any(re.match(p, f) for p, b in EXPECTED.items() if b in ("both", dialect))]
    assert all(f.startswith("article ") for f in unexpected), unexpected  # the re-extraction sees the broken spans


def test_a_schema_behind_head_is_reported_first(sqlite_url):
    from db.engine import make_engine
    from db.migrate import downgrade, upgrade

    upgrade(sqlite_url)
    downgrade(sqlite_url, "-1")
    engine = make_engine(sqlite_url)
    [fault] = check_database(engine)
    engine.dispose()
    assert fault.startswith("schema at revision ") and "run `newsdb db upgrade`" in fault


def test_the_command_prints_ok_or_the_faults(sqlite_url):
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", sqlite_url, "ingest", str(SEEDS)]).exit_code == 0
    result = runner.invoke(cli, ["--db", sqlite_url, "db", "check", "--sample", "all"])
    assert (result.exit_code, result.output) == (0, "ok\n")
    from sqlalchemy import create_engine

    engine = create_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE quotes SET text = 'x' WHERE id = (SELECT MIN(id) FROM quotes)"))
    engine.dispose()
    result = runner.invoke(cli, ["--db", sqlite_url, "db", "check"])
    assert result.exit_code == 1 and result.output.startswith("quotes.text is not the body's text")
