"""Made-up cases: a party's name without a day's possessive before it, and without a legal form in brackets (events
round R20, issue 15: actors; R21 keeps a state's or a city's possessive, review of eventsR20 newly wrong 1 and 4).

"Marrow Hydrogen (Pty) Ltd signed" names Marrow Hydrogen. Near misses: "Norway's Supreme Court" and "Sweden's
Supreme Court" stay two names, owners that are words of the name ("McDonald's"), or one bare word left."""
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
    ("Marrow Hydrogen (Pty) Ltd signed a supply agreement with Kestrel Water Authority on Monday.",
     "Marrow Hydrogen"),
])
def test_owner_and_bracketed_form_dropped(body, wanted):
    assert wanted in actors_of(body)


@pytest.mark.parametrize("body, kept", [
    # near misses: the possessive is a word of the name, or no place the gazetteer knows
    ("McDonald's Corporation signed a lease with Nordvik Carriers on Monday.", "McDonald's Corporation"),
    ("Women's Refuge Council signed a lease with Nordvik Carriers on Monday.", "Women's Refuge Council"),
    ("Marrow's Harbour Authority on Monday signed a lease with Nordvik Carriers.", "Marrow's Harbour Authority"),
    # one bare word would be left: kept whole
    ("Norway's Parliament on Wednesday struck down a municipal tax law.", "Norway's Parliament"),
    # a bracketed acronym or place is no legal form
    ("Kestrel Water Authority (KWA) signed a supply agreement with Marrow Hydrogen Ltd on Monday.",
     "Kestrel Water Authority"),
])
def test_names_kept(body, kept):
    assert kept in actors_of(body)


@pytest.mark.parametrize("body, wanted", [
    # a state's or a city's body keeps its owner: two states' courts or banks are never one name
    ("Norway's Supreme Court on Wednesday struck down the tax law. A day later Sweden's Supreme Court upheld a "
     "similar law.", ["Norway's Supreme Court", "Sweden's Supreme Court"]),
    ("New Zealand's Reserve Bank raised interest rates on Wednesday. Australia's Reserve Bank held rates on Tuesday.",
     ["New Zealand's Reserve Bank", "Australia's Reserve Bank"]),
    ("Oslo's Harbour Authority and Bergen's Harbour Authority signed a joint lease on Monday.",
     ["Oslo's Harbour Authority", "Bergen's Harbour Authority"]),
    ("Georgia's Supreme Court on Monday upheld the state's abortion law.", ["Georgia's Supreme Court"]),
])
def test_state_owner_kept(body, wanted):
    actors = actors_of(body)
    assert all(name in actors for name in wanted) and "Supreme Court" not in actors
