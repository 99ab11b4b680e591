"""Round eventsR11 (#15): a committee or a house that approved a bill or a measure on a date held a vote
(`eventwords.OPEN_TYPES`, 'approved'); a committee approving anything else ("the plan", "the budget request of the
club") stays 'other'. Written BEFORE the code; made-up texts, published Wednesday 10 March 2010.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    "a house committee approved a bill": (
        "The Varn House Finance Committee approved a bill last week to cut the agency's budget.", "vote_veto"),
    "a committee approved the measure": (
        "The Tarnby transport committee on Monday approved the fare measure.", "vote_veto"),
    # --- near misses ---
    "a committee approved a plan": ("The Tarnby transport committee on Monday approved the new plan.", "other"),
    "a company approved a bill's payment": ("Varn Energy on Monday approved payment of the bill.", "other"),
}


@pytest.mark.parametrize("body, event_type", list(ROWS.values()), ids=list(ROWS))
def test_a_committee_approving_a_bill_voted(body, event_type):
    start = body.index("approved")
    held = [e for e in events_of(body) if e.start <= start < e.end]
    assert held and held[0].event_type == event_type, [(e.event_type, e.name) for e in events_of(body)]
