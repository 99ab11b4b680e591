"""The store's recovery path: a batch the database refuses is written again one article at a time.

The in-memory people and event indexes must never keep rows of a rolled-back savepoint (a later batch would
match them and point at rows that do not exist), and the recovery must not reload the whole database per
article of the batch: one reload for the refused batch, one per article that fails on its own."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from db.models import Article, Event, EventMention, Person
from loaders.readers import iter_documents
from loaders.records import ArticleRecord, EventRecord, ExtractedArticle, MentionRecord, PersonRecord, QuoteRecord
from loaders.store import Store, content_hash

# (person, event day, kind of its one quote): 'bogus' is refused by the quotes.kind CHECK constraint.
FIRST_BATCH = [
    ("Nora Vik", date(2021, 3, 1), "direct"),
    ("Kari Dahl", date(2021, 3, 2), "bogus"),
    ("Per Lund", date(2021, 3, 3), "direct"),
    ("Siri Holm", date(2021, 3, 4), "direct"),
]
SECOND_BATCH = [
    ("Nora Vik", date(2021, 3, 1), "direct"),
    ("Kari Dahl", date(2021, 3, 2), "direct"),
]


def _items(tmp_path, rows, prefix):
    items = []
    for number, (name, day, kind) in enumerate(rows):
        path = tmp_path / f"{prefix}{number}.txt"
        path.write_text(f"{prefix} article {number}")
        doc = next(iter_documents([str(path)]))
        body = f"{name} spoke at the summit."
        items.append((content_hash(doc), ExtractedArticle(
            article=ArticleRecord(doc.source_path, doc.source_format, doc.raw_text, body=body),
            people=[PersonRecord(name=name, mentions=[MentionRecord(name, 0, len(name))])],
            quotes=[QuoteRecord(text="spoke", kind=kind, start=len(name) + 1, end=len(name) + 6,
                                speaker_name=name)],
            events=[EventRecord(name=f"Summit with {name}", event_type="meeting", start=0, end=len(body),
                                start_date=day, date_precision="day", role="reported", participants=[name])],
        )))
    return items


def test_a_refused_article_leaves_nothing_in_the_indexes_and_costs_one_reload(engine, tmp_path, monkeypatch):
    loads = []
    original = Store._load_caches

    def counting(self, *args, **kwargs):
        loads.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_load_caches", counting)
    store = Store(engine, "v1")
    results = store.write_batch(_items(tmp_path, FIRST_BATCH, "a"), None)
    assert [r.status for r in results] == ["added", "failed", "added", "added"]
    # the first look at the database, the reload after the refused batch, the one after the failed article
    assert len(loads) == 3

    results = store.write_batch(_items(tmp_path, SECOND_BATCH, "b"), None)
    assert [r.status for r in results] == ["added", "added"]
    assert len(loads) == 3  # a later batch reuses the indexes
    with engine.connect() as connection:
        people = dict(connection.execute(select(Person.name, func.count()).group_by(Person.name)).all())
        mentions = dict(connection.execute(
            select(Event.start_date, func.count(EventMention.id)).join(EventMention).group_by(Event.start_date)
        ).all())
        assert connection.execute(select(func.count()).select_from(Article)).scalar_one() == 5
    assert people == {"Nora Vik": 1, "Kari Dahl": 1, "Per Lund": 1, "Siri Holm": 1}
    # the good article's event is matched again; the failed article's event was never kept
    assert mentions == {date(2021, 3, 1): 2, date(2021, 3, 2): 1, date(2021, 3, 3): 1, date(2021, 3, 4): 1}
