"""The seeds, ingested through the CLI's code path, match their gold outlet, title and date, on both backends."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import Article, Outlet
from loaders.ingest import ingest
from loaders.registry import default_registry_dir, load_registry
from tests.conftest import GOLD, SEEDS

GOLD_ARTICLES = json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture
def stored(engine):
    summary = ingest(engine, [str(SEEDS)], load_registry(default_registry_dir()), workers=1)
    assert summary.failed == 0
    with engine.connect() as connection:
        rows = connection.execute(
            select(Article.source_path, Article.title, Article.published_on, Article.date_precision, Outlet.name)
            .outerjoin(Outlet)
        ).all()
    return {row.source_path.rsplit("/", 1)[-1]: row for row in rows}


def test_every_seed_matches_gold(stored):
    assert len(stored) == len(GOLD_ARTICLES) == 5
    for gold in GOLD_ARTICLES:
        row = stored[gold["file"]]
        assert row.name == gold["outlet"]["name"], gold["file"]
        assert row.title == gold["title"], gold["file"]
        published = row.published_on.isoformat() if row.published_on else None
        if gold["date_precision"] == "month":
            published = published[:7]
        elif gold["date_precision"] == "year":
            published = published[:4]
        assert (published, row.date_precision) == (gold["published"], gold["date_precision"]), gold["file"]
