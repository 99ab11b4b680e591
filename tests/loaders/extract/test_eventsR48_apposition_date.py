"""eventsR48 (#15, dates): the commas around a person's apposition between a verb and its date ("met Ana Silva, 68,
head of the fishers' association in Kestle, on Tuesday") close no clause: the date is the verb's. Near misses: a
comma or semicolon that opens another clause still parts them. Made-up text."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    "hit: age and description": (
        "The Varnby Courier met Ana Silva, 68, head of the Varnby fishers' association in Kestle, on Tuesday at the "
        "village hall.", "met", date(2026, 12, 1)),
    "hit: description": (
        "Karl Brenner met Ana Silva, the long-serving head of the Varnby fishers' association in Kestle, on Tuesday "
        "at the village hall.", "met", date(2026, 12, 1)),
    "near miss: a clause of its own": (
        "Karl Brenner met Ana Silva at the hall; the fishers of the association in Kestle, the oldest in the "
        "county, voted on Tuesday to close it.", "met", None),
    "near miss: an apposition of a place, then a clause": (
        "Karl Brenner met Ana Silva in Kestle, a port town, and said, in a post, that the hall was sold on Tuesday.",
        "met", None),
}


@pytest.mark.parametrize("key", ROWS)
def test_date_after_a_person_apposition(key):
    text, word, expected = ROWS[key]
    found = [e for e in events_of(text, "Ana Silva", "Karl Brenner", published=date(2026, 12, 2))
             if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.start_date) for e in events_of(text, "Ana Silva")]
    assert found[0].start_date == expected
