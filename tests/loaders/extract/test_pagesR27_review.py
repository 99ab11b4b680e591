"""Review fixes of pagesR26 (made-up text only): a syndication note ("This story was first published by ...") is
furniture only when it names where the piece ran; with a clause of time or cause after it, it is the story's news
on where the news broke first and stays in the body. Expected outputs written before the run."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())
from tests.loaders.extract.test_pagesR25_trailing_notices import DATE, HEAD, P1, P2, P3  # noqa: E402  (the same made-up page)


@pytest.mark.parametrize("line, kept", [
    # the syndication note: where the piece ran first, nothing after it
    ("This story was first published by the Lowfield Star.", False),
    ("This article was originally published on the Brackwater Echo website.", False),
    # near misses: where the news broke first, with a clause of time or cause
    ("This story was first published by villagers on a community page before the council confirmed it.", True),
    ("This story was first posted on a millers' forum after the road shut on Monday.", True),
    ("This story was first published by a walker when the river rose.", True),
    ("This story was first published online because the county stayed silent.", True),
])
def test_syndication_note_or_news_mid_body(line, kept):
    text = "\n\n".join([HEAD, DATE, P1, line, P2, P3]) + "\n"
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), REGISTRY)
    assert (line in article.body.split("\n\n")) == kept
