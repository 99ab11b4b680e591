"""Round 9 (#15) regressions from the round 8 review: a head word never makes a body of a run that is a known
person or opens with a known given name; a run after of/to/at following a people noun (residents, visitors,
workers) is no actor; `acts_as_body` never for a run opening with a known given name. Made-up texts."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    "person Sarah Mills announced": ("Sarah Mills announced on Monday that she would resign.", ("Sarah Mills",),
                                     "announced", set()),
    "person Sarah Mills resigned": ("Sarah Mills resigned on Monday.", ("Sarah Mills",), "resigned", set()),
    "person Dan Hotels protested": ("Dan Hotels protested outside the court on Monday.", ("Dan Hotels",),
                                    "protested", set()),
    "residents of a place": ("Residents of Glen Mills protested on Monday against the road.", (), "protested",
                             set()),
    "visitors to a place": ("Visitors to Arden Mills protested on Monday against the road.", (), "protested",
                            set()),
    "workers at a body": ("Workers at Brenn Refinery went on strike on Monday.", (), "strike", set()),
    "statement by a person, no span": (
        "Keir Starmer said in a statement that he would visit Kyiv. Keir Starmer visited Kyiv on Tuesday.", (),
        "visited", set()),
    # kept right
    "Corran Hotels announced": ("Corran Hotels announced on Monday that it would cut 40 jobs.", (), "announced",
                                {"Corran Hotels"}),
    "Norvik Shipyard": ("Norvik Shipyard announced on Monday that it would hire 200 workers.", (), "announced",
                        {"Norvik Shipyard"}),
}


@pytest.mark.parametrize("body, people, trigger, actors", ROWS.values(), ids=ROWS.keys())
def test_round9_head_word_regressions(body, people, trigger, actors):
    events = events_of(body, *people)
    start = body.index(trigger)
    held = [e for e in events if e.start <= start < e.end]
    got = set(held[0].actors) if held else set()
    assert got - {"Ukraine"} == actors, [(e.event_type, e.actors) for e in events]
