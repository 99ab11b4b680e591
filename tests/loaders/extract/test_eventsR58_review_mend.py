"""Round eventsR58: mend of the eventsR57 review (#15, places). The unknown name after a bare "at" is no place when
it is a time of day ("at Noon"), a service ("at Mass"), a feast of two words ("at Christmas Eve") or the target of
an aiming verb ("shot at Kowal", "aimed at Brexit"). Made-up rows written before the fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _places(body, *names):
    return [e.location for e in events_of(body, *names, published=date(2010, 3, 10))]


@pytest.mark.parametrize("body, forbidden", [
    # review cases 1-5 (made up): a time of day, a service, a two-word feast, an aiming verb's target
    ("The ferry sank at Noon on Tuesday, officials said.", "Noon"),
    ("A barge capsized at Midnight on Friday.", "Midnight"),
    ("A gunman opened fire at Mass on Sunday in the village church.", "Mass"),
    ("The roof collapsed at Vespers on Sunday.", "Vespers"),
    ("The fire at Christmas Eve killed four on Thursday.", "Christmas Eve"),
    ("The bridge collapsed at Easter Sunday, the council said.", "Easter Sunday"),
    ("A gunman shot at Kowal on Monday. Police arrested the gunman on Tuesday.", "Kowal"),
    ("Protests aimed at Brexit erupted on Monday in the capital.", "Brexit"),
])
def test_no_place_after_at(body, forbidden):
    assert forbidden not in _places(body)


@pytest.mark.parametrize("body, expected", [
    # near misses: the rule still places what it placed (an unknown town after "at", the trigger's own)
    ("A ferry capsized at Vorstadt on Monday, killing nine.", "Vorstadt"),
    ("A tunnel collapsed at Kelbry Ridge on Wednesday.", "Kelbry Ridge"),
    ("A fishing boat sank at Tarnwick on Monday.", "Tarnwick"),
    ("The bridge collapsed at Orvenby on Friday, the county said.", "Orvenby"),
    ("On Tuesday, a landslide buried the road at Kelvara.", "Kelvara"),
    ("A barge sank at Massby on Friday.", "Massby"),
    ("A barge sank at Noonan Point on Friday.", "Noonan Point"),
    ("The storm struck at Tarnwick on Monday, flattening homes.", "Tarnwick"),
    ("The roof collapsed at Christchurch Bay on Sunday.", "Christchurch Bay"),
    ("Police fired tear gas at Varnek on Monday.", "Varnek"),  # (past an object: where it landed)
    ("Police denied that tear gas was fired at Varnek on Monday.", "Varnek"),  # (a passive: where it was sent)
])
def test_unknown_places_after_at_kept(body, expected):
    assert expected in _places(body)
