"""Migrations: one head, up and down on both backends, no drift from the models, transactional on SQLite."""
from __future__ import annotations

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from db.engine import make_engine
from db.migrate import alembic_config, current_revision, downgrade, ensure_current, head_revision, upgrade
from db.models import Base


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_single_head():
    assert len(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()) == 1


def test_upgrade_down_to_base_and_up_again(db_url):
    upgrade(db_url)
    assert set(Base.metadata.tables) <= _tables(db_url)
    downgrade(db_url, "base")
    assert _tables(db_url) == set()
    upgrade(db_url)
    assert set(Base.metadata.tables) <= _tables(db_url)


def test_every_revision_downgrades_one_step(db_url):
    script = ScriptDirectory.from_config(alembic_config(db_url))
    revisions = [rev.revision for rev in script.walk_revisions("base", "heads")][::-1]
    for revision in revisions:
        upgrade(db_url, revision)
    for _ in revisions:
        downgrade(db_url, "-1")
    assert _tables(db_url) == set()


def test_models_match_migrations(db_url):
    upgrade(db_url)
    command.check(alembic_config(db_url))  # raises when autogenerate would find a difference


def test_ensure_current_upgrades_a_new_database_once(db_url):
    engine = make_engine(db_url)
    try:
        assert ensure_current(engine) is True
        assert current_revision(engine) == head_revision()
        assert ensure_current(engine) is False
    finally:
        engine.dispose()


def test_sqlite_ddl_rolls_back(sqlite_url):
    """The pysqlite recipe in db.engine makes DDL transactional, so a failed migration leaves no half state."""
    engine = make_engine(sqlite_url)
    with pytest.raises(RuntimeError):
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE half_done (id INTEGER)"))
            raise RuntimeError("migration failed midway")
    assert "half_done" not in inspect(engine).get_table_names()
    engine.dispose()


def test_sqlite_table_rebuild_keeps_dependent_rows(sqlite_url):
    """A batch-mode rebuild of a parent table must not cascade-delete its children (see foreign_keys_off_on_sqlite)."""
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import Column, String

    from db.migrate import check_foreign_keys, foreign_keys_off_on_sqlite

    upgrade(sqlite_url, "0001")  # before the views, which a rebuild must suspend (db.views)
    engine = make_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO outlets (name, created_at) VALUES ('Daily', '2020-01-01')"))
        connection.execute(text(
            "INSERT INTO articles (outlet_id, body, raw_text, source_format, content_hash, source_path, source_record,"
            " extractor_version, ingested_at, updated_at) VALUES (1, 'b', 'b', 'txt', 'h', 'p', 0, 'v', '2020-01-01',"
            " '2020-01-01')"))
    with engine.connect() as connection:
        with foreign_keys_off_on_sqlite(connection):
            with connection.begin():
                operations = Operations(MigrationContext.configure(connection, opts={"render_as_batch": True}))
                with operations.batch_alter_table("outlets", recreate="always") as batch:
                    batch.add_column(Column("motto", String(50)))
                check_foreign_keys(connection)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT outlet_id FROM articles")).scalar_one() == 1
        assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    engine.dispose()


_COUNTED = ("articles", "people", "mentions", "quotes", "events", "event_mentions", "ingest_runs")


def _counts(engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one() for table in _COUNTED}


def test_0004_keeps_an_ingested_database_whole(db_url):
    """Down past 0004 and up again on a database holding the seeds: every row stays, old events count as
    occurred, and full-text search still finds quotes (SQLite's index is rebuilt after the table copies)."""
    from loaders.ingest import ingest
    from loaders.registry import default_registry_dir, load_registry
    from tests.conftest import SEEDS

    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        ingest(engine, [str(SEEDS)], load_registry(default_registry_dir()), workers=1)
        before = _counts(engine)
        downgrade(db_url, "0003")
        upgrade(db_url, "0004")
        assert _counts(engine) == before and before["quotes"] > 0
        with engine.connect() as connection:
            statuses = connection.execute(text("SELECT DISTINCT status FROM events")).scalars().all()
            assert statuses == ["occurred"]
            assert connection.execute(text("SELECT COUNT(*) FROM v_quote_facts")).scalar_one() == before["quotes"]
            if engine.dialect.name == "sqlite":
                hits = connection.execute(text("SELECT COUNT(*) FROM fts_quotes WHERE fts_quotes MATCH 'israel'"))
                assert hits.scalar_one() > 0
    finally:
        engine.dispose()


def test_0007_keeps_mentions_and_tells_description_mentions(db_url):
    """Down past 0007 and up again on a database holding the seeds and one description mention: every row stays,
    names come back as 'name', the description mention written before the column (surface == role, 'the …')
    comes back as 'description', and the views that read mentions are there again."""
    from loaders.ingest import ingest
    from loaders.registry import default_registry_dir, load_registry
    from tests.conftest import SEEDS

    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        ingest(engine, [str(SEEDS)], load_registry(default_registry_dir()), workers=1)
        with engine.begin() as connection:
            article_id, person_id = connection.execute(text("SELECT article_id, person_id FROM mentions")).first()
            connection.execute(text(
                "INSERT INTO mentions (article_id, person_id, surface, role, start_char, end_char, kind) "
                "VALUES (:a, :p, 'the minister', 'the minister', 0, 12, 'description')"),
                {"a": article_id, "p": person_id})
        before = _counts(engine)
        downgrade(db_url, "0006")
        assert "kind" not in {column["name"] for column in inspect(engine).get_columns("mentions")}
        upgrade(db_url, "0007")
        assert _counts(engine) == before and before["mentions"] > 1
        with engine.connect() as connection:
            kinds = connection.execute(text("SELECT kind, COUNT(*) FROM mentions GROUP BY kind ORDER BY kind")).all()
            assert kinds == [("description", 1), ("name", before["mentions"] - 1)]
            assert connection.execute(text("SELECT COUNT(*) FROM v_mention_facts")).scalar_one() == before["mentions"]
    finally:
        engine.dispose()
