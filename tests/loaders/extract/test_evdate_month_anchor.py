"""A page dated to the month only: a yearless past day of that month is in the publication's year (issue 15, round
evdateE: dated-event recall).

When the page gives its month and year but no day ("November 2026"), the step's anchor is the month's first day,
and "signed on 6 November" (a past) used to fall a year back (2025-11-06), before an anchor that is only the
earliest day the page could be published on. The page may be from any day of its month, so a past day resolves
against the month's last day: a day of the publication's month, or of a month before it in the year, is that
year's; a later month's day is still the year before's. A page dated to the day keeps its rule ("on 6 November"
told in a page of 1 November is last year's). The page's own day ("today", "tonight", "this morning") is a day
of that month: the month, at month precision ("X today announced" in a page of November 2026 is 2026-11); a day
before or after it ("yesterday", "tomorrow") may be another month's and stays unread. Made-up rows, written
before the code.
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.extract.reldates import find_dates
from loaders.records import ArticleRecord
from loaders.registry import Registry

MONTH = date(2026, 11, 1)  # a page of "November 2026"


@pytest.mark.parametrize("sentence, iso", [
    ("The agreement was signed on 6 November at the ministry in Varn.", "2026-11-06"),
    ("Residents blocked the highway to the airport on November 9.", "2026-11-09"),
    ("The bridge was closed on 30 October after the storm.", "2026-10-30"),
    # near misses: a later month's past day is last year's; a coming day stays to come
    ("The bridge was closed on 6 December after the storm.", "2025-12-06"),
    ("The ministers will sign the agreement on 20 November.", "2026-11-20"),
])
def test_a_month_dated_page_keeps_its_months_days_in_its_year(sentence, iso):
    days = [m.value.start.isoformat() for m in find_dates(sentence, MONTH, False, anchor_month_only=True)
            if m.value is not None and m.value.precision == "day"]
    assert days == [iso]


def test_a_day_dated_page_keeps_the_past_reading():
    days = [m.value.start.isoformat() for m in find_dates("The agreement was signed on 6 November.", MONTH, True)
            if m.value is not None]
    assert days == ["2025-11-06"]


def test_the_events_step_reads_the_pages_month_precision():
    body = "The agreement was signed on 6 November at the ministry in Varn, officials said."
    record = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                           published_on=MONTH, date_precision="month")
    events = [e for e in extract_events(record, [], Registry()) if e.event_type == "agreement_signing"]
    assert [(e.start_date.isoformat(), e.date_precision) for e in events] == [("2026-11-06", "day")]


@pytest.mark.parametrize("sentence, expected", [
    ("Varn Solar today announced a power purchase agreement.", [("today", "2026-11-01", "month")]),
    ("The ministry said this morning that the bridge was closed.", [("this morning", "2026-11-01", "month")]),
    # near misses: a neighbouring day may be another month's
    ("Varn Solar yesterday announced a power purchase agreement.", [("yesterday", None, None)]),
    ("Varn Solar will tomorrow announce a power purchase agreement.", [("tomorrow", None, None)]),
])
def test_a_month_dated_pages_own_day_is_its_month(sentence, expected):
    found = [(m.phrase, m.value.start.isoformat() if m.value else None, m.value.precision if m.value else None)
             for m in find_dates(sentence, MONTH, False, may_pin=False, anchor_month_only=True)]
    assert found == expected
