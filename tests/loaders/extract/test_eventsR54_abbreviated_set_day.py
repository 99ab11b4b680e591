"""eventsR54 (recall): the day a plan was set for may be written with an abbreviated month ("a town meeting, set for
Nov. 17, had been called off", "The fair, planned for Sept. 9, was cancelled"): the abbreviation's full stop ends no
phrase, and the plan is called off as with "set for November 17". Near misses: a full stop that ends a sentence, a
plan that went ahead, a set day with no undoing. Made-up text; expected events written before the code."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger, "cancelled" or None for no cancelled event of it, its date)
ROWS = {
    "hit: set for Nov. 17, had been called off": ("A town meeting, set for Nov. 17, had been called off.", "meeting",
                                                  "cancelled", date(2010, 11, 17)),
    "hit: planned for Sept. 9, was cancelled": ("The summit, planned for Sept. 9, was cancelled.", "summit",
                                                "cancelled", date(2010, 9, 9)),
    "hit: with a topic, scheduled for Oct. 14": ("The hearing on bus fares, scheduled for Oct. 14, has been "
                                                 "postponed.", "hearing", "cancelled", date(2010, 10, 14)),
    # near misses
    # (near misses: no cancelled event of the trigger, whatever else is read)
    "near miss: set for Nov. 17, went ahead": ("A town meeting, set for Nov. 17, drew a large crowd.", "meeting",
                                               None, None),
    "near miss: sentence ends, then called off": ("The summit was set for Sept. 9. Ten rallies were cancelled.",
                                                  "summit", None, None),
    "near miss: no undoing": ("The summit, planned for Sept. 9, will be held in Kelby.", "summit", None, None),
}


@pytest.mark.parametrize("key", ROWS)
def test_plan_day_with_an_abbreviated_month(key):
    text, word, status, day = ROWS[key]
    found = [(e.status, e.start_date) for e in events_of(text, "Ana Silva") if text[e.start:e.end] == word
             and e.status == "cancelled"]
    assert found == ([(status, day)] if status else [])
