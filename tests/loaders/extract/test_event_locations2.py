"""Where an event took place (`events._location`): a place named at the end of a long window is read whole, not
cut at the window's edge; "the <place> port of X" places it in X; a publication is no place ("a report in the
Lisbon press", "a report in Diario Insular"), but "post" and "story" are no publication words ("Her post in Kyiv").
Made-up sentences; expected outputs written before the run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, event_type, expected", [
    # (the place starts inside the window and ends beyond it)
    ("Karl Brenner met Ana Silva on Monday evening after a long day at the old transport ministry in Valletta, with "
     "aides present.", "meeting", "Valletta"),
    ("Karl Brenner's planned visit to the Baltic port of Klaipeda on Friday was cancelled because of a storm.",
     "visit", "Klaipeda"),
    ("Ana Silva denied a report in the Lisbon press that Karl Brenner had met union leaders in March.", "meeting",
     None),
    ("Ana Silva denied a report in Diario Insular that Karl Brenner had met union leaders in March.", "meeting",
     None),
    # (a reviewer's probes: nouns that are no publication alone keep their place)
    ("Her post in Kyiv was closed in 2024.", "other", "Kyiv"),
    ("Her story in Paris began in 1990.", "other", "Paris"),
])
def test_event_location(body, event_type, expected):
    events = [e for e in events_of(body, "Karl Brenner", "Ana Silva") if e.event_type == event_type]
    assert events, [(e.event_type, e.location) for e in events_of(body, "Karl Brenner", "Ana Silva")]
    assert events[0].location == expected


# A place word after an unknown name makes it a place, whatever the preposition ("on the Holtavik peninsula": the
# name with its word); a place further along the trigger's own clause, past the window but with no clause break
# between, locates it ("told reporters at a briefing ... in Tarnby"). Expected outputs written before the run.
@pytest.mark.parametrize("body, event_type, expected", [
    ("An eruption began on Saturday on the Holtavik peninsula in the far north.", "other", "Holtavik peninsula"),
    ("Karl Brenner told reporters at a briefing on Saturday afternoon at the regional emergency operations centre in "
     "Tarnby.", "statement", "Tarnby"),
    # ... but not past a clause break: the place of another clause
    ("Karl Brenner told reporters on Saturday afternoon that the regional emergency operations centre had moved, "
     "and that crews were working in Tarnby.", "statement", None),
])
def test_place_words_and_the_clause(body, event_type, expected):
    events = [e for e in events_of(body, "Karl Brenner", "Ana Silva") if e.event_type == event_type]
    assert events, [(e.event_type, e.location) for e in events_of(body, "Karl Brenner", "Ana Silva")]
    assert events[0].location == expected


# What a gathering "covered" or "focused on" is its topic: no place, no party of it ("the talks had also covered the
# fighting in Tripoli"). Expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("Karl Brenner met Ana Silva in Valletta on Monday. Silva said the talks had also covered the fighting in Tripoli.",
     [("Valletta", [])]),
    ("Talks between Karl Brenner and Ana Silva in Valletta on Monday focused on the war in Sudan.",
     [("Valletta", [])]),
])
def test_topic_of_a_gathering(body, expected):
    events = [e for e in events_of(body, "Karl Brenner", "Ana Silva") if e.event_type == "meeting"]
    assert [(e.location, e.actors) for e in events] == expected


# A local body's act with no place of its own took place in the body's locality ("Tarnby municipality approved ...":
# Tarnby; "the Varn County Government cancelled ...": Varn County). A national body gives none. Expected outputs
# written before the run.
@pytest.mark.parametrize("body, expected", [
    ("The plant received zoning approval from Tarnby municipality in November 2025.", "Tarnby"),
    ("The Varn County Government said it had cancelled a diving festival scheduled for Oct. 17.", "Varn County"),
    ("The Varnish Government approved the budget in November 2025.", None),
])
def test_local_body_place(body, expected):
    events = events_of(body)
    assert events, body
    assert events[0].location == expected


def test_a_place_a_party_names_is_not_repeated_in_the_name():
    body = "The Varn County Government said it had cancelled a diving festival scheduled for Oct. 17."
    assert "in Varn County" not in events_of(body)[0].name


# The topic's place is no place of the gathering, but the gathering stays: a dated meeting of office holders the
# clause names by their title ("The ministers") is someone's meeting. Made-up sentence (a reviewer's probe);
# expected output written before the fix.
def test_a_topics_place_leaves_the_titled_meeting():
    meetings = [(e.status, str(e.start_date), e.location) for e in events_of(
        "The ministers will meet on Friday to discuss the refugees in Ostrum.") if e.event_type == "meeting"]
    assert meetings == [("planned", "2010-03-12", None)]
