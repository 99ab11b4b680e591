"""Round eventsR10 (#15, fresh30 tune): a venue named by a plural head ("at Varnby Gardens", "at the Kessel Law
Courts", "at the Brenn Showgrounds") is the event's place as a singular one is ("at the Varnby Stadium";
`eventplaces._VENUE_HEADS`). Written BEFORE the code; made-up texts, published on Wednesday 10 March 2010.
Near misses: a company or a firm after "at" ("at Varnby Holdings", "at Brenner Associates"), a plural head that is
no venue ("at Varnby Lanes"), a venue head inside a body's name before another word ("at the Kessel Courts
Service").
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    "gardens": ("A concert planned for tonight at Varnby Gardens has been cancelled, organisers said.",
                "Varnby Gardens"),
    "law courts": ("The Tarvik Bar Association filed a petition at the Kessel Law Courts on Monday.",
                   "Kessel Law Courts"),
    "showgrounds": ("The festival at the Brenn Showgrounds was cancelled on Monday.", "Brenn Showgrounds"),
    "singular, as before": ("A concert planned for tonight at the Varnby Stadium has been cancelled, organisers "
                            "said.", "Varnby Stadium"),
    # --- near misses: no place ---
    "a company": ("The Tarvik Bar Association filed a petition at Varnby Holdings on Monday.", None),
    "a firm of partners": ("The Tarvik Bar Association filed a petition at Brenner Associates on Monday.", None),
    "a plural that is no venue": ("A concert at Varnby Lanes was cancelled on Monday.", None),
    "a body's name running on": ("The Tarvik Bar Association filed a petition at the Kessel Courts Service on "
                                 "Monday.", None),
}


@pytest.mark.parametrize("body, place", list(ROWS.values()), ids=list(ROWS))
def test_plural_venue(body, place):
    events = events_of(body)
    assert [e.location for e in events] == [place], [(e.name, e.location) for e in events]
