"""Round eventsR61: more heads of a plan told with its day and its undoing (#15, dated recall). A test run, a camp,
a canvass, a recruitment day set for a day and called off are events of that day
(`eventwords.PLAN_EVENT_NOUNS`); never by a bare date or without the plan's undoing. ("fair" was tried and dropped:
"The Kell trade fair was postponed to 2 December" must stay the planned row of the moved-to day.) Made-up rows written before the
fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _events(body):
    return events_of(body, published=date(2010, 3, 10))


@pytest.mark.parametrize("body, day", [
    # hits: a plan's head set for a day and called off
    ("The Kelby open day planned for 10 December was cancelled.", date(2009, 12, 10)),
    ("The test run planned for 10 December was called off.", date(2009, 12, 10)),
    ("The recruitment day planned for 14 November was cancelled.", date(2009, 11, 14)),
    ("The Varnby training camp, planned for 20 April, has been postponed.", date(2010, 4, 20)),
    ("The Ashwick charity run scheduled for 2 April was called off.", date(2010, 4, 2)),
])
def test_plan_head_called_off(body, day):
    rows = [e for e in _events(body) if e.start_date == day]
    assert rows and all(e.status == "cancelled" for e in rows)


@pytest.mark.parametrize("body", [
    # near misses: the same heads with no plan day, or a plain date, give no event
    "The Kelby book fair in December drew large crowds.",
    "The fair was a success, the organisers said.",
    "He made a test run on the new track.",
    "It was a long day for the farmers.",
    "The camp on 20 April housed 300 people.",
    "Conditions at the camp were poor, the survey found.",
])
def test_plain_plan_head_no_event(body):
    assert [e for e in _events(body) if e.start_date is not None and e.status == "cancelled"] == []
    assert [e for e in _events(body) if e.name and e.name.lower().split()[0] in {"fair", "camp", "day", "survey", "test"}] == []


# An indefinite plan's head before a relative clause setting its day ("A ceremony that was scheduled for 20 December
# was cancelled"): "that"/"which" after the noun is no qualifier's noun (`opendates._NOUN_AFTER`), so the noun heads.
@pytest.mark.parametrize("body, day", [
    ("A ceremony that was scheduled for 20 December was cancelled.", date(2009, 12, 20)),
    ("A workshop which had been planned for 3 April was called off.", date(2010, 4, 3)),
])
def test_relative_clause_plan_called_off(body, day):
    rows = [e for e in _events(body) if e.start_date == day]
    assert rows and all(e.status == "cancelled" for e in rows)


@pytest.mark.parametrize("body", [
    # near misses: a relative clause with no plan undone gives no called-off row
    "A match that was scheduled for Friday went ahead.",
    "A ceremony that drew 300 people on 20 December was praised.",
    "The decision that was planned for Monday surprised everyone.",
])
def test_relative_clause_no_undoing(body):
    assert [e for e in _events(body) if e.status == "cancelled"] == []
