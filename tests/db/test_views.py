"""BI views: exactly the declared views and columns exist, their rows agree with the base tables, PostgreSQL shows
their descriptions, offsets read back the right words, and the rule for SQLite batch migrations holds."""
from __future__ import annotations

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Text, func, inspect, select, text
from sqlalchemy.exc import OperationalError

from db.models import Article, EventMention, Mention, Person, Quote
from db.views import CURRENT_FTS, CURRENT_VIEWS, bi_objects_suspended
from loaders.ingest import ingest
from loaders.registry import Registry
from tests.conftest import SEEDS
from tests.db.seeded import BACKENDS, seeded_engine

VIEWS = {view.name: view for view in CURRENT_VIEWS}
# Each view's row count equals its base table's (v_event_coverage: events keep a row even without mentions).
ROWS_LIKE = {
    "v_quote_facts": Quote,
    "v_article_facts": Article,
    "v_mention_facts": Mention,
    "v_person_facts": Person,
}


@pytest.fixture(scope="session", params=BACKENDS)
def seeded(request):
    return seeded_engine(request.param, request)


def count(connection, table) -> int:
    return connection.execute(select(func.count()).select_from(table)).scalar()


def test_views_and_columns_are_as_declared(seeded):
    inspector = inspect(seeded)
    assert {name for name in inspector.get_view_names() if name.startswith("v_")} == set(VIEWS)
    for view in CURRENT_VIEWS:
        assert tuple(column["name"] for column in inspector.get_columns(view.name)) == view.column_names
        assert len(set(view.column_names)) == len(view.column_names)


@pytest.mark.parametrize("view, table", ROWS_LIKE.items(), ids=list(ROWS_LIKE))
def test_one_row_per_base_row(seeded, view, table):
    with seeded.connect() as connection:
        assert connection.execute(text(f"SELECT COUNT(*) FROM {view}")).scalar() == count(connection, table)


def test_article_facts_counts_add_up(seeded):
    with seeded.connect() as connection:
        sums = connection.execute(text(
            "SELECT SUM(quote_count), SUM(direct_quote_count + partial_quote_count + indirect_quote_count), "
            "SUM(mention_count), SUM(unnamed_quote_count) FROM v_article_facts"
        )).one()
        quotes, mentions = count(connection, Quote), count(connection, Mention)
        unnamed = connection.execute(select(func.count()).where(Quote.speaker_id.is_(None))).scalar()
    assert tuple(int(value or 0) for value in sums) == (quotes, quotes, mentions, unnamed)


def test_person_facts_quote_counts_add_up(seeded):
    with seeded.connect() as connection:
        total = connection.execute(text("SELECT SUM(quote_count) FROM v_person_facts")).scalar()
        named = connection.execute(select(func.count()).where(Quote.speaker_id.is_not(None))).scalar()
    assert int(total or 0) == named


def test_event_coverage_has_every_mention_and_reads_its_words(seeded):
    with seeded.connect() as connection:
        rows = connection.execute(text(
            "SELECT c.mention_text, c.start_char, c.end_char, a.body FROM v_event_coverage c "
            "JOIN articles a ON a.id = c.article_id"
        )).all()
        assert len(rows) == count(connection, EventMention)
    # SUBSTR counts characters like Python does, so the view's words are body[start:end] even after non-ASCII text.
    assert all(row.mention_text == row.body[row.start_char:row.end_char] for row in rows)


def test_quote_facts_year_and_month_follow_the_date(seeded):
    with seeded.connect() as connection:
        rows = connection.execute(text(
            "SELECT published_on, date_precision, published_year, published_month FROM v_quote_facts"
        )).all()
    for published, precision, year, month in rows:
        iso = str(published)[:10] if published else None
        assert year == (int(iso[:4]) if iso else None)
        assert month == (iso[:7] if iso and precision in ("day", "month") else None)


def test_postgresql_shows_view_and_column_descriptions(request):
    inspector = inspect(seeded_engine("postgresql", request))  # SQLite has no comments
    for view in CURRENT_VIEWS:
        assert inspector.get_table_comment(view.name)["text"] == view.description
        assert {c["name"]: c["comment"] for c in inspector.get_columns(view.name)} == dict(view.columns)


def _add_note_column(connection) -> None:
    with Operations(MigrationContext.configure(connection)).batch_alter_table("articles", recreate="always") as batch:
        batch.add_column(Column("note", Text))


def test_sqlite_batch_migration_needs_the_views_suspended(sqlite_url):
    from db.engine import make_engine
    from db.migrate import upgrade

    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    ingest(engine, [str(SEEDS / "000_84f36ca0c7dda85b.txt")], Registry(), workers=1)
    with engine.connect() as connection:
        quotes_before = count(connection, Quote)
        connection.commit()
        # Batch mode drops and renames tables; with foreign keys enforced that would cascade-delete the quotes.
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        with pytest.raises(OperationalError, match="error in view"):
            with connection.begin():
                _add_note_column(connection)
        with connection.begin():
            with bi_objects_suspended(Operations(MigrationContext.configure(connection)), CURRENT_VIEWS, CURRENT_FTS):
                _add_note_column(connection)
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")
        assert connection.execute(text("SELECT COUNT(*) FROM v_quote_facts")).scalar() == quotes_before
        body_word = connection.execute(text("SELECT body FROM articles")).scalar().split()[3].strip(".,\"'")
        assert connection.execute(
            text("SELECT COUNT(*) FROM fts_articles WHERE fts_articles MATCH :w"), {"w": f'"{body_word}"'}
        ).scalar() == 1
        triggers = connection.exec_driver_sql("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'").scalar()
        assert triggers == 3 * len(CURRENT_FTS.indexes)
    engine.dispose()
