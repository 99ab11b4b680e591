"""A town's venue named in lower case after "at" ("landed at Tarnvik airport", "at the Holm marina") places the event
in the town, whether or not a table knows it (`eventplaces._VENUE_AFTER`); a body's name is still no place. Made-up
sentences; expected outputs written before the run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, trigger, expected", [
    ("Two firefighting aircraft landed at Tarnvik airport on Monday afternoon.", "landed", "Tarnvik"),
    ("Two firefighting aircraft landed at Paphos airport on Monday afternoon.", "landed", "Paphos"),
    # ... but not a person's name before an airport (`eventplaces.namesake_venue`)
    ("Two firefighting aircraft landed at Kennedy airport on Monday afternoon.", "landed", None),
    ("The council cancelled Thursday's concert at the Holm marina on Monday.", "concert", "Holm"),
    # an organisation's name after "at" stays no place
    ("Karl Brenner met Ana Silva at Varden Shipping on Monday.", "met", None),
])
def test_town_venues(body, trigger, expected):
    events = events_of(body, "Karl Brenner", "Ana Silva")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.location) for e in events]
    assert found[0].location == expected


@pytest.mark.parametrize("body, trigger, expected", [
    # a force of nature's verb takes the land it hit as its object
    ("Cyclone Tama struck Lisbon in December 2012, destroying the market.", "struck", "Lisbon"),
    ("A storm battered Portugal on Sunday.", "battered", "Portugal"),
    # a person hit is no place
    ("A falling branch hit Karl Brenner in March 2012.", "hit", None),
])
def test_force_verb_places(body, trigger, expected):
    events = events_of(body, "Karl Brenner")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.location) for e in events]
    assert found[0].location == expected


@pytest.mark.parametrize("body, trigger, expected", [
    # the land a force of nature hit is its place, no party
    ("Cyclone Tama struck Lisbon in December 2012, destroying the market.", "struck", []),
    # an attack's target stays a party
    ("Freedonian jets struck Portugal on Sunday.", "struck", "Portugal"),
])
def test_force_verb_land_is_no_party(body, trigger, expected):
    events = events_of(body)
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert found[0].actors == expected if isinstance(expected, list) else expected in found[0].actors


@pytest.mark.parametrize("body, trigger, expected", [
    # a movement verb's goal right after it
    ("The researchers will return to the Holm Islands in November to tag seals.", "return", "Holm Islands"),
    ("The team flew to Lisbon on Monday.", "flew", "Lisbon"),
    # "to" after another verb is no place
    ("The council agreed to Lisbon's demands on Monday.", "agreed", None),
])
def test_movement_goal_places(body, trigger, expected):
    events = events_of(body)
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.location) for e in events]
    assert found[0].location == expected
