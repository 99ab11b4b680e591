"""An age reached is no happening (issue 15, dated recall stress: "Venn, who turned 60 on 2 April"): 'turned'
before a bare number of years (`eventwords.AGE_VERBS`); "celebrated 50 years in office" stays an event. Near misses of ordinary prose:
'turned' with a particle ("turned back", "turned down") or before other words stays a happening; a number of
people ("turned 200 protesters away") is no age. Written before the fix.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_dated_apposition import assert_dated_at  # published Wednesday 2026-06-10

CASES = [
    # (sentence, people, trigger, ISO date or None: no dated event over the trigger)
    ("Dario Venn, who turned 60 on 2 April, spoke.", ("Dario Venn",), "turned", None),
    ("Ana Silva turned 45 on Monday.", ("Ana Silva",), "turned", None),
    ("Ana Silva celebrated 50 years in office on Monday.", ("Ana Silva",), "celebrated", "2026-06-08"),
    # near misses: still happenings
    ("The Norwegian ship turned back on Monday.", (), "turned", "2026-06-08"),
    ("Officials in Kenya turned down the offer on Monday.", (), "turned", "2026-06-08"),
    ("Police in Oslo turned 200 protesters away on Monday.", (), "turned", "2026-06-08"),
]


@pytest.mark.parametrize("body, people, trigger, when", CASES, ids=[case[0][:50] for case in CASES])
def test_age_reached(body, people, trigger, when):
    assert_dated_at(body, people, trigger, when)
