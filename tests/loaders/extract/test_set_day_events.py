"""A happening called off after the day it was set for keeps that day, read forward from the publication date as a
plan's is (made-up texts; published 10 March 2010)."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, trigger, status, day", [
    ("The Kestrel Bay ministry said that the regional summit, planned for 12 May, had been cancelled.",
     "summit", "cancelled", "2010-05-12"),
    ("The Kestrel Bay ministry said that the regional summit, planned for 2 March, had been cancelled.",
     "summit", "cancelled", "2010-03-02"),  # a day just past stays past
])
def test_called_off_after_its_set_day(body, trigger, status, day):
    rows = [e for e in events_of(body) if body[e.start:e.end] == trigger]
    assert [(e.status, e.start_date.isoformat()) for e in rows] == [(status, day)]
