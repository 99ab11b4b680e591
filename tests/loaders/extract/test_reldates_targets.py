"""A yearless day written as a deadline or as the day a plan is moved to is the coming one, whatever the tense of
the verb that sets it (`reldates._TARGET_BEFORE`); a day the past verb itself dates stays gone by (made-up texts)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_reldates import value_of

JULY_9 = date(2031, 7, 9)
APRIL_22 = date(2031, 4, 22)


@pytest.mark.parametrize("text, anchor, phrase, expected", [
    # deadlines and moved days: ahead
    ("The Varrow high court on Thursday ordered the civic body to file a report by July 23.", JULY_9,
     "July 23", "2031-07-23"),
    ("The tribunal gave the council until July 30 to reply.", JULY_9, "July 30", "2031-07-30"),
    ("The Kestle fair, scheduled for April 29, has been moved to May 6 to allow a larger venue.", APRIL_22,
     "May 6", "2031-05-06"),
    ("The hearing was postponed until 2 May, the registrar said.", APRIL_22, "2 May", "2031-05-02"),
    # near misses: the past verb's own day stays gone by
    ("The Varrow high court ordered the civic body on July 23 to file a report.", JULY_9, "on July 23", "2030-07-23"),
    ("The Kestle fair was held on May 6, the organisers said.", APRIL_22, "on May 6", "2030-05-06"),
    # a deadline already gone by within half a year stays in the past
    ("The council filed its report by July 2, officials said.", JULY_9, "July 2", "2031-07-02"),
])
def test_a_deadline_or_moved_day_is_ahead(text, anchor, phrase, expected):
    assert value_of(text, anchor, phrase) == (expected, "day")
