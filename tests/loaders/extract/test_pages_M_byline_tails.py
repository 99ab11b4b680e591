"""A byline-and-date line that goes on after its date (pagesM): an update stamp after a dash whose date leaves out
the year ("By Jo Roe | June 4, 2026 at 2:26 PM HST - Updated June 4 at 4:46 PM"), and a posting board's tags (a
clock with an at sign, a "from the ... dept." joke). The byline is what stands before the date; the date before
the update stamp is the posting day, which a URL one day off (made in another time zone) does not replace. Pages,
outlets and people made up. Near misses: other words after the dash, a long place tail, a URL two days off, a
date line without an update stamp."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = """The regional council voted on Tuesday to extend the tram line to the airport, ending a decade of debate after years of delay.
The extension will add six stops and is expected to open in 2029, the council said in a statement.
Opponents said the money would be better spent on buses in the outer suburbs, where services are thin.
"This is the right line in the right place," the council's transport chair told reporters after the vote.
"""
_H = "Council votes to extend tram line\n"
_URL = "https://www.kestrelvalleynews.com/2026/06/05/council-votes/"


def _article(top: str, url: str | None = None):
    given = {"url": url} if url else {}
    return extract_article(SourceDocument("x", "txt", _H + top + "\n" + _BODY, given), Registry())


# name, byline line, url, field, expected
ROWS = [
    ("dash_update_yearless", "By Jane Roe | June 4, 2026 at 2:26 PM HST - Updated June 4 at 4:46 PM", None,
     "byline", "By Jane Roe"),
    ("dash_update_staff", "By KVN Staff | June 4, 2026 at 2:26 PM HST - Updated June 4 at 4:46 PM", None,
     "byline", "By KVN Staff"),
    ("dash_update_url_next_day", "By Jane Roe | June 4, 2026 at 2:26 PM HST - Updated June 4 at 4:46 PM", _URL,
     "published", "2026-06-04"),
    ("board_tags", "Posted by Jane Roe on Friday June 4, 2026 @08:00PM from the long-tram dept.", None,
     "byline", "Posted by Jane Roe"),
    ("board_tags_authors", "Posted by Jane Roe on Friday June 4, 2026 @08:00PM from the long-tram dept.", None,
     "authors", ["Jane Roe"]),
    # near misses: these keep what they read before
    ("nm_dash_desk", "By Jane Roe | June 4, 2026 at 2:26 PM HST - Kestrel Valley Regional Desk", None,
     "byline", "By Jane Roe | June 4, 2026 at 2:26 PM HST - Kestrel Valley Regional Desk"),
    ("nm_dash_update_no_date", "By Jane Roe | June 4, 2026 at 2:26 PM - Updated with new figures from the council",
     None, "byline", "By Jane Roe | June 4, 2026 at 2:26 PM - Updated with new figures from the council"),
    ("nm_place_tail", "Posted by Jane Roe on Friday June 4, 2026 from the city hall press office in Riverton", None,
     "byline", "Posted by Jane Roe on Friday June 4, 2026 from the city hall press office in Riverton"),
    ("nm_url_no_update", "By Jane Roe | June 4, 2026 at 2:26 PM HST", _URL, "published", "2026-06-05"),
    ("nm_url_two_days", "By Jane Roe | June 3, 2026 at 2:26 PM HST - Updated June 4 at 4:46 PM", _URL,
     "published", "2026-06-05"),
    ("nm_date_alone_url", "June 4, 2026", _URL, "published", "2026-06-05"),
    ("nm_plain_bar", "By Jane Roe | June 4, 2026 at 2:26 PM", None, "byline", "By Jane Roe"),
]


@pytest.mark.parametrize("name,top,url,field,expected", ROWS, ids=[row[0] for row in ROWS])
def test_byline_tail(name, top, url, field, expected):
    article = _article(top, url)
    if field == "published":
        assert str(article.published_on) == expected
    else:
        assert getattr(article, field) == expected
