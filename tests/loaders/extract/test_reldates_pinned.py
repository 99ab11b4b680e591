"""An article without a publication date pins its own day when it writes a relative day with its date in
apposition ("tomorrow, Thursday 19 November"): the other relative dates then resolve from that day."""
from datetime import date

import pytest

from loaders.extract.reldates import find_dates

ESTIMATE = date(2026, 11, 1)  # a lower bound from the article's own dates, not its day


def values(text: str, anchor=ESTIMATE, exact=False) -> list[tuple[str, str | None]]:
    return [(d.phrase, d.value.start.isoformat() if d.value else None) for d in find_dates(text, anchor, exact)]


@pytest.mark.parametrize("text, phrase, expected", [
    # a relative day with its weekday and date pins the article's day: tomorrow is the 19th, today the 18th
    ("Schools will stay closed tomorrow, Thursday 19 November. The road was closed this morning.",
     "this morning", "2026-11-18"),
    ("The vote is today (Wednesday, November 18). The bridge was shut yesterday.", "yesterday", "2026-11-17"),
    ("Yesterday, Tuesday 17 November, the river rose. Crews worked on Monday.", "on Monday", "2026-11-16"),
])
def test_a_relative_day_with_its_date_pins_the_day(text, phrase, expected):
    assert dict(values(text))[phrase] == expected


@pytest.mark.parametrize("text, phrase", [
    # near misses: no date in apposition, or a weekday that does not fit the date: nothing pinned
    ("Schools will stay closed tomorrow. The road was closed this morning.", "this morning"),
    ("Schools will stay closed tomorrow, Monday 19 November. The road was closed this morning.", "this morning"),
])
def test_nothing_pinned_without_a_fitting_date(text, phrase):
    assert dict(values(text))[phrase] is None


def test_an_exact_publication_day_is_kept():
    text = "Schools will stay closed tomorrow, Thursday 19 November. The road was closed this morning."
    assert dict(values(text, date(2026, 11, 10), exact=True))["this morning"] == "2026-11-10"
