"""A coordinated list of the trigger's own parties is read whole (issue 15, point 2: coordination, passive "by X
and Y"): when one member of "X and Y", "X, Y and Z" is a party, so are the others, however far the list runs past
the participant window ("signed ... by Deputy Prime Minister X and the energy minister of the republic, Y").
Near misses, in ordinary news prose: a name after "and" with a verb of its own ("..., and Y later criticised it")
or after a clause break is another clause's, and a closing teller is none.

Every expected set below was written before the extractor was run on these texts (participants compared as sets).
Published on Wednesday 10 March 2010.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event, keyed_params
from tests.loaders.extract.test_events import events_of

B, S, N = "Karl Brenner", "Ana Silva", "Jan Novak"

ROWS = {
    "passive by X and Y, far": (
        "The document was signed on June 9 in the northern city of Khujand by Deputy Prime Minister Karl Brenner and "
        "the energy minister of the neighbouring republic, Ana Silva.", (B, S), "signed", {B, S}),
    "passive by apposed X and Y": (
        "The agreement signed in Dakar on Tuesday by the fisheries minister, Ana Silva, and the European Union's "
        "ambassador to the country, Karl Brenner, allows 18 vessels to fish.", (S, B), "signed", {S, B}),
    "between apposed X and Y": (
        "Talks were held in Geneva on Monday between the long-serving foreign minister of the republic, Karl "
        "Brenner, and the new envoy of the union, Ana Silva.", (B, S), "Talks", {B, S}),
    # near misses
    "and Y with a verb of its own": (
        "The treaty was signed in Lisbon on Monday by Karl Brenner, and Ana Silva later criticised it in a long "
        "interview with a local radio station.", (B, S), "signed", {B}),
    "closing teller after a list": (
        "Karl Brenner met Ana Silva in Lisbon on Monday to discuss the long-running fisheries dispute and the "
        "quotas, Jan Novak said.", (B, S, N), "met", {B, S}),
    "and Y arrived later": (
        "Karl Brenner met Ana Silva in the old town hall of the northern port city on a cold and windy Monday "
        "morning, and Jan Novak arrived later.", (B, S, N), "met", {B, S}),
    "list of a topic": (
        "Karl Brenner met Ana Silva in Lisbon on Monday to discuss the case of the jailed reporters, whose lawyer "
        "is Jan Novak.", (B, S, N), "met", {B, S}),
}

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(ROWS, XFAIL))
def test_coordinated_parties(key):
    body, people, trigger, expected = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.participants) == expected
