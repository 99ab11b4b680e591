"""Round eventsE (#15): a facility's life told in a relative clause with a year ("worked in a factory that closed in
1978") is an event, as "The factory closed in 1978" is: the relative's antecedent is the facility. Written BEFORE
the code; made-up texts. Near misses: no year ("a factory that closed in June"), an object after the verb ("a
school that closed ranks in 1978"), another verb ("a factory that made shoes in 1978"), a habit ("a pool that
closes in August every year"), a person antecedent ("a man who left in 1978")."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    "worked in a factory that closed in 1978": ("My father worked in a factory that closed in 1978.", "1978-01-01"),
    "near a mine which opened in 1990": ("They grew up near a mine which opened in 1990.", "1990-01-01"),
    "a school that had closed in 2001": ("She taught at a school that had closed in 2001.", "2001-01-01"),
    # near misses
    "no year": ("My father worked in a factory that closed in June.", None),
    "an object after the verb": ("She taught at a school that closed ranks in 1978.", None),
    "another verb": ("My father worked in a factory that made shoes in 1978.", None),
    "a habit": ("We swim in a pool that closes in August every year.", None),
}


@pytest.mark.parametrize("body, expected", ROWS.values(), ids=list(ROWS))
def test_relative_facility_life(body, expected):
    dated = [e.start_date.isoformat() for e in events_of(body) if e.start_date]
    assert dated == ([expected] if expected else [])
