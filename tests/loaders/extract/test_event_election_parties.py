"""An election's parties are the places that hold it and the parties that run in it, never a body that only acts
around it (issue 15, events round R2): the committee or group that spent on it ("the Kiel Voters Committee spent
$2 million on the election"), the commission that runs it, a court whose seat is contested. Made-up rows; actors
expected written before the code. Near misses: a party that won the election, a movement that won it, the state
that held it.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import assert_row_actors

# key: (body, people, trigger, actors)
ROWS = {
    "a committee that spent on it": (
        "The Holstein Voters Committee spent $2 million on the election in March.", (), "election", set()),
    "a group for a cause that spent on it": (
        "The Holstein Alliance for Reform spent $2 million on the election in March.", (), "election", set()),
    "the commission that runs it": (
        "The National Electoral Commission postponed the election in March.", (), "election", set()),
    # near misses
    "near miss: a party that won": (
        "The Holstein Green Party won the election in March.", (), "election", {"Holstein Green Party"}),
    "near miss: a movement that won": (
        "Hamas won the legislative elections in January.", (), "elections", {"Hamas"}),
    "near miss: the country that held it": (
        "Portugal held a general election in March.", (), "election", {"Portugal"}),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_election_parties(key):
    body, people, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors, people)
