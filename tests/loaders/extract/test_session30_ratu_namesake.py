"""People step (made-up snippets): "Ratu", a chiefly title read as an honorific since round R52, names a place's
namesake like "King" or "Sultan" do (`not_people.NAMESAKE_TITLES`): a hall or district named after a Ratu adds no
person and no mention, while a titled person the article writes stays one person (found by the session's
cross-track review)."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, int]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="FJ")
    return {p.name: len(p.mentions) for p in extract_people(article, Registry())}


CASES = [
    # hits: the namesake's place adds neither a person nor a mention
    ("Families sheltered at the Ratu Sukuna Memorial school hall on Sunday night. Police officer Ana Tora said 40 "
     "families had been moved from the Ratu Mara district.", {"Ana Tora": 1}),
    ("Flood water reached the Ratu Sukuna village hall on Tuesday, district officer Sukuna Tora said.",
     {"Sukuna Tora": 1}),
    # near misses: a titled person of the article stays a person, every mention of theirs kept
    ("Ratu Joeli Vanua opened the Labasa school on Monday. \"Education is our future,\" Ratu Joeli said.",
     {"Joeli Vanua": 2}),
    ("King Harald visited the Ratu Sukuna Memorial school on Monday. Police officer Ana Tora said the visit went well.",
     {"Harald": 1, "Ana Tora": 1}),
]


@pytest.mark.parametrize("body, expected", CASES, ids=[body[:40] for body, _ in CASES])
def test_ratu_namesake_places(body: str, expected: dict[str, int]) -> None:
    assert _people(body) == expected
