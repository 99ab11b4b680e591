"""Round eventsR10 (#15, fresh30 tune): a sentence that opens with an inverted condition ("Had the talks not resumed,
...", "Were Brenner to visit Lisbon, ...", "Should the talks fail, ...") tells no event, in the condition or in its
consequence, as one opening with "If" does (`modality.read_status`, rule condition-inverted). Written BEFORE the
code; made-up texts, published on Wednesday 10 March 2010.
Near misses: "had" inside the sentence ("Karl Brenner had met ..."), a name that begins with the word ("Hadley
Rossi met ..."), "were" as a main verb after its subject, a question ("Had the talks resumed?") is not asked here.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Karl Brenner", "Ana Silva", "Hadley Rossi")

ROWS = {
    # --- a condition told by inversion: no event ---
    "had ... not, the act in the condition": (
        "Had the talks between Portugal and Spain not resumed on Monday, the port would have stayed closed, "
        "officials said.", 0),
    "had, a meeting of named people": ("Had Karl Brenner met Ana Silva in Lisbon on Monday, the deal would have "
                                       "survived.", 0),
    "were ... to": ("Were Karl Brenner to visit Lisbon on Monday, Ana Silva would meet him.", 0),
    "should ... fail, the consequence": ("Should the talks in Lisbon fail, Karl Brenner will visit Madrid on "
                                         "Friday.", 0),
    # --- near misses: events told ---
    "had inside the sentence": ("Karl Brenner had met Ana Silva in Lisbon on Monday, officials said.", 1),
    "a name opening with the word": ("Hadley Rossi met Ana Silva in Lisbon on Monday.", 1),
    "were as a main verb": ("Talks were held in Lisbon on Monday between Karl Brenner and Ana Silva.", 1),
    "had after an opening phrase": ("On Monday, Karl Brenner had talks with Ana Silva in Lisbon.", 1),
}


@pytest.mark.parametrize("body, count", list(ROWS.values()), ids=list(ROWS))
def test_inverted_condition(body, count):
    events = events_of(body, *NAMES)
    assert len(events) == count, [(e.event_type, e.status, e.name) for e in events]
