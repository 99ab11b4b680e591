"""The store's recovery path: a batch the database refuses is written again one article at a time.

The in-memory people and event indexes must never keep rows of a rolled-back savepoint (a later batch would
match them and point at rows that do not exist), and the recovery must reload nothing: the store puts back
what a rolled-back savepoint changed in its people, event and outlet indexes."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
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


def test_a_refused_article_leaves_nothing_in_the_indexes_and_costs_no_full_reload(engine, tmp_path, monkeypatch):
    loads, people_loads = [], []
    original, original_people = Store._load_caches, Store._load_people

    def counting(self, *args, **kwargs):
        loads.append(1)
        return original(self, *args, **kwargs)

    def counting_people(self, *args, **kwargs):
        people_loads.append(1)
        return original_people(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_load_caches", counting)
    monkeypatch.setattr(Store, "_load_people", counting_people)
    store = Store(engine, "v1")
    results = store.write_batch(_items(tmp_path, FIRST_BATCH, "a"), None)
    assert [r.status for r in results] == ["added", "failed", "added", "added"]
    # the first look at the database only: neither the refused batch nor the failed article reloads anything
    assert len(loads) == 1 and len(people_loads) == 1

    results = store.write_batch(_items(tmp_path, SECOND_BATCH, "b"), None)
    assert [r.status for r in results] == ["added", "added"]
    assert len(loads) == 1 and len(people_loads) == 1  # a later batch reuses the indexes
    with engine.connect() as connection:
        people = dict(connection.execute(select(Person.name, func.count()).group_by(Person.name)).all())
        mentions = dict(connection.execute(
            select(Event.start_date, func.count(EventMention.id)).join(EventMention).group_by(Event.start_date)
        ).all())
        assert connection.execute(select(func.count()).select_from(Article)).scalar_one() == 5
    assert people == {"Nora Vik": 1, "Kari Dahl": 1, "Per Lund": 1, "Siri Holm": 1}
    # the good article's event is matched again; the failed article's event was never kept
    assert mentions == {date(2021, 3, 1): 2, date(2021, 3, 2): 1, date(2021, 3, 3): 1, date(2021, 3, 4): 1}


def _index_state(store: Store) -> tuple:
    """What the store keeps in memory of events, outlets and people, comparable between two stores."""
    events = store._events
    return (
        {event_id: (known, events._traits[event_id]) for event_id, known in events._events.items()},
        {(key, week): ids for key, weeks in events._by_week.items() for week, ids in weeks.items() if ids},
        dict(store._event_fields), dict(store._event_links),
        dict(store._outlets_by_name), dict(store._outlets_by_domain), store._max_outlet_id,
        dict(store._person_names), set(store._person_keys), set(store._alias_keys),
        _people_state(store),
    )


def _people_state(store: Store) -> tuple:
    """What `PeopleIndex.match` reads, without the counts (a store that met a person in two articles files the
    person's name twice, a fresh load once per stored alias)."""
    people = store._people
    return (
        dict(people._by_key),
        {key: list(ids) for key, ids in people._shadowed.items()},
        {person_id: set(keys) for person_id, keys in people._keys.items() if keys},
        {bucket: set(ids) for bucket, ids in people._by_skeleton.items()},
        {person_id: set(variants) for person_id, variants in people._variants.items()},
        dict(people._reference),
    )


def _article(tmp_path, name, outlet, events, kind="direct"):
    path = tmp_path / f"{name}.txt"
    path.write_text(name)
    doc = next(iter_documents([str(path)]))
    people = sorted({person for _, _, participants, _ in events for person in participants})
    body = " ".join(f"{person} spoke." for person in people)
    return (content_hash(doc), ExtractedArticle(
        article=ArticleRecord(doc.source_path, doc.source_format, doc.raw_text, body=body, outlet_name=outlet),
        people=[PersonRecord(name=person, mentions=[MentionRecord(person, body.index(person),
                                                                  body.index(person) + len(person))])
                for person in people],
        quotes=[QuoteRecord(text="spoke", kind=kind, start=body.index("spoke"), end=body.index("spoke") + 5,
                            speaker_name=people[0])],
        events=[EventRecord(name=event_name, event_type="meeting", start=0, end=len(body), start_date=day,
                            date_precision="day", role="reported", participants=participants, actors=actors,
                            location=location)
                for event_name, day, participants, (actors, location) in events],
    ))


def test_a_rolled_back_article_is_undone_in_memory_as_a_reload_would_see_the_database(engine, tmp_path):
    store = Store(engine, "v1")
    summit = ("Summit of Ana Ruiz", date(2022, 5, 2), ["Ana Ruiz"], (["Borovia"], None))
    first = store.write_batch([_article(tmp_path, "first", "Tarvik Post", [summit])], None)
    assert [r.status for r in first] == ["added"]
    # A refused article that widens the summit (a person, a country, a place), adds an event of its own and a
    # new outlet, batched with a good one: the batch is refused, then written one article at a time.
    widened = ("Summit of Ana Ruiz and Paul Ode", date(2022, 5, 2), ["Ana Ruiz", "Paul Ode"],
               (["Borovia", "Kestria"], "Lindholm"))
    talks = ("Talks of Eva Sand", date(2022, 6, 9), ["Eva Sand"], (["Kestria"], None))
    bad = _article(tmp_path, "bad", "Borovia Daily", [widened, talks], kind="bogus")
    good = _article(tmp_path, "good", "Tarvik Post", [summit])
    assert [r.status for r in store.write_batch([bad, good], None)] == ["failed", "added"]

    reloaded = Store(engine, "v1")
    reloaded.write_batch([], None)  # loads everything from the database
    assert _index_state(store) == _index_state(reloaded)
    assert "borovia daily" not in store._outlets_by_name
    talks_again = EventRecord(name="Talks of Eva Sand", event_type="meeting", start=0, end=1,
                              start_date=date(2022, 6, 9), date_precision="day", participants=["Eva Sand"],
                              actors=["Kestria"])
    assert store._events.match(talks_again) is None
    (summit_id,) = store._event_fields  # the only event kept: the summit, as the first article stored it
    assert store._events.known(summit_id).participants == frozenset({"Ana Ruiz"})
    assert store._events.known(summit_id).location is None


def _with_people(item, people: list[PersonRecord]):
    digest, extracted = item
    return digest, replace(extracted, people=people)


# What a refused article does to the people, after "Ana Ruiz" was stored: (the refused batch's articles as
# (name, aliases, quote kind) per article; the names whose person must be unknown afterwards).
REFUSED_PEOPLE = {
    "a new person": ([[("Paul Ode", [], "bogus")]], ["Paul Ode"]),
    "a new alias of a known person": ([[("Ana Ruiz", ["Anna Ruiz"], "bogus")]], []),
    "a fuller name of a known person": ([[("Ana Maria Ruiz", [], "bogus")]], []),
    "a new person with an alias": ([[("Lena Falk", ["Lena M. Falk"], "bogus")]], ["Lena Falk"]),
    # created by a good article, extended by the refused one in the same savepoint: undone backwards
    "a person created then extended in one savepoint": (
        [[("Tomas Berg", [], "direct")], [("Tomas Berg", ["Tomas J. Berg"], "bogus")]], []),
}


@pytest.mark.parametrize("case", list(REFUSED_PEOPLE))
def test_a_refused_article_leaves_the_people_as_a_reload_would_see_them(engine, tmp_path, monkeypatch, case):
    people_loads = []
    original = Store._load_people

    def counting(self, *args, **kwargs):
        people_loads.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_load_people", counting)
    articles, unknown = REFUSED_PEOPLE[case]
    store = Store(engine, "v1")
    summit = ("Summit of Ana Ruiz", date(2022, 5, 2), ["Ana Ruiz"], (["Borovia"], None))
    assert [r.status for r in store.write_batch([_article(tmp_path, "first", "Tarvik Post", [summit])], None)] \
        == ["added"]
    batch = []
    for number, people in enumerate(articles):
        kind = people[0][2]
        names = [name for name, _, _ in people]
        meeting = (f"Meeting of {names[0]}", date(2022, 7, 1 + number), names, ([], None))
        item = _article(tmp_path, f"refused{number}", "Tarvik Post", [meeting], kind=kind)
        batch.append(_with_people(item, [
            PersonRecord(name=name, aliases=aliases, mentions=[MentionRecord(name, 0, len(name))])
            for name, aliases, _ in people]))
    good = _article(tmp_path, "good", "Tarvik Post", [summit])
    statuses = [r.status for r in store.write_batch([*batch, good], None)]
    assert statuses == ["failed" if people[0][2] == "bogus" else "added" for people in articles] + ["added"]
    assert len(people_loads) == 1  # the first look only

    reloaded = Store(engine, "v1")
    reloaded.write_batch([], None)
    assert _index_state(store) == _index_state(reloaded)
    for name in unknown:
        assert store._people.match(name) is None
