"""Made-up cases: the author of a poll, survey or report written as its owner ("Harwick's survey") or after a
qualifier of the piece ("a national Harwick Poll") is its party, as "a Harwick Research poll" is (events round R20,
issue 15: actors; `parties._AUTHOR_BEFORE`, `_AUTHOR_OWNER`).

Near misses: a day's, a country's or a person's possessive, a bare surname the article never writes as a body's
name ("Jones's survey"), and a qualifier that is no piece's."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry


def actors_of(body: str) -> list[str]:
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day")
    return [name for event in extract_events(article, [], Registry()) for name in event.actors]


@pytest.mark.parametrize("body, wanted", [
    ("Most voters now back the plan, according to a national Harwick Poll taken last week.", "Harwick"),
    ("Harwick Research has polled Leeds for a decade. The numbers reverse Harwick's survey in early March.",
     "Harwick"),
    ("The Ostara Institute's latest report, published on Monday, found rising costs.", "Ostara Institute"),
])
def test_piece_owner_is_its_author(body, wanted):
    assert actors_of(body) == [wanted]


@pytest.mark.parametrize("body", [
    "The numbers reverse Tuesday's survey of voters.",
    "The numbers reverse Kenya's survey of voters in March.",
    "Ana Silva said on Monday that Silva's audit found no fraud.",
    "Most voters now back the plan, according to a flawed Harwick Poll taken last week.",
    # a bare surname the article never writes as a body's name (review of eventsR20, newly wrong 3)
    "Most voters now back the plan. The numbers reverse Jones's survey in early March.",
])
def test_no_author_read(body):
    assert actors_of(body) == []
