"""pagesR34: a byline printed under the last paragraph with the writer's job after her name ("By Jo Marren, staff
reporter") or a family-first romanised name ("By Yoon Seo-jin") signs the article; a heading, a job with no name
before it or a Western double name without a known given name does not. Made-up pages."""
from __future__ import annotations

import pytest

from loaders.extract import text_article
from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_PAGE = ("Kestrel Ledger\nFerry fares rise by ten percent\n24 September 2026\n"
         "The harbour board voted on Wednesday to raise ferry fares by ten percent from January, citing fuel costs "
         "and the price of new engines.\n\n"
         "Board members said the increase was the first in six years and would be reviewed in the spring.\n"
         "{foot}\n© 2026 Kestrel Ledger\n")


def _authors(foot: str) -> list[str]:
    raw = _PAGE.format(foot=foot)
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": "https://k.example/a"}), Registry()).authors


@pytest.mark.parametrize(("foot", "authors"), [
    # hits
    ("By Jo Marren, staff reporter", ["Jo Marren"]),
    ("By Yoon Seo-jin", ["Yoon Seo-jin"]),
    ("By Park Min-woo, senior correspondent", ["Park Min-woo"]),
    # near misses
    ("By The Numbers, staff reporter", []),
    ("By the harbour, staff reporter", []),
    ("By Tram-way Or Bus", []),
    ("Staff reporter", []),
])
def test_foot_byline_with_job_or_family_first_name(foot, authors):
    assert _authors(foot) == authors


@pytest.mark.parametrize(("names", "plain"), [
    ("Jo Marren, staff reporter", "Jo Marren"),
    ("Jo Marren, Harbour Correspondent", "Jo Marren"),
    # near misses: no job word last, a figure, no name before the comma, a long tail
    ("Jo Marren, Kestrel Ledger", "Jo Marren, Kestrel Ledger"),
    ("Jo Marren, 3 reporters", "Jo Marren, 3 reporters"),
    (", staff reporter", ", staff reporter"),
    ("Jo Marren, our very own senior reporter", "Jo Marren, our very own senior reporter"),
])
def test_without_job(names, plain):
    assert text_article._without_trailing_role(names) == plain


@pytest.mark.parametrize(("tokens", "shaped"), [
    (["Yoon", "Seo-jin"], True),
    (["Kim", "Ha-eun"], True),
    (["Ruiz", "Mendoza-Lara"], False),
    (["Marrowbrook", "Seo-jin"], False),
    (["Yoon", "Seo-Jin"], False),
    (["Yoon", "Seo-jin", "Park"], False),
])
def test_family_first_romanised(tokens, shaped):
    assert text_article._family_first_romanised(tokens) is shaped
