"""A reviewer's made-up texts (findings 9-12) and near variants: a foreign dateline's state is not the actor of a
story about another state; a station or square is no town; a metaphorical "hit" gives no place and a more precise
place wins over the land a storm struck; "the two countries" are the pair that acted together. Expected outputs
written before the run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


def _found(body, trigger, *names):
    events = events_of(body, *names)
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors, e.location) for e in events]
    return found[0]


# --- 9. the dateline's state acts only when no other state is named ---------------------------------------------

@pytest.mark.parametrize("body, trigger, absent, present", [
    # the reviewer's text: the story is Sri Lanka's, the reporter sits in London
    ("LONDON — Sri Lanka's economic crisis deepened on Monday as the government declared a state of emergency.",
     "declared", "British", None),
    # another state named in the paragraph, not the sentence
    ("LONDON — Sri Lanka's economic crisis deepened on Monday.\nThe government declared a state of emergency on "
     "Tuesday.", "declared", "British", None),
    # a demonym names the other state
    ("PARIS — Fuel queues grew across Lebanese cities on Monday as the government declared a state of emergency.",
     "declared", "French", None),
    # no other state named: the dateline's state stays (the rule's own job)
    ("BELGRADE, May 21 (Wire) - Heavy rain hit the west this week. The government declared an emergency in "
     "Kraljevo on Thursday.", "declared", None, "Serbian government"),
    # the one other state the sentence names is the story's (rows added after the first run, from its output)
    ("LONDON — Sri Lanka's economic crisis deepened… as the government declared a state of emergency.", "declared",
     "British", "Sri Lankan government"),
    ("PARIS — Fuel queues grew across Lebanese cities on Monday as the government declared a state of emergency.",
     "declared", "French", "Lebanese government"),
    # two other states named: none is sure
    ("LONDON — Fuel ran short in Peru and Chile on Monday as the government declared a state of emergency.",
     "declared", "British", None),
    # the dateline's own state named: still its state
    ("BELGRADE — Serbia's rivers rose on Monday as the government declared an emergency.", "declared", None,
     "Serbian government"),
])
def test_foreign_dateline_is_no_actor(body, trigger, absent, present):
    found = _found(body, trigger)
    if absent:
        assert not any(absent in name for name in found.actors), found.actors
        assert absent not in (found.name or ""), found.name
    if present:
        assert present in found.actors, found.actors


# --- 10. a station, square or street is no town ------------------------------------------------------------------

@pytest.mark.parametrize("body, trigger, absent, expected", [
    # the reviewer's text: Victoria is a London station (and a queen); the dateline's town is the place
    ("LONDON — Hundreds of activists gathered at Victoria station on Saturday to protest against the new law.",
     "protest", "Victoria", "London"),
    ("LONDON — Hundreds of activists protested at Victoria station on Saturday.", "protested", "Victoria", "London"),
    ("WASHINGTON — Dozens of activists protested at Union station on Saturday.", "protested", "Union", "Washington"),
    # (an airport is no street-level venue: its person's name is dropped, the dateline's town not assumed, as
    # travellers land far from the bureau; expectation changed from "New York" after the first run)
    ("NEW YORK — Dozens of activists protested at Kennedy airport on Saturday.", "protested", "Kennedy", None),
    ("LONDON — Dozens of activists protested at Trafalgar square on Saturday.", "protested", "Trafalgar", "London"),
    # a town's own venue still places the event in the town (the rule's own job)
    ("Two firefighting aircraft landed at Tampere airport on Monday afternoon.", "landed", None, "Tampere"),
    ("Two firefighting aircraft landed at Lisbon airport on Monday afternoon.", "landed", None, "Lisbon"),
    # a town's venue that is not named after people keeps an unknown town
    ("The council cancelled Thursday's concert at the Tarnvik marina on Monday.", "concert", None, "Tarnvik"),
    # no dateline: a square before a known town's name keeps it
    ("Dozens of activists protested at Lisbon square on Saturday.", "protested", None, "Lisbon"),
])
def test_station_is_no_town(body, trigger, absent, expected):
    found = _found(body, trigger)
    if absent:
        assert found.location != absent, found.location
        # (the venue named whole is right: "protested at Victoria station"; the name as a place is not)
        assert f"in {absent}" not in (found.name or "") and not (found.name or "").startswith(absent), found.name
    assert found.location == expected, found.location


# --- 11. only a force of nature's "hit" places the event, and a more precise place wins ---------------------------

@pytest.mark.parametrize("body, trigger, expected", [
    # the reviewer's text: sanctions are no force of nature
    ("Sanctions hit Russia hard last year.", "hit", None),
    ("The new tariffs hit Portugal hard in March 2019.", "hit", None),
    ("Inflation battered Portugal in 2022.", "battered", None),
    # a force of nature still places it (the rule's own job)
    ("A storm battered Portugal on Sunday.", "battered", "Portugal"),
    ("Cyclone Tama struck Lisbon in December 2012, destroying the market.", "struck", "Lisbon"),
    # a more precise place in the same sentence wins over the land struck
    ("Cyclone Gita struck Tonga on Monday, flattening homes in Nuku'alofa.", "struck", "Nuku'alofa"),
    ("An earthquake hit Portugal on Sunday, destroying homes in Lisbon.", "earthquake", "Lisbon"),
])
def test_force_of_nature_places(body, trigger, expected):
    assert _found(body, trigger).location == expected


# --- 12. "the two countries" are the pair that acted together -----------------------------------------------------

@pytest.mark.parametrize("body, trigger, expected", [
    # the reviewer's text: the pair that signed, not the pair that observed
    ("Kazakhstan and Uzbekistan signed a water deal in Astana on Monday. Russia and China observed the talks. The "
     "intergovernmental commission of the two countries will meet in Tashkent in May.", "meet",
     ["Kazakhstan", "Uzbekistan"]),
    ("Chile and Peru signed a fisheries accord in Lima on Monday. Brazil and Ecuador observed the talks. The joint "
     "commission of the two countries will meet in Santiago in September.", "meet", ["Chile", "Peru"]),
    ("Kazakhstan and Uzbekistan signed a water deal in Astana on Monday. Russia and China monitored the talks. The "
     "joint commission of the two countries will meet in Tashkent in May.", "meet", ["Kazakhstan", "Uzbekistan"]),
    # a later pair that acts is the pair
    ("Kazakhstan and Uzbekistan signed a water deal in Astana on Monday. Russia and China signed a gas deal in "
     "Moscow on Tuesday. The joint commission of the two countries will meet in Tashkent in May.", "meet",
     ["Russia", "China"]),
    # only watchers named: unsure, no pair
    ("Russia and China observed the talks in Astana on Monday. The joint commission of the two countries will meet "
     "in Tashkent in May.", "meet", []),
    # one pair only: it stays (the rule's own job)
    ("Chile and Peru signed a fisheries accord in Lima on Monday. The joint commission of the two countries will meet "
     "in Santiago in September.", "meet", ["Chile", "Peru"]),
])
def test_the_two_countries(body, trigger, expected):
    assert _found(body, trigger).actors == expected
