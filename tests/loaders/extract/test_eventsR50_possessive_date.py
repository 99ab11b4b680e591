"""Events round 50 (#15, dates): a possessive date ("next year's budget", "last week's report") modifies the noun
after it. It dates that noun's event when the noun is a trigger; another trigger of its sentence takes the
sentence's plain date first ("vote on next year's budget next week"). Alone, it still dates the sentence. Made-up rows written before the fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

FRIDAY = date(2026, 12, 4)

# key: (text, trigger's first word, expected start date)
DATE_ROWS = {
    "hit: the plain date after a possessive's noun": (
        "The council is set to vote on next year's budget next week.", "vote", date(2026, 12, 7)),
    "hit: a weekday after a possessive's noun": (
        "Ana Silva met Karl Brenner about last year's floods on Tuesday.", "met", date(2026, 12, 1)),
    # near misses: the possessive's noun is the trigger, or the sentence has no plain date of its own
    "near miss: only a possessive dated": (
        "Ana Silva met Karl Brenner to talk about last month's floods.", "met", date(2026, 11, 1)),
    "near miss: the possessive's own meeting": (
        "Last week's meeting between Ana Silva and Karl Brenner was tense.", "meeting", date(2026, 11, 23)),
    "near miss: the possessive's own meeting after a verb": (
        "Ana Silva spoke to reporters after Tuesday's meeting with Karl Brenner.", "meeting", date(2026, 12, 1)),
    "near miss: a possessive's summit": (
        "Karl Brenner left Monday's summit in Varnby early.", "summit", date(2026, 11, 30)),
}


@pytest.mark.parametrize("key", DATE_ROWS)
def test_possessive_date_dates_its_noun_only(key):
    text, word, expected = DATE_ROWS[key]
    events = events_of(text, "Ana Silva", "Karl Brenner", published=FRIDAY)
    found = [e for e in events if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.start_date) for e in events]
    assert found[0].start_date == expected
