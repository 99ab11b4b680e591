"""An adverb of time between a subject and its verb ("Shelbourne last won the league in 2024", "Tarnholm Lines once
ran the route") parts them no more than "first" or "later" does (orgnames.TIME_ADVERBS in _TRAILING_LINK). A
tune case: "Shelbourne, who last won the league in 2024" read with no party. Made-up rows, published Wednesday 10
March 2010; expectations written before the code. Near misses: the adjective "last" in an object ("won the last
match"), a person as the subject.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

_BEFORE = "Shelbourne beat Derry City 2-1 on Friday. "
# key: (body, people, trigger, actors)
ROWS = {
    "X, which last won": (
        _BEFORE + "Shelbourne, which last won the league in 2024, would go top with a win in Waterford.", (), "won",
        {"Shelbourne"}),
    "X, who last won (a side, no person)": (
        _BEFORE + "Shelbourne, who last won the league in 2024, would go top with a win in Waterford.", (), "won",
        {"Shelbourne"}),
    # near misses
    "near miss: a person who last won": (
        "Ana Silva, who last won the race in 2024, would go top with a win in Waterford.", ("Ana Silva",), "won",
        set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_adverb_before_verb(key):
    body, people, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors
