"""'since <day or month>' with a perfect of an act that starts a lasting state (a closure, blockade, ban,
suspension, occupation, a thing's appearing) is that act, begun on the date (`opendates._state_onset`,
`eventwords.STATE_ONSET_PARTICIPLES`; made-up texts, published Monday 10 March 2031)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _dated(body):
    return [(body[e.start:e.end], e.status, e.start_date.isoformat() if e.start_date else None, e.date_precision)
            for e in events_of(body, "Karl Brenner", "Ana Silva", published=date(2031, 3, 10))]


@pytest.mark.parametrize("body, expected", [
    ("Farmers organised by the Varrow Growers' Union have blocked access roads to the depot since February 27, "
     "demanding higher prices.", [("blocked", "occurred", "2031-02-27", "day")]),
    ("The Kestle-Brenn road has been closed to all traffic since February 20.",
     [("closed", "occurred", "2031-02-20", "day")]),
    ("Since January, steel barriers have appeared around the Kestle harbour.",
     [("appeared", "occurred", "2031-01-01", "month")]),
    ("The Varrow council has suspended all building permits since February.",
     [("suspended", "occurred", "2031-02-01", "month")]),
])
def test_a_perfect_act_since_a_date_is_the_act_begun_then(body, expected):
    assert _dated(body) == expected


@pytest.mark.parametrize("body", [
    "Karl Brenner has lived in Kestle since February.",  # a state's own verb
    "Grain prices at the Kestle market are the highest since 2019.",  # a record, no act
    "The Kestle-Brenn road has been closed since 2019.",  # a year only
    "The Kestle-Brenn road has been closed ever since.",  # no date
    "The Kestle-Brenn road has been closed since then.",
    "The Kestle-Brenn road has been closed since the storm hit Varrow.",  # dated by an event, not a date
    "Karl Brenner has worked at the Kestle depot since February 27.",
])
def test_near_misses_stay_states(body):
    assert _dated(body) == []
