"""The antecedent of a non-restrictive ", which" clause is the act's party (issue 15, events round 2): "a
consortium led by Brennvik Hydro, which won the tender" — "which" takes up a thing, not a person, so a name of two
words or more before it is a body even with no head word and written once. Made-up rows, published Wednesday 10
March 2010; expected actors written before the code. Near misses: a person before ", who", a known place before
", which", the object before "which" of a clause with its own subject, a one-word name.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

# key: (body, people, trigger, actors)
ROWS = {
    "led by X, which won": (
        "The plant was built by a consortium led by Brennvik Hydro, which won the tender on Monday.", (), "won",
        {"Brennvik Hydro"}),
    "X, which cancelled": (
        "Tarnholm Lines, which cancelled its crossings on Monday, blamed the storm.", (), "cancelled",
        {"Tarnholm Lines"}),
    # near misses
    "near miss: a person before ', who'": (
        "A consortium led by Ana Silva, who won the tender on Monday, built the plant.", ("Ana Silva",), "won",
        set()),
    "near miss: a known place before ', which'": (
        "Rescue teams reached New Zealand, which declared a state of emergency on Monday.", (), "declared",
        {"New Zealand"}),
    "near miss: which opens a clause with its own subject": (
        "The deal, which Varn Logistics signed on Monday, runs for ten years.", (), "signed", {"Varn Logistics"}),
    "near miss: a one-word name written once": (
        "The plant was built by a consortium led by Brennvik, which won the tender on Monday.", (), "won", set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_which_antecedent_actors(key):
    body, people, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors
