"""A conjunction of contrast or simultaneity ("while", "whereas", "although", "though") between a date and a trigger
opens a clause of its own: when the trigger's clause has a date of its own, a nearer date of the other clause
does not date it ("Karl Brenner held a rally Saturday while Ana Holm hosted a get out the vote event Monday": the
event is Monday's). Issue 15, round eventsR15; made-up rows, published Wednesday 27 April 2016, dates written
before the code. Near misses: dates shared through "and", a clause with no date of its own, a date right after
its own trigger, each unchanged.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2016, 4, 27)

# key: (body, people, trigger word, expected date of the event over it)
ROWS = {
    "while, the other clause's date nearer": (
        "Karl Brenner held a rally Saturday while Ana Holm hosted a get out the vote event Monday.",
        ("Karl Brenner", "Ana Holm"), "hosted", date(2016, 4, 25)),
    "whereas, the other clause's date nearer": (
        "Karl Brenner held a rally on Saturday whereas Ana Holm held a long fundraising dinner for donors on Monday.",
        ("Karl Brenner", "Ana Holm"), "held a long", date(2016, 4, 25)),
    "although, the other clause's date nearer": (
        "Karl Brenner held a rally Saturday although Ana Holm held a late town hall meeting with voters on Monday.",
        ("Karl Brenner", "Ana Holm"), "meeting", date(2016, 4, 25)),
    # near misses (unchanged)
    "near miss: the first clause keeps its date": (
        "Karl Brenner held a rally Saturday while Ana Holm hosted a get out the vote event Monday.",
        ("Karl Brenner", "Ana Holm"), "held a rally", date(2016, 4, 23)),
    "near miss: a date shared through 'and'": (
        "Karl Brenner met Ana Holm in Kiel on Monday and signed a trade agreement with her.",
        ("Karl Brenner", "Ana Holm"), "signed", date(2016, 4, 25)),
    "near miss: a date before 'while' dates its own clause": (
        "Karl Brenner met Ana Holm in Kiel on Monday while protesters gathered outside.",
        ("Karl Brenner", "Ana Holm"), "met", date(2016, 4, 25)),
    "near miss: the date right after its trigger": (
        "Ana Holm visited Kiel on Tuesday while Karl Brenner stayed home.",
        ("Karl Brenner", "Ana Holm"), "visited", date(2016, 4, 26)),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_contrast_clause_keeps_its_own_date(key):
    body, people, trigger, expected = ROWS[key]
    start = body.index(trigger)
    events = events_of(body, *people, published=PUBLISHED)
    over = [e for e in events if e.start <= start < e.end]
    assert over, [(e.event_type, body[e.start:e.end], e.start_date) for e in events]
    assert over[0].start_date == expected
