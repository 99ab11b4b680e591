"""Round eventsF: a threatened act told given up later in its sentence is a cancelled event with its own day.
Written BEFORE the code; made-up texts.

"The union threatened to march to the capital on Thursday but called off the protest after talks": the verb after
"threatened to" is the event, "the protest" refers back to it; past a semicolon ("; it called off the picket on
Tuesday") or a report ("but the government said on Monday it would not pursue the case") too. A definite subject
that names no one ("The union") is explicit enough when the threat is told given up. Near misses: a threat not given
up (a possibility, no event), a habit ("threatens to quit every season"), a march that took place, another
event's sentence telling something else called off.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    # text: (status, date) of the one expected 'other' event, or None for none
    "march, called off the protest":
        ("The union threatened to march to the capital on Thursday but called off the protest after talks.",
         ("cancelled", "2010-03-04")),
    "picket, past a semicolon":
        ("The drivers' union had threatened to picket the assembly on Wednesday; it called off the picket on "
         "Tuesday.", ("cancelled", "2010-03-10")),
    "injunction, would not pursue the case":
        ("The minister threatened to seek a court injunction on Friday, but the government said on Monday it would "
         "not pursue the case.", ("cancelled", "2010-03-05")),
    "named union, called it off":
        ("The Brenn Dockers Union threatened to blockade the port of Varna on Friday, then called it off.",
         ("cancelled", "2010-03-05")),
    # near misses
    "threat not given up":
        ("The union threatened to march to the capital on Thursday.", None),
    "threat, another clause":
        ("The union threatened to march to the capital on Thursday after talks failed.", None),
    "habit":
        ("The coach threatens to quit every season but never does.", None),
    "no threat":
        ("The union marched to the capital on Thursday but called off the protest after talks.",
         ("occurred", "2010-03-04")),  # a definite body's dated act (test_event_dated_agent_subject), no threat
}


@pytest.mark.parametrize("key", list(ROWS))
def test_threatened_act_given_up(key):
    text, expected = ROWS[key]
    others = [e for e in events_of(text) if e.event_type == "other"]
    if expected is None:
        assert others == []
        return
    assert [(e.status, e.start_date.isoformat()) for e in others] == [expected]


def test_other_event_keeps_its_status():
    # "met ... ; the union called off the picket": the meeting is no threat, it stays occurred
    events = events_of("Karl Brenner met Ana Silva in Varna on Friday; the union called off the picket on Tuesday.",
                       "Karl Brenner", "Ana Silva")
    assert [(e.event_type, e.status) for e in events] == [("meeting", "occurred")]


def test_named_threat_not_given_up_is_no_event():
    events = events_of("Karl Brenner threatened to sue Varna Holdings on Friday.", "Karl Brenner")
    assert [e for e in events if e.event_type == "other"] == []
