"""An officer titled by the acronym of their body and then named ("by the BHWA Chief Executive, Mr Karl Brenner")
acts for the body the article defined the acronym for (`parties._ACRONYM_OFFICER`); an acronym the article never
defines, or one before words that are no title, names no party. Made-up sentences; expected outputs written before
the run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

_DEFINED = "The Brenn Highlands Water Authority (BHWA) has awarded a tunnel contract to a joint venture. "


@pytest.mark.parametrize("body, expected", [
    (_DEFINED + "The contract was signed in Tarnby on Friday by the BHWA Chief Executive, Mr Karl Brenner.",
     ["Brenn Highlands Water Authority"]),
    (_DEFINED + "The contract was signed in Tarnby on Friday by BHWA Director Karl Brenner.",
     ["Brenn Highlands Water Authority"]),
    # an acronym the article does not define
    ("The contract was signed in Tarnby on Friday by the KTX Chief Executive, Mr Karl Brenner.", []),
    # no title between the acronym and the name
    (_DEFINED + "The contract was signed in Tarnby on Friday by BHWA Karl Brenner.", []),
])
def test_acronym_officers(body, expected):
    events = [e for e in events_of(body, "Karl Brenner") if e.event_type == "agreement_signing"]
    assert events, events_of(body, "Karl Brenner")
    assert events[-1].actors == expected
