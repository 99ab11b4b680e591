"""Outlet names on real-looking pages (pagesO): a host the page only shows (a bare "© Name" over a picture is a
photo's credit, no outlet's, and the host names the site), a nonprofit's name on its .org
host running on through its institution word, and a joined handle in a dateline yielding to the spaced name the
copyright line gives. Pages, outlets and people made up. Near misses keep their old reading: a copyright line with
a year, a "Copyright" word or at the foot alone; a commercial host's institution word; a joined name the page never
spaces."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = """The regional council voted on Tuesday to extend the tram line to the airport, ending a decade of debate after years of delay.

The extension will add six stops and is expected to open in 2029, the council said in a statement on Tuesday.

Opponents said the money would be better spent on buses in the outer suburbs, where services are thin and slow.

"This is the right line in the right place," the council's transport chair told reporters after the long vote.
"""
_H = "Council votes to extend tram line\n\n"


def _outlet(page: str, url: str) -> str | None:
    article = extract_article(SourceDocument("x", "txt", page, {"url": url}), Registry())
    return article.outlet_name


ROWS = [
    # A bare "© Name" over the story: a photo credit; the host names the site (its vowel-less label as an acronym).
    ("photo_credit_top", "© Quillmart\n\n" + _H + _BODY, "https://www.qzx.com/news/tram", "QZX"),
    ("photo_credit_top_and_foot", "© Quillmart\n\n" + _H + _BODY + "\n© Jane Roe of Riverton, Kestria\n",
     "https://www.qzx.com/news/tram", "QZX"),
    # Near misses: a copyright with a year or the word, and a bare © at the foot alone, name the outlet.
    ("copyright_year_top", "© 2026 Riverton Ledger\n\n" + _H + _BODY, "https://www.qzx.com/news/tram",
     "Riverton Ledger"),
    ("copyright_foot_alone", _H + _BODY + "\n© Riverton Ledger\n", "https://www.qzx.com/news/tram",
     "Riverton Ledger"),
    # A nonprofit on its .org host: the name runs on through its institution word.
    ("org_institute", _H + _BODY + "\nImage Source: Kestrelby Institute\n", "https://kestrelby.org/tram",
     "Kestrelby Institute"),
    ("org_foundation", _H + _BODY + "\nThe views are not those of the Kestrelby Foundation.\n",
     "https://kestrelby.org/tram", "Kestrelby Foundation"),
    # Near miss: a commercial host's name stops before the word.
    ("com_institute", _H + _BODY + "\nImage Source: Kestrelby Institute\n", "https://kestrelby.com/tram",
     "Kestrelby"),
    # A joined handle in a dateline, the copyright line spacing the name: the spaced name.
    ("handle_then_copyright", _H + "RIVERTON (KestrelValleyNow) - " + _BODY
     + "\nCopyright 2026 Kestrel Valley Now. All rights reserved.\n", "https://www.kestrelvalleynow.com/tram",
     "Kestrel Valley Now"),
    # Near miss: a joined name the page never spaces stays joined.
    ("handle_only", _H + "RIVERTON (KestrelValleyNow) - " + _BODY, "https://www.kestrelvalleynow.com/tram",
     "KestrelValleyNow"),
]


@pytest.mark.parametrize("name,page,url,expected", ROWS, ids=[row[0] for row in ROWS])
def test_outlet_forms(name, page, url, expected):
    assert _outlet(page, url) == expected
