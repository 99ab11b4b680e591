"""The body a person is named, appointed or elevated to is the post, not a party of the act (issue 15, events round
R2): "The governor named her to the Kiel County Circuit Court in 2012", "elevated her to the Holstein Court of
Appeals in May 2015". The appointer is the agent; the court or board is where the post is. Made-up rows; actors
expected written before the code. Near misses: a body that appoints ("the Kiel Port Authority appointed her"), a
body met ("met the Kiel Port Authority"), a body an agreement is signed with ("signed a deal with ...").
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import assert_row_actors

# key: (body, people, trigger, actors)
ROWS = {
    "named her to a court": (
        "The governor first named her to the Kiel County Circuit Court in 2012.", (), "named", set()),
    "elevated her to a court": (
        "In May 2015 the governor elevated her to the Holstein Court of Appeals.", (), "elevated", set()),
    "appointed him to a board": (
        "The mayor appointed him to the Kiel Harbour Board in March.", (), "appointed", set()),
    # near misses
    "near miss: the body that appoints": (
        "The Kiel Harbour Board appointed her as its chair in March.", (), "appointed", {"Kiel Harbour Board"}),
    "near miss: a body met": (
        "Ana Holm met the Kiel Harbour Board in March.", ("Ana Holm",), "met", {"Kiel Harbour Board"}),
    "near miss: a deal with a body": (
        "The city signed an agreement with the Kiel Harbour Board in March.", (), "signed", {"Kiel Harbour Board"}),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_appointed_to_body(key):
    body, people, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors, people)
