"""A denial told by its verb after a subject with "the" ("The ministry also denied that it had diverted ...") is no
definite mention of a statement told before: the article is its subject's. So it is not folded into that earlier
saying (whose status it would turn to denied) and stays the denied act of its own; a saying and a denial of one
teller are two in two sentences too (`events._DENIAL_VERB`, `eventmerge`; made-up rows, round eventsR16)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 12, 3)


def _summary(body, *people):
    return sorted((e.event_type, e.status, body[e.start:e.end]) for e in events_of(body, *people, published=PUBLISHED))


@pytest.mark.parametrize("body, people, expected", [
    # the earlier saying stays occurred; the denial is the denied act
    ("The Ministry of Ports and Roads raised a toll in October. In a statement last month, the ministry said the toll "
     "would fund a bridge. The statement was signed by its secretary, Ilsa Brandt-Oder, who did not respond.\n\n"
     "The ministry also denied that it had diverted the first toll payments to the Treasury.", ("Ilsa Brandt-Oder",),
     [("other", "denied", "denied"), ("other", "occurred", "raised"), ("statement", "occurred", "statement")]),
    ("In a statement on Monday, the Varno Harbour Board said the cranes were safe. The board later denied that it "
     "had sold the old pier.", (),
     [("other", "denied", "denied"), ("statement", "occurred", "statement")]),
])
def test_denial_after_a_saying_stays_its_own(body, people, expected):
    assert _summary(body, *people) == expected


@pytest.mark.parametrize("body, people, expected", [
    # near misses: a denial alone; a saying alone; a definite noun told again
    ("The Varno Harbour Board denied that it had sold the old pier.", (), [("other", "denied", "denied")]),
    ("In a statement on Monday, the Varno Harbour Board said the cranes were safe. The statement was brief.", (),
     [("statement", "occurred", "statement")]),
])
def test_near_misses_unchanged(body, people, expected):
    assert _summary(body, *people) == expected
