"""pagesR10: the review of pagesR9 (made-up pages).

- An ambiguous numeric date is read against the page's furniture dates (a related list, a "Most read" box, a date
  line), not against a date a story's sentence names ("The storm of April 9, 2026 wrecked ..."); a dotted date
  ("04.12.2026") never votes month-first.
"""
from __future__ import annotations

import pytest

from loaders.extract.pubdates import date_order_of_page

_STORY = "The storm of April 9, 2026 wrecked the pier at Dunmore Quay, an inquiry into the damage found this week.\n"


@pytest.mark.parametrize(("text", "order"), [
    # the reviewer's page: the story's own date months away decides nothing
    ("Storm inquiry report\n\n04.12.2026\n\n" + _STORY, None),
    ("Storm inquiry report\n\n04/12/2026\n\n" + _STORY, None),
    # a dotted date never reads month-first, even beside a list that would say so
    ("Pier report\n04.12.2026\nRelated\nA quay reopens\nApril 11, 2026\n", None),
    ("Pier report\n04.12.2026\nMost read\n04.10.2026 A quay reopens\n", None),
    # near misses (still vote): the list's dates, a short date line, a list line opening on its date
    ("Pier report\n04.12.2026\n" + _STORY + "Related\nA quay reopens\nDecember 1, 2026\n", "DMY"),
    ("Pier report\n04/12/2026\n" + _STORY + "Related\nA quay reopens\nApril 11, 2026\n", "MDY"),
    ("Pier report\n04.12.2026\n" + _STORY + "More\n03.12.2026 Bus lanes open in the old town again after a long wait\n",
     "DMY"),
    ("Pier report\n04-12-2026\n" + _STORY + "Updated: December 5, 2026\n", "DMY"),
])
def test_only_the_pages_furniture_dates_vote(text, order):
    assert date_order_of_page(text) == order


# - A story's sentence opening "Subscribe to ..." that reports who advises it, or names another body's digest by a
#   common noun's possessive, is the story's, not the site's plug.
from loaders.extract.boilerplate import classify_line  # noqa: E402


@pytest.mark.parametrize(("line", "plug"), [
    # the reviewer's line and its kin: kept
    ("Subscribe to the council's roads bulletin to hear of closures, officials advise.", False),
    ("Sign up for the county's flood bulletin, residents were urged.", False),
    ("Subscribe to the weekly bulletin for ferry times, the harbour master says.", False),
    ("Sign up for the library's events digest.", False),
    # near misses: the site's own plugs stay removed
    ("Subscribe to The Bulletin, our morning news round-up.", True),
    ("Sign up for our evening briefing.", True),
    ("Sign up for the Dunmore Post's morning briefing.", True),
    ("Subscribe to our weekly digest, free every Friday.", True),
])
def test_a_reported_sign_up_is_the_storys(line, plug):
    assert (classify_line(line) is not None) == plug


# - A news lede told in the past that says when ("The council voted ... on Tuesday ...") stuck over the next
#   paragraph (the copy lost a blank line) stays the body's first paragraph: a standfirst sums up, it does not date.
from loaders.extract.article import extract_article  # noqa: E402
from loaders.records import SourceDocument  # noqa: E402
from loaders.registry import Registry  # noqa: E402


def _article(raw: str, url: str | None = None):
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": url} if url else {}), Registry())


_SECOND = ("Dunmore residents who filled the hall said the decision came without any warning at all, and several of "
           "them walked out before the vote.")
_SPACED = ("\n\nRepairs would cost more than the town's whole roads budget, the council said.\n\n"
           "A bus link will start in the spring.\n")


@pytest.mark.parametrize(("first", "subtitle"), [
    # stuck ledes: kept as the first paragraph
    ("The council voted on Tuesday to close the old ferry pier at Dunmore Quay.", None),
    ("Councillors agreed yesterday that the old ferry pier at Dunmore Quay would close in March.", None),
    # near misses: summaries stay the standfirst (present tense with a day word; past with no day word)
    ("Ferries stop on Tuesday as the old pier at Dunmore Quay closes for good after ninety years.", "same"),
    ("A ninety-year-old service ends after councillors decide repairs are too costly for the town.", "same"),
    ("The pier had been unsafe for years, a report to the harbour board shows, and repairs cost too much.", "same"),
])
def test_a_stuck_dated_lede_is_no_standfirst(first, subtitle):
    raw = f"Pier to close\n04.12.2026\n{first}\n{_SECOND}{_SPACED}"
    article = _article(raw, "https://www.dunmore-tidings.de/region/pier")
    expected = first if subtitle == "same" else None
    assert article.subtitle == expected
    assert article.body.startswith(_SECOND if expected else first)


# - A masthead in capitals beside a section's name ("HERALD | Sport") is the masthead's shouting, not the brand's
#   lettering: only the part of the line holding the name counts.
_FARES = ("The harbour board voted on Wednesday to raise ferry fares by ten percent from January, citing fuel costs "
          "and the price of new engines.\n\n"
          "Board members said the increase was the first in six years and would be reviewed in the spring.\n")


@pytest.mark.parametrize(("top", "credit", "outlet"), [
    # section banners: the capitals are shouting
    ("KOMAT | Sport", "", "Komat"),
    ("KOMAT — Local News", "", "Komat"),
    ("Home > KOMAT > Business", "", "Komat"),
    # near misses: the lettering beside mixed-case words in the name's own part still counts
    ("KOMAT News Agency | Sport", "", "KOMAT"),
    ("KOMAT", "Jo Roe, KOMAT | Sport\n", "KOMAT"),
    ("KOMAT News Agency", "", "KOMAT"),
])
def test_a_section_banner_in_capitals_is_no_lettering(top, credit, outlet):
    raw = f"{top}\nFerry fares rise by ten percent\n24 September 2026\n{credit}{_FARES}"
    assert _article(raw, "https://www.komat.example/news/ferry-fares").outlet_name == outlet
