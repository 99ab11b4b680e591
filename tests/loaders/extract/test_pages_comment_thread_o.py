"""Readers' comments closing a page without a heading over them, and a feed's footer (pagesO): a comment opens with
its writer's handle, its time under it ("2 hours ago") and a "Reply"/"Like" button; from the first such comment on
the page is furniture. "Read more of this story at Riverwire." under a syndicated post is the feed's footer. Pages,
outlets and people made up. Near misses keep their lines: a live entry's name and time over prose with no button, a
time without a handle, a "Read more of this story at the council website, where ..." sentence."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_H = "Council votes to extend tram line\n\nBy Jane Roe\n\nJune 4, 2026\n\n"
_BODY = """The regional council voted on Tuesday to extend the tram line to the airport, ending a decade of debate after years of delay.

The extension will add six stops and is expected to open in 2029, the council said in a statement on Tuesday.

Opponents said the money would be better spent on buses in the outer suburbs, where services are thin and slow.
"""
_COMMENT = "Finally! This should have been built years ago and the buses are always late anyway in this town."
_THREAD = (f"\nkestrel_fan\n2 hours ago\n{_COMMENT}\nReply\nLike\n\nmarta.b\n1 hour ago\n"
           "Six stops is not enough for a line this long, the outer suburbs get nothing again as usual.\nReply\n")


def _body(page: str) -> str:
    return extract_article(SourceDocument("x", "txt", page, {}), Registry()).body


ROWS = [
    ("thread_no_heading", _H + _BODY + _THREAD, _COMMENT, False),
    ("thread_no_heading_handle", _H + _BODY + _THREAD, "marta.b", False),
    ("thread_keeps_body", _H + _BODY + _THREAD, "where services are thin and slow", True),
    ("feed_footer", _H + _BODY + "\nRead more of this story at Riverwire.\n", "Read more of this story", False),
    # near misses
    ("entry_without_button", _H + _BODY + "\nJane Roe\n2 hours ago\nThe first tram will run on a test track next "
     "spring, the operator said on Wednesday, before passengers board in 2029.\n", "first tram will run", True),
    ("time_without_handle", _H + _BODY + "\n2 hours ago\nThe first tram will run on a test track next spring, the "
     "operator said on Wednesday.\nLike\n", "first tram will run", True),
    ("read_more_sentence", _H + _BODY + "\nRead more of this story at the council website, where residents can "
     "comment until Friday.\n", "Read more of this story at the council website", True),
]


@pytest.mark.parametrize("name,page,line,kept", ROWS, ids=[row[0] for row in ROWS])
def test_comment_thread(name, page, line, kept):
    assert (line in _body(page)) is kept
