"""The ingest run and the store, on both backends: idempotence, updates, failures, interruption, workers."""
from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import func, select

from db.models import Article, IngestFailure, IngestRun, Mention, Outlet, Person, PersonAlias, Quote
from loaders.extract import run_steps
from loaders.ingest import ingest
from loaders.records import ExtractedArticle, MentionRecord, PersonRecord, QuoteRecord
from loaders.registry import Registry
from loaders.store import Store, content_hash
from loaders.readers import iter_documents
from tests.conftest import SEEDS

from loaders.registry import default_registry_dir, load_registry

REGISTRY = load_registry(default_registry_dir())


def _count(engine, model) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(model)).scalar_one()


def _write_article(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_seeds_twice_is_idempotent(engine):
    first = ingest(engine, [str(SEEDS)], REGISTRY, workers=1)
    counts = {model: _count(engine, model) for model in (Article, Outlet, Person, Mention, Quote)}
    second = ingest(engine, [str(SEEDS)], REGISTRY, workers=1)
    assert (first.added, first.failed) == (5, 0)
    assert (second.added, second.updated, second.unchanged, second.failed) == (0, 0, 5, 0)
    assert {model: _count(engine, model) for model in counts} == counts


def test_worker_processes_give_the_same_rows(engine):
    summary = ingest(engine, [str(SEEDS)], REGISTRY, workers=2, batch_size=2)
    assert (summary.added, summary.failed) == (5, 0)
    assert _count(engine, Article) == 5


def test_changed_input_updates_and_replaces_its_rows(engine, tmp_path):
    _write_article(tmp_path, "a.txt", "Headline\n\nAnna Berg met Carl Dorn in Oslo.")
    ingest(engine, [str(tmp_path)], Registry(), workers=1)
    _write_article(tmp_path, "a.txt", "Headline\n\nErik Fahl met Gina Holm in Bergen.")
    summary = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (summary.added, summary.updated) == (0, 1)
    with engine.connect() as connection:
        body = connection.execute(select(Article.body)).scalar_one()
        people = set(connection.execute(select(Person.name)).scalars())
    assert "Erik Fahl" in body and "Anna Berg" not in people  # old extractions and orphans are gone


def test_new_extractor_version_re_extracts(engine, tmp_path):
    _write_article(tmp_path, "a.txt", "Headline\n\nBody.")
    ingest(engine, [str(tmp_path)], Registry(), workers=1)
    with engine.begin() as connection:
        connection.execute(Article.__table__.update().values(extractor_version="old"))
    summary = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (summary.updated, summary.unchanged, _count(engine, Article)) == (1, 0, 1)


def test_bad_inputs_are_recorded_and_the_rest_stored(engine, tmp_path):
    _write_article(tmp_path, "good.txt", "Headline\n\nA good body.")
    (tmp_path / "latin.txt").write_bytes("Headline\n\nCaf\xe9 society.".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (tmp_path / "broken.json").write_text('{"text": ')
    summary = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (summary.added, summary.failed) == (2, 3)
    with engine.connect() as connection:
        failures = connection.execute(select(IngestFailure.source_path, IngestFailure.reason)).all()
        run = connection.execute(select(IngestRun.status, IngestRun.added, IngestRun.failed)).one()
        bodies = connection.execute(select(Article.body)).scalars().all()
    assert sorted(path.rsplit("/", 1)[-1] for path, _ in failures) == ["binary.html", "broken.json", "empty.txt"]
    assert (run.status, run.added, run.failed) == ("completed", 2, 3)
    assert any("Café society." in body for body in bodies)


def test_duplicate_content_is_stored_once(engine, tmp_path):
    _write_article(tmp_path, "a.txt", "Headline\n\nSame body.")
    _write_article(tmp_path, "b.txt", "Headline\n\nSame body.")
    summary = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (summary.added, summary.unchanged, _count(engine, Article)) == (1, 1, 1)


def test_interrupted_run_leaves_whole_articles_and_rerun_completes(engine, tmp_path):
    names = ["Anna Berg", "Carl Dorn", "Erik Fahl", "Gina Holm", "Ivan Lund", "Karl Moen"]
    for i, name in enumerate(names):
        _write_article(tmp_path, f"{i}.txt", f"Headline {i}\n\nMinister {name} said the plan would work.")
    expected_mentions = {
        doc.source_path: sum(len(p.mentions) for p in run_steps(doc, Registry()).people)
        for doc in iter_documents([str(tmp_path)])
    }
    calls = []

    def interrupt(_n):
        calls.append(_n)
        if len(calls) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(engine, [str(tmp_path)], Registry(), workers=1, batch_size=2, on_progress=interrupt)
    with engine.connect() as connection:
        statuses = connection.execute(select(IngestRun.status)).scalars().all()
        stored = connection.execute(
            select(Article.source_path, func.count(Mention.id)).outerjoin(Mention).group_by(Article.source_path)
        ).all()
    assert statuses == ["interrupted"] and 0 < len(stored) < 6
    assert all(count == expected_mentions[path] for path, count in stored)  # whole articles only
    summary = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert summary.added + summary.unchanged == 6 and _count(engine, Article) == 6


def test_store_resolves_people_across_articles(engine):
    def extracted(path, name, surface):
        doc = next(d for d in iter_documents([str(path)]))
        return content_hash(doc), ExtractedArticle(
            article=_article(doc, f"{surface} spoke."),
            people=[PersonRecord(name=name, mentions=[MentionRecord(surface, 0, len(surface))])],
            quotes=[QuoteRecord(text="spoke", kind="indirect", start=len(surface) + 1, end=len(surface) + 6,
                                speaker_name=name), QuoteRecord(text=surface[0], kind="direct", start=0, end=1,
                                                                speaker_label="an official")],
        )

    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    (folder / "1.txt").write_text("one")
    (folder / "2.txt").write_text("two")
    store = Store(engine, "v1")
    results = store.write_batch([extracted(folder / "1.txt", "Maria Lopez", "Maria Lopez"),
                                 extracted(folder / "2.txt", "Maria Lopez", "Lopez")], None)
    shutil.rmtree(folder)
    assert [r.status for r in results] == ["added", "added"]
    with engine.connect() as connection:
        assert connection.execute(select(Person.name)).scalars().all() == ["Maria Lopez"]
        assert connection.execute(select(PersonAlias.alias)).scalars().all() == ["Maria Lopez"]
        speakers = connection.execute(select(Quote.speaker_id, Quote.speaker_label).order_by(Quote.id)).all()
    assert [label for _, label in speakers] == [None, "an official", None, "an official"]
    assert len({pid for pid, _ in speakers if pid}) == 1


def _article(doc, body):
    from loaders.records import ArticleRecord

    return ArticleRecord(source_path=doc.source_path, source_format=doc.source_format, raw_text=doc.raw_text, body=body)


def test_same_event_in_two_articles_is_one_event(engine, tmp_path):
    """An event named by two articles (same type, date and people) is one events row with two mentions."""
    from db.models import Event, EventMention

    records = [
        {"url": "https://a.example/1", "outlet": "Alpha News", "published": "2019-05-08", "title": "Talks",
         "text": "Foreign Minister Ingrid Solberg met Prime Minister Tomas Halvorsen in Oslo on Monday to discuss "
                 "fishing quotas."},
        {"url": "https://b.example/2", "outlet": "Beta Post", "published": "2019-05-09", "title": "Quota talks",
         "text": "Foreign Minister Ingrid Solberg met Prime Minister Tomas Halvorsen on Monday in Oslo, where the two "
                 "discussed fishing quotas."},
    ]
    (tmp_path / "two.json").write_text(json.dumps(records))
    ingest(engine, [str(tmp_path)], Registry(), workers=1)
    with engine.connect() as connection:
        meetings = connection.execute(
            select(Event.id, Event.start_date, func.count(EventMention.id)).join(EventMention)
            .where(Event.event_type == "meeting").group_by(Event.id, Event.start_date)
        ).all()
    assert [(str(day), mentions) for _, day, mentions in meetings] == [("2019-05-06", 2)]


def test_person_first_stored_by_surname_takes_the_full_name(engine):
    import tempfile
    from pathlib import Path

    from loaders.records import ArticleRecord

    folder = Path(tempfile.mkdtemp())
    items = []
    for number, (name, surface) in enumerate([("Okonkwo", "Okonkwo"), ("Amara Okonkwo", "Amara Okonkwo")]):
        path = folder / f"{number}.txt"
        path.write_text(f"article {number}")
        doc = next(iter_documents([str(path)]))
        body = f"{surface} spoke."
        items.append((content_hash(doc), ExtractedArticle(
            article=ArticleRecord(doc.source_path, "txt", doc.raw_text, body=body),
            people=[PersonRecord(name=name, mentions=[MentionRecord(surface, 0, len(surface), apposition="a judge")])],
        )))
    Store(engine, "v1").write_batch(items, None)
    shutil.rmtree(folder)
    with engine.connect() as connection:
        assert connection.execute(select(Person.name)).scalars().all() == ["Amara Okonkwo"]
        assert set(connection.execute(select(Mention.apposition)).scalars()) == {"a judge"}


def test_a_refused_article_fails_alone_in_a_bulk_batch(engine, tmp_path):
    """The batch is written in bulk; when the database refuses one article, the others are still stored."""
    from db.summaries import verify

    items = []
    for number, name in enumerate(["Nora Vik", "Ola Berg", "Per Lund"]):
        path = tmp_path / f"{number}.txt"
        path.write_text(f"article {number}")
        doc = next(iter_documents([str(path)]))
        kind = "bogus" if number == 1 else "direct"  # refused by the quotes.kind CHECK constraint
        items.append((content_hash(doc), ExtractedArticle(
            article=_article(doc, f"{name} spoke."),
            people=[PersonRecord(name=name, mentions=[MentionRecord(name, 0, len(name))])],
            quotes=[QuoteRecord(text="spoke", kind=kind, start=len(name) + 1, end=len(name) + 6, speaker_name=name)],
        )))
    results = Store(engine, "v1").write_batch(items, None)
    assert [r.status for r in results] == ["added", "failed", "added"]
    assert "database error" in results[1].reason
    assert _count(engine, Article) == 2 and _count(engine, Quote) == 2
    with engine.connect() as connection:
        assert set(connection.execute(select(Person.name)).scalars()) == {"Nora Vik", "Per Lund"}
        assert verify(connection) == []
