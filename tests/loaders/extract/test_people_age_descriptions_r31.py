"""A later "the 58-year-old said" stands for a person: the one whose age is written as 58 beside a name, else the
person named last before it (in its paragraph or the one before) whose written age is not another. Near misses: a
name or a noun after it, another written age, two people of that age, a quotation, a person named too far back."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _descriptions(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: {m.surface for m in person.mentions if m.kind == "description"}
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "description"), [
    ("Marta Vellin has fished here since 1990. The 58-year-old said the catch was down.", "Marta Vellin",
     "The 58-year-old"),
    ("Marta Vellin, 58, and Oska Renholt, 61, fish here.\n\nThe boats left at dawn, the 61-year-old said.",
     "Oska Renholt", "the 61-year-old"),
    ("Dagny Thorsen opened the shop in 2004.\n\nThe 47-year-old trained as a baker in Bergen.", "Dagny Thorsen",
     "The 47-year-old"),
])
def test_age_description_joins_its_person(body: str, name: str, description: str) -> None:
    assert description in _descriptions(body)[name]


@pytest.mark.parametrize("body", [
    # a noun after it: a description of its own
    "Marta Vellin has fished here since 1990. The 58-year-old fisher next door disagreed.",
    # another age written beside the last-named person
    "Marta Vellin, 44, has fished here since 1990. The 58-year-old said the catch was down.",
    # two people of that age
    "Marta Vellin, 58, and Oska Renholt, 58, fish here. The 58-year-old said the catch was down.",
    # inside a quotation
    "Marta Vellin has fished here. \"The 58-year-old said nothing,\" a neighbour said.",
    # named too far back
    "Marta Vellin has fished here.\n\nThe boats are old.\n\nThe nets are new.\n\nThe 58-year-old said the catch "
    "was down.",
    # not "the": an indefinite age is no one named before
    "Marta Vellin has fished here. A 58-year-old said the catch was down.",
])
def test_age_description_near_misses(body: str) -> None:
    assert not any(found for found in _descriptions(body).values())
