"""eventsR45: the eventsR44 review's newly wrong row, made-up texts (invented towns and names).

"its" after the act's own object or a name in between belongs to that nearer noun, not to the bare name that is the
subject ("Kestle sued the Varnholt water board on Monday over its prices": the board's prices; Kestle shows no body).
Hits: "its" right after the verb, or after time and adverb words only.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    # hits: "its" owned by the act itself
    "X suspended its flights": ("Brannock suspended its flights to Dunmore on Monday.", (), {"Brannock"}),
    "X suspended on Monday its fares": ("Brannock suspended on Monday its fares to Dunmore.", (), {"Brannock"}),
    "X announced it would close": ("Brannock announced on Monday it would close the depot.", (), {"Brannock"}),
    # near misses: "its" belongs to a nearer noun
    "sued the board over its prices": (
        "Kestle sued the Varnholt water board on Monday over its prices.", (), set()),
    "fined a company over its fares": ("Korvik fined the Dunmore ferry company on Monday over its fares.", (),
                                       set()),
    "met a named body about its plan": ("Korvik met Dunmore Port on Monday about its plan.", (), set()),
    "suspended a named line over its costs": ("Tarnby suspended Brenn Line on Monday over its costs.", (), set()),
}


@pytest.mark.parametrize("body, people, actors", ROWS.values(), ids=ROWS.keys())
def test_review_rows(body, people, actors):
    events = events_of(body, *people)
    assert (events or not actors) and all(set(e.actors) <= actors for e in events) and (
        not actors or any(set(e.actors) == actors for e in events)), [(e.event_type, e.actors) for e in events]
