"""Made-up cases: a joint forum of states written as a common noun ("the intergovernmental commission would meet")
is no body's name; its parties are the two states the article names before it (events round R20, issue 15:
actors; `events._forum_states`, `parties.ArticleEntities.pair_before`).

Near misses: no two states named before (nothing to resolve: kept), three states named, a forum's proper name."""
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
    ("Egypt and Jordan signed a power deal on Monday in Cairo. The minister said the intergovernmental commission "
     "would meet in Amman on 18 January.", ["Egypt", "Jordan"]),
    ("Norway and Denmark signed a ferry deal on Monday. The minister said the joint working group would meet in "
     "Bergen on 18 January.", ["Norway", "Denmark"]),
    # the two states owning it in its own sentence
    ("Norway and Denmark signed a ferry deal on Monday. Norway and Denmark said their joint working group would "
     "meet in Bergen on 18 January.", ["Norway", "Denmark"]),
])
def test_common_forum_is_the_two_states(body, wanted):
    assert sorted(last_actors(body)) == sorted(wanted)


@pytest.mark.parametrize("body, kept", [
    # near misses: no states named before it; three states; a forum's own name
    ("The minister said the intergovernmental commission would meet in Amman on 18 January.",
     "intergovernmental commission"),
    ("Egypt, Jordan and Iraq signed a power deal on Monday. The minister said the intergovernmental commission "
     "would meet in Amman on 18 January.", "intergovernmental commission"),
    ("Egypt and Jordan signed a power deal on Monday in Cairo. The Joint Water Commission will meet in Amman on "
     "18 January.", "Joint Water Commission"),
    # a forum the sentence gives to others, two firms (review of eventsR20, newly wrong 2)
    ("Egypt and Jordan signed a power deal on Monday. Kestrel Energy and Marrow Hydrogen said their joint steering "
     "committee would meet on 18 January.", "joint steering committee"),
])
def test_forum_kept(body, kept):
    assert kept in last_actors(body)
