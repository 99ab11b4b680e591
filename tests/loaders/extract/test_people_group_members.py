"""People step, issue 9 (made-up snippets): "member" after a group only people make up (`epithets.
PEOPLE_GROUP_MEMBERS`: a band, a cast, a crew) is a title that vouches for one word after it ("Band member Quill").
Near misses: other members before one word ("NATO member Turkey", "Big Ten member Rutgers", "Council member
Smith" still want two words), the group noun with no name after it, a weekday after it."""
from __future__ import annotations

import pytest

from tests.loaders.extract.cast import people_of


_people = people_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Band member Quill shared the news on social media last week.", {"Quill": ["Quill"]}),
    ("The cast member Zendro posted a photo.", {"Zendro": ["Zendro"]}),
    ("Crew member Tomasz fixed the engine.", {"Tomasz": ["Tomasz"]}),
    # near misses
    ("Band member said the show was off.", {}),
    ("NATO member Turkey voted no.", {}),
    ("Big Ten member Rutgers won the game.", {}),
    ("Council member Smith voted no.", {}),
    ("A crew member Monday said it.", {}),
])
def test_member_of_a_people_group(body, expected):
    assert _people(body) == expected
