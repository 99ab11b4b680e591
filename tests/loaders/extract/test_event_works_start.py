"""Made-up cases (events round R22, issue 15 item 5: dated planned events): a sentence whose subject is the works on
a thing and whose verb their start ("Construction of the first berth is expected to begin in April 2032", "Work on
the bridge will start in May") is one dated happening, whoever does the works (`opendates._WORKS_START`), planned
when its day is to come, occurred when gone by.

Near misses: a statistic of construction ("Construction of homes fell in April"), no start verb, works counted, a
start verb whose subject is no works."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 11, 25)

ROWS = {
    "construction expected to begin, a written year": (
        "Construction of the first berth is expected to begin in April 2032.", "begin", ("planned", date(2032, 4, 1))),
    "work to start, a month to come": (
        "Work on the Varna bridge will start in May.", "start", ("planned", date(2032, 5, 1))),
    "construction began, a year gone by": (
        "Construction of the ferry terminal began in April 2029.", "began", ("occurred", date(2029, 4, 1))),
    # near misses
    "near miss: a statistic of construction": (
        "Construction of homes fell in April, the survey found.", "fell", None),
    "near miss: no start verb": (
        "Work on the bridge will be hard in April.", "hard", None),
    "near miss: a start verb whose subject is no works": (
        "The rainy season is expected to begin in April 2032.", "begin", None),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_works_start(key):
    body, word, expected = ROWS[key]
    at = body.index(word)
    over = [e for e in events_of(body, published=PUBLISHED) if e.start <= at < e.end and e.start_date is not None]
    if expected is None:
        assert not over, over
    else:
        assert [(e.status, e.start_date) for e in over] == [expected], over
