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


@pytest.mark.parametrize("body, trigger, status, day", [
    # a scheduled present before a day still ahead: the coming day, planned, though the teller's verb is past
    ("The Harlow river festival returns on 14 March after a two-year break, organisers said.",
     "festival", "planned", "2010-03-14"),
    # near misses: the past tense keeps the previous year's day; a day just gone by stays past
    ("The Harlow river festival returned on 14 March after a two-year break, organisers said.",
     "returned", "occurred", "2009-03-14"),
    ("The Harlow river festival returns on 2 March after a two-year break, organisers said.",
     "festival", "occurred", "2010-03-02"),
])
def test_scheduled_present_day_ahead_is_planned(body, trigger, status, day):
    rows = [e for e in events_of(body) if body[e.start:e.end] == trigger]
    assert [(e.status, e.start_date.isoformat()) for e in rows] == [(status, day)]
