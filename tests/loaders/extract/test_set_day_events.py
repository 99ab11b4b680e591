"""A happening called off after the day it was set for keeps that day, read forward from the publication date as a
plan's is (made-up texts; published 10 March 2010)."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, trigger, status, day", [
    ("The Kestrel Bay ministry said that the regional summit, planned for 12 May, had been cancelled.",
     "summit", "cancelled", "2010-05-12"),
    ("The Kestrel Bay ministry said that the regional summit, planned for 2 March, had been cancelled.",
     "summit", "cancelled", "2010-03-02"),  # a day just past stays past
])
def test_called_off_after_its_set_day(body, trigger, status, day):
    rows = [e for e in events_of(body) if body[e.start:e.end] == trigger]
    assert [(e.status, e.start_date.isoformat()) for e in rows] == [(status, day)]


@pytest.mark.parametrize("body, expected", [
    # the day a happening was set for is that happening's alone: the funeral told as the cause takes no day
    ("The Kestrel Bay ministry said the regional summit, planned for 12 May, had been cancelled because of the state funeral.",
     [("summit", "cancelled", "2010-05-12")]),
    ("The Kestrel Bay ministry said the regional summit, which was scheduled for 12 May, had been cancelled because of a strike"
     " by dockers.", [("summit", "cancelled", "2010-05-12")]),
    # near misses: a day told of its own verb, and a day set for nothing before it
    ("The state funeral was held on 2 March, and the regional summit was cancelled.",
     [("funeral", "occurred", "2010-03-02")]),
])
def test_a_set_day_belongs_to_its_happening(body, expected):
    assert [(body[e.start:e.end], e.status, e.start_date.isoformat()) for e in events_of(body)] == expected
