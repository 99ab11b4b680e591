"""People step, issue 9 round 2 (made-up snippets, written before the fix): a brand's goods right after a founder's
name ("Ana Roe handbags") make it the brand's, and a building's part after "the" ("the new Grace Hollis Wing") the
building's; near misses keep the person where a verb follows or no "the" leads."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry

_EK = "Farmers waited for rain, said grower Tomas Ek on Monday.\n\n"


def _people(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "absent"), [
    (_EK + "Shoppers queued for Marco Bellini jeans at the mall.", "Marco Bellini"),
    (_EK + "Sofia Marlow handbags sold out within an hour.", "Sofia Marlow"),
    (_EK + "The new Grace Hollis Wing opened on Monday.", "Grace Hollis Wing"),
    (_EK + "Visitors toured the Edith Carrow Pavilion on Sunday.", "Edith Carrow Pavilion"),
])
def test_brands_and_buildings_are_no_people(body, absent):
    assert absent not in _people(body)


@pytest.mark.parametrize(("body", "name"), [
    (_EK + "Marco Bellini said the jeans sold out.", "Marco Bellini"),
    (_EK + "Sofia Marlow dresses in black for every show, she said.", "Sofia Marlow"),
    (_EK + "The nurse Grace Wing said the ward opened.", "Grace Wing"),
    (_EK + "Grace Hollis Wing, a surgeon, said the ward opened.", "Grace Hollis Wing"),
])
def test_people_stay(body, name):
    assert name in _people(body)


@pytest.mark.parametrize(("body", "absent", "name"), [
    # a body's office between a run and a person's name makes the run the body, given name first or not
    (_EK + "Kiri Ora co-leader Hemi Tane said the vote was rigged.", "Kiri Ora", "Hemi Tane"),
    (_EK + "Te Roopu Tangata leader Hemi Tane said the vote was rigged.", "Te Roopu Tangata", "Hemi Tane"),
])
def test_a_body_before_its_office(body, absent, name):
    people = _people(body)
    assert absent not in people
    assert name in people


@pytest.mark.parametrize(("body", "names"), [
    # near misses: a person's aide or co-founder after a person's name, and a leader in a new sentence
    (_EK + "Ana Roe said so. Ana Roe spokesman Tom Hale agreed.", {"Ana Roe", "Tom Hale"}),
    (_EK + "Voters backed Ana Roe. Leader Tom Hale said so.", {"Ana Roe", "Tom Hale"}),
])
def test_people_around_offices_stay(body, names):
    assert names <= _people(body)
