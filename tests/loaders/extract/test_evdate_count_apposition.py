"""An ordinal apposition's date counts such happenings; it is no date of this one (issue 15, round evdateE).

"The council declared a state of emergency on Monday, its second this year": "this year" frames the count (like
"for the second time this year"), so it must not date the declaration. Without a day of its own the declaration
takes the day the narration is at, or stays undated; it is never dated "2026" by the count's frame.
Near misses: a date that is not after an ordinal apposition still dates the event ("declared a state of emergency
this year"); an ordinal of something else before the trigger ("the second council declared ... this year").
Made-up rows, written before the code.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)  # a Wednesday
NAMES = ("Karl Brenner", "Ana Silva")


def _dates(body: str, event_type: str):
    return [(e.start_date.isoformat() if e.start_date else None, e.date_precision)
            for e in events_of(body, *NAMES, published=PUBLISHED) if e.event_type == event_type]


@pytest.mark.parametrize("body, event_type, expected", [
    ("The storm reached Varn on Monday. The Varn council declared a local state of emergency, its second this "
     "year.", "statement", [("2026-06-08", "day")]),
    ("The storm reached Varn on Monday. Karl Brenner met Ana Silva in Varn, their third meeting this month.",
     "meeting", [("2026-06-08", "day")]),
    # near misses: the date is the event's own
    ("The Varn council declared a local state of emergency in March.", "statement", [("2026-03-01", "month")]),
    ("Karl Brenner met Ana Silva in Varn, their third meeting, in March.", "meeting", [("2026-03-01", "month")]),
])
def test_an_ordinal_appositions_date_frames_a_count(body, event_type, expected):
    assert _dates(body, event_type) == expected
