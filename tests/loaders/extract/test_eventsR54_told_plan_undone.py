"""eventsR54 (recall): a plan told undone in a reported clause ("Ana Silva said the forum, set for Friday, had been
called off", "He said a council session on bus routes, scheduled for 27 March, had been postponed") is an event as
it is when the sentence opens with it ("The forum, set for Friday, was called off"): the subject the plan's day and
its undoing look back to may open the clause a speech verb tells, not only the sentence. Near misses: a noun of no
happening, a plan that went ahead, the told clause's subject not the noun the apposition follows, a clause break
between. Made-up text; expected events written before the code."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, the noun expected as the cancelled event's trigger or None, its date)
ROWS = {
    "hit: said the forum, set for": ("Ana Silva said the forum, set for Friday, had been called off.", "forum",
                                     date(2010, 3, 12)),
    "hit: he said a session ..., scheduled for": ("He said a council session on bus routes, scheduled for 27 March, "
                                                  "had been postponed.", "session", date(2010, 3, 27)),
    "hit: confirmed that the signing, originally planned": ("The minister confirmed that the treaty signing, "
                                                            "originally planned for 20 March, had been postponed.",
                                                            "signing", date(2010, 3, 20)),
    "hit: told reporters the workshop": ("Ana Silva told reporters the workshop, planned for Friday, was cancelled.",
                                         "workshop", date(2010, 3, 12)),
    # near misses
    "near miss: a noun of no happening": ("Ana Silva said the report, set for Friday, had been postponed.", None,
                                          None),
    "near miss: a plan that went ahead": ("Ana Silva said the forum, set for Friday, had drawn a large crowd.", None,
                                          None),
    "near miss: another clause's noun": ("Ana Silva said the forum drew a crowd and the vote, set for Friday, was "
                                         "postponed.", None, None),
    "near miss: a clause break": ("Ana Silva said the forum was full; the budget, set for Friday, was postponed.",
                                  None, None),
    "near miss: a person told of": ("Ana Silva said her brother, set for Friday, had been postponed.", None, None),
}


@pytest.mark.parametrize("key", ROWS)
def test_plan_told_undone_in_a_reported_clause(key):
    text, noun, day = ROWS[key]
    cancelled = [(text[e.start:e.end], e.start_date) for e in events_of(text, "Ana Silva")
                 if e.status == "cancelled" and text[e.start:e.end] in ("forum", "session", "signing", "workshop")]
    assert cancelled == ([(noun, day)] if noun else [])
