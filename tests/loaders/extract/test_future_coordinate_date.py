"""Made-up cases: a date after a coordinated future predicate is not a past trigger's (events round 3, #15).

"Field passed an assessment and will not miss the clash next week": "next week" dates the coming second predicate,
not the past "passed". Near misses first: a date before the coordination, no future in it, a trigger that is
itself to come."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry

PUBLISHED = date(2010, 3, 10)  # a Wednesday


def dated(body: str) -> list[tuple[str, str | None]]:
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                            published_on=PUBLISHED, date_precision="day")
    return [(event.name, event.start_date.isoformat() if event.start_date else None)
            for event in extract_events(article, [], Registry())]


@pytest.mark.parametrize("body, expected", [
    # near misses: the date is the trigger's own
    ("The council voted on Tuesday and will meet again next week.", ("Council vote (2010-03-09)", "2010-03-09")),
    ("The board will meet and will vote on Friday.", ("Vote (2010-03-12)", "2010-03-12")),
    ("The leaders met, and agreed on a ceasefire on Friday.", ("Leaders meeting (2010-03-05)", "2010-03-05")),
    ("The ministers met in Paris last week and will sign the deal.",
     ("Ministers meeting in Paris (2010-03)", "2010-03-01")),
])
def test_the_trigger_keeps_its_own_date(body, expected):
    assert expected in dated(body)


@pytest.mark.parametrize("body, verb, coming", [
    ("Parliament met on Monday. The minister resigned and will leave office next month.", "resigned", "2010-04"),
    ("The minister resigned and will leave office on Friday.", "resigned", "2010-03-12"),
    ("The Rovers beat the Bulls on Sunday. The council voted, and would publish the result on Friday.", "vote",
     "2010-03-05"),
    ("The mayor visited Oslo and will return to Bergen on Thursday.", "visit", "2010-03-11"),
])
def test_a_past_trigger_takes_no_date_of_the_coming_predicate(body, verb, coming):
    for name, value in dated(body):
        if verb in name.lower():
            assert not (value or "").startswith(coming), (name, value)
