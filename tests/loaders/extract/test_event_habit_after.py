"""Round eventsR10 (#15, fresh30 tune): a frequency told after the trigger in its clause ("ran every 20 minutes",
"has caught the same bus almost every night", "visits her once a month") tells a habit, no one happening
(`modality` rule habit-after; the rule 'habit' reads its words before the trigger). Written BEFORE the code;
made-up texts, published on Wednesday 10 March 2010.
Near misses: 'every' over people or things, not time ("met every member of the board on Monday"), a frequency
past a clause break (", a meeting held every year"), a count of one occasion ("the first time in a year").
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Karl Brenner", "Ana Silva")

ROWS = {
    # --- a habit: no event ---
    "ran patrols every 20 minutes, with a year": (
        "In 2008 the Portuguese army ran patrols every 20 minutes in Lisbon.", 0),
    "caught the bus almost every night": ("In 2008 Karl Brenner caught the same bus almost every night.", 0),
    "visits once a month": ("Karl Brenner visits Ana Silva in Lisbon once a month.", 0),
    "met every week": ("Karl Brenner met Ana Silva in Lisbon every week in 2008.", 0),
    "travelled twice a year": ("Karl Brenner travelled to Lisbon twice a year.", 0),
    # --- near misses: one happening ---
    "every member, not time": ("Karl Brenner met every member of the board in Lisbon on Monday.", 1),
    "a frequency past a comma": ("Karl Brenner met Ana Silva on Monday in Lisbon, where he spends every summer.", 1),
    "the first time in a year": ("Karl Brenner met Ana Silva on Monday for the first time in a year.", 1),
    "every effort, not time": ("Karl Brenner visited Lisbon on Monday and made every effort to meet Ana Silva.", 1),
    "once, no frequency": ("Karl Brenner met Ana Silva once in Lisbon on Monday.", 1),
}


@pytest.mark.parametrize("body, count", list(ROWS.values()), ids=list(ROWS))
def test_frequency_after_the_trigger(body, count):
    events = events_of(body, *NAMES)
    assert len(events) == count, [(e.event_type, e.status, e.name) for e in events]
