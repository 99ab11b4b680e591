"""A time opening the sentence is no place (issue 15, actors, round eventsR40): "In September, the Ministry of
Fisheries announced ..." has the ministry as the announcer; the venue pattern "in Khartoum, Sudan" (a name after
"in" and before a comma) read the month as a town and the body after it as the place's. Made-up rows; actors
expected written before the code. Near misses: a town opening the sentence before a place name, a body named only
as the venue after "in", the object or topic of the act, a body named after a real place opening the sentence.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import assert_row_actors

# key: (body, people, trigger, actors)
ROWS = {
    "month opening, body announces": (
        "In September, the Ministry of Fisheries announced that the old pier in Norby would be demolished.", (),
        "announced", {"Ministry of Fisheries"}),
    "weekday opening, body suspends": (
        "On Tuesday, the Tessby Fisheries Board suspended all licences for the northern bay.", (),
        "suspended", {"Tessby Fisheries Board"}),
    "holiday opening, body closes": (
        "At Easter, the Brannvik Harbour Trust closed the north quay to visitors on 5 April.", (),
        "closed", {"Brannvik Harbour Trust"}),
    # near misses
    "near miss: a body only as the venue": (
        "Farmers protested in the Ministry of Fisheries on Tuesday.", (), "protested", set()),
    "near miss: a body the topic": (
        "In September, Ana Holm spoke about the Ministry of Fisheries at a rally in Norby.", ("Ana Holm",),
        "spoke", set()),
    "near miss: a body after a town and its state": (
        "Talks were held in Norby, Ruritania, on Monday at the Tessby Fisheries Board.", (), "Talks", set()),
    "near miss: a month inside a venue phrase": (
        "Fishermen rallied in September at the offices of the Ministry of Fisheries.", (), "rallied", set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_time_opening(key):
    body, people, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors, people)


# An opening time before a company's descriptor in apposition ("In June, a Leeds textile company, Brook & Hale,
# wrote") is no company's name: "the company" after it takes up no "In June". Near misses: the name in apposition
# to the descriptor is still the company ("Kovald Lines, a Norby shipping company,"), and a name opening with a
# capitalised word that is no preposition ("Norby Ferry Lines, a shipping company,").
COMPANY_ROWS = {
    "month before an apposed descriptor": (
        "In June, a Leeds-based textile company, Brook & Hale, wrote to the family. The company closed the mill on "
        "3 May.", (), "closed", set()),
    "weekday before an apposed descriptor": (
        "On Monday, a shipping company, Kovald Lines, bought the ferry. The company closed the route on 3 May.", (),
        "closed the route", set()),
    "near miss: the name before the descriptor": (
        "Kovald Lines, a Norby shipping company, bought the ferry. The company closed the route on 3 May.", (),
        "closed the route", {"Kovald Lines"}),
    "near miss: a name opening with a plain word": (
        "Norby Ferry Lines, a shipping company, bought the ferry. The company closed the route on 3 May.", (),
        "closed the route", {"Norby Ferry Lines"}),
}


@pytest.mark.parametrize("key", list(COMPANY_ROWS))
def test_time_before_company_apposition(key):
    body, people, trigger, actors = COMPANY_ROWS[key]
    assert_row_actors(body, trigger, actors, people)


# A town and a comma before "the" and a body ("In Norby, the Tessby Port Authority suspended", "will close in Norby,
# the Brenn Foods company said") is no "in Khartoum, Sudan": the body goes on with the clause. Near misses: the
# state after its town is still the venue ("in Tromsø, Norway"), a description of the town after the comma
# names no body ("in Norby, the Ruritanian capital").
PLACE_ROWS = {
    "town opening, body suspends": (
        "In Norby, the Tessby Port Authority suspended all ferry departures on Monday.", (), "suspended",
        {"Tessby Port Authority"}),
    "near miss: the state after its town": (
        "Ana Holm met Karl Lie in Tromsø, Norway on Monday.", ("Ana Holm", "Karl Lie"), "met", set()),
    "near miss: a description of the town": (
        "Ana Holm met Karl Lie in Norby, the Ruritanian capital, on Monday.", ("Ana Holm", "Karl Lie"), "met",
        set()),
}


@pytest.mark.parametrize("key", list(PLACE_ROWS))
def test_town_opening(key):
    body, people, trigger, actors = PLACE_ROWS[key]
    assert_row_actors(body, trigger, actors, people)
