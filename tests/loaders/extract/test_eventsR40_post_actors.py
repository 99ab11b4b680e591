"""An officer's post read whole as an actor is no body (issue 15, actors, round eventsR40): "CEO of Port of Varn
Company" is the company, "Chief Executive Officer of Tessby Sun Energy" the company the officer heads, "Minister of
Energy" a portfolio (no body), "Ruritanian Undersecretary of Energy" / "Ruritania's Deputy Minister of Energy" the
state the post is qualified by. Made-up names; expected values written before the code. Near misses (kept as they
are): a body whose name holds "of" ("Ministry of Energy", "Port of Varn Company", "Bank of Tessby", "Office of the
President", "University of Norby"), an office that is a body of its own ("Director of Public Prosecutions").
"""
from __future__ import annotations

import pytest

from loaders.extract.parties import body_of_post
from tests.loaders.extract.test_event_parties_stress import assert_row_actors

POSTS = {
    "CEO of Port of Varn Company": "Port of Varn Company",
    "Chief Executive Officer of Tessby Sun Energy": "Tessby Sun Energy",
    "Managing Director of Brenn Reefer Services": "Brenn Reefer Services",
    "Chairman of the Tarnby Harbour Board": "Tarnby Harbour Board",
    "Minister of Energy": None,
    "Secretary of State": None,
    "Chilean Undersecretary of Energy": "Chile",
    "Bulgaria's Deputy Minister of Energy": "Bulgaria",
    "President of Chile": "Chile",
    # near misses: kept
    "Ministry of Energy": "Ministry of Energy",
    "Port of Varn Company": "Port of Varn Company",
    "Bank of Tessby": "Bank of Tessby",
    "Office of the President": "Office of the President",
    "University of Norby": "University of Norby",
    "Director of Public Prosecutions": "Director of Public Prosecutions",
    "Tessby Sun Energy": "Tessby Sun Energy",
    "Kovald Lines": "Kovald Lines",
}


@pytest.mark.parametrize("name", list(POSTS))
def test_body_of_post(name):
    assert body_of_post(name) == POSTS[name]


# key: (body, people, trigger, actors)
ROWS = {
    "officers sign for their companies": (
        "The deal was signed on Monday by Ana Holm, CEO of Port of Varn Company, and Karl Lie, Managing Director "
        "of Brenn Reefer Services.", ("Ana Holm", "Karl Lie"), "signed", {"Port of Varn Company",
                                                                          "Brenn Reefer Services"}),
    # near miss: a body whose name holds "of" signs as itself
    "near miss: a ministry signs": (
        "The Ministry of Energy signed a supply contract with Kovald Lines on Monday.", (), "signed",
        {"Ministry of Energy", "Kovald Lines"}),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_post_actor_rows(key):
    body, people, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors, people)
