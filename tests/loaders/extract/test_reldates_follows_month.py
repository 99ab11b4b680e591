"""eventsR48 (#15, dates): a yearless month in a sentence that sets this news after another ("The signing follows
a memorandum between the two companies in March", published in November) tells of the earlier one: the gone-by
month, not the coming one a sentence with no past verb otherwise takes. Near misses: a sentence with no such word
keeps the coming month; a plan after "follows" ("will follow ... in March") is still to come. Made-up text."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.reldates import find_dates

ANCHOR = date(2026, 11, 25)

ROWS = [
    # hits: the month of the earlier news
    ("The signing follows a memorandum between the two firms in Varnby in March.", "in March", date(2026, 3, 1)),
    ("The deal comes after talks between the two firms in April.", "in April", date(2026, 4, 1)),
    # near misses
    ("The two firms plan a tour of their plants in March.", "in March", date(2027, 3, 1)),
    ("The signing will follow talks between the two firms in March.", "in March", date(2027, 3, 1)),
]


@pytest.mark.parametrize("text, phrase, expected", ROWS)
def test_month_of_followed_news(text, phrase, expected):
    found = [m for m in find_dates(text, ANCHOR) if m.phrase.strip() == phrase]
    assert found, [(m.phrase, m.value) for m in find_dates(text, ANCHOR)]
    assert found[0].value.start == expected
