"""A denial's gerund after the narration told the happening ("forces launched a missile attack … The ministry
denied targeting civilians") is one party's claim about an event the text reports as having happened: merged with
it, the event stays occurred. The determiner before a denial ("The Kremlin denied targeting") is its subject's, so
the denial is no definite mention of an event told before ("That meeting never took place" still is)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

WEDNESDAY = date(2026, 3, 11)


def _attacks(body):
    return [(e.status, e.start_date) for e in events_of(body, "Ana Silva", published=WEDNESDAY)
            if e.event_type == "attack"]


@pytest.mark.parametrize("body, expected", [
    # the happening told first, a party's denial after it: occurred
    ("Earlier on Monday, Varnian forces launched a missile attack on Ostrel, damaging a power station, regional "
     "governor Ana Silva said. The Varnian defence ministry denied targeting civilian infrastructure.",
     [("occurred", date(2026, 3, 9))]),
    # near miss: the denial alone stays a denied attack
    ("The Varnian army denied shelling the hospital in Ostrel on Monday, governor Ana Silva said.",
     [("denied", date(2026, 3, 9))]),
])
def test_denial_after_the_happening_is_told(body, expected):
    assert _attacks(body) == expected
