"""Lines around a story's end (pagesO): a mailing-list plug ending on its link word ("... by signing up to the Daily
newsletter here"), a print-edition note "in the print", a "Related news:" pointer, an institution's "About" box whose
blurb gives its initials in brackets, and a wire story's bracketed pointer to its chart ("(Graphic: ... - here)"),
which is the story's own line. Pages, outlets and people made up. Near misses keep their reading: prose about
signing up to a newsletter, "Related news outlets ..." prose, a blurb-like paragraph without an "About" heading, a bracketed
picture credit."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_H = "Council votes to extend tram line\n\nBy Jane Roe\n\n"
_BODY = """The regional council voted on Tuesday to extend the tram line to the airport, ending a decade of debate after years of delay.

The extension will add six stops and is expected to open in 2029, the council said in a statement on Tuesday.

Opponents said the money would be better spent on buses in the outer suburbs, where services are thin and slow.
"""
_LAST = "\nThe line's first section will carry trams from the station to the harbour by the end of the decade, officials said.\n"


def _paragraphs(page: str) -> list[str]:
    article = extract_article(SourceDocument("x", "txt", page, {"url": "https://www.kestrelpost.com/tram"}),
                              Registry())
    return [p for p in article.body.split("\n\n") if p.strip()] if isinstance(article.body, str) else article.body


def _body_has(page: str, line: str) -> bool:
    return any(line in paragraph for paragraph in _paragraphs(page))


ROWS = [
    # furniture that leaves the body
    ("newsletter_here", _H + _BODY + "\nDon't miss the biggest stories from across Kestria by signing up to the Post "
     "Daily newsletter here\n" + _LAST, "signing up to the Post Daily newsletter here", False),
    ("print_note_the", _H + _BODY + _LAST + "\nA version of this article appears in the print on June 9, 2026, of "
     "The Kestrel Post.\n", "appears in the print", False),
    ("related_news", _H + _BODY + "\nRelated news: Council approves bus lane on the ring road\n" + _LAST,
     "Council approves bus lane", False),
    ("about_box_initials", _H + _BODY + _LAST + "\nAbout Riverton Medical Center\nRiverton Medical Center (RMC) is "
     "an internationally recognized academic medical center with a mission of research, teaching and patient care, "
     "which accounts for most of the funded research in the region.\n", "internationally recognized academic", False),
    # the story's own lines, and near misses that stay
    ("graphic_pointer", _H + _BODY + _LAST + "\n(Graphic: Tram lines in Europe - here)\n",
     "(Graphic: Tram lines in Europe - here)", True),
    ("newsletter_prose", _H + _BODY + "\nResidents can keep up with the works by signing up to the council "
     "newsletter, which is sent out weekly, she said.\n" + _LAST, "signing up to the council newsletter", True),
    ("related_news_prose", _H + _BODY + "\nRelated news outlets reported the same figures on Monday, citing the "
     "council's own transport office in the city.\n" + _LAST, "Related news outlets", True),
    ("blurb_without_heading", _H + _BODY + "\nRiverton Medical Center (RMC) is a teaching hospital whose staff had "
     "asked for their own stop since 2019, the council said on Tuesday.\n" + _LAST, "asked for their own stop", True),
]


@pytest.mark.parametrize("name,page,line,kept", ROWS, ids=[row[0] for row in ROWS])
def test_tail_furniture(name, page, line, kept):
    assert _body_has(page, line) is kept


def test_graphic_credit_stays_furniture():
    page = _H + _BODY + "\n(Graphic: Jane Roe/Reuters)\n" + _LAST
    assert not _body_has(page, "(Graphic: Jane Roe/Reuters)")
