"""pagesR12: the review of pagesR11 (made-up pages).

- A footer line dating the page itself ("This article was last updated on November 5, 2026.") votes on a slash
  date's order, however many words come before its date; a story's sentence about something else does not.
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.article import extract_article
from loaders.extract.pubdates import date_order_of_page
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = ("\nAn inquiry into the damage the gale did to the quay at Velmor found this week that warnings went unheeded.\n"
         "\nThe harbour board said it would reply after the holidays.\n")


@pytest.mark.parametrize(("last", "order"), [
    # the page dating itself: votes (November 5 lies near 05/11, May 11 far from it)
    ("This article was last updated on November 5, 2026.", "DMY"),
    ("This story was updated on November 5, 2026.", "DMY"),
    ("This page was last modified on November 5, 2026.", "DMY"),
    ("This post was first published on November 5, 2026.", "DMY"),
    ("The article was posted on November 5, 2026.", "DMY"),
    ("Last updated on November 5, 2026.", "DMY"),
    # near misses: story sentences about other things stay silent
    ("Crews were called to the quay on November 5, 2026.", None),
    ("The storm of April 9, 2026 flooded the low streets.", None),
    ("The board's report was published on November 5, 2026.", None),
    ("The harbour plan was last updated on November 5, 2026.", None),
    ("Her story was first told on November 5, 2026.", None),
    ("The page boy was hired on November 5, 2026.", None),
    ("The report was released on November 5, 2026.", None),
    ("Divers first reported the crack on November 5, 2026.", None),
])
def test_a_line_dating_the_page_itself_votes(last, order):
    assert date_order_of_page("Quay inquiry at Velmor\n05/11/2026\n" + _BODY + last + "\n") == order


@pytest.mark.parametrize(("last", "published"), [
    # a footer dating the page itself tells the slash date's order: the day is kept
    ("This article was last updated on November 5, 2026.", (date(2026, 11, 5), "day")),
    ("This story was updated on November 5, 2026.", (date(2026, 11, 5), "day")),
    # near misses: no footer, or a story sentence about the storm: the ambiguous date keeps the year only
    ("", (date(2026, 1, 1), "year")),
    ("The storm of April 9, 2026 flooded the low streets.", (date(2026, 1, 1), "year")),
])
def test_a_footer_dating_the_page_keeps_its_day(last, published):
    raw = "Quay inquiry at Velmor\n05/11/2026\n" + _BODY + ("\n" + last + "\n" if last else "")
    found = extract_article(SourceDocument("x.txt", "txt", raw, {}), Registry())
    assert (found.published_on, found.date_precision) == published
