"""A day told after a present perfect of calling people to a gathering is the gathering's day, to come (issue 15,
round eventsR10, fresh30 tune): "has called operators and county officials to a meeting on Friday morning" (published
on a Thursday) is the coming Friday, as "has called a meeting on Friday" already is (`reldates._FUTURE`, the
arranging perfect): the calling is done, the meeting ahead.
Near misses keep their reading: the simple past ("called them to a meeting on Friday"), a call on someone to act
("has called on voters to reject it"), a verb that calls no one to anything ("has talked to a reporter on Friday"),
a written year. Made-up sentences, written before the change.
"""
from datetime import date

import pytest

from loaders.extract.reldates import find_dates

ANCHOR = date(2026, 11, 12)  # a Thursday


def last_day(text: str) -> str | None:
    mention = find_dates(text, ANCHOR)[-1]
    return mention.value.start.isoformat() if mention.value else None


@pytest.mark.parametrize("text, expected", [
    ("Secretary Karl Brenner has called operators and county officials to a meeting on Friday morning.",
     "2026-11-13"),
    ("The mayor has invited the two unions to a round of talks on Monday.", "2026-11-16"),
    ("The ministry has summoned the ambassador to a meeting on Tuesday.", "2026-11-17"),
    # near misses
    ("The mayor called the two unions to a meeting on Monday.", "2026-11-09"),
    ("The mayor has called on voters to reject the plan on Monday.", "2026-11-09"),
    ("The mayor has talked to a reporter on Monday.", "2026-11-09"),
    ("The mayor has invited the two unions to a meeting on Monday 9 November 2026.", "2026-11-09"),
])
def test_called_to_a_gathering(text, expected):
    assert last_day(text) == expected
