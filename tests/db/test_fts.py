"""Full-text search: kept in sync with inserts, updates and deletes (cascades too), filled for rows stored before
the migration, safe for any input, using the GIN indexes on PostgreSQL, and invisible to autogenerate."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import delete, insert, inspect, text, update

from db.engine import make_engine
from db.fts import FTS_0002
from db.migrate import downgrade, upgrade
from db.models import Article, Quote, utcnow
from db.queries import load_queries
from db.schema_objects import include_object
from tests.db.seeded import BACKENDS, seeded_engine

SEARCH = load_queries()["full_text_search"]


@pytest.fixture(scope="session", params=BACKENDS)
def seeded(request):
    return seeded_engine(request.param, request)


def add_article(connection, body: str, title: str = "A headline", key: str = "a") -> int:
    now = utcnow()
    return connection.execute(
        insert(Article).returning(Article.id),
        {
            "title": title, "body": body, "raw_text": body, "source_format": "txt", "content_hash": key * 64,
            "source_path": f"{key}.txt", "source_record": 0, "extractor_version": "test", "ingested_at": now,
            "updated_at": now,
        },
    ).scalar_one()


def add_quote(connection, article_id: int, words: str) -> int:
    return connection.execute(
        insert(Quote).returning(Quote.id),
        {"article_id": article_id, "speaker_label": "an official", "text": words, "kind": "direct",
         "start_char": 0, "end_char": len(words)},
    ).scalar_one()


def hits(engine, words: str) -> list[tuple[str, int, int | None]]:
    columns, rows = SEARCH.run(engine, SEARCH.bind({"words": words}))
    return sorted((row[0], row[2], row[3]) for row in rows)


def assert_fts5_consistent(engine) -> None:
    if engine.dialect.name == "sqlite":
        with engine.begin() as connection:
            for index in FTS_0002.indexes:  # raises when the index disagrees with its content table
                connection.exec_driver_sql(
                    f"INSERT INTO {index.fts_table}({index.fts_table}, rank) VALUES ('integrity-check', 1)"
                )


def test_index_follows_inserts_updates_and_deletes(engine):
    with engine.begin() as connection:
        article = add_article(connection, "The wombats negotiated a ceasefire at dawn.")
        quote = add_quote(connection, article, "We will keep negotiating with the wombats")
    assert hits(engine, "wombat negotiations") == [("article", article, None), ("quote", article, quote)]

    with engine.begin() as connection:
        connection.execute(update(Article).where(Article.id == article).values(body="Platypus talks collapsed."))
    assert hits(engine, "wombats ceasefire") == []
    assert hits(engine, "platypus") == [("article", article, None)]
    assert_fts5_consistent(engine)

    with engine.begin() as connection:
        connection.execute(delete(Article).where(Article.id == article))  # the quote goes by cascade
    assert hits(engine, "platypus") == [] and hits(engine, "wombats") == []
    assert_fts5_consistent(engine)


def test_title_is_searched_too(engine):
    with engine.begin() as connection:
        article = add_article(connection, "Nothing much in the body.", title="Echidna summit")
    assert hits(engine, "echidna") == [("article", article, None)]


@pytest.mark.parametrize(
    "words",
    ['"unbalanced', "a AND OR NOT", "NEAR(x y)", "prefix*", "-minus", "col:on", "(paren", "  ", "'; DROP TABLE x; --",
     '"Lavrov', "(Lavrov", "Lavrov*"],
)
def test_any_input_is_a_valid_search(seeded, words):
    found = hits(seeded, words)  # must not raise a syntax error on either backend
    if words.startswith("-") and seeded.dialect.name == "postgresql":
        assert found  # websearch syntax: "-minus" is every row without the word "minus"
    else:  # punctuation is no operator: the search is that of the words alone
        assert found == hits(seeded, re.sub(r"[^\w\s]", " ", words))
    if "Lavrov" in words:
        assert found  # the seeds name Lavrov


def test_rows_stored_before_the_migration_are_indexed(db_url):
    upgrade(db_url, "0001")
    engine = make_engine(db_url)
    try:
        with engine.begin() as connection:
            article = add_article(connection, "Quolls signed the treaty.")
        upgrade(db_url)  # 0002 indexes them; 0005 stores PostgreSQL's article documents for them
        assert hits(engine, "quoll") == [("article", article, None)]
        assert_fts5_consistent(engine)
    finally:
        engine.dispose()


def test_downgrade_removes_every_search_object(db_url):
    upgrade(db_url)
    downgrade(db_url, "0001")
    engine = make_engine(db_url)
    try:
        inspector = inspect(engine)
        names = set(inspector.get_table_names()) | set(inspector.get_view_names())
        indexes = {ix["name"] for table in ("articles", "quotes") for ix in inspector.get_indexes(table)}
        columns = {column["name"] for column in inspector.get_columns("articles")}
        with engine.connect() as connection:
            triggers = (
                connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars().all()
                if engine.dialect.name == "sqlite" else []
            )
        assert not [n for n in names | indexes | columns | set(triggers) if n.startswith(("fts_", "v_", "ix_fts_"))]
    finally:
        engine.dispose()


def test_postgresql_search_uses_the_gin_indexes(pg_url):
    upgrade(pg_url)
    engine = make_engine(pg_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")  # tiny tables: make the planner show its options
        plan = "\n".join(
            connection.execute(text("EXPLAIN " + SEARCH.executable_sql("postgresql")), SEARCH.bind({"words": "x"}))
            .scalars()
        )
    engine.dispose()
    assert "ix_fts_articles" in plan and "ix_fts_quotes" in plan, plan


@pytest.mark.parametrize(
    "name, type_, expected",
    [
        ("fts_articles", "table", False),
        ("fts_quotes_docsize", "table", False),
        ("v_quote_facts", "view", False),
        ("ix_fts_articles", "index", False),
        ("articles", "table", True),
        ("ix_articles_outlet_id", "index", True),
    ],
)
def test_search_objects_are_hidden_from_autogenerate(name, type_, expected):
    assert include_object(None, name, type_, True, None) is expected
