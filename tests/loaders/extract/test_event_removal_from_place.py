"""A removal told with the place it removes from ("Residents were evacuated from Tarvik", "officers had been
withdrawn from Wabag", "machinery was sent from Mount Hagen", "diverted water from the Varn river") took place
there, when its clause names no other place (issue 15, locations: a place attached to this trigger). Made-up
sentences; expected locations written before the code. Near misses: a body after "from" is no place ("withdrew
from NATO", "removed from the Board"), a place the clause gives with "in" wins, and
an unknown acronym or a body's head word ("the Tarvik Board") is none either."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, event type, expected location)
ROWS = {
    "evacuated from an unknown town": ("Residents were evacuated from Tarvik on Monday.", "other", "Tarvik"),
    "sent from a two-word town": ("Heavy machinery was sent from Mount Hagen on Monday night.", "other",
                                  "Mount Hagen"),
    "diverted from a river": ("Farmers diverted water from the Varn river in May.", "other", "Varn river"),
    "evacuated from a known town": ("Residents were evacuated from Kandahar on Monday.", "other", "Kandahar"),
    # near misses
    "near miss: a place given with in wins": ("Residents of Tarvik were evacuated from their homes in Lublin on "
                                              "Monday.", "other", "Lublin"),
    "near miss: a body after from": ("Varnland withdrew from NATO on Monday.", "other", None),
    "near miss: an acronym after from": ("Staff were evacuated from UNMIK on Monday.", "other", None),
    "near miss: a body's name after from": ("Residents were evacuated from the Tarvik Board on Monday.", "other",
                                           None),
}


@pytest.mark.parametrize("key", ROWS)
def test_removal_from_place(key):
    text, event_type, expected = ROWS[key]
    found = [e for e in events_of(text) if e.event_type == event_type]
    assert found, [(e.event_type, e.location) for e in events_of(text)]
    assert found[0].location == expected
