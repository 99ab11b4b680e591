"""Round eventsF: "shelled" told of an armed force is an attack, also when denied ("The army denied that its troops
shelled the village on Friday" -> an attack, denied, dated Friday). Written BEFORE the code; made-up texts.
Near misses: "shelled out $40" (no force named) stays no attack."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    "denied shelling": ("The army denied that its troops shelled the village of Dorvik on Friday.",
                        [("attack", "denied", "2010-03-05")]),
    "rebels shelled": ("Rebels shelled the town of Dorvik on Friday.", [("attack", "occurred", "2010-03-05")]),
    "artillery shelled": ("Brenn artillery shelled the port of Varna on Monday.",
                          [("attack", "occurred", "2010-03-08")]),
}
NEAR_MISSES = {
    "shelled out money": ("Karl Brenner shelled out $40 for tickets in Varna on Friday.", "Karl Brenner"),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_shelled_by_a_force_is_an_attack(key):
    text, expected = ROWS[key]
    events = events_of(text)
    assert [(e.event_type, e.status, e.start_date.isoformat()) for e in events] == expected


@pytest.mark.parametrize("key", list(NEAR_MISSES))
def test_shelled_without_force_is_no_attack(key):
    text, name = NEAR_MISSES[key]
    assert [e for e in events_of(text, name) if e.event_type == "attack"] == []
