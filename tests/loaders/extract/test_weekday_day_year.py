"""A weekday written before a yearless day ("Thursday 19 November", "Friday, May 30") picks the year in which that
day falls on that weekday, when it is near the publication date; otherwise the day is read as without it
(made-up sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.reldates import find_dates


@pytest.mark.parametrize("text, anchor, phrase, day", [
    # the weekday names the coming day, where the tense alone would read last year's
    ("Schools stay closed tomorrow, Thursday 19 November, the ministry said.", date(2026, 11, 18),
     "Thursday 19 November", date(2026, 11, 19)),
    ("The game on Friday, May 29 was moved to Kumasi.", date(2026, 3, 10), "on Friday, May 29", date(2026, 5, 29)),
    ("The ferry sailed on Sunday 4 January.", date(2026, 3, 10), "on Sunday 4 January", date(2026, 1, 4)),
    ("The ferry sailed on Sunday 28 December.", date(2026, 1, 10), "on Sunday 28 December", date(2025, 12, 28)),
    # near misses: no weekday, and a weekday that fits no near year (read as without it)
    ("The ferry sailed on 4 January.", date(2026, 3, 10), "on 4 January", date(2026, 1, 4)),
    ("She met him on Friday 19 November.", date(2026, 11, 18), "on Friday 19 November", date(2025, 11, 19)),
])
def test_weekday_picks_the_year(text, anchor, phrase, day):
    found = [(d.phrase, d.value.start if d.value else None) for d in find_dates(text, anchor)]
    assert (phrase, day) in found
    assert not any(other != phrase and other in phrase for other, _ in found)  # one date, not a weekday beside it
