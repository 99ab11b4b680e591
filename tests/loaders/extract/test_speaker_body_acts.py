"""A body's act told without an agent by the body's speaker (`events._PAST_PASSIVE`, cancellations, and the planned
passives read before): the body its speaker speaks for did it ("Tarnby Port Authority said all ferries had been
halted"), unless the clause names who did ("said the storm had closed the road"). Made-up sentences; expected
outputs written before the run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, trigger, expected", [
    # a past passive told by a body: the body
    ("Tarnby Port Authority said on Monday that all 300 residents of Holm had been evacuated on Sunday.", "evacuated",
     ["Tarnby Port Authority"]),
    # a cancellation told by a body's spokesman: the body
    ("A spokesman for the Brenn Harbour Board, Karl Brenner, said the regatta planned for Friday had been cancelled.", "cancelled",
     ["Brenn Harbour Board"]),
    # an active clause with its own subject: not the teller's act
    ("Tarnby Port Authority said on Monday that a storm destroyed the Holm pier on Sunday.", "destroyed", []),
])
def test_speaker_body_acts(body, trigger, expected):
    events = events_of(body, "Karl Brenner")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert found[0].actors == expected
