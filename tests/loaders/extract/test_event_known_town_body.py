"""A known town's local body named by a lower-case head after the town ("the Oslo city council voted", "the
Buenos Aires provincial legislature voted") acts as that body, not as the town's country (issue 15, actors: organisations
that act), as an unknown town's does ("Tarnby municipality"). Made-up sentences; expected actors written before
the code. Near miss: the capital alone as the subject is its country's as before ("Oslo voted" reads Norway, the
rule of the capital standing for its state)."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, event type, expected actors)
ROWS = {
    "a capital's city council": ("The Oslo city council voted in 2021 to expropriate the building.", "vote_veto",
                                 {"Oslo city council"}),
    "a town's municipality": ("The Bergen municipality voted in 2021 to expropriate the building.", "vote_veto",
                              {"Bergen municipality"}),
    "a town's district council": ("The Bergen district council voted in 2021 to expropriate the building.",
                                  "vote_veto", {"Bergen district council"}),
    "a capital's provincial legislature": ("The Buenos Aires provincial legislature voted in 2021 to expropriate "
                                           "the building.", "vote_veto", {"Buenos Aires provincial legislature"}),
    "an unknown town's provincial legislature": ("The Tarnby provincial legislature voted in 2021 to expropriate "
                                                 "the building.", "vote_veto", {"Tarnby provincial legislature"}),
    "an unknown town, as before": ("The Tarnby municipality voted in 2021 to expropriate the building.", "vote_veto",
                                   {"Tarnby municipality"}),
    # near misses
    "near miss: the capital alone": ("Oslo voted in 2021 to expropriate the building.", "vote_veto", {"Norway"}),
}


@pytest.mark.parametrize("key", ROWS)
def test_known_town_body(key):
    text, event_type, expected = ROWS[key]
    found = [e for e in events_of(text) if e.event_type == event_type]
    assert found, [(e.event_type, e.actors) for e in events_of(text)]
    assert set(found[0].actors) == expected
