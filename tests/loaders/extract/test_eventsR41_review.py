"""Review of eventsR40 (issue 15, actors, round eventsR41). Made-up rows; expected values written before the code.

1. A description of a town after "in Town, the" ("in Lisbon, the Portuguese capital,", "in Bergen, the Norwegian
   port city,") is the venue, not a state acting: its demonym makes no party. Near misses: a body after "in Town,
   the" goes on with the clause ("In Norby, the Tessby Port Authority suspended"); the state after its town is the
   venue ("in Tromsø, Norway").
2. An officer's post is split at each "of" in turn: "Minister of Energy of Chile" is Chile, "Governor of the Bank of
   Tessby" the bank, "Chief of Staff of the Army" the army, "Secretary General of the United Nations" the UN. Near
   misses: bodies whose name holds "of" are kept; a portfolio with no state is none.
"""
from __future__ import annotations

import pytest

from loaders.extract.parties import body_of_post
from tests.loaders.extract.test_event_parties_stress import assert_row_actors

# key: (body, people, trigger, actors)
TOWN_ROWS = {
    "real demonym: the Portuguese capital": (
        "Ana Holm met Karl Lie in Lisbon, the Portuguese capital, on Monday.", ("Ana Holm", "Karl Lie"), "met",
        set()),
    "real demonym: the Norwegian port city": (
        "Ana Holm met Karl Lie in Bergen, the Norwegian port city, on Monday.", ("Ana Holm", "Karl Lie"), "met",
        set()),
    "real demonym: the Chilean town": (
        "Ana Holm met Karl Lie in Tarnby, the Chilean town, on Monday.", ("Ana Holm", "Karl Lie"), "met", set()),
    "invented demonym: the Tessbian capital": (
        "Ana Holm met Karl Lie in Norby, the Tessbian capital, on Monday.", ("Ana Holm", "Karl Lie"), "met", set()),
    # near misses: the clause goes on with a body; the states meeting stay parties
    "near miss: a body after the town": (
        "In Norby, the Tessby Port Authority suspended all ferry departures on Monday.", (), "suspended",
        {"Tessby Port Authority"}),
    "near miss: states meet in a described town": (
        "Norway and Chile signed a fisheries accord in Bergen, the Norwegian port city, on Monday.", (), "signed",
        {"Norway", "Chile"}),
    "near miss: the state after its town": (
        "Ana Holm met Karl Lie in Tromsø, Norway on Monday.", ("Ana Holm", "Karl Lie"), "met", set()),
    "near miss: a body in the described town's clause": (
        "In Bergen, the Norwegian Coastal Authority closed the north quay on Monday.", (), "closed",
        {"Norwegian Coastal Authority"}),
}


@pytest.mark.parametrize("key", list(TOWN_ROWS))
def test_town_description(key):
    body, people, trigger, actors = TOWN_ROWS[key]
    assert_row_actors(body, trigger, actors, people)


POSTS = {
    "Minister of Energy of Chile": "Chile",
    "Deputy Minister of Fisheries of Norway": "Norway",
    "Governor of the Bank of Tessby": "Bank of Tessby",
    "Acting Governor of the Central Bank of Chile": "Central Bank of Chile",
    "Chief of Staff of the Army": "Army",
    "Secretary General of the United Nations": "United Nations",
    # near misses
    "CEO of Port of Varn Company": "Port of Varn Company",
    "Ministry of Energy of Chile": "Ministry of Energy of Chile",
    "Bank of Tessby": "Bank of Tessby",
    "Minister of Energy": None,
    "Director of Public Prosecutions": "Director of Public Prosecutions",
    "Chief of Staff": "Chief of Staff",
}


@pytest.mark.parametrize("name", list(POSTS))
def test_body_of_post_each_of(name):
    assert body_of_post(name) == POSTS[name]


ROWS = {
    "a minister of a named state signs": (
        "The gas deal was signed on Monday by Ana Holm, Minister of Energy of Chile, and Karl Lie.",
        ("Ana Holm", "Karl Lie"), "signed", {"Chile"}),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_post_state_rows(key):
    body, people, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors, people)


# One opening-adverbial list (`clauses.OPENING_ADVERBIALS`, shared with the parties step) and a preposition before a
# calendar word: such a capitalised run is no company's name. Near misses: firms whose names open with a
# preposition or a time word.
from loaders.extract.orgnames import opening_adverbial  # noqa: E402

OPENINGS = {
    "In June": True,
    "On Monday": True,
    "At Easter": True,
    "In early March": True,
    "Since March": True,
    "During May": True,
    "Ahead of Friday": True,
    # near misses: names
    "Next Tessby": False,
    "At Home Group": False,
    "By Design": False,
    "Early Warning Services": False,
    "Last Mile Freight": False,
    "In Touch Networks": False,
    "Mayfield Foods": False,
    "Inland Ferries": False,
}


@pytest.mark.parametrize("name", list(OPENINGS))
def test_opening_adverbial(name):
    assert opening_adverbial(name) is OPENINGS[name]
