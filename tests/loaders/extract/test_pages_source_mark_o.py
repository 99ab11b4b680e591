"""A link-sharing board's headline closes on its source's host in brackets and the comment count ("... Jobs
(riverton.example) 87"): the mark is no part of the headline (pagesO). Made-up page. Near miss: a headline's own
bracketed words."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = """

Posted by jroe on Friday June 5, 2026 @08:00PM from the long-tram dept.
The regional council voted on Tuesday to extend the tram line to the airport, ending a decade of debate after years of delay.

The extension will add six stops and is expected to open in 2029, the council said in a statement on Tuesday.
"""

ROWS = [
    ("host_and_count", "Council Votes To Extend Tram Line To Airport (rivertonpost.com) 87",
     "Council Votes To Extend Tram Line To Airport"),
    ("host_only", "Council Votes To Extend Tram Line To Airport (rivertonpost.com)",
     "Council Votes To Extend Tram Line To Airport"),
    ("own_brackets", "Council Votes To Extend Tram Line (Again)", "Council Votes To Extend Tram Line (Again)"),
]


@pytest.mark.parametrize("name,headline,expected", ROWS, ids=[row[0] for row in ROWS])
def test_source_mark(name, headline, expected):
    article = extract_article(SourceDocument("x", "txt", headline + _BODY, {}), Registry())
    assert article.title == expected
