"""A place written with the town or region holding it ("at Ellis Park in Johannesburg", "at Tongi in Gazipur",
"during a visit to Larchfield House in Leeds") is stored as both, "Venue, Town" (issue 15, locations: the gold
convention "Venue, City[, Region]" when the text gives both, each part as written). Made-up sentences; expected
locations written before the code. Near misses: a month or a weekday after "in" is no town ("in Oslo in March"),
a country after the venue is left out (the place is the venue, its country is no finer part), a lower-case venue
("at the stadium in Leeds") is the town alone, and a place followed by nothing stays as it was."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, event type, expected location)
ROWS = {
    "a venue in its town": ("Norway and Sweden held talks at the Grand Hotel in Oslo on Monday.", "meeting",
                            "Grand Hotel, Oslo"),
    "a stadium in its town": ("The Varnby Rovers beat the Tarsk Lions 27-24 at Ellis Park in Johannesburg on Saturday.",
                              "other", "Ellis Park, Johannesburg"),
    "an unknown locality in a known region": (
        "Hundreds of workers blocked the highway at Tongi in Gazipur on Thursday, demanding wages.", "other",
        "Tongi, Gazipur"),
    "a house in a known town": ("The two ministers met at Stenbock House in Tallinn on Thursday.", "meeting",
                                "Stenbock House, Tallinn"),
    # near misses
    "near miss: a month after the town": ("The two ministers met in Oslo in March.", "meeting", "Oslo"),
    "near miss: a country after the venue": ("The two ministers met at Stenbock House in Estonia on Thursday.",
                                             "meeting", "Stenbock House"),
    "near miss: a lower-case venue": ("Norway and Sweden held talks at the hotel in Oslo on Monday.", "meeting",
                                      "Oslo"),
    "near miss: the venue alone": ("Norway and Sweden held talks at the Grand Hotel on Monday.", "meeting",
                                   "Grand Hotel"),
    "near miss: the town alone": ("Norway and Sweden held talks in Oslo on Monday.", "meeting", "Oslo"),
}


@pytest.mark.parametrize("key", ROWS)
def test_venue_in_town(key):
    text, event_type, expected = ROWS[key]
    found = [e for e in events_of(text) if e.event_type == event_type]
    assert found, [(e.event_type, e.location) for e in events_of(text)]
    assert found[0].location == expected
