"""A date inside a quotation dates only what the quotation tells (issue 15, round evdateE: dates you can trust).

'"We lost the whole season in 2024," Karl Brenner said at a press conference in Varn': the year is the speaker's,
of the season lost; the press conference the reporter tells outside the quote is not of 2024. A trigger outside a
long quotation takes no date from inside one; it keeps a date of its own clause ("at a press conference on Monday"),
or the day the narration is at, or none. Near misses: a trigger inside the quotation with its date is the quote's
business (not changed here); a date outside the quote still dates the trigger; the quote's own day ("today",
"this morning") is the day it was spoken, the occasion's, and still dates it. Made-up rows, written before the code.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)  # a Wednesday
NAMES = ("Karl Brenner", "Ana Silva")


def _dates_of(body: str, trigger: str):
    return [(e.start_date.isoformat() if e.start_date else None, e.date_precision)
            for e in events_of(body, *NAMES, published=PUBLISHED) if body[e.start:e.end] == trigger]


@pytest.mark.parametrize("body, trigger, expected", [
    ('"We lost the whole season in 2024, and nobody came to help us," Karl Brenner said at a press conference '
     'in Varn.', "press conference", [(None, None)]),
    ('"Trade has fallen by a third since March," Karl Brenner told a news conference in Varn.',
     "news conference", [(None, None)]),
    ('"The dredger arrived in January and left in May, and the harbour is still shut," Ana Silva told a press '
     'conference in Varn.', "press conference", [(None, None)]),
    # the narration's day, told before the quote's sentence, still dates the news conference
    ('The Varn harbour reopened on Monday. "We lost the whole season in 2024, and nobody came to help us," Karl '
     'Brenner said at a press conference in Varn.', "press conference", [("2026-06-08", "day")]),
    # the quote's own day ("today") is the day it was spoken, the occasion's
    ('The Varn harbour reopened on Monday. "It is a regional project, and today the north committed to it for '
     'another decade," Karl Brenner told a news conference in Varn.', "news conference",
     [("2026-06-10", "day")]),
    # near misses: a date outside the quote still dates the trigger
    ('"We lost the whole season in 2024, and nobody came to help us," Karl Brenner said at a press conference '
     'in Varn on Monday.', "press conference", [("2026-06-08", "day")]),
    ('Karl Brenner told a news conference in Varn on Monday: "Trade has fallen by a third since March."',
     "news conference", [("2026-06-08", "day")]),
])
def test_a_quoted_date_does_not_date_the_reporters_trigger(body, trigger, expected):
    assert _dates_of(body, trigger) == expected
