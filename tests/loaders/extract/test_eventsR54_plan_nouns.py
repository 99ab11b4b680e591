"""eventsR54 (recall): more nouns that name a happening when told with the day it was set for and its undoing
(`eventwords.PLAN_EVENT_NOUNS`): a ribbon-cutting, a fair, a gala, a parade, an exhibition, a fundraiser, a
screening ("A ribbon-cutting at the new clinic, originally scheduled for Friday, was postponed"). Near misses: the
word as a modifier or adjective, the noun with no day set. Made-up text; expected events written before the code."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, noun, expected cancelled date or None for no cancelled event of it)
ROWS = {
    "hit: ribbon-cutting": ("A ribbon-cutting at the new Kelby clinic, originally scheduled for Friday, was "
                            "postponed.", "ribbon-cutting", date(2010, 3, 12)),
    "hit: fair": ("The Tarnby fair, planned for Saturday, was called off.", "fair", date(2010, 3, 13)),
    "hit: gala set for": ("A gala planned for Friday was cancelled.", "gala", date(2010, 3, 12)),
    "hit: parade": ("The spring parade, set for 20 March, has been postponed.", "parade", date(2010, 3, 20)),
    # near misses
    "near miss: fair as an adjective": ("Ana Silva said the price was fair and the vote, set for Friday, went ahead.",
                                        "fair", None),
    "near miss: parade as a modifier": ("The parade route, set for Friday, was changed.", "parade", None),
    "near miss: no day set": ("The Tarnby fair was a success.", "fair", None),
    "near miss: gala with no undoing": ("The gala, planned for Friday, drew a crowd.", "gala", None),
    "near miss: exhibition told as done": ("The exhibition opened in 1990.", "exhibition", None),
}


@pytest.mark.parametrize("key", ROWS)
def test_plan_nouns_set_and_undone(key):
    text, noun, day = ROWS[key]
    found = [e.start_date for e in events_of(text, "Ana Silva") if text[e.start:e.end] == noun
             and e.status == "cancelled"]
    assert found == ([day] if day else [])
