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


@pytest.mark.parametrize("body, trigger, expected", [
    # a teller named by a title alone: the body the title was introduced with, by an acronym or a possessive
    ("The Brenn Water Authority (BWA) met on Monday. The BWA Chief Executive, Mr Karl Brenner, spoke first. The Chief "
     "Executive further announced that the handover of the scheme, which had been scheduled for 16 October 2010, has "
     "been postponed to 20 November 2010 to allow more testing.", "postponed",
     ["Brenn Water Authority"]),
    ("Holmsen Energy opened a plant on Monday. Holmsen Energy's Managing Director, Ms Ana Silva, spoke first. The "
     "Managing Director further announced that the opening of the site, which had been scheduled for 16 October 2010, "
     "has been postponed to 20 November 2010.", "postponed", ["Holmsen Energy"]),
    # a title never introduced with a body: nobody
    ("The Managing Director further announced that the opening of the site, which had been scheduled for 16 October "
     "2010, has been postponed to 20 November 2010.", "postponed", []),
])
def test_titled_teller_body(body, trigger, expected):
    events = events_of(body, "Karl Brenner", "Ana Silva")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert found[0].actors == expected
