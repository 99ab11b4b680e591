"""A group stand-in as the owner of the trigger's agents ("the two countries' foreign ministers met", "both
countries' defence and foreign ministers met") stands for the countries the article named, as "ministers of the
two countries" does (issue 15, actors: the trigger's agents), also inside a clause that opens after a comma ("The
pact, agreed when the two countries' ministers met in Lima, ..."). Made-up sentences; expected actors written
before the code. Near misses: the group's possession of a thing or of private people is no agent ("the two
countries' fishermen", "the two countries' border"), and a group of the wrong size resolves to nobody."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

PACT = "Chile and Peru signed a fisheries pact on Monday. "
# key: (text, event type, expected actors of that event)
ROWS = {
    "ministers, in a clause after a comma": (
        PACT + "The pact, agreed when the two countries' foreign ministers met in Lima in July, runs ten years.",
        "meeting", {"Chile", "Peru"}),
    "two titles coordinated": (
        PACT + "The pact, agreed when both countries' defence and foreign ministers met in Lima in July, runs ten "
               "years.", "meeting", {"Chile", "Peru"}),
    "a side noun": (
        PACT + "The pact, drafted after the two countries' negotiators met in Lima in July, runs ten years.",
        "meeting", {"Chile", "Peru"}),
    "their three governments' envoys": (
        "Chile, Peru and Bolivia signed a water pact on Monday. The pact, agreed when their three countries' "
        "envoys met in Lima in July, runs ten years.", "meeting", {"Chile", "Peru", "Bolivia"}),
    # near misses
    "near miss: a group of the wrong size": (
        "Chile, Peru and Bolivia signed a water pact on Monday. The pact, agreed when the two countries' "
        "ministers met in Lima in July, runs ten years.", "meeting", set()),
    "near miss: the group's border, a place": (
        PACT + "Ana Roca met Luis Vega near the two countries' border in July.", "meeting", set()),
    "near miss: the group's private people": (
        PACT + "Ana Roca met the two countries' fishermen in Lima in July.", "meeting", set()),
}


@pytest.mark.parametrize("key", ROWS)
def test_group_owner_stand_in(key):
    text, event_type, expected = ROWS[key]
    found = [e for e in events_of(text, "Ana Roca", "Luis Vega") if e.event_type == event_type]
    assert found
    assert set(found[0].actors) == expected


def test_owned_agents_before_a_noun_trigger():
    text = PACT + "The pact, drafted after the two countries' foreign ministers held talks in Lima in July, runs."
    talks = [e for e in events_of(text) if e.event_type == "meeting"]
    assert talks and set(talks[0].actors) == {"Chile", "Peru"}
