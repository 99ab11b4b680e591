"""A clause opened by 'in <year>' and told of a definite subject acting on a whole object ("and in 2029 the
growers lost half their harvest") is an event dated by the year, though the sentence names no one
(`opendates._DEFINITE_SUBJECT_AFTER_DATE`, `_WHOLE_OBJECT_AFTER`; made-up texts, published 10 March 2031)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _dated(body):
    return [(body[e.start:e.end], e.start_date.isoformat() if e.start_date else None, e.date_precision)
            for e in events_of(body, "Karl Brenner", "Ana Silva", published=date(2031, 3, 10))]


@pytest.mark.parametrize("body, expected", [
    ("In 2029 the growers lost half their harvest to a late frost.", [("lost", "2029-01-01", "year")]),
    ("Rain was scarce, and in 2028 the growers sold the upper terraces.", [("sold", "2028-01-01", "year")]),
])
def test_a_definite_subject_after_an_opening_year_acts(body, expected):
    assert _dated(body) == expected


@pytest.mark.parametrize("body", [
    "In 2029 the trees produced almost nothing.",  # no whole object
    "In 2029 the children played in the park.",  # no object
    "Prices were low, and in 2029 the weather improved.",
    "Since 2029 the growers have lost half their harvest.",  # a span, not one year's act
    "In 2029 the growers were 30 years old.",
])
def test_near_misses_stay_without_event(body):
    assert _dated(body) == []
