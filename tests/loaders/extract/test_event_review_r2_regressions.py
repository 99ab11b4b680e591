"""The cases the review of events round R2 found newly wrong (issue 15, events round R3), written anew: a party
named "X for Y" or "Democratic Centre" runs in its election; "hate speech on Tuesday" is no speech given; the
place something is transferred to is a party of the act; "declared the challengers ineligible" and "declared its
candidates" are declarations; "shot down ballot Measure 8" is a ballot held. Made-up rows, published Wednesday
1 June 2016; the results expected were written before the code. Near misses keep R2's gains: a cause's group and a
research centre near an election, a dated speech given, the court a person is named to, the declared candidates,
a down-ballot effect.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_event_parties_stress import assert_row_actors
from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2016, 6, 1)

# key: (body, people, trigger, actors the event over the trigger has among them, actors it must not have)
ACTOR_ROWS = {
    "a movement 'for' something runs in the election": (
        "The opposition Movement for National Renewal rejected the results of the presidential election held in "
        "Holstein in March.", (), "election", {"Movement for National Renewal"}, set()),
    "a party 'for' something won the election": (
        "The Holstein Party for Freedom won the general election in March.", (), "election",
        {"Holstein Party for Freedom"}, set()),
    "a party named 'Democratic Centre' won": (
        "The Democratic Centre won the most seats in the legislative elections in March.", (), "elections",
        {"Democratic Centre"}, set()),
    "the place a thing is transferred to": (
        "Portugal transferred Macau to China in December 1999.", (), "transferred", {"China"}, set()),
    # near misses
    "near miss: a cause's group spent on the election": (
        "The Holstein Alliance for Reform spent $2 million on the election in March.", (), "election", set(),
        {"Holstein Alliance for Reform"}),
    "near miss: a research centre near the election": (
        "The Holstein Policy Research Center published a study of the election in March.", (), "election", set(),
        {"Holstein Policy Research Center"}),
    "near miss: a committee for a cause spent on it": (
        "The Committee for Fair Votes spent $2 million on the election in March.", (), "election", set(),
        {"Committee for Fair Votes"}),
    "near miss: the court a judge is appointed to": (
        "In May 2015 the governor appointed her to the Holstein Court of Appeals.", (), "appointed", set(),
        {"Holstein Court of Appeals"}),
}


@pytest.mark.parametrize("key", list(ACTOR_ROWS))
def test_review_actors(key):
    from tests.loaders.extract.test_event_parties_stress import _row_event
    body, people, trigger, wanted, unwanted = ACTOR_ROWS[key]
    event = _row_event(body, events_of(body, *people, published=PUBLISHED), trigger)
    actors = set(event.actors) if event is not None else set()
    assert wanted <= actors, actors
    assert not (unwanted & actors), actors


# key: (body, people, trigger, event type expected over the trigger, types that must not be over it)
TYPE_ROWS = {
    "hate speech on a weekday is no statement": (
        "The activist was fined 3,000 euros for hate speech on Tuesday by a court in Kiel.", (), "speech", None,
        {"statement"}),
    "free speech on a weekday is no statement": (
        "Ana Holm was convicted over free speech Monday by a court in Kiel.", ("Ana Holm",), "speech", None,
        {"statement"}),
    "declared the challengers ineligible": (
        "The electoral commission declared the challengers ineligible on Monday, leaving the mayor unopposed.", (),
        "declared", "statement", set()),
    "declared its candidates": (
        "The Holstein Green Party declared its candidates for the Senate race on Friday.", (), "declared",
        "statement", set()),
    "shot down a ballot measure": (
        "Voters in Holstein shot down ballot Measure 8 on Tuesday by a wide margin.", (), "ballot", "election",
        set()),
    # near misses
    "near miss: a speech given on a weekday": (
        "In a speech to the Baltic Farmers Union on Monday, Ana Holm attacked the tariff plan.", ("Ana Holm",),
        "speech", "statement", set()),
    "near miss: her speech on a weekday": (
        "Ana Holm attacked the tariff plan in her speech on Monday.", ("Ana Holm",), "speech", "statement", set()),
    "near miss: the declared candidates": (
        "The declared candidates met voters in Kiel on Monday.", (), "declared", None, {"statement"}),
    "near miss: the declared 2016 presidential candidates": (
        "Declared 2016 Presidential Candidates.\n\nAna Holm announced her bid on Monday.", ("Ana Holm",),
        "Declared", None, {"statement"}),
    "near miss: a down ballot effect": (
        "What kind of down ballot effect Karl Brenner will have isn't certain.", ("Karl Brenner",), "ballot", None,
        {"election"}),
    "near miss: the down ballot races": (
        "The party spent heavily on the down ballot races in Kiel last year.", (), "ballot", None, {"election"}),
}


@pytest.mark.parametrize("key", list(TYPE_ROWS))
def test_review_types(key):
    body, people, trigger, expected, unwanted = TYPE_ROWS[key]
    start = body.index(trigger)
    over = [e.event_type for e in events_of(body, *people, published=PUBLISHED) if e.start <= start < e.end]
    if expected is not None:
        assert expected in over, over
    assert not (unwanted & set(over)), over
