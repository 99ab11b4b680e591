"""Gathering nouns and primaries with a date attached cleanly (round eventsR17, `eventwords` rows dated_primary,
fundraiser, town_hall, poll_conducted): a primary told with its day right after it, a fundraiser or a town hall one
is at or during, a poll told conducted with its date right after (made-up texts, published Thursday 13 March 2031)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 3, 13)


def _events(body):
    return events_of(body, "Ana Silva", "Karl Brenner", published=PUBLISHED)


@pytest.mark.parametrize("body, words, event_type, day", [
    ("The only state holding a closed primary Tuesday was Orrin.", "primary", "election", date(2031, 3, 11)),
    ("Voters in Orrin go to the polls in a primary on March 20.", "primary", "election", date(2031, 3, 20)),
    ("Ana Silva told supporters at her fundraiser for nurses on Monday that taxes would fall.", "fundraiser",
     "other", date(2031, 3, 10)),
    ("On Monday night, Ana Silva spoke at a fundraiser in Orrin.", "fundraiser", "other", date(2031, 3, 10)),
    ("Ana Silva took questions from nurses at a televised town hall last week.", "town hall", "other", None),
    ("Karl Brenner praised Ana Silva during a town hall in Orrin on Monday.", "town hall", "other",
     date(2031, 3, 10)),
    ("Support rose from the last time the survey was conducted in December.", "survey", "other", date(2030, 12, 1)),
    ("The poll was carried out by phone on Monday and Tuesday.", "poll", "other", date(2031, 3, 10)),
    ("The Tarvel Institute survey was taken last week.", "survey", "other", None),
])
def test_dated_gathering_is_stored(body, words, event_type, day):
    events = _events(body)
    at = body.index(words)
    found = [e for e in events if e.start <= at < e.end or at <= e.start < at + len(words)]
    assert found, [(e.event_type, body[e.start:e.end]) for e in events]
    assert found[0].event_type == event_type
    if day is not None:
        assert found[0].start_date == day
    else:
        assert found[0].start_date is not None


@pytest.mark.parametrize("body, words", [
    # near misses: a primary that is no contest, a town hall that is a building, a fundraiser who is a person
    ("Ana Silva's primary goal on Monday was the budget.", "primary"),
    ("The primary school in Orrin reopened on Monday.", "primary"),
    ("Ana Silva met voters outside the town hall on Monday.", "town hall"),
    ("Protesters gathered at the town hall in Orrin on Monday.", "town hall"),
    ("The town hall in Orrin was closed on Monday.", "town hall"),
    ("Karl Brenner, a Democratic fundraiser, said on Monday that he would back Ana Silva.", "fundraiser"),
    ("Karl Brenner, a fundraiser for the party, met Ana Silva on Monday.", "fundraiser"),
    ("The fundraiser's total was announced on Monday.", "fundraiser"),
    ("Ana Silva spoke at the town hall on Monday.", "town hall"),
    ("Ana Silva has worked at a fundraiser's office in Orrin since 2020.", "fundraiser"),
    ("The poll was conducted in English and Spanish.", "poll"),
    ("Only one poll of the state's voters had been conducted before the primary on Monday.", "poll"),
    ("Ana Silva said the survey was conducted before the vote in January.", "survey"),
    ("The survey was conducted by the Tarvel Institute.", "survey"),
])
def test_near_misses_store_no_gathering(body, words):
    # (a teller's dated remark whose apposition holds the word is no gathering: "Karl Brenner, a Democratic
    # fundraiser, said on Monday that" is his statement since events round R21, as "said Monday" was before)
    events = [e for e in _events(body) if e.event_type != "statement"]
    at = body.index(words)
    assert not [e for e in events if e.start <= at < e.end or at <= e.start < at + len(words)], \
        [(e.event_type, body[e.start:e.end]) for e in events]
