"""Review eventsR49 (#15, dates): "follows"/"comes after" sets the news after earlier news (a gone-by month) only
right after the subject with a noun object and no present or future verb after it. Made-up rows written before
the fix."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.reldates import find_dates

ANCHOR = date(2026, 11, 25)

# (text, phrase, expected start): "follows" as the sentence's verb with a noun object dates the gone-by month
FOLLOWS_ROWS = [
    # hits
    ("The signing follows a memorandum between the two firms in Varnby in March.", "in March", date(2026, 3, 1)),
    ("The deal comes after talks between the two firms in April.", "in April", date(2026, 4, 1)),
    ("The signing follows talks between Ana Silva and Karl Brenner in March.", "in March", date(2026, 3, 1)),
    # near misses: another sense, or a present or future verb after it
    ("The strike follows a vote by nurses and will start in January.", "in January", date(2027, 1, 1)),
    ("The referendum follows months of debate and is expected in March.", "in March", date(2027, 3, 1)),
    ("The second round follows in April, when the top two candidates meet again.", "in April", date(2027, 4, 1)),
    ("A final decision follows in March.", "in March", date(2027, 3, 1)),
    ("The firm follows the new rules that take effect in March.", "in March", date(2027, 3, 1)),
    ("The festival, which follows the harvest, opens in March.", "in March", date(2027, 3, 1)),
    ("The plan builds on a pilot that starts in March.", "in March", date(2027, 3, 1)),
    ("The pay rise follows inflation and takes effect in January.", "in January", date(2027, 1, 1)),
]


@pytest.mark.parametrize("text, phrase, expected", FOLLOWS_ROWS)
def test_follows_month(text, phrase, expected):
    found = [m for m in find_dates(text, ANCHOR) if m.phrase.strip() == phrase]
    assert found, [(m.phrase, m.value) for m in find_dates(text, ANCHOR)]
    assert found[0].value.start == expected
