"""Summary tables (db.summaries): exact after every kind of write, on both backends, and filled by migration 0005.

`verify` recomputes each summary from the base tables with its SQL and compares it with the rows the store kept
incrementally (in Python, db.summaries.Changes), so any drift between the two definitions fails here.
"""
from __future__ import annotations

import json

from sqlalchemy import func, select, text

from db.engine import make_engine
from db.migrate import downgrade, upgrade
from db.models import Article, Person, PersonStats
from db.summaries import SUMMARY_TABLES, rebuild, verify
from loaders.ingest import ingest
from loaders.registry import Registry, default_registry_dir, load_registry
from loaders.store import Store
from tests.conftest import SEEDS

REGISTRY = load_registry(default_registry_dir())


def assert_exact(engine) -> None:
    with engine.connect() as connection:
        assert verify(connection) == []


def _records(path, texts: dict[str, tuple[str, str | None]]) -> None:
    rows = [{"url": f"https://news.example/{key}", "outlet": outlet, "published": published, "title": key,
             "text": body} for key, (body, published, outlet) in texts.items()]
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")


def test_summaries_follow_ingest_update_and_delete(engine, tmp_path):
    ingest(engine, [str(SEEDS)], REGISTRY, workers=1)
    assert_exact(engine)
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(PersonStats)).scalar() > 0
    corpus = tmp_path / "news.jsonl"
    _records(corpus, {
        "a": ("Minister Anna Berg met Carl Dorn in Oslo. \u201cWe agreed,\u201d Berg said. Officials said talks "
              "would go on.", "2019-05-08", "Alpha News"),
        "b": ("Carl Dorn told reporters that Anna Berg was right. \u201cIt is done,\u201d an aide said.",
              "2020-01-02", None),
        "c": ("Undated piece: Gina Holm and Carl Dorn spoke in Bergen. \u201cFine,\u201d Holm said.", None,
              "Alpha News"),
    })
    ingest(engine, [str(corpus)], Registry(), workers=1)
    assert_exact(engine)
    # Changed inputs replace their rows (and move an article to another outlet and year): still exact.
    _records(corpus, {
        "a": ("Minister Anna Berg met Ivan Lund in Tromso. \u201cWe agreed,\u201d Lund said.", "2018-02-03",
              "Beta Post"),
        "b": ("Carl Dorn told reporters that Anna Berg was right. \u201cIt is done,\u201d an aide said.",
              "2021-01-02", "Alpha News"),
        "c": ("Gina Holm spoke in Bergen.", None, "Alpha News"),
    })
    summary = ingest(engine, [str(corpus)], Registry(), workers=1)
    assert summary.updated == 3
    assert_exact(engine)
    # Deleting articles (and then the people only they named) keeps them exact too.
    store = Store(engine, "test")
    with engine.connect() as connection:
        some = connection.execute(select(Article.id).order_by(Article.id).limit(3)).scalars().all()
    assert store.delete_articles(some) == 3
    assert_exact(engine)
    people_before = _count(engine, Person)
    store.remove_orphans()
    assert _count(engine, Person) < people_before
    assert_exact(engine)


def _count(engine, model) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(model)).scalar_one()


def test_rebuild_gives_what_the_store_kept(engine):
    ingest(engine, [str(SEEDS)], REGISTRY, workers=1)
    with engine.connect() as connection:
        kept = {t: connection.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar() for t in SUMMARY_TABLES}
    with engine.begin() as connection:
        rebuild(connection)
        assert verify(connection) == []
        assert {t: connection.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar() for t in SUMMARY_TABLES} == kept


def test_migration_0005_fills_the_summaries_of_stored_rows(db_url):
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        ingest(engine, [str(SEEDS)], REGISTRY, workers=1)
        downgrade(db_url, "0004")
        upgrade(db_url)
        assert_exact(engine)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT COUNT(*) FROM person_stats")).scalar() > 0
            assert connection.execute(text("SELECT revision FROM resolution_state")).scalar() == 0
    finally:
        engine.dispose()
