"""A yearless day or month a called-off plan was set for is the coming one when the past reading would lie more
than half a year back: "called off a strike planned for April 18" (published April 15) dates the strike three days
ahead, not a year ago; "shelved plans for a referendum in May" is next month's. A day the called-off plan's own
sentence tells as gone by (within half a year), or a day of the cancelling itself, keeps its past reading
(`reldates._called_off_ahead`; made-up texts)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_reldates import value_of

APRIL_15 = date(2031, 4, 15)


@pytest.mark.parametrize("text, phrase, expected", [
    # a day or month the called-off plan was set for: ahead
    ("The Tarn Dock Union called off a strike planned for April 18.", "April 18", "2031-04-18"),
    ("The ministry cancelled a hearing scheduled for 2 May.", "2 May", "2031-05-02"),
    ("A concert set for May 9 was cancelled after the storm.", "May 9", "2031-05-09"),
    ("The Velm government shelved plans for a referendum in May.", "in May", "2031-05"),
    ("Organisers scrapped the June festival in Orrin.", "the June", "2031-06"),
    # near misses: a day gone by within half a year stays past; a cancelling told on its own day stays past
    ("The Tarn Dock Union called off a strike planned for April 10.", "April 10", "2031-04-10"),
    ("The ministry cancelled the contract on March 30.", "on March 30", "2031-03-30"),
    ("The club scrapped 300 old seats in March.", "in March", "2031-03"),
    # a past event without a called-off verb keeps the past reading a year back
    ("The Tarn Dock Union held a strike on April 18.", "on April 18", "2030-04-18"),
    ("The Velm government held a referendum in May.", "in May", "2030-05"),
])
def test_called_off_plan_day_is_ahead(text, phrase, expected):
    assert value_of(text, APRIL_15, phrase)[0].startswith(expected)


@pytest.mark.parametrize("text, phrase, expected", [
    # a weekday a plan was set for, the plan then pushed back or deferred: the coming one
    ("Kowal's visit to Varna, set for Friday, has been pushed back to May 20.", "Friday", "2031-04-18"),
    ("A hearing scheduled for Thursday was deferred.", "Thursday", "2031-04-17"),
    # near miss: a weekday the act itself was done on
    ("Kowal visited Varna on Friday.", "on Friday", "2031-04-11"),
])
def test_pushed_back_plan_weekday_is_ahead(text, phrase, expected):
    assert value_of(text, APRIL_15, phrase)[0].startswith(expected)
