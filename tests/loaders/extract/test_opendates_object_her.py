"""Round eventsR9 (#15, dated recall): 'her' before a date led by a preposition is an object pronoun, not a
possessive modifier. "The FBI opened an inquiry against her in July" dates the opening; before, the date was read
as a modifier ("her 2008 campaign") and its clause was dropped with no noun after it. Made-up texts, published on
Wednesday 10 March 2010 (`opendates._MODIFIER_BEFORE`).
Near misses: a bare date after 'her' still modifies the noun after it ("lost her 2008 campaign" is
no dated act of the clause); 'her' with no act in the clause ("It was a good year for her in 2008") stays no event."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    "opened an inquiry against her in July": ("The FBI opened an inquiry against her in July.", ("other", "2009-07-01")),
    "hired her in 2008": ("The Lisbon Times hired her in 2008, after the strike.", ("other", "2008-01-01")),
    "fined her on Monday": ("A court in Lisbon fined her on Monday for contempt.", ("other", "2010-03-08")),
    # --- near misses ---
    "her 2008 campaign: the noun's date": ("Ana Silva lost her 2008 campaign for the senate.", None),
    "no act: a good year for her": ("It was a good year for her in 2008.", None),
}


@pytest.mark.parametrize("body, expected", list(ROWS.values()), ids=list(ROWS))
def test_her_before_a_preposition_date(body, expected):
    found = [(e.event_type, e.start_date.isoformat() if e.start_date else None) for e in events_of(body, "Ana Silva")]
    if expected is None:
        assert found == [], found
    else:
        assert expected in found, found
