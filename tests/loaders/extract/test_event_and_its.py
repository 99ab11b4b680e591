"""A subject "X and its partners" (its, their) is X's act with its associates: the name before "and" is the party,
never the words "its partners" (a tune case: "In 2023 Eskom and its partners announced a plant", read as the
party "its partners"). Made-up rows, published Wednesday 10 March 2010; expectations written before the code.
Near misses: a possessive subject with no name before "and", a person before "and her", common nouns.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

# key: (body, people, trigger, actors)
ROWS = {
    "X and its partners": (
        "In 2023 Varn Energy and its partners announced a plant on the site.", (), "announced", {"Varn Energy"}),
    "one-word X, named before, and its partners": (
        "Tarnkraft runs the old plant. Tarnkraft said it would close it. In 2023 Tarnkraft and its partners "
        "announced a factory on the site.", (), "announced", {"Tarnkraft"}),
    "X and their allies": (
        "The Varn Teachers Union and their allies went on strike on Monday.", (), "went on strike",
        {"Varn Teachers Union"}),
    # near misses
    "near miss: no name before 'and its'": (
        "In 2023 its partners announced a plant on the site.", (), "announced", set()),
    "near miss: a person before 'and her'": (
        "Ana Silva and her partners announced a plant on Monday.", ("Ana Silva",), "announced", set()),
    "near miss: common nouns": (
        "The residents and their lawyers announced a lawsuit on Monday.", (), "announced", set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_and_its_partners(key):
    body, people, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors
