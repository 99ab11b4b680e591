"""Made-up cases (events round R22, issue 15 items 1 and 5: planned and cancelled events with their dates): a
happening told with the day it was first set for and then called off ("The signing, originally scheduled for 18
November, was postponed", "The signing had originally been scheduled for 19 November but was postponed") is a
cancelled event on that day, whatever the subject's article, and a noun that names a happening only when planned
("signing", "workshop": `eventwords.PLAN_EVENT_NOUNS`) heads it (`opendates`).

Near misses: such a noun with a bare date (a player's signing), no plan at all, a plan held as set, a noun that is
no happening before the plan's words."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 11, 25)  # a Tuesday

ROWS = {
    "a signing first set, in apposition": (
        "The signing, originally scheduled for 18 November, was postponed at the request of the other side.",
        "signing", date(2031, 11, 18)),
    "a signing first set, then 'but was postponed'": (
        "The signing had originally been scheduled for 19 November but was postponed because of the weather.",
        "signing", date(2031, 11, 19)),
    "an indefinite ceremony first set, in apposition": (
        "A ceremony to open the bridge, originally planned for 20 November, was postponed after a storm.",
        "ceremony", date(2031, 11, 20)),
    "a workshop planned, called off": (
        "A workshop for growers, planned for 2 December, was called off because of the strike.",
        "workshop", date(2031, 12, 2)),
    "a hearing set in a relative clause, undone right after its day": (
        "A public hearing on the levy that had been scheduled for Thursday was canceled.", "hearing",
        date(2031, 11, 27)),
    "a workshop set by a body for a day, undone right after": (
        "A workshop for growers that the board had scheduled for 3 December has been cancelled.", "workshop",
        date(2031, 12, 3)),
    # near misses
    "near miss: a hearing set for a day, then held": (
        "A public hearing on the levy that had been scheduled for Thursday was attended by 300 people.", "hearing",
        "not cancelled"),
    "near miss: a workshop set for a day and a town, then broadcast": (
        "A workshop for growers scheduled for 3 December in Varna was broadcast live.", "workshop", "not cancelled"),
    "near miss: a player's signing with a bare month": (
        "The club's new signing in January scored twice against the leaders.", "signing", None),
    "near miss: a workshop told with no plan": (
        "A workshop in Kiel taught farmers to graft apple trees.", "workshop", None),
    "near miss: a plan held as set": (
        "The signing, planned for 18 November, went ahead in the capital with both ministers present.",
        "signing", "not cancelled"),
    "near miss: a noun that is no happening before the plan's words": (
        "The budget surplus, originally planned for 2032, was postponed by a year.", "surplus", None),
    "near miss: a workshop's place, its day never set": (
        "Growers said the workshop was a barn that the storm had destroyed on Monday.", "workshop", None),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_plan_first_set(key):
    body, noun, expected = ROWS[key]
    at = body.index(noun)
    over = [e for e in events_of(body, published=PUBLISHED) if e.start <= at < e.end]
    if expected is None:
        assert not [e for e in over if e.start_date is not None], over
    elif expected == "not cancelled":
        assert not [e for e in over if e.status == "cancelled"], over
    else:
        assert [(e.status, e.start_date) for e in over] == [("cancelled", expected)], over


def test_moved_plan_two_rows():
    """A moved plan is two rows, whichever word carries each (lead decision, round eventsR60): one called off on the
    first day, one planned on the new day, no third from the plan noun."""
    body = ("The signing of the fisheries treaty with Norway, originally planned for 20 November, had been postponed "
            "to 14 January because of the storms.")
    rows = sorted((e.status, e.start_date) for e in events_of(body, published=PUBLISHED))
    assert rows == [("cancelled", date(2031, 11, 20)), ("planned", date(2032, 1, 14))], rows
