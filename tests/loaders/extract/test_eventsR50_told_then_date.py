"""Events round 50 (#15, dates): a date counted from now ("a week ago", "last month") in what someone told at an
earlier dated time ("told a radio station in 2019 that she had met him a week ago") was counted from that telling,
not from the publication: resolved against the publication it would fall after the telling, so it gives way to
the telling's own date (the sentence's next choice).
Made-up rows written before the fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

FRIDAY = date(2026, 12, 4)

# key: (text, trigger's first word, expected start date)
DATE_ROWS = {
    "hit: a week ago told in a past year": (
        "Ana Silva told a radio station in 2019 that she had met Karl Brenner a week ago.", "met", date(2019, 1, 1)),
    "hit: last month told in a past year": (
        "Ana Silva said in 2021 that she had met Karl Brenner last month.", "met", date(2021, 1, 1)),
    # near misses: the telling is the publication's time, or before the counted date
    "near miss: told on Friday": (
        "Ana Silva said on Friday that she had met Karl Brenner a week ago.", "met", date(2026, 11, 23)),
    "near miss: told this year": (
        "Ana Silva said this year that she had met Karl Brenner in 2019.", "met", date(2019, 1, 1)),
    "near miss: no telling date": (
        "Ana Silva said that she had met Karl Brenner a week ago.", "met", date(2026, 11, 23)),
}


@pytest.mark.parametrize("key", DATE_ROWS)
def test_a_now_counted_date_told_earlier(key):
    text, word, expected = DATE_ROWS[key]
    events = events_of(text, "Ana Silva", "Karl Brenner", published=FRIDAY)
    found = [e for e in events if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.start_date) for e in events]
    assert found[0].start_date == expected
