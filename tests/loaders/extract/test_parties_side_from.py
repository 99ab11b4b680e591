"""Made-up cases: officers or a state's side "from" the two countries stand for them, as "of" does (events round
R20, issue 15: actors; `parties.ArticleEntities.stand_in`, `_STAND_IN_FROM`).

"Norway and Denmark signed ... Officials from the two countries met" makes both parties of the meeting. Near
misses: people who are no officers ("farmers from both countries"), and "from" the stand-in in the trigger's object."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry


def last_actors(body: str) -> list[str]:
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day")
    return extract_events(article, [], Registry())[-1].actors


@pytest.mark.parametrize("body, wanted", [
    ("Egypt and Jordan signed a power deal on Monday. Ministers from both countries also met on Friday in Amman.",
     ["Egypt", "Jordan"]),
    ("Norway and Denmark signed a ferry deal on Monday. Officials from the two countries met again in Oslo on Friday.",
     ["Norway", "Denmark"]),
    ("Norway and Denmark signed a ferry deal on Monday. Delegations from both sides met again in Oslo on Friday.",
     ["Norway", "Denmark"]),
])
def test_officers_from_the_group_stand_for_it(body, wanted):
    assert sorted(last_actors(body)) == sorted(wanted)


@pytest.mark.parametrize("body", [
    "Egypt and Jordan signed a power deal on Monday. Farmers from both countries met on Friday in Amman.",
    "Egypt and Jordan signed a power deal on Monday. Traders from both countries protested on Friday in Amman.",
    "Egypt and Jordan signed a power deal on Monday. Ministers met on Friday in Amman with investors from both "
    "countries.",
])
def test_no_stand_in_read(body):
    assert last_actors(body) == []
