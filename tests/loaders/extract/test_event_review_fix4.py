"""Round-2 actors fix round (a reviewer's made-up articles, expectations written before running): a teller's
employer only from a company officer's title; ', which' with no head word only before an active verb and never for a
thing's name (a ship, a law, a summit); a trailing teller (named or a descriptor) of an agentless clause only for an
act the teller could do itself, never an accident, disaster, attack, clash or arrest, never a news agency.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import assert_row_actors

# key: (body, people, trigger, actors)
ROWS = {
    # change 1: a union's or a minister's title gives no company
    "union general secretary": (
        "Drivers walked out at Brenn Ferries on Monday.\n\nKarl Weiss, general secretary of Unite, said the company "
        "had sacked 40 drivers on Monday.", ("Karl Weiss",), "sacked", set()),
    "union leader": (
        "Drivers walked out at Brenn Ferries on Monday.\n\nKarl Weiss, leader of Unite Transport, said the company "
        "had fired 40 drivers on Monday.", ("Karl Weiss",), "fired", set()),
    "minister's portfolio": (
        "ZESCO, the state power utility, plans new dams.\n\nRuth Banda, minister of Mines and Energy, said the "
        "company would sign a deal with China on Friday.", ("Ruth Banda",), "sign", {"China"}),
    "near miss: chief executive": (
        "Lukas Brenner, chief executive of Velk Robotics, said the company would sign a deal with Kenya on Friday.",
        ("Lukas Brenner",), "sign", {"Velk Robotics", "Kenya"}),
    # change 2: ', which' with no head word
    "ship": ("The cargo ship Northern Star, which sank off Crete on Monday, was carrying grain.", (), "sank", set()),
    "law": ("The Clean Water Act, which was signed on Monday, bans dumping in rivers.", (), "signed", set()),
    "film": ("The documentary Silent Waters, which premiered in Cannes on Sunday, won an award.", (), "premiered",
             set()),
    "raided": ("Police arrested Jonas Berg, who heads Blue Harbour Trading, which was raided on Tuesday.",
               ("Jonas Berg",), "raided", set()),
    "fined": ("He worked for Blue Harbour Trading, which was fined on Tuesday by regulators.", (), "fined", set()),
    "accused": ("Police raided Blue Harbour Trading, which was accused on Monday of fraud.", (), "accused", set()),
    "summit": ("The Kiel Summit, which opened on Monday, drew 30 leaders.", (), "opened", set()),
    "near miss: active company": (
        "Ferry services are run by Tarnholm Lines, which cancelled 40 crossings on Monday.", (), "cancelled",
        {"Tarnholm Lines"}),
    # change 5: trailing tellers of happenings
    "agency bomb": ("Anadolu Agency carried the first reports.\n\nA car bomb exploded in Diyarbakir on Tuesday, "
                    "killing three people, the agency said.", (), "exploded", set()),
    "agency floods": ("Xinhua News Agency said the storm was the worst in decades.\n\nFloods killed 20 people in "
                      "Guangxi on Monday, the agency said.", (), "killed", set()),
    "agency clash": ("The Kenya News Agency covered the event.\n\nProtesters clashed with police in Kisumu on Monday, "
                     "the agency reported.", (), "clashed", set()),
    "company fire": ("Brenn Shipping Ltd owns the vessel.\n\nA fire broke out on a ferry near Kiel on Monday, the "
                     "company said.", (), "broke", set()),
    "company rival aground": ("Brenn Shipping Ltd said its rival Varn Ferries was in trouble.\n\nA Varn ferry ran "
                              "aground near Kiel on Monday, the company said.", (), "ran", set()),
    "named agency bomb": ("Anadolu Agency carried the first reports.\n\nA car bomb exploded in Diyarbakir on "
                          "Tuesday, killing three people, Anadolu Agency said.", (), "exploded", set()),
    "named company fire": ("Brenn Shipping Ltd owns the vessel.\n\nA fire broke out on a ferry near Kiel on Monday, "
                           "Brenn Shipping Ltd said.", (), "broke", set()),
    "named agency clash": ("The Kenya News Agency covered the event.\n\nProtesters clashed with police in Kisumu on "
                           "Monday, the Kenya News Agency reported.", (), "clashed", set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_review_fix_actors(key):
    body, people, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors, people)
