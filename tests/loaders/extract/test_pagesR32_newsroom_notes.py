"""pagesR32: a nonprofit newsroom's standing notes under the article: its licence to republish ("Our stories may
be republished ... under Creative Commons") and its membership of a news network ("Kestrel Ledger is part of
Harbor Newsroom, a nonprofit news network ..."). A story's sentence about a licence or a network is the story's.
Made-up text."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate
from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry


@pytest.mark.parametrize(("line", "kind"), [
    # hits
    ("Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0. We ask that "
     "you edit only for style or to shorten, provide proper attribution and link to our website.", "copyright"),
    ("This article may be republished under a Creative Commons licence.", "copyright"),
    ("Kestrel Ledger is part of Harbor Newsroom, a nonprofit news network supported by grants and a coalition of "
     "donors as a 501c(3) public charity.", "disclosure"),
    ("The Tallow Current is a member of the Prairie News Network, a nonprofit news organization.", "disclosure"),
    # near misses: a reported licence, a rule on records, a place's or a chain's membership, prose on a network
    ("The council said the photos may be republished under a Creative Commons licence.", None),
    ("Under the new rules, court records may be republished only with a judge's consent.", None),
    ("Riverton is part of Kestrel County, a rural district of 12,000 people.", None),
    ("The paper is part of a chain that closed two newsrooms last year, the union said.", None),
    ("Creative Commons licences let artists share their work freely, she said.", None),
    ("Harbor Newsroom, a nonprofit news network, paid for the survey of rural voters this spring.", None),
    ("The Ledger became part of Harbor Newsroom, a nonprofit news network, in 2021 after its owner retired.", None),
])
def test_newsroom_notes(line, kind):
    assert boilerplate.classify_line(line) == kind


_PAGE = ("Ferry fares to rise in the new year\n\n"
         "By Nell Vorst\n\n"
         "December 3, 2026\n\n"
         "Fares on the Corrow ferry will rise by a fifth in January, the state transport board decided on Tuesday, "
         "after fuel costs outran the budget for a second year.\n\n"
         "Board members said the rise would pay for a new engine on the older of the two boats and keep the winter "
         "timetable, which villages on the far shore depend on for school and clinic trips.\n\n"
         "Riders can comment on the plan until Dec. 20.\n\n"
         "{tail}")
_LAST = "Riders can comment on the plan until Dec. 20."


@pytest.mark.parametrize(("tail", "last"), [
    # hit: the network's note, the licence, the author's box and a related box under the article
    ("Kestrel Ledger is part of Harbor Newsroom, a nonprofit news network supported by grants and a coalition of "
     "donors as a 501c(3) public charity. Kestrel Ledger maintains editorial independence.\n"
     "Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0. We ask that "
     "you edit only for style or to shorten, provide proper attribution and link to our website.\n"
     "Nell Vorst\n"
     "Nell Vorst covers transport and the islands for the Kestrel Ledger from Corrow.\n"
     "RELATED NEWS\n"
     "Island school gets a new boat\n", _LAST),
    # near miss: the story's own sentence on a licence, then the story goes on
    ("The board's photos of the engine may be republished under a Creative Commons licence, a spokesperson said.\n\n"
     "The new fares take effect on Jan. 2.\n", "The new fares take effect on Jan. 2."),
])
def test_newsroom_notes_on_a_page(tail, last):
    article = extract_article(SourceDocument("x.txt", "txt", _PAGE.format(tail=tail), {}), Registry())
    assert article.body.split("\n\n")[-1] == last
