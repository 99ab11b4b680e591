"""A day or month written without its year and followed by a relative year ("in March last year", "on 3 March
last year", "in March of next year") is that day or month of that year, one date with the month's or day's
precision, not a month of the publication year and a separate year (issue 15: "in March 2022" written with
words). Near misses of ordinary prose: a relative year that belongs to another phrase after a comma, an 'and' or
a possessive ("in March, last year's busiest month"; "in March and last year"), a weekday before it, a month
that already has its year. Written before the fix.
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.reldates import find_dates
from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)  # a Wednesday


def dated(text):
    return [(m.phrase, m.value.start.isoformat(), m.value.end.isoformat(), m.value.precision)
            for m in find_dates(text, PUBLISHED) if m.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("The centre opened in March last year.", [("in March last year", "2025-03-01", "2025-03-31", "month")]),
    ("It was signed on 3 March last year.", [("on 3 March last year", "2025-03-03", "2025-03-03", "day")]),
    ("It opened in March of last year.", [("in March of last year", "2025-03-01", "2025-03-31", "month")]),
    ("The vote is due in March next year.", [("in March next year", "2027-03-01", "2027-03-31", "month")]),
    ("The plant opened in March this year.", [("in March this year", "2026-03-01", "2026-03-31", "month")]),
    ("It opened in December last year.", [("in December last year", "2025-12-01", "2025-12-31", "month")]),
    # near misses
    ("It closed in March, last year's busiest month.", [("in March", "2026-03-01", "2026-03-31", "month"),
                                                        ("last year's", "2025-01-01", "2025-12-31", "year")]),
    ("It opened in March and last year it closed.", [("in March", "2026-03-01", "2026-03-31", "month"),
                                                     ("last year", "2025-01-01", "2025-12-31", "year")]),
    ("The team met on Monday last year's winners said.", [("on Monday", "2026-06-08", "2026-06-08", "day"),
                                                          ("last year's", "2025-01-01", "2025-12-31", "year")]),
    ("It opened in March 2024, last year's rival said.", [("in March 2024", "2024-03-01", "2024-03-31", "month"),
                                                          ("last year's", "2025-01-01", "2025-12-31", "year")]),
])
def test_year_tail(text, expected):
    assert dated(text) == expected


def test_the_event_takes_the_joined_date():
    body = "The Komati training centre opened in March last year in a converted workshop."
    found = [(body[e.start:e.end], e.start_date.isoformat() if e.start_date else None, e.date_precision)
             for e in events_of(body, published=PUBLISHED)]
    assert ("opened", "2025-03-01", "month") in found, found
