"""A trailing teller written as a descriptor (", the agency said.") of an agentless clause is the body it takes
up, as a named trailing teller is ("..., the Norwegian Ministry of Energy said."): the one body named before that
fits the descriptor (`orgnames.ArticleBodies.resolve`, only a sure answer), issue 15 events round 2. Made-up rows,
published Wednesday 10 March 2010; expected actors written before the code. Near misses: two bodies of the kind,
a clause that names its own party, a descriptor that fits no body named.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

_BRIEFING = "A community briefing that was to be held in Kiel on Saturday has been postponed, the agency said."

# key: (body, people, trigger, actors)
ROWS = {
    "the agency said after one agency": (
        "The Brenn Environment Agency began field trials in May.\n\n" + _BRIEFING, (), "briefing",
        {"Brenn Environment Agency"}),
    # ", the company said" takes up the article's one company (`parties.article_company`: a company's head word or
    # the employer of an officer titled as a company's)
    "the company said after its chief executive": (
        "\"This is a milestone,\" said Chea Vanna, chief executive officer of Mekong Solar Lanka.\n\n"
        + _BRIEFING.replace("agency", "company"), ("Chea Vanna",), "briefing", {"Mekong Solar Lanka"}),
    # near misses
    "near miss: the company said after two companies": (
        "\"This is a milestone,\" said Chea Vanna, chief executive officer of Mekong Solar Lanka.\n\n"
        "Brenn Shipping began a new route in May.\n\n"
        + _BRIEFING.replace("agency", "company"), ("Chea Vanna",), "briefing", set()),
    "near miss: two agencies": (
        "The Brenn Environment Agency and the Varn Water Agency began field trials in May.\n\n" + _BRIEFING, (),
        "briefing", set()),
    # (first written with "Varn Ferries", a name with no head word the clause does not read as a party: rewritten
    # after the first run with a head word, the near miss being the teller's, not the name's)
    "near miss: the clause names its own party": (
        "The Brenn Environment Agency began field trials in May.\n\n"
        "The Varn Ferry Company cancelled its Kiel crossing on Saturday, the agency said.", (), "cancelled",
        {"Varn Ferry Company"}),
    "near miss: no body of the kind": (
        "Varn Ferries began a new route in May.\n\n" + _BRIEFING, (), "briefing", set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_descriptor_teller(key):
    body, people, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors
