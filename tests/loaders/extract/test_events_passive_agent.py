"""A passive agent after a noun or participle ("a tender launched by X", "the accord was signed by X"): the body
named after "by" is the event's actor; a "by" giving a date, a means, an amount or a vote names no agent.
Made-up articles, expectations written before the change."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event, events_of

# key: (body, trigger, actor expected among the event's actors (or None: no "by" body among them), forbidden)
ROWS = {
    "tender launched by a company": (
        "Bidders have until Friday to answer a tender launched by Korvali Energy Corporation on 3 March 2025 for "
        "a new solar farm.", "tender", "Korvali Energy Corporation", None),
    "grant approved by a ministry": (
        "The school will be rebuilt with a grant approved by the Ministry of Education of Brennland in July 2025.",
        "approved", "Ministry of Education of Brennland", None),
    "accord signed by a country": (
        "The fisheries accord, signed by Norway on 12 May 2025, opens the northern grounds to Faroese boats.",
        "signed", "Norway", None),
    # near misses: "by" a date, a means, an amount, a vote
    "near miss: by a date": (
        "A tender launched on 3 March 2025 must be answered by June, Korvali Energy Corporation said.",
        "tender", None, "June"),
    "near miss: by road": (
        "The aid convoy dispatched on 3 March 2025 travelled by road from Kenya.", "dispatched", None, "road"),
    "near miss: by an amount": (
        "Fares were raised by 5 per cent on 3 March 2025 after Brenn Transit Company asked for more.", "raised",
        None, "5 per cent"),
    "near miss: by a vote": (
        "The budget approved by a vote of 7-2 on 3 March 2025 funds the new bridge.", "approved", None, "vote"),
    "near miss: by the end": (
        "The plan approved on 3 March 2025 will be finished by the end of the year.", "approved", None, "end"),
}


def _actors(body, trigger):
    event = _row_event(body, events_of(body), trigger)
    return None if event is None else list(event.actors)


@pytest.mark.parametrize("key", list(ROWS))
def test_passive_agent(key):
    body, trigger, actor, forbidden = ROWS[key]
    actors = _actors(body, trigger)
    if actor is not None:
        assert actors is not None and actor in actors, actors
    if forbidden is not None and actors is not None:
        assert not any(forbidden.lower() in name.lower() for name in actors), actors
