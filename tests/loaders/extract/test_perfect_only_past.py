"""A verb written the same in the present and the past ('cut') reports a dated happening only after a perfect's
auxiliary (`eventwords.PERFECT_ONLY_PAST`); made-up texts, published 10 March 2010."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, expected", [
    ("The Kestrel Bank had last cut the rate in April, by a quarter point.", [("cut", "2009-04-01")]),
    ("The Kestrel Bank had cut its lending rate in January 2009.", [("cut", "2009-01-01")]),
    ("Brennvik Council has already cut the grant in February.", [("cut", "2010-02-01")]),
    # near misses: the present, or a habit, without the auxiliary
    ("Kestrel farmers cut hay in April.", []),
    ("Each year Brennvik growers cut the vines in February.", []),
    ("The Kestrel Bank announced a rate cut in April.", [("announced", "2009-04-01")]),
])
def test_cut_after_a_perfect(body, expected):
    assert [(body[e.start:e.end], e.start_date.isoformat()) for e in events_of(body)] == expected
