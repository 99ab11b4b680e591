"""Made-up cases (events round R23, issue 15 item 3: names a person would write): a noun of a happening told with
its set day (`eventwords.PLAN_EVENT_NOUNS`: 'signing', 'workshop') is named as a noun with its parties and place
("Signing in Varna"), not by the clause that follows it ("Signing was originally scheduled for November in Varna").

Near misses: a vocabulary noun keeps its name, a plan noun's treaty keeps the signing's parties, and a plan noun
told as no happening makes no row."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 12, 3)

NAMES = {
    "The signing was originally scheduled for November 18 in Varna but was postponed because of weather.":
        ["Signing in Varna (2031-11-18)"],
    "The workshop was originally scheduled for 2 December in Keta but was called off.":
        ["Workshop in Keta (2031-12-02)"],
    # near misses
    "The summit had been scheduled for Thursday but was postponed.": ["Summit (2031-12-04)"],
    "The signing of the fisheries treaty with Norway, originally planned for 20 November, was postponed.":
        ["Norway agreement signing (2031-11-20)"],
    "Kestle Bank said its signing of new clients rose in November.": [],
    "A workshop for teachers on Tuesday, planned for months, was called off.": [],
}


@pytest.mark.parametrize("body", list(NAMES))
def test_plan_noun_name(body):
    names = [e.name for e in events_of(body, published=PUBLISHED) if e.start_date is not None]
    assert names == NAMES[body], names
