"""A "by" agent inside the trigger's object phrase belongs to the participle, not to the trigger ("protested against
the levy imposed by the ministry": the ministry imposed, the farmers protested); a participle of leading, hosting or
brokering keeps its agent a party ("met a delegation led by X"). Made-up articles, expectations written before."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event, events_of

# key: (body, trigger, actor expected among the event's actors or None, actor that must not be among them or None)
ROWS = {
    "protest against a levy imposed by a ministry": (
        "Farmers from Kano protested on Monday against the tax imposed by the Ministry of Agriculture.",
        "protested", None, "Ministry of Agriculture"),
    "strike against rules drawn up by a ministry": (
        "Unions struck on Monday against the new rules drawn up by the Transport Ministry of Kenya.",
        "struck", None, "Transport Ministry"),
    # near misses: the agent of the trigger itself, or a participle that keeps its agent a party
    "near miss: the trigger's own passive agent": (
        "The fisheries accord, signed by Norway on 12 May 2025, opens the northern grounds.", "signed", "Norway", None),
    "near miss: a tender launched by a company": (
        "Bidders have until Friday to answer a tender launched by Korvali Energy Corporation on 3 March 2025 for "
        "a new solar farm.", "tender", "Korvali Energy Corporation", None),
    "near miss: a delegation led by a ministry": (
        "Norway met on Monday a delegation led by the Foreign Ministry of Chile.", "met", "Foreign Ministry of Chile",
        None),
    "near miss: a pact brokered by a state": (
        "Kenya and Uganda signed on Monday the pact brokered by Tanzania.", "signed", "Tanzania", None),
    # a review's case: who calls or convenes the strike or the talks is a party to them
    "near miss: a strike called by a union": (
        "Workers joined on Tuesday a strike called by the Congress of South African Trade Unions.", "strike",
        "Congress of South African Trade Unions", None),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_object_agent(key):
    body, trigger, actor, forbidden = ROWS[key]
    event = _row_event(body, events_of(body), trigger)
    actors = None if event is None else list(event.actors)
    if actor is not None:
        assert actors is not None and actor in actors, actors
    if forbidden is not None and actors is not None:
        assert not any(forbidden.lower() in name.lower() for name in actors), actors
