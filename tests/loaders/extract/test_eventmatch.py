"""Cross-article event matching: same type, dates within the precision's window, compatible participants."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.eventmatch import EventIndex, KnownEvent
from loaders.records import EventRecord


def record(event_type="visit", start=date(2004, 9, 6), precision="day", participants=("Karl Brenner",),
           actors=("Spain", "Portugal"), name="an event", end=None, location=None) -> EventRecord:
    return EventRecord(name=name, event_type=event_type, start=0, end=1, start_date=start,
                       end_date=end or start, date_precision=precision if start else None,
                       participants=list(participants), actors=list(actors), location=location)


def index_with(*events: EventRecord, catalogue: set[str] | None = None) -> EventIndex:
    index = EventIndex(catalogue)
    for number, event in enumerate(events, start=1):
        index.add(KnownEvent.from_record(number, event))
    return index


@pytest.mark.parametrize("known, new, expected", [
    # A visit reported as "on Sunday" in one article and "on Monday" in the next.
    (record(start=date(2004, 9, 5)), record(start=date(2004, 9, 6)), 1),
    (record(start=date(2004, 9, 5)), record(start=date(2004, 9, 8)), 1),
    (record(start=date(2004, 9, 5)), record(start=date(2004, 9, 9)), None),
    # Meetings are one-day affairs: a day either way.
    (record("meeting", date(2010, 3, 8)), record("meeting", date(2010, 3, 9)), 1),
    (record("meeting", date(2010, 3, 8)), record("meeting", date(2010, 3, 10)), None),
    # Precision: a month contains its days, a year its months.
    (record("attack", date(2004, 9, 1), "month", ()), record("attack", date(2004, 9, 3), "day", ()), 1),
    (record("attack", date(2004, 9, 1), "month", ()), record("attack", date(2004, 10, 3), "day", ()), None),
    (record("diplomatic_relations", date(1991, 1, 1), "year", (), ("Israel", "Russia")),
     record("diplomatic_relations", date(1991, 1, 1), "year", (), ("Russia", "Israel")), 1),
    # Type must agree.
    (record("meeting"), record("visit"), None),
    # Undated events cannot be told apart safely.
    (record(start=None), record(), None),
    (record(), record(start=None), None),
])
def test_dates_and_types(known, new, expected):
    assert index_with(known).match(new) == expected


@pytest.mark.parametrize("known_people, new_people, expected", [
    (("Karl Brenner", "Ana Silva"), ("Karl Brenner", "Ana Silva"), 1),
    (("Karl Brenner",), ("Karl Brenner", "Ana Silva"), 1),  # one article names fewer people
    (("Karl Brenner", "Ana Silva"), ("Karl Brenner", "Jorge Lima"), None),  # same day, another meeting
    (("Ana Silva",), ("Jorge Lima",), None),
    (("Karl Brenner",), ("karl brenner",), 1),  # names compared by key
])
def test_people_must_be_compatible(known_people, new_people, expected):
    known = record("meeting", participants=known_people)
    new = record("meeting", participants=new_people)
    assert index_with(known).match(new) == expected


@pytest.mark.parametrize("known_actors, new_actors, expected", [
    (("Israel", "Russia"), ("Russia", "Israel", "United States"), 1),
    (("Israel", "Russia"), ("Russia", "Ukraine"), None),  # two different wars of one year
    (("Israel",), ("Israel",), None),  # a year holds many wars of one country
    ((), ("Israel",), None),
])
def test_without_people_actors_decide(known_actors, new_actors, expected):
    known = record("war", date(2022, 1, 1), "year", (), known_actors)
    new = record("war", date(2022, 1, 1), "year", (), new_actors)
    assert index_with(known).match(new) == expected


@pytest.mark.parametrize("known_actors, new_actors, known_place, new_place, expected", [
    (("France",), ("France", "Islamic State"), None, None, 1),  # on one day, one shared country will do
    (("France",), ("Belgium",), None, None, None),
    ((), (), "Orlando", "Orlando", 1),
    ((), (), "Orlando", "Paris", None),
])
def test_dated_attacks_share_a_country_or_a_place(known_actors, new_actors, known_place, new_place, expected):
    known = record("attack", date(2015, 11, 13), participants=(), actors=known_actors, location=known_place)
    new = record("attack", date(2015, 11, 14), participants=(), actors=new_actors, location=new_place)
    assert index_with(known).match(new) == expected


def test_a_year_mention_needs_two_shared_countries_to_join_a_dated_attack():
    known = record("attack", date(2015, 11, 13), participants=(), actors=("France", "Islamic State"))
    assert index_with(known).match(record("attack", date(2015, 1, 1), "year", (), ("Islamic State",))) is None
    assert index_with(known).match(record("attack", date(2015, 1, 1), "year", (), ("France", "Islamic State"))) == 1


def test_gatherings_with_people_on_one_side_only_stay_apart():
    known = record("visit", date(2016, 10, 23), participants=("Ana Silva",), actors=())
    new = record("visit", date(2016, 10, 23), participants=(), actors=())
    assert index_with(known).match(new) is None


def test_best_candidate_wins():
    index = index_with(
        record("meeting", date(2010, 3, 8), participants=("Karl Brenner", "Jorge Lima")),
        record("meeting", date(2010, 3, 8), participants=("Karl Brenner", "Ana Silva")),
    )
    assert index.match(record("meeting", date(2010, 3, 9), participants=("Ana Silva", "Karl Brenner"))) == 2


def test_catalogue_names_match_undated_mentions_and_keep_known_events_apart():
    catalogue = {"Harbour bombing", "Bridge attack"}
    index = index_with(record("attack", date(2019, 5, 2), name="Harbour bombing", participants=()),
                       catalogue=catalogue)
    assert index.match(record("attack", None, name="Harbour bombing", participants=())) == 1
    # Same day, same actors, but a different well-known event.
    assert index.match(record("attack", date(2019, 5, 2), name="Bridge attack", participants=())) is None
    # Without the catalogue, an undated mention is never matched.
    assert index_with(record("attack", date(2019, 5, 2), name="Harbour bombing")).match(
        record("attack", None, name="Harbour bombing")) is None


def test_extend_widens_a_known_event():
    # An undated event is kept only under a catalogue name (else no lookup could ever reach it to extend it).
    index = index_with(record("meeting", None, participants=("Karl Brenner",), name="Harbour summit"),
                       catalogue={"Harbour summit"})
    index.extend(1, record("meeting", date(2010, 3, 8), participants=("Ana Silva",), name="Harbour summit"))
    assert index.match(record("meeting", date(2010, 3, 8), participants=("Ana Silva", "Karl Brenner"))) == 1


@pytest.mark.parametrize("known, new, expected", [
    ("planned", "occurred", "occurred"),  # announced, then held
    ("planned", "cancelled", "cancelled"),  # announced, then called off
    ("occurred", "planned", "occurred"),  # a later look back at the plan does not undo it
    ("denied", "occurred", "denied"),
])
def test_extend_carries_status(known, new, expected):
    index = EventIndex()
    first = record("meeting", date(2010, 3, 8))
    first.status = known
    index.add(KnownEvent.from_record(1, first))
    later = record("meeting", date(2010, 3, 8))
    later.status = new
    index.extend(1, later)
    assert index._events[1].status == expected


def test_empty_index_matches_nothing():
    assert EventIndex().match(record()) is None


def test_many_stored_events_are_read_by_week_not_all():
    index = EventIndex()
    for number in range(1, 5001):
        day = date(2000, 1, 1).fromordinal(date(2000, 1, 1).toordinal() + number)
        index.add(KnownEvent.from_record(number, record("meeting", day, participants=(f"Person {number}",))))
    wanted = record("meeting", date(2000, 1, 1).fromordinal(date(2000, 1, 1).toordinal() + 4321),
                    participants=("Person 4321",))
    assert len(index._candidates(wanted)) <= 21  # the weeks around the date, not 5000 events
    assert index.match(wanted) == 4321


def test_extend_rebuckets_an_event_that_gains_a_date():
    index = index_with(record("meeting", None, participants=("Karl Brenner",), name="Harbour summit"),
                       catalogue={"Harbour summit"})
    index.extend(1, record("meeting", date(2015, 6, 1), participants=("Karl Brenner",), name="Harbour summit"))
    assert index.match(record("meeting", date(2015, 6, 2), participants=("Karl Brenner",))) == 1


@pytest.mark.parametrize("known_people, known_actors, new_people, new_actors, expected", [
    (("Karl Brenner",), ("Spain",), ("Karl Brenner",), ("Spain", "Portugal"), 1),
    (("Karl Brenner", "Ana Silva"), (), ("Karl Brenner",), (), None),  # same topic, another voice
    ((), ("United States",), ("Karl Brenner",), ("United States",), None),
    ((), ("United States",), (), ("United States", "Spain"), None),
    ((), ("Spain", "Portugal"), (), ("Portugal", "Spain"), 1),
])
def test_statements_need_the_same_voices(known_people, known_actors, new_people, new_actors, expected):
    known = record("statement", date(2015, 11, 16), participants=known_people, actors=known_actors)
    new = record("statement", date(2015, 11, 16), participants=new_people, actors=new_actors)
    assert index_with(known).match(new) == expected


def test_year_events_are_bucketed_by_year():
    index = EventIndex()
    for number in range(1, 201):
        index.add(KnownEvent.from_record(number, record("war", date(1800 + number, 1, 1), "year", (),
                                                        ("Spain", "Portugal"))))
    query = record("war", date(1950, 1, 1), "year", (), ("Spain", "Portugal"))
    assert index._candidates(query) == {150}
    assert index.match(query) == 150
    assert index.match(record("war", date(1950, 6, 3), "day", (), ("Spain", "Portugal"))) == 150


@pytest.mark.parametrize("known_name, new_name, expected", [
    # 'other' holds unlike happenings: the same day and the same people are not enough, the words must agree
    ("Trump blasted Disney (2016-03-08)", "Trump stirred controversy (2016-03-08)", None),
    ("Rubio disappointing debate (2016-03-08)", "Rubio debate in Houston (2016-03-08)", 1),
])
def test_other_events_need_the_same_happening(known_name, new_name, expected):
    index = index_with(record("other", date(2016, 3, 8), participants=("Donald Trump",), actors=(), name=known_name))
    assert index.match(record("other", date(2016, 3, 8), participants=("Donald Trump",), actors=(),
                              name=new_name)) == expected


# --- what the index works out once per stored event, and which stored events a lookup reads -----------------------


def test_a_replaced_event_is_matched_by_its_new_keys_not_its_old_ones():
    index = index_with(record("meeting", date(2010, 3, 8), participants=("Karl Brenner",)))
    index.match(record("meeting", date(2010, 3, 8), participants=("Karl Brenner",)))  # its traits are worked out
    index.add(KnownEvent.from_record(1, record("meeting", date(2012, 7, 2), participants=("Ana Silva",))))
    assert index.match(record("meeting", date(2010, 3, 8), participants=("Karl Brenner",))) is None
    assert index.match(record("meeting", date(2012, 7, 2), participants=("Ana Silva",))) == 1
    assert index._candidates(record("meeting", date(2010, 3, 8), participants=("Karl Brenner",))) == set()


def test_an_extended_event_is_matched_by_what_it_gained():
    index = index_with(record("attack", date(2015, 11, 13), participants=(), actors=("France",)))
    new = record("attack", date(2015, 11, 13), participants=(), actors=("Belgium",), location="Saint-Denis")
    assert index.match(new) is None
    index.extend(1, record("attack", date(2015, 11, 13), participants=(), actors=(), location="Saint-Denis"))
    assert index.match(new) == 1  # the place it gained, not the traits worked out before


def test_events_sharing_no_person_country_or_place_are_not_read():
    index = index_with(*(record("meeting", date(2016, 3, 1), participants=(f"Person {n}",), actors=())
                         for n in range(200)), record("meeting", date(2016, 3, 1), participants=(), actors=()))
    assert index._candidates(record("meeting", date(2016, 3, 1), participants=("Person 7",), actors=())) == {8}
    # An event naming nobody, no country and no place can only match by catalogue name: nothing is read.
    assert index._candidates(record("meeting", date(2016, 3, 1), participants=(), actors=())) == set()


def test_other_events_are_read_only_when_their_names_share_a_word():
    index = index_with(record("other", date(2016, 3, 8), participants=("Donald Trump",), actors=(),
                              name="Trump blasted Disney"),
                       record("other", date(2016, 3, 8), participants=("Donald Trump",), actors=(),
                              name="Rubio disappointing debate"))
    query = record("other", date(2016, 3, 8), participants=("Donald Trump",), actors=(), name="Rubio debate in Houston")
    assert index._candidates(query) == {2}
    assert index.match(query) == 2


# --- what the index keeps: only what a lookup can reach; and undoing a rolled-back article -----------------------


@pytest.mark.parametrize("event, catalogue, kept", [
    (record("meeting", date(2016, 3, 1)), None, True),  # dated, with people
    (record("attack", date(2016, 3, 1), participants=(), actors=("Borovia",)), None, True),  # a country
    (record("attack", date(2016, 3, 1), participants=(), actors=(), location="Tarvik"), None, True),  # a place
    (record("meeting", None), None, False),  # undated: only a catalogue name could match it
    (record("meeting", None, name="Harbour summit"), {"Harbour summit"}, True),
    (record("meeting", date(2016, 3, 1), participants=(), actors=()), None, False),  # no key to be read by
    (record("meeting", date(2016, 3, 1), participants=(), actors=(), name="Harbour summit"), {"Harbour summit"},
     True),
    (record("other", date(2016, 3, 1), name="A B"), None, False),  # 'other' with no word of what happened
    (record("other", date(2016, 3, 1), name="Brenner blasted tariffs"), None, True),
])
def test_add_keeps_only_what_a_lookup_can_reach(event, catalogue, kept):
    index = EventIndex(catalogue)
    assert index.add(KnownEvent.from_record(1, event)) is kept
    assert (index.known(1) is not None) is kept
    assert index.match(event) == (1 if kept else None)


def test_an_unreachable_event_is_dropped_and_a_reachable_one_still_matches():
    index = EventIndex()
    assert index.add(KnownEvent.from_record(1, record("meeting", None))) is False
    assert index.add(KnownEvent.from_record(2, record("meeting", date(2016, 3, 1), participants=(), actors=()))) \
        is False
    assert index.add(KnownEvent.from_record(3, record("meeting", date(2016, 3, 1)))) is True
    assert index.match(record("meeting", date(2016, 3, 2))) == 3
    assert set(index._events) == set(index._traits) == {3}
    # Replacing a kept event by an unreachable version forgets it everywhere.
    assert index.add(KnownEvent.from_record(3, record("meeting", None))) is False
    assert index.match(record("meeting", date(2016, 3, 2))) is None
    assert not index._events and not index._traits
    assert all(not ids for weeks in index._by_week.values() for ids in weeks.values())


def test_remove_and_known_undo_an_article():
    index = index_with(record("meeting", date(2010, 3, 8), participants=("Karl Brenner",), actors=()))
    before = index.known(1)
    # The article: one new event, and the stored one widened with a new person and a place.
    index.add(KnownEvent.from_record(2, record("attack", date(2010, 3, 9), participants=(), actors=("Borovia",))))
    index.extend(1, record("meeting", date(2010, 3, 8), participants=("Karl Brenner", "Ana Silva"), actors=(),
                           location="Tarvik"))
    assert index.match(record("meeting", date(2010, 3, 8), participants=(), actors=(), location="Tarvik")) is None
    assert index.match(record("meeting", date(2010, 3, 8), participants=("Ana Silva",), actors=())) == 1
    # Rolled back: remove what it added, put back what it extended.
    assert index.remove(2).event_id == 2
    assert index.remove(2) is None
    index.add(before)
    assert index.match(record("attack", date(2010, 3, 9), participants=(), actors=("Borovia",))) is None
    assert index.match(record("meeting", date(2010, 3, 8), participants=("Ana Silva",), actors=())) is None
    assert index.match(record("meeting", date(2010, 3, 8), participants=("Karl Brenner",), actors=())) == 1
    assert index.known(1) == before and index.known(1) is not before
    assert index.known(2) is None


_PEOPLE = ("Karl Brenner", "Ana Silva", "Jorge Lima", "karl brenner")
_ACTORS = ("Spain", "Portugal", "France", "Islamic State")
_TYPES = ("meeting", "visit", "statement", "attack", "war", "other", "diplomatic_relations")
_NAMES = ("Harbour bombing", "Bridge attack", "Rubio debate in Houston", "Rubio disappointing debate",
          "Trump blasted Disney", "an event")


def _made_up_events(seed: int, count: int) -> list[EventRecord]:
    import random

    rng = random.Random(seed)
    events = []
    for _ in range(count):
        start = None if rng.random() < 0.1 else date(2016, 1, 1).fromordinal(
            date(2016, 1, 1).toordinal() + rng.randrange(-40, 400))
        precision = rng.choice(("day", "day", "day", "month", "year"))
        end = start.replace(year=start.year + rng.choice((1, 4))) if start and rng.random() < 0.1 else None
        events.append(record(rng.choice(_TYPES), start, precision,
                             rng.sample(_PEOPLE, rng.choice((0, 0, 1, 1, 2))),
                             rng.sample(_ACTORS, rng.choice((0, 1, 1, 2, 3))), rng.choice(_NAMES), end,
                             rng.choice((None, None, None, "Orlando", "Paris"))))
    return events


def _scored_against_everything(index: EventIndex, stored: dict[int, KnownEvent], event: EventRecord) -> int | None:
    """The match without the index: every stored event of the type scored (also those `add` refused to keep),
    its traits worked out afresh."""
    from loaders.extract.eventmatch import _traits

    best, best_score = None, None
    for event_id, known in sorted(stored.items()):
        if known.event_type != event.event_type:
            continue
        score = index._score(known, _traits(known, widen=True), event, _traits(event, widen=False))
        if score is not None and (best_score is None or score > best_score):
            best, best_score = event_id, score
    return best


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_index_matches_as_scoring_every_stored_event_would(seed):
    # As the store does: match each event, add it when nothing matches, else widen the match with it.
    index = EventIndex({"Harbour bombing", "Bridge attack"})
    stored: dict[int, KnownEvent] = {}
    matched = dropped = 0
    for number, event in enumerate(_made_up_events(seed, 300), start=1):
        found = index.match(event)
        assert found == _scored_against_everything(index, stored, event)
        if found is None:
            stored[number] = KnownEvent.from_record(number, event)
            dropped += not index.add(stored[number])
        else:
            index.extend(found, event)
            matched += 1
    assert 30 <= matched <= 270  # the table holds both matches and misses
    assert dropped >= 10  # and events the index drops, which would never have matched either
