"""Round eventsR60: mend of the eventsR59 review (#15). A light verb's gathering ("hold a meeting") takes its body
subject only when told plainly: no negation or modality between (`eventwords.UNTOLD_GATHERING_WORDS`: "will not hold
a meeting", "did not hold"); "City of X" is no party as an attack's object ("Rebels shelled the City of Kharkiv";
a lawsuit's object still is); a thrown thing's reduced passive keeps its "at" place only after a launching verb ("Shots
fired at X"), not after "aimed" ("A missile aimed at X missed": the target). Made-up rows written before the fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _events(body):
    return events_of(body, published=date(2010, 3, 10))


@pytest.mark.parametrize("body", [
    # hits: a negated light verb's gathering is no meeting of the body
    "The Kelvoe council will not hold a meeting on 14 April.",
    "The Kelvoe council did not hold a meeting on Monday.",
    "The Ashwick water board will never hold a meeting on 3 May.",
])
def test_negated_light_verb_no_meeting(body):
    assert [e for e in _events(body) if e.event_type == "meeting"] == []


@pytest.mark.parametrize("body, actor", [
    # near misses: the plain light verb keeps its body subject
    ("The Kelvoe council will hold a meeting on 14 April.", "Kelvoe council"),
    ("The Kelvoe council held an emergency meeting on Monday.", "Kelvoe council"),
    ("The Ashwick water board will convene a special session on 3 May.", "Ashwick water board"),
    ("The Ashwick water board has already held a meeting on Monday.", "Ashwick water board"),
])
def test_plain_light_verb_kept(body, actor):
    assert any(actor in e.actors for e in _events(body))


@pytest.mark.parametrize("body, forbidden", [
    # hits: the object of an active verb is no acting town body
    ("Rebels shelled the City of Drennick on Monday, officials said.", "City of Drennick"),
    ("Gunmen attacked the Town of Vellbrook on Friday.", "Town of Vellbrook"),
    ("Militants have bombed the City of Ashwick on Tuesday.", "City of Ashwick"),
])
def test_town_body_object_no_actor(body, forbidden):
    events = _events(body)
    assert events
    for event in events:
        assert forbidden not in event.actors


@pytest.mark.parametrize("body, actor", [
    # near misses: the town body as the clause's subject still acts
    ("The City of Drennick sued the rebels on Monday.", "City of Drennick"),
    ("The Town of Vellbrook closed the beach on Friday.", "Town of Vellbrook"),
    ("On Monday the City of Ashwick approved the budget.", "City of Ashwick"),
    ("The City of Kelvoe has approved the budget on Tuesday.", "City of Kelvoe"),
    # ... and a lawsuit's or a deal's object is a party, not a target
    ("Halvex Energy sued the City of Drennick on Monday.", "City of Drennick"),
])
def test_town_body_subject_kept(body, actor):
    assert any(actor in e.actors for e in _events(body))


@pytest.mark.parametrize("body, forbidden", [
    # hits: "aimed at" names the target, after a thrown thing too
    ("A missile aimed at Drennick missed on Monday, the army said.", "Drennick"),
    ("A rocket aimed at Vellbrook fell short on Friday, killing two farmers.", "Vellbrook"),
    ("Rockets pointed at Ashwick exploded on Monday, the army said.", "Ashwick"),
])
def test_aimed_at_no_place(body, forbidden):
    assert forbidden not in [e.location for e in _events(body)]


@pytest.mark.parametrize("body, place", [
    # near misses: fired, hurled or thrown things landed at the place
    ("A rocket fired at Drennick on Monday killed two.", "Drennick"),
    ("Stones hurled at Vellbrook on Sunday injured two officers.", "Vellbrook"),
    ("Shots fired at Ashwick on Friday wounded a guard.", "Ashwick"),
])
def test_fired_at_place_kept(body, place):
    assert place in [e.location for e in _events(body)]


@pytest.mark.parametrize("body, forbidden", [
    # hits: a capital inside the town's body as object or patient is no state acting either
    ("Rebels shelled the City of Kyiv on Monday, officials said.", "Ukraine"),
    ("Halvex Energy sued the City of Oslo on Monday.", "Norway"),
    ("The City of Kyiv was shelled on Monday, officials said.", "Ukraine"),
])
def test_town_body_object_no_state(body, forbidden):
    for event in _events(body):
        assert forbidden not in event.actors
