"""The store's cross-article memory: what it keeps of each stored event must not grow with events no later
article can match.

`EventIndex.add` answers False for an event it will never return from `match` (undated and not in the
catalogue, or sharing no person, country/organisation or place with anything); the store then keeps none of
that event's links or fields. The rows written must be the same either way, and the links it keeps must still
give a matched event exactly the participants and actors it lacks."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.engine import make_engine
from db.migrate import upgrade
from db.models import EventActor, EventMention, EventParticipant
from loaders.extract.eventmatch import EventIndex
from loaders.readers import iter_documents
from loaders.records import ArticleRecord, EventRecord, ExtractedArticle, MentionRecord, PersonRecord
from loaders.store import Store, content_hash


class _KeepingIndex(EventIndex):
    """The index as it was before `add` dropped anything: it keeps every event (and never matches more)."""

    def add(self, known):
        from loaders.extract.eventmatch import _traits

        if known.event_id in self._events:
            self._unindex(self._events.pop(known.event_id))
        self._events[known.event_id] = known
        self._traits[known.event_id] = traits = _traits(known, widen=True)
        for bucket in self._buckets(known, traits):
            bucket.add(known.event_id)
        return True


# (event name, day or None, participants, actors) per article, in order.
ARTICLES = [
    [("Summit of Ana Ruiz", date(2022, 5, 2), ["Ana Ruiz"], ["Borovia"]),
     ("A long drought", None, [], []),
     ("Floods on the coast", date(2022, 5, 3), [], [])],
    [("Summit of Ana Ruiz and Paul Ode", date(2022, 5, 2), ["Ana Ruiz", "Paul Ode"], ["Borovia", "Kestria"]),
     ("A long drought", None, [], [])],
    [("Summit of Ana Ruiz", date(2022, 5, 2), ["Ana Ruiz"], ["Borovia"])],
]


def _items(tmp_path, prefix):
    items = []
    for number, events in enumerate(ARTICLES):
        path = tmp_path / f"{prefix}{number}.txt"
        path.write_text(f"{prefix} article {number}")
        doc = next(iter_documents([str(path)]))
        names = sorted({name for _, _, people, _ in events for name in people})
        body = " ".join(f"{name} spoke." for name in names) or "Nobody spoke."
        items.append((content_hash(doc), ExtractedArticle(
            article=ArticleRecord(doc.source_path, doc.source_format, doc.raw_text, body=body),
            people=[PersonRecord(name=name, mentions=[MentionRecord(name, body.index(name), body.index(name) + len(name))])
                    for name in names],
            events=[EventRecord(name=name, event_type="meeting" if people else "other", start=0, end=len(body),
                                start_date=day, date_precision="day" if day else None, role="reported",
                                participants=people, actors=actors)
                    for name, day, people, actors in events],
        )))
    return items


def _rows(engine):
    with engine.connect() as connection:
        return (
            sorted(connection.execute(select(EventMention.event_id, EventMention.article_id)).all()),
            sorted(connection.execute(select(EventParticipant.event_id, EventParticipant.person_id)).all()),
            sorted(connection.execute(select(EventActor.event_id, EventActor.actor)).all()),
        )


@pytest.mark.parametrize("one_batch", [True, False])
def test_events_the_index_drops_leave_no_links_and_the_same_rows(tmp_path, monkeypatch, one_batch):
    results = {}
    for label, index in (("keeps all", _KeepingIndex), ("drops", EventIndex)):
        url = f"sqlite:///{tmp_path}/{label[0]}.sqlite3"
        upgrade(url)
        engine = make_engine(url)
        monkeypatch.setattr("loaders.store.EventIndex", index)
        store = Store(engine, "v1")
        items = _items(tmp_path, label[0])
        batches = [items] if one_batch else [[item] for item in items]
        for batch in batches:
            assert {r.status for r in store.write_batch(batch, None)} == {"added"}
        results[label] = (_rows(engine), store)
    (kept_rows, keeping), (dropped_rows, dropping) = results["keeps all"], results["drops"]
    assert kept_rows == dropped_rows
    mentions, participants, actors = dropped_rows
    summit = mentions[0][0]
    # the summit was matched twice and gained Paul Ode and Kestria once, from the second article
    assert [event for event, _ in mentions].count(summit) == 3
    assert [event for event, _ in participants].count(summit) == 2
    assert sorted(actor for event, actor in actors if event == summit) == ["Borovia", "Kestria"]
    # an undated drought and a floods event without people or actors: never matched, nothing kept for them
    assert set(dropping._event_fields) == {summit}
    assert set(dropping._event_links) == {summit}
    assert dropping._event_links[summit] == ((1, 2), ("Borovia", "Kestria"))
    assert len(keeping._event_fields) == 4 and set(keeping._event_links) == {summit}


def test_a_reload_keeps_only_what_the_index_keeps(engine, tmp_path):
    store = Store(engine, "v1")
    store.write_batch(_items(tmp_path, "r"), None)
    store._invalidate()
    store.write_batch([], None)  # reloads the caches from the database
    assert len(store._event_fields) == 1 and len(store._event_links) == 1
