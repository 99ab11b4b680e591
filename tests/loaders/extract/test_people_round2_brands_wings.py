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
