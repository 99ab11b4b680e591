"""People step, made-up texts: a family written as a plural name ("the Roes", "both Bushes") is nobody alone,
and the person whose surname it pluralises stays one person; a credited name whose only other mention opens its
biography is the credit's author, nobody of the article."""
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


# A person the page credits (a photo credit, a byline) who is otherwise only the subject of a biography's opening
# is the credit's author introduced; one the article also tells of is a person of the article.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Farmers waited for rain, said grower Tomas Ek.\n\nPhotographs by Lina Hovde for The Gazette. Lina Hovde is a "
     "photographer based in Dakar.", {"Tomas Ek"}, {"Lina Hovde"}),
    ("Farmers waited for rain, said grower Tomas Ek.\n\nPhoto: Lina Hovde/Reuters. Lina Hovde, 34, is a freelance "
     "photojournalist who has covered the Sahel since 2019.", {"Tomas Ek"}, {"Lina Hovde"}),
    # a teaser is no credit, and a news sentence no biography
    ("Congress voted on Thursday.\nWatch: Lina Hovde sworn in as interim leader\nCongress speaker Lina Hovde was "
     "sworn in as interim president, lawmaker Tomas Ek said.", {"Lina Hovde", "Tomas Ek"}, set()),
    ("Farmers waited for rain, said grower Tomas Ek.\n\nPhoto: Lina Hovde/Reuters. Lina Hovde was sworn in as mayor "
     "on Friday.", {"Tomas Ek", "Lina Hovde"}, set()),
    ("The show of the photographer Lina Hovde opens on Friday. \"I shot it all on film,\" Hovde said.\n\n"
     "Photographs by Lina Hovde. Lina Hovde is a photographer based in Oslo.", {"Lina Hovde"}, set()),
    ("Farmers waited for rain, said grower Tomas Ek. Tomas Ek is a farmer of the valley.", {"Tomas Ek"}, set()),
])
def test_a_credited_name_with_only_a_biography_is_no_person(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names
