"""Notices a site prints under every article (#10, round 2): a comment counter with its number after the word, a
disclaimer of the views in the column's own words, a notice on copying the site's content. Made-up lines; near
misses are sentences of a report about the same things, which stay the article's."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate

ROWS = [
    ("The views expressed in this column belong to the author.", "disclosure"),
    ("The opinions expressed in this article belong solely to the writer.", "disclosure"),
    ("Copying of content is permitted only with an active link to the source.", "copyright"),
    ("Reproduction of materials without written permission is prohibited.", "copyright"),
    ("© Harbour Ledger, unauthorized reproduction and redistribution prohibited", "copyright"),
    # near misses: the article's own sentences
    ("Comments 8 times as many as last year were posted on the council's website, officials said.", None),
    ("The views expressed at the meeting belong to a minority of residents, the mayor said.", None),
    ("Copying of the vaccine is permitted only under licence, the court ruled on Tuesday.", None),
]


@pytest.mark.parametrize("line, label", ROWS, ids=[row[0][:40] for row in ROWS])
def test_tail_notice(line, label):
    assert boilerplate.classify_line(line) == label


_PAGE = """Harbour Ledger
Ferry fares to rise in May
By Jane Roe
April 18, 2024
The harbour board said on Thursday that ferry fares would rise by ten per cent in May, the first rise in four years.
Board chair Ann Lee said fuel costs had doubled since the last rise and the service could not run at a loss.
The new fares will be published on the board's website next week.
Comments 8
Sam K.
Too much already.
Copying of content is permitted only with an active link to the source."""


def test_comment_counter_with_number_after_closes_the_article():
    from loaders.extract.article import extract_article
    from loaders.records import SourceDocument
    from loaders.registry import Registry

    article = extract_article(SourceDocument("x", "txt", _PAGE), Registry())
    assert article.body.endswith("published on the board's website next week.")
