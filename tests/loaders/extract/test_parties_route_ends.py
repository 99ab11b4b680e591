"""Made-up cases: the two places a hyphen joins before a route noun are the route's ends, not parties of the event
(events round R20, issue 15: actors; `eventwords.ROUTE_NOUNS`, `parties._route_end`).

"Varden Air suspended its direct Oslo-Rome flights" makes no party of Norway or Italy. Near misses: a hyphen that
joins no two ends ("Oslo-based"), two ends before no route noun, and states that act or are the counterpart."""
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


@pytest.mark.parametrize("body, absent", [
    ("Varden Air suspended its direct Oslo-Rome flights on Monday.", "Norway"),
    ("Varden Air suspended its direct Oslo-Rome flights on Monday.", "Italy"),
    ("Freedonia Port Authority signed an agreement on Monday to reopen the Oslo–Copenhagen ferry route.", "Denmark"),
])
def test_route_ends_are_no_parties(body, absent):
    assert absent not in actors_of(body)


@pytest.mark.parametrize("body, kept", [
    # near misses: the state acts, or is the counterpart; a hyphen that joins no two ends; no route noun after
    ("Norway and Denmark signed an agreement on Monday to open a new cargo route.", "Norway"),
    ("Norway and Denmark signed an agreement on Monday to open a new cargo route.", "Denmark"),
    ("Freedonia Port Authority signed an agreement with Denmark on Monday to open a ferry line.", "Denmark"),
    ("Norway signed an agreement on Monday to open a ferry line to the islands.", "Norway"),
    ("Norway-Denmark talks on ferry routes were held in Bergen on Monday.", "Norway"),
])
def test_parties_kept(body, kept):
    assert kept in actors_of(body)
