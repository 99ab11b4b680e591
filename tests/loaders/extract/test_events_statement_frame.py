"""'X said in a statement that ...' frames a reported claim: the statement is no event of its own unless the
saying is dated in the statement's own phrase, before the claim's 'that' (`events._STATEMENT_FRAME`,
`_FRAME_PHRASE_REACH`; made-up texts, published 10 March 2031)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _statements(body):
    return [body[e.start:e.end] for e in events_of(body, "Karl Brenner", "Ana Silva", published=date(2031, 3, 10))
            if e.event_type == "statement"]


@pytest.mark.parametrize("body, expected", [
    # the frame of a claim: no statement event
    ("The Varrow Transit Authority said in a statement that ridership rose 12 percent in 2030.", []),
    ("The Kestle Rugby League said in a brief statement that crowds were the best in years.", []),
    # near misses: a dated saying, a statement told as the subject, a statement issued
    ("The Varrow Transit Authority said in a statement on Tuesday that ridership rose 12 percent.", ["statement"]),
    ("The Varrow Transit Authority issued a statement on Tuesday condemning the strike.", ["statement"]),
    # a date anywhere in the statement's own phrase, before the claim's "that", dates the saying
    ("The Varrow Transit Authority said in a statement released through its media office on Tuesday that ridership "
     "rose.", ["statement"]),
    ("The Varrow Transit Authority said in a statement Tuesday that ridership rose.", ["statement"]),
    # near misses: the date is the claim's (after "that", or past the phrase's reach with no "that")
    ("The Varrow Transit Authority said in a statement released through its media office that ridership rose on "
     "Tuesday.", []),
    ("The Varrow Transit Authority said in a statement ridership had risen every month since the strike ended on "
     "Tuesday.", []),
    # near misses: a date of another noun in the statement's phrase (an aside after a later noun, a relative
    # clause, another event) does not date the saying; an aside right after the statement noun does
    ("The Varrow Transit Authority said in a statement on its website, updated on Friday, that ridership rose.", []),
    ("The Varrow Transit Authority said in a statement on its website (updated on Friday) that ridership rose.", []),
    ("The Varrow Transit Authority said in a statement about the depot, which reopened on Friday, that ridership "
     "rose.", []),
    ("The Varrow Transit Authority said in a statement after the fire on Sunday that ridership fell.", []),
    ("The Varrow Transit Authority said in a statement, released on Friday, that ridership rose.", ["statement"]),
])
def test_a_statement_framing_a_claim_is_no_event(body, expected):
    assert _statements(body) == expected
