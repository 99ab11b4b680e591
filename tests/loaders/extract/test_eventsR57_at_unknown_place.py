"""Round eventsR57 (#15, places): "at" before a capitalised name the gazetteer does not know ("collapsed at
Dingboche", "fish kills at Tarnwell") is the event's place when the trigger's clause names no other place and the
name is a place's (one or two words, not a speaker or a firm, not a person, no date). Made-up rows written before
the rule."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _places(body, *names):
    return [e.location for e in events_of(body, *names, published=date(2010, 3, 10))]


@pytest.mark.parametrize("body, names, expected", [
    # hits: an unknown town after "at", the clause's only place
    ("A fishing boat sank at Tarnwick on Monday.", (), "Tarnwick"),
    ("On Tuesday, a landslide buried the road at Kelvara.", (), "Kelvara"),
    ("The bridge collapsed at Orvenby on Friday, the county said.", (), "Orvenby"),
    ("Ana Silva collapsed at Dunmoray on Tuesday.", ("Ana Silva",), "Dunmoray"),
])
def test_unknown_name_after_at_is_the_place(body, names, expected):
    assert expected in _places(body, *names)


@pytest.mark.parametrize("body, names, forbidden", [
    # near misses: a firm that speaks elsewhere in the article, a person, a date word, a known place that wins,
    # a name with a firm's suffix, an acronym, a lower-case venue word, an aim ("aimed at"), a possessive
    ("Workers went on strike at Brakton on Monday. Brakton said talks would resume.", (), "Brakton"),
    ("The strike at Velmora Motors began on Monday.", (), "Velmora Motors"),
    ("Ana Silva collapsed at Karl Brenner's house on Tuesday.", ("Ana Silva", "Karl Brenner"), "Karl Brenner"),
    ("The parade was cancelled at Easter.", (), "Easter"),
    ("A fishing boat sank at Tarnwick in Norway on Monday.", (), "Tarnwick"),
    ("The strike at Halvex Ltd began on Monday.", (), "Halvex"),
    ("The strike at KVR began on Monday.", (), "KVR"),
    ("Police fired tear gas at protesters on Monday.", (), "Monday"),
    ("The strike at Brenner's began on Monday.", ("Karl Brenner",), "Brenner"),
    ("Karl Brenner resigned on Monday, a source at Ostrava Partners said.", ("Karl Brenner",), "Ostrava Partners"),
])
def test_unknown_name_after_at_left_alone(body, names, forbidden):
    assert forbidden not in _places(body, *names)


@pytest.mark.parametrize("body, forbidden", [
    # near misses: a longer name the capitals do not end, the place of the thing a deal is for, a comma between
    ("A fishing boat sank at Khor al-Dabbar on Monday.", "Khor"),
    ("A fishing boat sank at Auberge de Vellet on Monday.", "Auberge"),
    ("Velmora Power signed a deal on Monday to build a large solar farm at Crabbet.", "Crabbet"),
    ("Winds were measured at Ostwick, the highest since the storm began on Monday.", "Ostwick"),
])
def test_unknown_name_after_at_narrowed(body, forbidden):
    assert forbidden not in _places(body)


def test_place_named_once():
    events = events_of("The road collapsed at Kelvara on Monday.", published=date(2010, 3, 10))
    assert events and all(e.name.count("Kelvara") <= 1 for e in events)


@pytest.mark.parametrize("body, forbidden", [
    ("A fishing boat sank at Velmora Partners on Monday.", "Velmora Partners"),
    ("A fire broke out at Orvik Traders on Monday.", "Orvik Traders"),
])
def test_plural_second_word_is_a_firm(body, forbidden):
    assert forbidden not in _places(body)
