"""A part of a month named before it ("in the first week of September", "in the last days of March", "at the
start of May", "in the second half of June") dates what happened in that month, with the month's precision, as
"at the end of March" and "in mid-March" already did (issue 15, dated recall: a month with or without its year).
Near misses of ordinary prose: a part of something else ("the first week of the trial", "the first half of the
match"), a count of weeks ("two weeks of September rain" names no month by a part). Written before the fix.
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.reldates import find_dates

PUBLISHED = date(2026, 10, 10)


def dated(text):
    return [(m.phrase, m.value.start.isoformat(), m.value.precision)
            for m in find_dates(text, PUBLISHED) if m.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Her team recorded a sharp rise in salinity in the first week of September.",
     [("in the first week of September", "2026-09-01", "month")]),
    ("The barges stopped in the last days of March.", [("in the last days of March", "2026-03-01", "month")]),
    ("The works began at the start of May.", [("at the start of May", "2026-05-01", "month")]),
    ("The fair was held in the second half of June.", [("in the second half of June", "2026-06-01", "month")]),
    ("The dam was inspected in the final week of August 2025.",
     [("in the final week of August 2025", "2025-08-01", "month")]),
    # near misses
    ("The first week of the trial was slow.", []),
    ("In the first half of the match, Varn scored twice.", []),
])
def test_month_part(text, expected):
    assert dated(text) == expected
