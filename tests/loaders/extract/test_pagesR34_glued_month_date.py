"""pagesR34: a month's abbreviation glued to the day by its full stop ("Posted on : Dec.4,2026 16:52 KST") is a
date; a word that is no month, or a month without its stop, glued to digits is not. Made-up lines."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.pubdates import date_line, find_dates


@pytest.mark.parametrize(("line", "expected"), [
    # hits
    ("Posted on : Dec.4,2026 16:52 KST", date(2026, 12, 4)),
    ("Nov.2,2026", date(2026, 11, 2)),
    ("Sept.30, 2025", date(2025, 9, 30)),
])
def test_glued_abbreviation_reads_as_a_date(line, expected):
    found = date_line(line)
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text", [
    # near misses: no month word before the stop, a month glued without a stop, a volume or an item number
    "See Vol.4, 2026 of the council's yearbook for the figures.",
    "The agenda listed item No.4, 2026 budget amendments.",
    "The code Dec4,2026 was printed on the carton.",
    "Refer to sec.4, 2026 rules in the handbook.",
])
def test_glued_non_months_are_no_dates(text):
    assert [found for found in find_dates(text) if found.value.day == 4] == []
