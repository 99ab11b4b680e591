"""Review eventsR49 (#15, places): a country's embassy or consulate is not in that country, and a place named
later in the clause wins over a venue's opening place. Made-up rows written before the fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _meeting_place(body):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner", published=date(2010, 3, 10))
              if e.event_type == "meeting"]
    assert events
    return events[0].location


@pytest.mark.parametrize("body, expected", [
    # a later town wins over a mission's or a venue's country
    ("Ana Silva met Karl Brenner on Monday at The Gambia Embassy in Oslo.", "Oslo"),
    ("Ana Silva met Karl Brenner on Monday at The Bahamas Consulate in Miami.", "Miami"),
    ("Ana Silva met Karl Brenner on Monday in The Hague Convention Centre in Lisbon.", "Lisbon"),
    # a mission is not in its country
    ("Ana Silva met Karl Brenner on Monday in The Gambia Embassy.", None),
    # still the place: a venue set in it, no place after
    ("Ana Silva met Karl Brenner in The Hague District Court on Monday.", "The Hague"),
    ("Ana Silva met Karl Brenner on Monday in The Gambia National Stadium.", "The Gambia"),
])
def test_mission_and_later_place(body, expected):
    assert _meeting_place(body) == expected
