"""pagesR9: a standfirst in the block's single-spaced run under the date line, over the first paragraph which a
blank line closes, on a page that spaces its paragraphs and signs no byline, is the standfirst. Made-up pages."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry


def _article(raw: str, url: str | None = None):
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": url} if url else {}), Registry())


_STANDFIRST = "The deal will bring forty inspectors to the harbour for training over the next three years."
_LEDE = ("The two towns today signed an agreement on harbour training at the town hall. The agreement was signed by "
         "the mayors of both towns after a year of talks.")
_REST = ("\n\n\"We have learned the hard way that a harbour is only as good as its records,\" the mayor said.\n\n"
         "The first group will arrive in March, a spokesman said.\n\n"
         "The towns have worked together on ferry routes since 1990.\n")


@pytest.mark.parametrize(("raw", "subtitle"), [
    # positive: the single-spaced block run, the lede closing it with a blank line, a spaced body
    (f"Ministries\nNews\nTwo towns sign harbour training deal\n3.12.2026\n{_STANDFIRST}\n{_LEDE}{_REST}", _STANDFIRST),
    # near misses: a blank line under the sentence; no date line; the lede shorter; a body not spaced; a quote;
    # a short one-line lede; a signed block (its date line closes it)
    (f"Ministries\nNews\nTwo towns sign harbour training deal\n3.12.2026\n{_STANDFIRST}\n\n{_LEDE}{_REST}", None),
    (f"Ministries\nNews\nTwo towns sign harbour training deal\n{_STANDFIRST}\n{_LEDE}{_REST}", None),
    (f"Ministries\nNews\nTwo towns sign harbour training deal\n3.12.2026\n{_STANDFIRST}\nThe towns signed it.{_REST}",
     None),
    (f"Ministries\nNews\nTwo towns sign harbour training deal\n3.12.2026\n{_STANDFIRST}\n{_LEDE}"
     + _REST.replace("\n\n", "\n"), None),
    (f"Ministries\nNews\nTwo towns sign harbour training deal\n3.12.2026\n\"We are ready,\" the mayor said.\n"
     f"{_LEDE}{_REST}", None),
    (f"Ministries\nNews\nTwo towns sign harbour training deal\n3.12.2026\nThe deal is signed.\n{_LEDE}{_REST}", None),
    (f"Ministries\nNews\nTwo towns sign harbour training deal\nBy Jo Roe\n3.12.2026\n{_STANDFIRST}\n{_LEDE}{_REST}",
     None),
])
def test_a_standfirst_in_the_blocks_single_spaced_run(raw, subtitle):
    article = _article(raw)
    assert article.subtitle == subtitle
    if subtitle:
        assert article.body.startswith("The two towns today signed")
