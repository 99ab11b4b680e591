"""A third review of the events rules (made-up texts; expectations written before the first run).

1. A gathering that names no place takes the town its person had just travelled to in the sentence before, only
   when that sentence tells one movement: a later one ("returned to", "flew back", "back in", "went home", "left
   for") leaves the gathering without a place. A lone return ("returned to Stockholm") is a journey like another.
2. "were supposed to meet": a plan told in the past stays planned, unless its sentence or the next says it did not
   happen ("but", "instead", "called off"): then cancelled.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

_NAMES = ("Karin Lund", "Daniel Kariuki")


# --- 1. the journey before a gathering ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    # the reviewer's text: a journey, then a return
    ("Karin Lund flew to Nairobi on Monday and returned to Stockholm on Wednesday. On Thursday Lund met union "
     "leaders.", None),
    # one journey, then the meeting: the town
    ("Karin Lund flew to Nairobi on Monday. On Thursday Lund met union leaders.", "Nairobi"),
    ("Karin Lund landed in Nairobi on Monday after a long flight. On Thursday Lund met union leaders.", "Nairobi"),
    ("Karin Lund flew to Nairobi on Monday. Lund met Daniel Kariuki on Thursday.", "Nairobi"),
    # a journey and a later movement: no place
    ("Karin Lund flew to Nairobi on Monday and flew back on Wednesday. On Thursday Lund met union leaders.", None),
    ("Karin Lund arrived in Nairobi on Monday and was back in Stockholm by Wednesday. On Thursday Lund met union "
     "leaders.", None),
    ("Karin Lund flew to Nairobi on Monday and went home on Wednesday. On Thursday Lund met union leaders.", None),
    ("Karin Lund travelled to Nairobi on Monday before heading home on Wednesday. On Thursday Lund met union "
     "leaders.", None),
    ("Karin Lund flew to Nairobi on Monday and left for Kampala on Wednesday. On Thursday Lund met union leaders.",
     None),
    ("Karin Lund flew to Nairobi on Monday and returned home on Wednesday. Lund met Daniel Kariuki on Thursday.",
     None),
    # a lone return is the one journey told: its town
    ("Karin Lund returned to Stockholm on Wednesday. On Thursday Lund met union leaders.", "Stockholm"),
    ("Karin Lund flew back to Stockholm on Wednesday. On Thursday Lund met union leaders.", "Stockholm"),
])
def test_gathering_after_journey_and_return(body, expected):
    events = [e for e in events_of(body, *_NAMES) if e.event_type == "meeting"]
    assert events, [(e.event_type, body[e.start:e.end]) for e in events_of(body, *_NAMES)]
    assert events[-1].location == expected, [(body[e.start:e.end], e.location) for e in events]


# --- 2. 'were supposed to' --------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    # the reviewer's text: a past plan, no sign it happened or not
    ("Officials said they were supposed to meet unions in Paris on Friday.", "planned"),
    ("The minister was supposed to meet unions in Paris on Friday.", "planned"),
    ("The ministers are supposed to meet unions in Paris on Friday.", "planned"),
    # ... the sentence or the next says it did not happen
    ("Officials said they were supposed to meet unions in Paris on Friday, but the unions refused.", "cancelled"),
    ("Officials said they were supposed to meet unions in Paris on Friday but stayed in Lyon instead.", "cancelled"),
    ("Officials said they were supposed to meet unions in Paris on Friday. Instead, they flew to Lyon.",
     "cancelled"),
    ("Officials said they were supposed to meet unions in Paris on Friday. The meeting was called off.",
     "cancelled"),
    ("The minister was supposed to meet unions in Paris on Friday, but fell ill.", "cancelled"),
    # a present plan with 'but' is still a plan; an unrelated next sentence says nothing
    ("The ministers are supposed to meet unions in Paris on Friday, but details are unclear.", "planned"),
    ("Officials said they were supposed to meet unions in Paris on Friday. The unions want higher wages.",
     "planned"),
])
def test_supposed_to_in_the_past(body, expected):
    events = [e for e in events_of(body, *_NAMES) if e.event_type == "meeting"]
    assert events, [(e.event_type, body[e.start:e.end]) for e in events_of(body, *_NAMES)]
    assert events[0].status == expected, [(body[e.start:e.end], e.status) for e in events]
