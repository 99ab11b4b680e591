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
