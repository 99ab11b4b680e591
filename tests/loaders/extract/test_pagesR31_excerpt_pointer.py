"""pagesR31: an excerpt's closing pointer to the rest of the same story ("Read it all here.") is the quoting
article's last line, no button; a pointer to more of the site's pages stays a button. Made-up pages."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate
from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry


@pytest.mark.parametrize(("line", "kind"), [
    # hits: the rest of the same story
    ("Read it all here.", "button"),  # alone a button; the page decides (pagesR32)
    ("Read the rest of the story here.", "button"),
    ("Read the rest here", "button"),
    # near misses: more of the site, a full piece elsewhere, another verb, a bare call
    ("Read more here.", "button"),
    ("Read more columns here.", "button"),
    ("Read the full story here.", "button"),
    ("Read it now", "button"),
    ("Watch the whole segment here.", "button"),
])
def test_an_excerpts_pointer_is_no_button(line, kind):
    assert boilerplate.classify_line(line) == kind


_PAGE = ("Harbour towns weigh a shared ferry\n\n"
         "The two harbour towns of Elmsby and Corrow are weighing a shared ferry, a regional weekly reported on "
         "Thursday, after a year of talks between their councils.\n\n"
         "According to the weekly, the councils would split the cost of two boats and a new pier at Corrow, and the "
         "first crossings could start in the spring if the budget holds.\n\n"
         "Residents have asked for a shared service since the old ferry stopped running in the winter storms.\n\n"
         "{closing}\n")


@pytest.mark.parametrize(("closing", "last"), [
    ("Read it all here.", "Read it all here."),
    ("Read the rest of the story here.", "Read the rest of the story here."),
    # near misses: a button under the excerpt leaves the body
    ("Read more here.", "Residents have asked for a shared service since the old ferry stopped running in the winter "
                        "storms."),
    ("Read the full story here.", "Residents have asked for a shared service since the old ferry stopped running in "
                                  "the winter storms."),
])
def test_the_excerpts_pointer_closes_the_body(closing, last):
    article = extract_article(SourceDocument("x.txt", "txt", _PAGE.format(closing=closing), {}), Registry())
    assert article.body.split("\n\n")[-1] == last
