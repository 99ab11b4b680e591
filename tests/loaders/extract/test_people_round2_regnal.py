"""People step, issue 9 round 2 (made-up snippets, written before the fix): a monarch's name after a monarch's title
("Sultan Idris") is no family name, so it never joins another person of the article who has that surname; a monarch
named in full keeps the lone titled word."""
from __future__ import annotations

import pytest

from tests.loaders.extract.cast import people_of


_people = people_of


@pytest.mark.parametrize(("body", "person", "other"), [
    ("Prime Minister Anwar Idris said the budget was fair. Sultan Idris consented on Monday.", "Anwar Idris", "Idris"),
    ("Minister Tomas Leo said the law would pass. Pope Leo blessed the crowd.", "Tomas Leo", "Leo"),
])
def test_a_monarch_is_no_namesake_surname(body, person, other):
    people = _people(body)
    assert people[person] == [person]
    assert other in people


@pytest.mark.parametrize(("body", "person", "surfaces"), [
    # near misses: the monarch named in full, and a cleric's title before a family name
    ("Sultan Idris Shah said the palace would open. Sultan Idris then left.", "Idris Shah", ["Idris Shah", "Idris"]),
    ("Imam Yusuf Bello said prayers. Imam Bello left.", "Yusuf Bello", ["Yusuf Bello", "Bello"]),
    ("Ana Roe said the fair would open. Ms Roe then left.", "Ana Roe", ["Ana Roe", "Roe"]),
])
def test_titled_lone_words_still_join(body, person, surfaces):
    assert _people(body)[person] == surfaces
