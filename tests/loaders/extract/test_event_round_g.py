"""Round eventsG: review rows of eventsE, threats given up in other shapes. Written BEFORE the code; made-up texts.

1. A place-named gathering ("the Varna summit") is kept only with a date of its own: next to it ("the Varna
   summit on 8 March"), in apposition ("held on Monday"), or as the subject of its happening ("opened on Monday");
   not the date of another verb whose object or topic it is ("On Monday the minister spoke about the Varna summit").
2. A facility's life in a relative clause is no event when a clock time follows its verb ("a shop that closed at
   6pm in 1978": opening hours).
3. A threatened act given up in a passive clause of its sentence ("but that march was called off") or in the next
   sentence ("... The union said that the protest had been suspended"); near misses: the next sentence gives up
   something else, or tells the act carried out.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

NAMED_ROWS = {
    # review rows (newly wrong in eventsE)
    "spoke about the summit on Monday": ("On Monday the minister spoke about the Varna summit.", []),
    "praised the summit on Monday": ("The minister praised the Varna summit on Monday.", []),
    "discussed the summit yesterday": ("Officials discussed the Dunmore summit yesterday.", []),
    # kept: the date is the gathering's own
    "summit on 8 March": ("The minister attended the Varna summit on 8 March.", ["2010-03-08"]),
    "summit, held on Monday": ("The Varna summit, held on Monday, ended without a deal.", ["2010-03-08"]),
    "summit opened on Monday": ("The Varna summit opened on Monday.", ["2010-03-08"]),
    "summit postponed until September": ("The Varna summit was postponed until September.", ["2010-09-01"]),
}


@pytest.mark.parametrize("body, dates", NAMED_ROWS.values(), ids=list(NAMED_ROWS))
def test_named_gathering_needs_its_own_date(body, dates):
    meetings = [e for e in events_of(body) if e.event_type == "meeting"]
    assert [e.start_date.isoformat() for e in meetings] == dates


HOURS_ROWS = {
    "shop that closed at 6pm": ("He ran a shop that closed at 6pm in 1978.", 0),
    "bar that opened at 10 o'clock": ("She worked in a bar that opened at 10 o'clock in 1985.", 0),
    "factory that closed at night": ("He worked in a factory that closed at night in 1978.", 0),
    "shop that closed at weekends": ("He ran a shop that closed at weekends in 1978.", 0),
    # near misses: a closing
    "factory that closed in 1978": ("He worked in a factory that closed in 1978.", 1),
    "mine that closed at the end of 1978": ("He worked in a mine that closed at the end of 1978.", 1),
}


@pytest.mark.parametrize("body, count", HOURS_ROWS.values(), ids=list(HOURS_ROWS))
def test_relative_facility_clock_time(body, count):
    assert len([e for e in events_of(body) if e.start_date and e.start_date.year in (1978, 1985)]) == count


THREAT_ROWS = {
    "passive: that march was called off": (
        "The union had threatened to march to the capital on Thursday, but that march was called off after the "
        "meeting.", ("cancelled", "2010-03-04")),
    "next sentence: protest had been suspended": (
        "The labour congress had threatened to picket the assembly on Wednesday. The union said on Tuesday night "
        "that the protest had been suspended following the decision.", ("cancelled", "2010-03-10")),
    "next sentence: would not pursue the case": (
        "The minister had threatened to seek a court injunction last week. On Monday he said the government would "
        "not pursue the case.", ("cancelled", "2010-03-01")),
    # near misses
    "next sentence gives up something else": (
        "The labour congress had threatened to picket the assembly on Wednesday. The council suspended the "
        "parking fee.", None),
    "next sentence: no giving up": (
        "The labour congress had threatened to picket the assembly on Wednesday. The union met on Tuesday.", None),
}


@pytest.mark.parametrize("body, expected", THREAT_ROWS.values(), ids=list(THREAT_ROWS))
def test_threat_given_up_other_shapes(body, expected):
    others = [e for e in events_of(body) if e.event_type == "other"]
    if expected is None:
        assert others == []
        return
    assert [(e.status, e.start_date.isoformat()) for e in others] == [expected]


CARRIED_OUT_ROWS = {
    "they marched": ("The union had threatened to march to the capital. On Monday they marched.",
                     [("occurred", "2010-03-08")]),
    "the union marched": ("The union had threatened to march to the capital. On Monday the union marched.",
                          [("occurred", "2010-03-08")]),
    "They marched on Monday": ("The union had threatened to march to the capital. They marched on Monday.",
                               [("occurred", "2010-03-08")]),
    # near misses: another verb; a new paragraph; no threat before
    "they met": ("The union had threatened to march to the capital. On Monday they met.", []),
    "new paragraph": ("The union had threatened to march to the capital.\n\nOn Monday they marched.", []),
    "no threat": ("The union wanted to march to the capital. On Monday they marched.", []),
}


@pytest.mark.parametrize("body, expected", CARRIED_OUT_ROWS.values(), ids=list(CARRIED_OUT_ROWS))
def test_threat_carried_out_is_occurred(body, expected):
    events = events_of(body)
    assert [(e.status, e.start_date.isoformat()) for e in events if e.event_type in ("other", "protest")] \
        == expected


PAST_YEAR_LIVE = ("Live: rivers burst their banks\n\n16:40\nSchools in Morvik will stay closed tomorrow, Thursday 19 "
                  "November, the ministry said.\n\n09:30\nMayor Ole Dahl met rescuers on Tuesday evening. The water "
                  "rose above the level of the {past}.\n")

PAST_YEAR_ROWS = {
    # an undated page whose only other date is a past event's year or month: no year to pin its told day in
    "the 1987 flood": ("1987 flood", None),
    "the November 1987 flood": ("November 1987 flood", None),
    "a flood in 1987": ("flood in 1987", None),
    # near miss: a day the page tells as past bounds the year
    "a flood on 3 March 2015": ("flood on Tuesday 3 March 2015", "2015-11-17"),
}


@pytest.mark.parametrize("past, expected", PAST_YEAR_ROWS.values(), ids=list(PAST_YEAR_ROWS))
def test_past_year_does_not_anchor_an_undated_page(past, expected):
    from loaders.extract.events import extract_events
    from loaders.registry import Registry
    from tests.loaders.extract.test_events import article, people_in
    body = PAST_YEAR_LIVE.format(past=past)
    events = extract_events(article(body, None), people_in(body, "Ole Dahl"), Registry())
    met = [e for e in events if e.event_type == "meeting"]
    assert [e.start_date.isoformat() if e.start_date else None for e in met] == [expected]
