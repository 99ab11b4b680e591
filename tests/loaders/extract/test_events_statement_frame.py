"""'X said in a statement that ...' frames a reported claim: the statement is no event of its own unless the
saying is dated right after it (`events._STATEMENT_FRAME`; made-up texts, published 10 March 2031)."""
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
])
def test_a_statement_framing_a_claim_is_no_event(body, expected):
    assert _statements(body) == expected
