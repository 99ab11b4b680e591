"""eventsR39: a meeting or signing told with no party of its own takes the states of the nearest earlier event whose
parties are two or more states ("Norway and Chile signed a fisheries agreement ... A follow-up meeting is planned"):
`events._pair_before`. Made-up rows (invented towns and bodies); near misses: one state before, the later event after
the pair, an event with its own party, an attack or a war as the earlier event."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry

_PAIR = "Norway and Chile signed a fisheries agreement in Oslo on Monday. "


def _events(body: str) -> list[tuple[str, list[str]]]:
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day")
    return [(event.event_type, event.actors) for event in extract_events(article, [], Registry())]


@pytest.mark.parametrize("body, event_type", [
    (_PAIR + "A follow-up meeting is planned for 12 March in Valdora.", "meeting"),
    (_PAIR + "The signing ceremony for the second accord will take place on 12 March.", "agreement_signing"),
])
def test_the_earlier_pair_is_taken(body, event_type):
    later = [actors for kind, actors in _events(body) if kind == event_type][-1]
    assert later == ["Norway", "Chile"]


@pytest.mark.parametrize("body, kind, actors", [
    # one state before: no pair to take
    ("Norway signed a fisheries agreement in Oslo on Monday. A follow-up meeting is planned for 12 March in Valdora.",
     "meeting", []),
    # the pair is told after the meeting: nothing earlier to take
    ("A meeting is planned for 12 March in Valdora. " + _PAIR, "meeting", []),
    # the later meeting has its own party
    (_PAIR + "The Valdora Fishers Union will hold a meeting on 12 March.", "meeting", ["Valdora Fishers Union"]),
    # a war's sides are no pair that meets
    ("Norway and Chile fought a border war in 1879. A follow-up meeting is planned for 12 March in Valdora.",
     "meeting", []),
])
def test_no_pair_is_taken(body, kind, actors):
    assert [found for found_kind, found in _events(body) if found_kind == kind] == [actors]
