"""Where: a place named after "city of" whatever the word before it ("the northern Brennish city of Valdmark": the
demonym need not be one the gazetteer knows). Expected outputs written before the run."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, expected", [
    ("The accord was signed on Monday in the northern Brennish city of Valdmark by Ana Silva.", "Valdmark"),
    ("Ana Silva met Karl Brenner in the Brennish town of Oster Vik on Monday.", "Oster Vik"),
    # a capitalised word with no "city of" after it stays out when the gazetteer does not know it
    ("Ana Silva met Karl Brenner in Brennish waters on Monday.", None),
])
def test_place_after_city_of(body, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type != "statement"]
    assert events and events[0].location == expected


# The dateline's town locates the day's gathering, vote or signing told with no place of its own
# (`events._at_dateline`); not a statement, not an event told weeks before, not a dateline of two towns.
@pytest.mark.parametrize("body, event_type, expected", [
    ("LISBON — Ana Silva met Karl Brenner on Monday to discuss fishing quotas.", "meeting", "Lisbon"),
    ("LISBON (Wire) — Ana Silva met Karl Brenner in Porto on Monday.", "meeting", "Porto"),
    ("LISBON — Ana Silva issued a statement on Monday.", "statement", None),
    ("LISBON — Ana Silva met Karl Brenner on January 4.", "meeting", None),
    ("LISBON/MADRID — Ana Silva met Karl Brenner on Monday.", "meeting", None),
    # a bureau's dateline: the lead's subject names parties of elsewhere, known or not, and none of its country
    ("LONDON — The leaders of Varnland and Tarnia signed a border agreement in a ceremony on Monday, officials in "
     "both capitals said.", "agreement_signing", None),
    ("LONDON — The leaders of Varnland and Tarnia signed a border agreement on Monday. Ana Silva met Karl Brenner "
     "on Tuesday to settle the final text.", "meeting", None),
    # ... an event whose sentence names a place that was not resolved, or whose acting countries are all others
    ("WASHINGTON — Ana Silva and Karl Brenner signed a border accord in the Tarnian capital on Monday.",
     "agreement_signing", None),
    ("LISBON — France and Peru signed a fisheries accord on Monday.", "agreement_signing", None),
    # ... but the dateline's own country acting leaves it
    ("LISBON — Portugal and Peru signed a fisheries accord on Monday.", "agreement_signing", "Lisbon"),
])
def test_dateline_locates_the_days_gathering(body, event_type, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == event_type]
    assert events and events[0].location == expected


# A body's name is no place ("in the Lisbon High Court"): the town its name opens with, when known, is the place;
# when the towns table does not know that town the body's whole name stands as the venue, and an event with nobody
# named is kept; a venue's name is read as before (its known town). Expected outputs written before the run (the
# venue row's expectation, "Lisbon Conference Centre", was corrected to what the existing venue rule gives).
@pytest.mark.parametrize("body, event_type, expected", [
    ("Karl Brenner was convicted of fraud in the Lisbon High Court on Wednesday.", "other", "Lisbon"),
    ("Karl Brenner was convicted of fraud in the Brennvik District Court on Wednesday.", "other",
     "Brennvik District Court"),
    ("Judges and lawyers met on Friday in the Kessel District Court to discuss the backlog.", "meeting",
     "Kessel District Court"),
    ("A meeting was held on Friday in the Tarvik District Court, where judges discussed the backlog.", "meeting",
     "Tarvik District Court"),
    ("Ana Silva met Karl Brenner at the Lisbon Conference Centre on Monday.", "meeting", "Lisbon"),
])
def test_body_is_no_place(body, event_type, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == event_type]
    assert events and events[0].location == expected


# An attack by one country on a place of another makes the other its counterpart (`events._attacked_country`): the
# place's country through the gazetteer, the towns table or a region's name without its administrative word
# ("Rivne Oblast" -> Rivne). Expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("Russian forces attacked an energy facility in Rivne Oblast on Monday.", ["Russia", "Ukraine"]),
    ("Russian forces attacked a depot in Poltava on Monday.", ["Russia", "Ukraine"]),
    # a place of the attacker's own country adds no one; nor does an attack with no country as its agent
    ("Russian forces attacked a depot in Moscow on Monday.", ["Russia"]),
    ("Gunmen attacked a depot in Poltava on Monday.", []),
])
def test_attacked_country_is_a_counterpart(body, expected):
    events = [e for e in events_of(body) if e.event_type == "attack"]
    assert events and sorted(events[0].actors) == sorted(expected)


# "at" takes a town the towns table knows as the place ("landed at Tampere", "at the Braga riverside": the town
# before a lower-case noun), and any name after "nearby" ("a landslide at nearby Tarnvik"); an unknown name after
# "at" stays no place ("at Holmsen" may be a firm). Expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("Two cargo planes landed at Tampere on Monday.", "Tampere"),
    ("The open-air festival at the Braga riverside on Saturday was cancelled.", "Braga"),
    ("In May 2024 a landslide at nearby Tarnvik buried much of the village.", "Tarnvik"),
    ("Karl Brenner met Ana Silva at Holmsen on Monday.", None),
    # ... a place after ", and" and a clause of its own is that clause's
    ("The road was blocked for nine days in March, and in May 2024 a landslide at nearby Tarnvik buried the village.",
     None),
])
def test_at_a_known_town_or_a_nearby_place(body, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type != "statement"]
    assert [e.location for e in events][:1] == [expected]


# A work the event is done to locates it when the text gives no place: the name before its head word
# (`eventplaces.facility_place`), as the trigger's complement, object or subject, when that name is a place: one
# the towns table or the gazetteer knows, or one the article writes as a place elsewhere.
@pytest.mark.parametrize("body, event_type, expected", [
    ("Construction of the Varnvik wharf will begin in 2027, the ministry said. Fishing boats in Varnvik waited for it.",
     "other", "Varnvik"),
    ("The Varnvik wharf was destroyed by a storm in January 2022. The town of Varnvik has 900 people.", "other",
     "Varnvik"),
    ("Work on the Oster Dalvik drainage canal will begin in January. Farmers near Oster Dalvik, who lost crops, "
     "welcomed it.", "other", "Oster Dalvik"),
    ("The LNG terminal stands on the island of Krevo. The Krevo terminal was closed on Monday.", "other", "Krevo"),
    ("The Varnvik wharf was destroyed by a storm in January 2022, the Varnvik municipality said.", "other",
     "Varnvik"),
    ("The Tampere bridge was closed on Monday.", "other", "Tampere"),  # a town the towns table knows
    # near misses: a capitalised word the article never writes as a place ("Olympic", "National", "Central"), or
    # writes only as part of a longer name or before a noun it qualifies
    ("Construction of the Olympic stadium began in May 2024.", "other", None),
    ("Construction of the National stadium began in May 2024.", "other", None),
    ("Work on the Central station began in May 2024.", "other", None),
    ("Construction of the Noro wharf began in May 2024.", "other", None),
    ("Work on the Central station began in May 2024. Trains in Central Europe run late.", "other", None),
    ("Construction of the Olympic stadium began in May 2024. It was a first in Olympic history.", "other", None),
    ("Construction of the Noro wharf began in May 2024. Noro fishermen are glad.", "other", None),
    ("The Varn wharf was closed on Monday. The Varn canal is older.", "other", None),
    # near misses: a person's name, a given name, a demonym before the head word, a gathering's topic
    ("The Brenner bridge was closed on Monday.", "other", None),
    ("The Kennedy airport was closed on Monday.", "other", None),
    ("The Danish terminal was closed on Monday.", "other", None),
    ("Ana Silva held talks on the Varnvik terminal on Monday.", "meeting", None),
])
def test_a_works_name_places_what_is_done_to_it(body, event_type, expected):
    events = [e for e in events_of(body, "Karl Brenner", "Ana Silva", published=date(2026, 3, 11))
              if e.event_type == event_type]
    assert events and events[0].location == expected


# A known place whose name opens with "The" ("in The Hague", "in The Gambia") is the place, though "The" opens no
# place otherwise ("in The Standard", "in The Brennvik Arms"). Expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("Ana Silva met Karl Brenner in The Hague on Monday.", "The Hague"),
    ("Ana Silva met Karl Brenner on Monday in The Gambia.", "The Gambia"),
    ("Ana Silva met Karl Brenner on Monday in The Brennvik Arms.", None),
    ("Ana Silva met Karl Brenner on Monday in The Oster Room.", None),
])
def test_known_place_opening_with_the(body, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type != "statement"]
    assert [e.location for e in events][:1] == [expected]


# A news agency's dateline the shared `DATELINE` does not read ("LISBON, March 9. /Wire/.", "LISBON, MARCH 9,
# WIREPRESS.", "Lisbon, March 9 (WIRE).", "Lisbon, 9 March /WIRE/ -") locates the day's gathering like any dateline;
# a lead opening with a town, a comma and a day but no agency is a sentence, no dateline. Expected outputs written
# before the run.
@pytest.mark.parametrize("body, expected", [
    ("LISBON, March 9. /Wire/. Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    ("LISBON, MARCH 9, WIREPRESS. Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    ("Lisbon, March 9 (WIRE). Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    ("Lisbon, 9 March /WIRE/ - Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    # near misses: no agency after the day, or words that are no agency's
    ("Lisbon, March 9 was the day Ana Silva met Karl Brenner to discuss fishing quotas.", None),
    ("Lisbon, March 9, and Porto hosted talks; Ana Silva met Karl Brenner on Tuesday.", None),
    ("Lisbon, 9 March (the day after the vote) saw Ana Silva meet Karl Brenner on Tuesday.", None),
    ("Lisbon, Porto and Braga: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
])
def test_agency_dateline_locates_the_days_gathering(body, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == "meeting"]
    assert events and events[0].location == expected


# A dateline closed by a colon ("LISBON: ...", "Lisbon, Portugal: ...") locates the day's gathering like any dateline;
# a speaker's or a headline's colon ("WATCH:", "Ana Silva, Minister:", an unknown "TARNBY:") is none. Expected
# outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("LISBON: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    ("Lisbon, Portugal: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    # near misses
    ("WATCH: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("UPDATE: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("Lisbon, Minister: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("Lisbon: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
])
def test_colon_dateline_locates_the_days_gathering(body, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == "meeting"]
    assert events and events[0].location == expected
