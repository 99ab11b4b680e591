"""The counterpart of a signing named after "with" ("signed an agreement with Dana Robotics Health") is a party
even when no table knows it and no head word marks it a body: a name of two words or more, no person, no place,
no title, no common word (as the round-2 ", which" antecedent rule). A tune case read only the signer. Made-up
rows, published Wednesday 10 March 2010; expectations written before the code. Near misses: a person, a titled
person the people step missed, a known country (as before), a statement's "with", a lower-case "with the support".
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

_SIGNER = "Hamad Medical Corporation"
# key: (body, people, trigger, actors)
ROWS = {
    "signed an agreement with X": (
        f"{_SIGNER} signed an agreement with Dana Robotics Health on Monday to install dispensing systems.", (),
        "signed", {_SIGNER, "Dana Robotics Health"}),
    "signed a deal with X": (
        f"{_SIGNER} signed a deal with Brennvik Cold Chain on Monday.", (), "signed",
        {_SIGNER, "Brennvik Cold Chain"}),
    # near misses
    "near miss: a person": (
        f"{_SIGNER} signed an agreement with Ana Silva on Monday.", ("Ana Silva",), "signed", {_SIGNER}),
    "near miss: a titled person": (
        f"{_SIGNER} signed an agreement with Prime Minister Tarn Vell on Monday.", (), "signed", {_SIGNER}),
    "near miss: a known country": (
        f"{_SIGNER} signed an agreement with New Zealand on Monday.", (), "signed", {_SIGNER, "New Zealand"}),
    "near miss: with the support of": (
        f"{_SIGNER} signed an agreement on Monday with the support of Dana Robotics Health.", (), "signed",
        {_SIGNER}),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_signing_counterpart(key):
    body, people, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors
