"""pagesR9: an ambiguous numeric date ("04.12.2026") is read in the order whose reading lies within days of the
page's other dates (a related list, a "Most read" box) while the other reading lies weeks away
(`pubdates._neighbour_order`); a year-first press's order says nothing of a date printed year-last, so the page's
own order is read there. Made-up pages."""
from __future__ import annotations

import pytest

from loaders.extract.pubdates import date_order_of_page
from tests.loaders.extract.test_pagesR9_outlet_lettering import _BODY, _article  # one page body for the three files



@pytest.mark.parametrize(("text", "order"), [
    # positives: the related list's days lie beside one reading only
    ("Ferry fares rise\n04.12.2026\nThe council met.\nRelated\nBus lanes open\nDecember 1, 2026\n", "DMY"),
    ("Ferry fares rise\n04-12-2026 10:32\nThe council met.\nMost read\nA\n03-12-2026\nB\n02-12-2026\n", "DMY"),
    ("Ferry fares rise\n12/04/2026\nThe council met.\nRelated\nBus lanes open\nDecember 1, 2026\n", "MDY"),
    ("Ferry fares rise\n03/05/2026\nThe council met.\nMore\nA\n03/04/2026\n", "MDY"),
    # near misses: no other date, both readings near other dates, other dates far from both, a two-digit year,
    # readings that disagree between dates, an unambiguous date decides alone
    ("Ferry fares rise\n04.12.2026\nThe council met at 07:15.", None),
    ("Ferry fares rise\n04.12.2026\nRelated\nDecember 1, 2026\nApril 10, 2026\n", None),
    ("Ferry fares rise\n04.12.2026\nThe harbour opened on August 1, 2026.\n", None),
    ("Ferry fares rise\n04.12.26\nRelated\nDecember 1, 2026\n", None),
    ("Ferry fares rise\n04/12/2026\nRelated\nDecember 1, 2026\n03/05/2026\nMarch 4, 2026\n", None),
    ("Ferry fares rise\n25.11.2026\nRelated\n11/26/2026\n", None),
])
def test_an_ambiguous_date_reads_near_the_pages_other_dates(text, order):
    assert date_order_of_page(text) == order


@pytest.mark.parametrize(("url", "stamp", "expected"), [
    # positive: a year-first press (".lt" here), a date printed year-last, the related list beside it
    ("https://www.kestrelnews.lt/en/ferry-fares-rise-1234", "04-12-2026", "2026-12-04"),
    # near misses: the same date with no related list stays a year; an unambiguous one needs no help
    ("https://www.kestrelnews.lt/en/ferry-fares-rise-1234", "04-12-2026 ", None),
    ("https://www.kestrelnews.lt/en/ferry-fares-rise-1234", "14-12-2026", "2026-12-14"),
])
def test_a_year_first_press_leaves_a_year_last_date_to_the_page(url, stamp, expected):
    related = "Related\nBus lanes open in the old town\n03-12-2026\nPort posts record month\n02-12-2026\n"
    raw = f"Kestrel News\nFerry fares rise by ten percent\n{stamp.strip()}\n{_BODY}"
    if stamp == "04-12-2026" or expected == "2026-12-14":
        raw += related
    article = _article(raw, url)
    got = article.published_on.isoformat() if article.published_on and article.date_precision == "day" else None
    assert got == expected


