"""A date inside a relative clause after the trigger (", which have fallen sharply since 2020", ", whose exports
doubled in 2021") tells of that clause, not of the trigger. Made-up sentences; expected outputs written before the
run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, event_type, expected", [
    ("Ana Silva and Karl Brenner signed a memorandum on water levels in the Varn Sea, which have fallen sharply "
     "since 2020.", "agreement_signing", None),
    ("Ana Silva signed a memorandum on transport with Tarnia, whose exports doubled in 2021.", "agreement_signing",
     None),
    # ... but a date before the relative clause is the trigger's
    ("Ana Silva signed a memorandum with Tarnia on Monday, which angered Karl Brenner.", "agreement_signing",
     "2010-03-08"),
])
def test_a_relative_clause_keeps_its_date(body, event_type, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == event_type]
    assert [e.start_date.isoformat() if e.start_date else None for e in events][:1] == [expected]


# Every form of "fly to" is a visit's, as every form of "travel to" is ("will fly to Tarnby on Wednesday").
# Expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("Ana Silva will fly to Tarnby on Wednesday to inspect the dam.", [("visit", "planned", "Tarnby", "2010-03-10")]),
    ("Ana Silva is due to fly to Tarnby on Friday.", [("visit", "planned", "Tarnby", "2010-03-12")]),
])
def test_fly_to_is_a_visit(body, expected):
    events = events_of(body, "Ana Silva")
    assert [(e.event_type, e.status, e.location, e.start_date.isoformat()) for e in events] == expected


# "for the second time this year", "for the first time since 2019": the date frames a count of such happenings,
# it does not date this one. Expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("A landslide in Tarnby has cut the Varn highway for the second time this year, Ana Silva said.", [None]),
    ("A landslide in Tarnby cut the Varn highway on Monday for the second time this year, Ana Silva said.",
     ["2010-03-08"]),
])
def test_a_count_frame_dates_no_happening(body, expected):
    events = [e for e in events_of(body, "Ana Silva") if e.event_type == "other"]
    assert [e.start_date.isoformat() if e.start_date else None for e in events][:1] == expected


# "their first meeting since 2008": an ordinal before the trigger and "since" after it tell the last such event
# before this one, so the year is no date of this mention, which then joins the meeting told before it.
@pytest.mark.parametrize("body, expected", [
    ("Ezra Kowal and Karl Brenner met in Oslo on Monday, their first meeting since 2008.", ["2010-03-08"]),
    # without the ordinal, "since" starts the event's own span
    ("Talks between Ezra Kowal and Karl Brenner, under way since 2008, ended on Monday.", ["2008-01-01"]),
])
def test_first_since_dates_the_one_before(body, expected):
    events = [e for e in events_of(body, "Ezra Kowal", "Karl Brenner") if e.event_type == "meeting"]
    assert [e.start_date.isoformat() if e.start_date else None for e in events] == expected
