"""Where: a place named after "city of" whatever the word before it ("the northern Brennish city of Valdmark": the
demonym need not be one the gazetteer knows). Expected outputs written before the run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, expected", [
    ("The accord was signed on Monday in the northern Brennish city of Valdmark by Ana Silva.", "Valdmark"),
    ("Ana Silva met Karl Brenner in the Brennish town of Oster Vik on Monday.", "Oster Vik"),
    # a capitalised word with no "city of" after it stays out when the gazetteer does not know it
    ("Ana Silva met Karl Brenner in Brennish waters on Monday.", None),
])
def test_place_after_city_of(body, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type != "statement"]
    assert events and events[0].location == expected
