"""Round eventsR59: mend of the eventsR58 review (#15, places and actors). "City of X" is a town's body only as an
acting name (not an epithet like "the City of Light", not the patient of a passive, never swallowing "'s"); an aiming
verb keeps its target off the place only as an active verb (not a noun, "A shooting at X", nor a reduced or "got"
passive, "Shots fired at X", "got shot at X"); a time word or a feast opens no place of two words ("Sunset Beach",
"Christmas Creek"). Made-up rows written before the fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _events(body, *names):
    return events_of(body, *names, published=date(2010, 3, 10))


@pytest.mark.parametrize("body, place", [
    # hits: a noun or a passive before "at" leaves the unknown name its place
    ("A shooting at Dornmere on Monday killed two people.", "Dornmere"),
    ("The firing at Kelsworth on Friday wounded three soldiers.", "Kelsworth"),
    ("Shots fired at Vellbrook on Friday wounded a guard.", "Vellbrook"),
    ("Stones thrown at Ashwick on Sunday injured two officers.", "Ashwick"),
    ("A soldier got shot at Dornmere on Monday, the army said.", "Dornmere"),
    ("A bus crashed at Sunrise Point on Monday, killing three.", "Sunrise Point"),
    ("A trawler sank at Easter Cove on Monday.", "Easter Cove"),
])
def test_place_kept(body, place):
    assert place in [e.location for e in _events(body)]


@pytest.mark.parametrize("body, forbidden", [
    # near misses: an active aiming verb's target, a lone time word, a feast's day stay no place
    ("A gunman shot at Kowalsby on Monday. Police arrested the gunman on Tuesday.", "Kowalsby"),
    ("A gunman fired at Drennick on Monday. Police arrested the gunman on Tuesday.", "Drennick"),
    ("The ferry sank at Dawn on Tuesday, officials said.", "Dawn"),
    ("The roof collapsed at Christmas Eve, the council said on Friday.", "Christmas Eve"),
    ("The bridge collapsed at Easter Sunday, the council said.", "Easter Sunday"),
    ("The fire broke out at Sunset on Thursday, killing two.", "Sunset"),
    ("A gunman opened fire at Easter Mass on Sunday in the village church.", "Easter Mass"),
    ("The roof caved in at Midnight Mass on Sunday, injuring twelve.", "Midnight Mass"),
])
def test_still_no_place(body, forbidden):
    assert forbidden not in [e.location for e in _events(body)]


@pytest.mark.parametrize("body, forbidden", [
    # hits: an epithet, a passive's patient, a possessive
    ("Thousands of protesters marched through the City of Light on Monday.", "City of Light"),
    ("The City of Kharkiv was shelled on Monday, officials said.", "City of Kharkiv"),
    ("The City of Varnby was flooded on Tuesday.", "City of Varnby"),
    ("The City of Helsinki's mayor opened the new bridge on Monday.", "City of Helsinki's"),
])
def test_no_town_body(body, forbidden):
    for event in _events(body):
        assert forbidden not in event.actors
        assert "'s " not in event.name


@pytest.mark.parametrize("body, actor", [
    # near misses: the acting town body stays an actor
    ("The City of Helsinki launched the scheme on Monday.", "City of Helsinki"),
    ("Halvex Energy sued the City of Oslo on Monday.", "City of Oslo"),
    ("The Town of Varnby closed the beach on Monday.", "Town of Varnby"),
    ("The City of Varnby has approved the budget on Tuesday.", "City of Varnby"),
])
def test_town_body_kept(body, actor):
    assert any(actor in e.actors for e in _events(body))
