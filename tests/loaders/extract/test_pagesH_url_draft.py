"""pagesH: a URL's date is written when the page's address is made, at its first save (a draft) or publication; an
unlabelled day printed in the headline block a few days after it is the day the draft went out, so it stands. A day
printed long after the URL's, an update stamp, or a day before the URL's still yields to the URL's day. Made-up
pages."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

BODY_LINE = ("The council voted on Tuesday to close the old bridge to traffic for a year while engineers repair its "
             "supports, a decision residents on both banks had opposed for months.")


@pytest.mark.parametrize(
    ("date_line", "url", "expected", "rule"),
    [
        # Printed four days after the address was made: the draft went out then.
        ("August 23, 2026 — 5.00am", "https://x.example/news/bridge-closes-20260819-p5abc.html", "2026-08-23",
         "date-line"),
        ("By Jo Roe August 23, 2026", "https://x.example/2026/08/19/bridge-closes", "2026-08-23", None),
        # Near misses: a day long after the URL's, an update stamp, a day before the URL's.
        ("April 10, 2025", "https://x.example/2021/03/04/bridge-closes", "2021-03-04", "url-over-date-line"),
        ("Updated August 21, 2026", "https://x.example/2026/08/19/bridge-closes", "2026-08-19",
         "url-over-updated-only"),
        ("August 17, 2026", "https://x.example/2026/08/19/bridge-closes", "2026-08-19", "url-over-date-line"),
        ("August 19, 2026", "https://x.example/2026/08/19/bridge-closes", "2026-08-19", "date-line+url"),
    ],
)
def test_a_printed_day_just_after_the_urls_is_the_publication(date_line, url, expected, rule):
    raw = f"Council shuts the old bridge\n{date_line}\n{BODY_LINE}\n{BODY_LINE}"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry())
    got = article.published_on.isoformat() if article.published_on else None
    assert got == expected
    if rule:
        assert article.date_rule == rule


PARAGRAPH = ("<p>The council voted on Tuesday to close the old bridge to traffic for a year while engineers repair "
             "its supports, a decision residents on both banks had opposed for months.</p>")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("August 23, 2026", "2026-08-23"),  # four days after the URL's: the draft went out then
        ("September 30, 2026", "2026-08-19"),  # long after: a revision, the URL's day stands
        ("August 17, 2026", "2026-08-19"),  # before the URL's day: the URL's stands
    ],
)
def test_html_date_line_just_after_the_urls(printed, expected):
    html = (f"<html><head><title>Council shuts the old bridge</title></head><body><article>"
            f"<h1>Council shuts the old bridge</h1><div>{printed}</div>{PARAGRAPH * 4}</article></body></html>")
    article = extract_article(SourceDocument("x.html", "html", html,
                                             {"url": "https://x.example/2026/08/19/bridge-closes"}), Registry())
    assert article.published_on is not None and article.published_on.isoformat() == expected
