"""Round eventsE (#15): dated-event recall and no event twice. Written BEFORE the code; made-up texts.

1. An undated page (a live blog) that names its own day by a deictic and a date in apposition ("will stay closed
   tomorrow, Thursday 12 March") is anchored on that day, so "this morning", "on Tuesday evening" are dated; the year
   is the one its weekday fits near the years the page names. Near misses: the weekday does not fit; no deictic
   ("until Thursday 12 March"); a published page keeps its date.
2. A gathering named by a proper modifier ("The Varna summit") told with its own date is kept though no party or
   place is read; near misses: "The summit" alone, a gathering dated only by the narration.
3. A denial stored as its denied event leaves no second 'statement' row of the denial.
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.registry import Registry
from tests.loaders.extract.test_events import article, events_of, people_in

LIVE = ("Live: rivers burst their banks\n\n16:40\nSchools in Morvik will stay closed {deictic}, {day}, the ministry "
        "said in a statement.\n\n09:30\nThe river road was closed at 06:00 this morning. Mayor Ole Dahl met rescuers on "
        "Tuesday evening. The water rose above the level of the January 1987 flood.\n\n"
        "Related\nPort halted after low water - 14.08.2009\n")

ANCHOR_ROWS = {
    # (deictic, day phrase, expected date of "closed ... this morning" or None)
    "tomorrow, Thursday 11 March": ("tomorrow", "Thursday 11 March", "2010-03-10"),
    "today, Wednesday 10 March": ("today", "Wednesday 10 March", "2010-03-10"),
    "tomorrow, Thursday, March 11": ("tomorrow", "Thursday, March 11", "2010-03-10"),
    # near misses
    "weekday does not fit": ("tomorrow", "Friday 11 March", None),
    "no deictic": ("until", "Thursday 11 March", None),
}


def _closed(events):
    return [e for e in events if "road" in e.name.lower() or (e.date_phrase or "").endswith("this morning")]


@pytest.mark.parametrize("deictic, day, expected", ANCHOR_ROWS.values(), ids=list(ANCHOR_ROWS))
def test_live_page_anchored_on_its_told_day(deictic, day, expected):
    body = LIVE.format(deictic=deictic, day=day)
    events = extract_events(article(body, None), people_in(body, "Ole Dahl"), Registry())
    dated = sorted(e.start_date.isoformat() for e in events if e.start_date and e.start_date.year >= 2009)
    if expected is None:
        assert not any(d.startswith("2010-03") for d in dated)
    else:
        assert expected in dated
        assert "2010-03-09" in dated  # "issued on Tuesday evening"


def test_published_page_keeps_its_date():
    body = LIVE.format(deictic="tomorrow", day="Thursday 11 March")
    events = extract_events(article(body, date(2010, 3, 3)), people_in(body), Registry())
    assert not any(e.start_date == date(2010, 3, 10) for e in events)


def test_undated_page_not_anchored_on_a_far_past_comparison():
    body = LIVE.format(deictic="later", day="as planned")
    events = extract_events(article(body, None), people_in(body), Registry())
    # the January 1987 flood is a comparison; the page names 2009 in its links: nothing lands on 1987's Tuesday
    assert not any(e.start_date and e.start_date.year == 1987 and e.date_precision == "day" for e in events)


NAMED_ROWS = {
    "named summit postponed until September": ("The Varna summit was postponed until September.", 1),
    "named conference set for June": ("The Dunmore summit will open in June.", 1),
    # near misses
    "bare summit postponed": ("The summit was postponed until September.", 0),
    "named summit undated": ("The Varna summit was postponed.", 0),
}


@pytest.mark.parametrize("body, count", NAMED_ROWS.values(), ids=list(NAMED_ROWS))
def test_named_gathering_with_own_date_is_kept(body, count):
    assert len([e for e in events_of(body) if e.event_type == "meeting"]) == count


DENIAL_ROWS = {
    "ministry denied police fired on Monday": (
        "The Interior Ministry denied that police had fired on protesters on Monday.", "other"),
    "a named denier, talks broke down in March": (
        "Spokesperson Ana Lind denied reports that talks on the Varde bridge had broken down in March.", "meeting"),
    "denied reports that talks had broken down": (
        "A ministry spokesman denied reports that talks with Norway had broken down in March.", "meeting"),
}


@pytest.mark.parametrize("body, kind", DENIAL_ROWS.values(), ids=list(DENIAL_ROWS))
def test_denial_not_stored_twice(body, kind):
    events = events_of(body, "Ana Lind")
    assert [e.status for e in events if e.event_type == kind] == ["denied"]
    assert not [e for e in events if e.event_type == "statement"]


def test_denial_of_a_later_clause_keeps_its_statement():
    # near miss: the trigger is in a later clause than the denied one ("before talks ..."): not the denied event
    events = events_of("A ministry spokesman denied that funds had been cut before talks with Norway broke down "
                       "in March.")
    assert [e.status for e in events if e.event_type == "meeting"] != ["denied"]


def test_denial_statement_alone_is_kept():
    # near miss: a denial with no event told in its clause stays a statement
    events = events_of("The ministry issued a denial on Monday.")
    assert [e.event_type for e in events] == ["statement"]
