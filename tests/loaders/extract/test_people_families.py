"""People step, made-up texts: a family written as a plural name ("the Roes", "both Bushes") is nobody alone,
and the person whose surname it pluralises stays one person."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "present", "absent"), [
    # the plural of a surname an article's person bears in full: that person's family
    ("Governor Lena Varro opened the fair. Senator Varros, said the flyers, would follow.", {"Lena Varro"},
     {"Varros"}),
    ("Former mayor Tom Bosh spoke on Monday. Both former mayor Boshes stayed away from the vote.", {"Tom Bosh"},
     {"Boshes"}),
    # only ever after "both" or "the" (lowercase words between, no preposition): several people, no full name
    ("Party leaders held out, as did both former president Kessleres and the nominee.", set(), {"Kessleres"}),
    ("The campaign hired the former senator Dunmores, and both Dunmores spoke at the dinner.", set(), {"Dunmores"}),
    # a singular surname of its own, or a name after a preposition, is a person
    ("Senator Ann Jones spoke, and Mayor Jon Jone said nothing.", {"Ann Jones", "Jon Jone"}, set()),
    ("Voters turned to the campaign of Mayor Harris, who said the budget was balanced.", {"Harris"}, set()),
])
def test_a_plural_family_name_is_nobody_alone(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names
