"""Paragraphs an outlet repeats are learned at the end of a run, stripped from stored and new articles."""
from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Article, Mention, OutletBoilerplate
from loaders.ingest import ingest
from loaders.registry import Registry

FOOTER = "Readers can reach Harold Quimby at the Springfield desk of Example Media Group."


TOPICS = ["harbour", "school", "library", "bridge", "tram", "park", "museum", "budget"]


def _records(start, count):
    return [{"url": f"https://daily.example/{i}", "title": f"Story {i}", "outlet": "Daily Example",
             "published": "2021-03-04", "text": f"The council met on Tuesday to discuss the {TOPICS[i]} plan.\n\n{FOOTER}"}
            for i in range(start, start + count)]


def test_learned_then_applied(engine, tmp_path):
    (tmp_path / "first.json").write_text(json.dumps(_records(0, 6)))
    summary = ingest(engine, [str(tmp_path / "first.json")], Registry(), workers=1)
    assert (summary.added, summary.recleaned) == (6, 6)
    with engine.connect() as connection:
        bodies = connection.execute(select(Article.body, Article.boilerplate)).all()
        learned = connection.execute(select(OutletBoilerplate.line, OutletBoilerplate.articles)).all()
        quimby = connection.execute(select(Mention.surface).where(Mention.surface.like("%Quimby%"))).all()
    assert all(FOOTER not in body and FOOTER in boilerplate for body, boilerplate in bodies)
    assert learned == [(FOOTER, 6)] and quimby == []

    (tmp_path / "second.json").write_text(json.dumps(_records(6, 1)))
    later = ingest(engine, [str(tmp_path / "second.json")], Registry(), workers=1)
    assert (later.added, later.recleaned) == (1, 0)
    with engine.connect() as connection:
        body = connection.execute(select(Article.body).where(Article.url == "https://daily.example/6")).scalar_one()
    assert FOOTER not in body  # stripped at extraction, from what earlier runs learned
    again = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 7)
