"""pagesH: a numeric date whose day and month could swap ("02.03.2026") is settled by the clock printed beside it:
a 24-hour time past noon ("18:40", no am/pm) is the day-first convention's, and so (pagesR3) is a morning hour with
its leading zero ("07:15") or an hour written with "h" ("17h40"); a morning hour without its zero ("7:15": either
clock's), a 12-hour time or none leaves the order open (year precision). Made-up lines."""
from __future__ import annotations

import pytest

from loaders.extract.pubdates import date_order_of_page


@pytest.mark.parametrize(("text", "order"), [
    ("Jo Roe\n02.03.2026 • 17:15\nThe council met.", "DMY"),
    ("Jo Roe\n02.03.2026 • 7:15\nThe council met.", None),
    ("Jo Roe\n02.03.2026 • 07:15\nThe council met.", "DMY"),  # pagesR3: the leading zero is the 24-hour clock's
    ("Jo Roe\n04/05/2026 18:40\nThe council met.", "DMY"),
    # Near misses: a 12-hour clock, no clock, a clock away from any date, an unambiguous date decides alone.
    ("Jo Roe\n02.03.2026 • 17:15 PM\nThe council met.", None),
    ("Jo Roe\n02.03.2026 • 7:15 p.m.\nThe council met.", None),
    ("Jo Roe\n02.03.2026\nThe council met at 07:15.", None),
    ("Jo Roe\n12.16.2025 07:15\nThe council met.", "MDY"),
    # pagesR3: a clock after "at", and an hour written with "h" (the French, Portuguese and Spanish-speaking way,
    # all day-first) at any hour; near misses: a morning hour after "at", a 12-hour time after "at", an "h"
    # clock inside a body sentence.
    ("Published on 04.05.2026 at 17:40\nThe council met.", "DMY"),
    ("Published on 04.05.2026 at 17h40\nThe council met.", "DMY"),
    ("Jo Roe\n04.05.2026 - 07h15\nThe council met.", "DMY"),
    ("Published on 04.05.2026 at 7:40\nThe council met.", None),
    ("Published on 04.05.2026 at 5:40 pm\nThe council met.", None),
    ("Jo Roe\n04.05.2026\nThe council, which met on 04.05.2026 at 17h40 in the old town hall, voted to close the bridge.",
     None),
    # pagesR4: a running time is no clock ("1h05", "1h 05m", "01h05m": a podcast's or a video's duration); near
    # misses: an "h" hour with its leading zero, and one after a clock word ("à 9h30") stay day-first.
    ("Episode 12: The ferry vote\nEpisode 12 · 04/05/2026 · 1h05\nThe council met.", None),
    ("Jo Roe\n04/05/2026 · 1h 05m\nThe council met.", None),
    ("Jo Roe\n04/05/2026 · 01h05m\nThe council met.", None),
    ("Jo Roe\n04/05/2026 · 09h05\nThe council met.", "DMY"),
    ("Publié le 04.05.2026 à 9h30\nLe conseil a voté.", "DMY"),
])
def test_a_24_hour_clock_beside_a_numeric_date_is_day_first(text, order):
    assert date_order_of_page(text) == order
