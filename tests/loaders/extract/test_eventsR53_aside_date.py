"""eventsR53 (#15, dates): another event told in an aside set off by commas between a trigger and its date ("met
Karl Brenner, elected in May, on Tuesday", "…, who was elected in May, on Tuesday") no longer keeps the date from
the trigger: the aside opens with a comma and its participle (or "who/which" and up to three words) and closes with
a comma right before the date. Near misses: a date inside the aside, or after a coordinated clause ("and they
signed a deal on Tuesday", "…, and signed a deal on Tuesday"), an aside the sentence ends with, a date after a
prepositional phrase holding the other event ("after his election, on Tuesday"), a "whose" clause. Made-up text;
expected dates written before the code (publication 2010-03-10, a Wednesday)."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger's first word, expected (date, precision) of that trigger's event)
ROWS = {
    "hit: a participle aside": ("Ana Silva met Karl Brenner, elected in May, on Tuesday.", "met",
                                ("2010-03-09", "day")),
    "hit: a relative aside": ("Ana Silva met Karl Brenner, who was elected in May, on Tuesday.", "met",
                              ("2010-03-09", "day")),
    "hit: an aside before a relative date": ("Ana Silva met Karl Brenner, who resigned in May, on Monday.", "met",
                                             ("2010-03-08", "day")),
    "hit: the aside's own date kept": ("Ana Silva met Karl Brenner, elected in May, on Tuesday.", "elected",
                                       ("2009-05-01", "month")),
    # near misses
    "near miss: a coordinated clause": ("Ana Silva met Karl Brenner, and they signed a deal on Tuesday.", "met",
                                        (None, None)),
    "near miss: the aside ends the sentence": ("Ana Silva met Karl Brenner, elected in May.", "met", (None, None)),
    "near miss: the date inside the aside": ("Ana Silva met Karl Brenner, who was elected on Tuesday.", "met",
                                             (None, None)),
    "near miss: an aside, then a coordinated verb": (
        "Ana Silva met Karl Brenner, who was elected in May, and signed a deal on Tuesday.", "met", (None, None)),
    "near miss: after a prepositional phrase": ("Ana Silva met Karl Brenner after his election, on Tuesday.", "met",
                                                (None, None)),
    "near miss: a whose clause": ("Ana Silva met Karl Brenner, whose election was annulled, on Tuesday.", "met",
                                  (None, None)),
}


@pytest.mark.parametrize("key", ROWS)
def test_aside_between_trigger_and_date(key):
    text, word, expected = ROWS[key]
    found = [e for e in events_of(text, "Ana Silva", "Karl Brenner") if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.start_date) for e in events_of(text, "Ana Silva", "Karl Brenner")]
    event = found[0]
    assert (event.start_date.isoformat() if event.start_date else None, event.date_precision) == expected
