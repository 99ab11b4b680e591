"""The people step when an invisible character splits the byline's name ("By Jo\u200b Roe") so that no author was
read: the byline's name, its invisible characters removed, is the author all the same, and a note on the author
closing the page names no person of the article. Made-up articles."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry

_STORY = ("Union leader Mick Lynch said on Tuesday the strike was off.\n\n\"We got a fair offer,\" Lynch said.\n\n"
          "Commuters welcomed the news.\n\n")


def _names(body: str, byline: str | None, authors: list[str]) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, byline=byline,
                            authors=authors)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize(
    ("body", "byline", "authors", "expected"),
    [
        # the byline's name split by a zero-width space, a soft hyphen or a word joiner is the author's
        (_STORY + "— Jo Roe is a freelance journalist based in London.", "By Jo\u200b Roe", [], {"Mick Lynch"}),
        (_STORY + "Jo Roe covers transport for the Herald.", "By Jo\u00ad Roe", [], {"Mick Lynch"}),
        (_STORY + "— Jo Roe is a freelance journalist based in London.", "By Jo\u2060 Roe", [], {"Mick Lynch"}),
        # near misses: a byline read as it is stays as it was
        (_STORY + "— Jo Roe is a freelance journalist based in London.", "By Jo Roe", ["Jo Roe"], {"Mick Lynch"}),
        # ... the note names someone other than the author
        (_STORY + "— Ann Bell is a freelance journalist based in London.", "By Jo\u200b Roe", [],
         {"Mick Lynch", "Ann Bell"}),
        # ... the author named in the story itself, speaking, is a person of the article
        ("Union leader Jo Roe said on Tuesday the strike was off.\n\n\"We got a fair offer,\" Roe said.\n\n"
         "Commuters welcomed the news.\n\nTrains ran late.", "By Jo\u200b Roe", [], {"Jo Roe"}),
        # ... and a byline of a desk, not a person, names no author
        (_STORY + "— Jo Roe is a freelance journalist based in London.", "By Staff\u200b Reporter", [],
         {"Mick Lynch", "Jo Roe"}),
    ],
)
def test_invisible_byline_author(body, byline, authors, expected):
    assert _names(body, byline, authors) == expected
