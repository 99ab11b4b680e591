"""A description as a trigger's subject takes up the body named before even with an adverb of time between it and
its verb ("The board last approved ..."; `parties._SUBJECT_OF_VERB`; made-up texts)."""
from __future__ import annotations

import pytest

from loaders.extract.orgnames import ArticleBodies
from loaders.extract.parties import taken_up_body


def _taken_up(body, trigger):
    at = body.rindex(trigger)
    sentence = body.rfind("\n", 0, at) + 1
    found = taken_up_body(body, (at, at + len(trigger)), sentence, ArticleBodies(body, [], {}, []), [])
    return found[0] if found else None


@pytest.mark.parametrize("body, trigger, expected", [
    ("The Kestle Harbour Board approved new fees on Monday.\nThe board last approved repairs in 2019.", "approved",
     "Kestle Harbour Board"),
    ("The Kestle Harbour Board approved new fees on Monday.\nThe board first rejected the plan in 2020.", "rejected",
     "Kestle Harbour Board"),
    ("The Kestle Harbour Board approved new fees on Monday.\nThe board already approved repairs.", "approved",
     "Kestle Harbour Board"),
    # near misses: a generic plural, an indefinite, and a passive take up no body
    ("The Kestle Harbour Board approved new fees on Monday.\nBoards last approved repairs in 2019.", "approved", None),
    ("The Kestle Harbour Board approved new fees on Monday.\nA board last approved repairs in 2019.", "approved", None),
    ("The Kestle Harbour Board approved new fees on Monday.\nThe board was last approved in 2019.", "approved", None),
])
def test_a_description_subject_past_an_adverb_of_time(body, trigger, expected):
    assert _taken_up(body, trigger) == expected
