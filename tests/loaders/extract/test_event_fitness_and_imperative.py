"""Two readings that are no happening (issue 15, round 3 of evdateF, status precision): a player "passed fit" is a
state declared, not an event (like "ruled out", `eventwords.STANCE_PARTICLE_VERBS`); and a bare verb after an
opening phrase of purpose ("For more details, visit the council's website") is an instruction, as one opening its
sentence is. Near misses stay events. Made-up sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)  # a Wednesday


def triggers(body: str) -> list[str]:
    return [body[e.start:e.end] for e in events_of(body, published=PUBLISHED)]


@pytest.mark.parametrize("body, unwanted", [
    ("The manager said Varga had been nursing a calf strain and was only passed fit on Monday.", "passed"),
    ("For more information about the closures, visit Varno.gov/roads.", "visit"),
    ("To find a clinic near you, visit the ministry's website.", "visit"),
])
def test_no_happening(body, unwanted):
    assert unwanted not in triggers(body)


@pytest.mark.parametrize("body, wanted", [
    # near misses: a bill passed, a visit told by its subject after an opening phrase
    ("The Varno parliament passed the budget bill on Monday.", "passed"),
    ("For the first time in a decade, Ana Kowal visited Kell on Monday.", "visited"),
])
def test_still_happening(body, wanted):
    assert wanted in triggers(body)
