"""A plan's yearless day told as the one first set ("originally scheduled for 19 November but was postponed") or as
a plan then undone ("a meeting scheduled for Nov. 19 was called off", "an audit that was planned for November has
now moved to February") is the nearest such day, gone by or to come: "scheduled for" names no future once the plan
is undone (`reldates._undone_plan_day`; made-up texts, published 4 December)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_reldates import value_of

DEC_4 = date(2031, 12, 4)


@pytest.mark.parametrize("text, phrase, expected", [
    # the first-set day of a moved plan, or a plan's day told undone after it: the nearest, here just gone by
    ("The launch had originally been scheduled for 19 November but was put off at the lender's request.",
     "19 November", "2031-11-19"),
    ("The hand-over was initially set for November 21 in Tarvel.", "November 21", "2031-11-21"),
    ("A forum on the levy, scheduled for Nov. 18 in Orrin, was called off when the ferry broke down.",
     "Nov. 18", "2031-11-18"),
    ("Mr Dell said a hearing with the board scheduled for 24 November had been cancelled.", "24 November",
     "2031-11-24"),
    ("The review was planned for November and has since moved to March.", "planned for November", "2031-11"),
    # ... and the nearest is the coming one when the day lies ahead
    ("A concert originally scheduled for Jan. 9 was postponed.", "Jan. 9", "2032-01-09"),
    ("The drill scheduled for 12 January was called off.", "12 January", "2032-01-12"),
])
def test_undone_plan_day_is_the_nearest(text, phrase, expected):
    assert value_of(text, DEC_4, phrase)[0].startswith(expected)


@pytest.mark.parametrize("text, phrase, expected", [
    # near misses: a plan still standing is ahead
    ("A forum on the levy is scheduled for Nov. 18 in Orrin.", "Nov. 18", "2032-11-18"),
    ("The review planned for November will test the books.", "planned for November", "2032-11"),
    ("A hearing scheduled for 24 November will go ahead.", "24 November", "2032-11-24"),
    # a moved plan's new day stays ahead; a year told gone by keeps its reading
    ("The review was planned for November and has since moved to March.", "moved to March", "2032-03"),
    ("The forum, which is scheduled for Nov. 18, will be streamed and then moved online.", "Nov. 18", "2032-11-18"),
    # no plan word: the act's own day
    ("A forum in Orrin was called off on Nov. 18.", "on Nov. 18", "2031-11-18"),
    ("First the board met on 19 November.", "on 19 November", "2031-11-19"),
])
def test_standing_plans_and_other_days_unchanged(text, phrase, expected):
    assert value_of(text, DEC_4, phrase)[0].startswith(expected)
