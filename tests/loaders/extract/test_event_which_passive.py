"""A ", which" clause's antecedent is no party of a passive act told in it ("Varn Energy, which was condemned by
opposition parties": the condemners act, the company is condemned) unless the act is one done to a party as its
party (founded, sentenced, elected: the body founded is the founding's); and a name after "of" ("the offices of
Varn Energy, which") is never the antecedent. Made-up rows from a reviewer's cases (round 1 and 2 read the
antecedent as the actor); expectations written before the change.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

# key: (body, trigger, actors)
ROWS = {
    "passive after 'of X, which'": (
        "Police raided the offices of Varn Energy, which was condemned by opposition parties on Tuesday.",
        "condemned", set()),
    "passive after 'X, which'": (
        "Police raided Varn Energy, which was condemned by opposition parties on Tuesday.", "condemned", set()),
    "passive after 'led by X, which'": (
        "The plant was built by a consortium led by Brennvik Hydro, which was condemned by the unions on Monday.",
        "condemned", set()),
    "active after 'of X, which'": (
        "Police raided the offices of Varn Energy, which condemned the raid on Tuesday.", "condemned", set()),
    # near misses: the antecedent still acts
    "near miss: active after 'X, which'": (
        "Tarnholm Lines, which cancelled its crossings on Monday, blamed the storm.", "cancelled",
        {"Tarnholm Lines"}),
    "near miss: active after 'led by X, which'": (
        "The plant was built by a consortium led by Brennvik Hydro, which won the tender on Monday.", "won",
        {"Brennvik Hydro"}),
    "near miss: a passive done to its party": (
        "Investors sued the Kestrel Group, which was founded in 1990, on Tuesday.", "founded", {"Kestrel Group"}),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_which_passive_actors(key):
    body, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors
