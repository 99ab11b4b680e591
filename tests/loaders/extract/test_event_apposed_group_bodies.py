"""A name with a non-company body's descriptor in apposition is an organisation (issue 15, events round R2): "Vantage
Polling, a public opinion research group," "Keep Faith Now, a conservative advocacy organization," so the act it
does or that is done by it has it as an actor, as "Blue Harbor, the shipping company," already does for firms.
Made-up rows (none from any gold text); the actors expected were written before the code. Near misses: a person
in apposition, "a member of the group" (the descriptor is not the apposition's head), a place with a descriptor,
a group word that heads a clause, a name before "a group of" people, and the descriptor with no name before it.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import assert_row_actors

# key: (body, people, trigger, actors)
ROWS = {
    "passive agent, research group": (
        "The poll was released on Friday by Vantage Polling, a public opinion research group.", (),
        "released", {"Vantage Polling"}),
    "passive agent, advocacy organization": (
        "The ad was released on Friday by Keep Faith Now, a conservative advocacy organization.", (),
        "released", {"Keep Faith Now"}),
    "subject, advocacy group": (
        "Fair Maps Forward, a liberal advocacy group, filed the complaint on Tuesday.", (),
        "filed", {"Fair Maps Forward"}),
    "subject, think tank": (
        "Harbor Policy Lab, a conservative think tank, released the report on Monday.", (),
        "released", {"Harbor Policy Lab"}),
    "subject, nonprofit": (
        "Clear Ballot Watch, a nonprofit, sued the county on Monday.", (),
        "sued", {"Clear Ballot Watch"}),
    "subject, super PAC": (
        "Restore Our Towns, a super PAC backing the senator, launched the ad on Monday.", (),
        "launched", {"Restore Our Towns"}),
    # near misses: these stay with no actor
    "near miss: a person in apposition": (
        "The report was released on Friday by Ana Holm, a senior fellow at the institute.", ("Ana Holm",),
        "released", set()),
    "near miss: a member of the group": (
        "The ad was released on Friday by Karl Brenner, a member of the group.", ("Karl Brenner",),
        "released", set()),
    "near miss: a place with a group descriptor": (
        "The plan was released on Friday in Kiel, a city in the group of northern ports.", (),
        "released", set()),
    "near miss: a group of people": (
        "The petition was released on Friday by Ana Holm, a group of parents and Karl Brenner.",
        ("Ana Holm", "Karl Brenner"), "released", set()),
    "near miss: descriptor alone": (
        "The ad was released on Friday by a conservative advocacy group.", (),
        "released", set()),
    "near miss: a month before the descriptor": (
        "The poll was released in March, a group of analysts said on Friday.", (),
        "released", set()),
    "near miss: an organization word inside a longer phrase": (
        "The ad was released on Friday by Karl Brenner, a founder of an advocacy group.", ("Karl Brenner",),
        "released", set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_apposed_group_actors(key):
    body, people, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors, people)
