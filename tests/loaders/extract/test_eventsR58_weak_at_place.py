"""Round eventsR58 (#15, duplicates): a place found only by the unknown-"at" fallback (`eventplaces.located`'s weak
place) never keeps an undated mention apart from a dated mention of the same event that names no place; a known
place, another date or another place named with the dated mention still do. Made-up rows written before the rule."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _rows(body):
    return [(e.event_type, e.start_date, e.location) for e in events_of(body, published=date(2010, 3, 10))]


@pytest.mark.parametrize("body, expected", [
    # hits: a dated happening with no place, then an undated mention placed only by "at <unknown name>": one row,
    # with the place
    ("A bomb attack killed three people on Monday. The bombing at Tarnwick was claimed by the Varn Front.",
     [("attack", date(2010, 3, 8), "Tarnwick")]),
    ("Gunmen attacked a police post on Tuesday. The raid at Kelvara was claimed by the Varn Front.",
     [("attack", date(2010, 3, 9), "Kelvara")]),
    ("A suicide bombing killed nine people on Friday. Police said the blast at Orvenby was carried out by the "
     "Dalm Brigade.", [("attack", date(2010, 3, 5), "Orvenby")]),
])
def test_weak_place_joins_the_dated_mention(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize("body, expected", [
    # near misses: a known place keeps the undated mention apart ("the Russian wars in Chechnya" guard), as does
    # another date, or another place told with the dated one; a lone mention keeps its weak place
    ("A bomb attack killed three people on Monday. The bombing in Herat was claimed by the Varn Front.",
     [("attack", date(2010, 3, 8), None), ("attack", None, "Herat")]),
    ("Gunmen attacked a police post on Tuesday. The raid in Kabul was claimed by the Varn Front.",
     [("attack", date(2010, 3, 9), None), ("attack", None, "Kabul")]),
    ("A bomb attack killed three people on Monday. The bombing at Tarnwick in 2008 was claimed by the Varn Front.",
     [("attack", date(2010, 3, 8), None), ("attack", date(2008, 1, 1), "Tarnwick")]),
    ("A bomb attack killed three people on Monday in Lisbon. The bombing at Tarnwick was claimed by the Varn Front.",
     [("attack", date(2010, 3, 8), "Lisbon"), ("attack", None, "Tarnwick")]),
    ("The bombing at Tarnwick was claimed by the Varn Front.", [("attack", None, "Tarnwick")]),
])
def test_strong_places_and_other_dates_still_keep_apart(body, expected):
    assert _rows(body) == expected
