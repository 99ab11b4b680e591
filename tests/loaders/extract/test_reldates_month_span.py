"""A span of months ("between January and June", "from March to May 2025") dates what ran over it from its first
month; a month before an event noun ("the August primary") dates that event."""
from datetime import date

import pytest

from loaders.extract.reldates import find_dates

PUBLISHED = date(2026, 11, 18)


def values(text: str) -> list[tuple[str, str, str, str]]:
    return [(d.phrase, d.value.start.isoformat(), d.value.end.isoformat(), d.value.precision)
            for d in find_dates(text, PUBLISHED) if d.value]


@pytest.mark.parametrize("text, expected", [
    ("Volunteers surveyed the Varn ponds between January and June.",
     [("between January and June", "2026-01-01", "2026-06-30", "month")]),
    ("Trials ran in Brenn from March to May 2025.", [("from March to May 2025", "2025-03-01", "2025-05-31", "month")]),
    ("Trials ran in Brenn between March and May 2025.",
     [("between March and May 2025", "2025-03-01", "2025-05-31", "month")]),
    # a month before an event noun
    ("Ana Silva finished second in the August election.", [("the August", "2026-08-01", "2026-08-31", "month")]),
    # near misses: a month's name that is a person's, a month before a plain noun, a single month unchanged
    ("Ana Silva met April Jones in Brenn.", []),
    ("The August heat kept the Varn crowds away.", []),
    ("It rained in August.", [("in August", "2026-08-01", "2026-08-31", "month")]),
])
def test_month_spans_and_month_modifiers(text, expected):
    assert values(text) == expected
