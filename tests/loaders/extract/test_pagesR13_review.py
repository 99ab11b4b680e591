"""pagesR13: two findings of the session's cross-track reviews (made-up pages).

- A two-item breadcrumb over the headline ("Sports › Football", also with », >, / and |) opening on a section's
  name is page furniture, never the title: the headline and its byline under it are read.
"""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = ("Harlow Rovers dismissed their head coach on Monday after a 3-0 loss, the club's sixth defeat in a row.\n"
         "Assistant coach Mel Orchard will take charge for Saturday's match against the visitors from the coast.\n")
_HEADLINE = "Rovers sack coach after sixth straight loss"


def _article(raw: str):
    return extract_article(SourceDocument("x.txt", "txt", raw, {}), Registry())


@pytest.mark.parametrize(("top", "title", "authors"), [
    # a two-item section path over the headline: furniture, the headline and byline are read
    ("Sports › Football", _HEADLINE, ["Gus Haddon"]),
    ("Sports » Football", _HEADLINE, ["Gus Haddon"]),
    ("Sports > Football", _HEADLINE, ["Gus Haddon"]),
    ("Sports / Football", _HEADLINE, ["Gus Haddon"]),
    ("Health › Hospitals", _HEADLINE, ["Gus Haddon"]),
    ("Environment › Climate", _HEADLINE, ["Gus Haddon"]),
    ("News › Local Courts", _HEADLINE, ["Gus Haddon"]),
    # near misses: no breadcrumb, a three-item path and a menu line, as before
    ("", _HEADLINE, ["Gus Haddon"]),
    ("News › Business › Retail", _HEADLINE, ["Gus Haddon"]),
    ("Sports | Football", _HEADLINE, ["Gus Haddon"]),
])
def test_a_two_item_section_path_is_no_title(top, title, authors):
    raw = (top + "\n" if top else "") + _HEADLINE + "\nBy Gus Haddon\nUpdated December 9, 2025 18:02 GMT\n" + _BODY
    found = _article(raw)
    assert (found.title, found.authors) == (title, authors)


@pytest.mark.parametrize(("text", "path"), [
    ("Sports › Football", True),
    ("Health > Hospitals", True),
    ("News / Local", True),
    ("Opinion | Letters", True),
    # near misses: real titles and lines holding the marks stay
    ("Prices > Wages", False),                       # no section's name first
    ("Review – Hamlet", False),                      # a dash parts a headline from its kicker
    ("Sports › Why the league must change its rules now", False),  # a long second item: a headline
    ("Sports › 2025 season", False),                 # a digit
    ("Sports › Football › Cup", False),              # three items: the path rule's, not this one's
    ("Wages > Prices: why the gap is closing", False),
    ("Love > Hate", False),
    ("Sports", False),
])
def test_section_path_shape(text, path):
    from loaders.extract.pageblocks import _section_path

    assert _section_path(text) is path
