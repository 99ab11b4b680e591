"""A coordinated list of the trigger's countries or bodies is read whole (issue 15, point 2: "between X and Y",
coordination): when one member of "X and Y", "X, Y and Z" is an actor, the other members the gazetteer knows are
too. Near misses, in ordinary news prose: a member with a verb of its own ("and France drew with ...") is another
clause's subject; a list that is the topic ("to discuss Iran and Iraq") or the venue ("in Warsaw and Berlin") stays
out, as the first member does.

Every expected set below was written before the extractor was run on these texts (actors compared as sets).
Published on Wednesday 10 March 2010.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event, keyed_params
from tests.loaders.extract.test_events import events_of

ROWS = {
    "with X and Y pushing": (
        "EU trade ministers failed on Tuesday to agree on steel quotas, with Spain and Poland pushing for deeper "
        "cuts.", "failed", {"European Union", "Spain", "Poland"}),
    "signed with X and Y": (
        "Brazil signed a trade agreement with Argentina and Chile in Montevideo on Friday.", "signed",
        {"Brazil", "Argentina", "Chile"}),
    "X, Y and Z met": (
        "Norway, Sweden and Denmark met in Oslo on Monday.", "met", {"Norway", "Sweden", "Denmark"}),
    # near misses
    "and Z with a verb of its own": (
        "Spain beat Italy on Monday and France drew with Portugal on Tuesday.", "beat", {"Spain", "Italy"}),
    "topic list": (
        "Norway and Sweden met in Oslo on Monday to discuss Iran and Iraq.", "met", {"Norway", "Sweden"}),
    "venue list": (
        "Brazil and Argentina held talks in Lisbon and Madrid on Monday.", "talks", {"Brazil", "Argentina"}),
}

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(ROWS, XFAIL))
def test_coordinated_actors(key):
    body, trigger, expected = ROWS[key]
    event = _row_event(body, events_of(body), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == expected
