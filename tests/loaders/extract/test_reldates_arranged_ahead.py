"""A day told with a present perfect of arranging is the arranged event's day, to come (issue 15, round eventsR1).

"She has organised a Christmas fair in the hall on December 5" (published in November): the organising is done,
the fair is ahead; English does not date a present perfect by a past day ("has organised ... last Monday" is not
said), so the day is the coming one. Near misses keep their reading: the simple past ("organised a fair on December
5"), a definite object that is itself the topic ("has called the vote on March 3 a fraud" is not arranged; kept by
asking for 'a'/'an'), a perfect of a verb that arranges nothing ("has attended a fair on December 5"), and a
written year.
Made-up sentences, written before the change.
"""
from datetime import date

import pytest

from loaders.extract.reldates import find_dates

ANCHOR = date(2026, 11, 12)  # a Thursday


def last_day(text: str) -> str | None:
    mention = find_dates(text, ANCHOR)[-1]
    return mention.value.start.isoformat() if mention.value else None


@pytest.mark.parametrize("text, expected", [
    ("She has organised a Christmas fair in the parish hall on December 5.", "2026-12-05"),
    ("The union has called a general strike on Monday.", "2026-11-16"),
    ("The council has scheduled an extraordinary meeting on November 20 to discuss it.", "2026-11-20"),
    ("They've arranged a public hearing on November 30.", "2026-11-30"),
    # near misses: the simple past, a definite topic, a verb that arranges nothing, a written year, a past day
    ("She organised a Christmas fair in the parish hall on December 5.", "2025-12-05"),
    ("He has called the vote on November 3 a fraud.", "2026-11-03"),
    ("She has attended a fair in the hall on November 5.", "2026-11-05"),
    ("The club has organised a fair on December 5, 2025.", "2025-12-05"),
    ("The union called a general strike on Monday.", "2026-11-09"),
])
def test_an_arranged_events_day_is_to_come(text, expected):
    assert last_day(text) == expected
