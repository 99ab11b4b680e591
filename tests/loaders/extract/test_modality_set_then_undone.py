"""A plan's day told right after the trigger, its calling off after "but"/"and" ("The summit was originally
scheduled for 18 November in Orrin but was postponed because of weather"): the event is cancelled, on the day it
was set for (`modality` set-then-undone-after, read past the comma; made-up rows, round eventsR16)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 12, 3)


def _status_of(body, word):
    start = body.index(word)
    found = [e for e in events_of(body, published=PUBLISHED) if e.start <= start < e.end]
    return (found[0].status, found[0].start_date.isoformat() if found[0].start_date else None) if found else None


@pytest.mark.parametrize("body, word, expected", [
    ("The summit was originally scheduled for 18 November in Orrin but was postponed because of weather.", "summit",
     ("cancelled", "2031-11-18")),
    ("The hearing had initially been set for 21 November, but was later called off.", "hearing",
     ("cancelled", "2031-11-21")),
    ("A summit in Orrin was planned for 12 January but has been cancelled.", "summit", ("cancelled", "2032-01-12")),
    # near misses: the plan went ahead, or what follows "but" is no calling off
    ("The summit was originally scheduled for 18 November in Orrin but was held a day late.", "summit",
     ("occurred", "2031-11-18")),
    ("A summit in Orrin was planned for 12 January and will be streamed online.", "summit", ("planned", "2032-01-12")),
])
def test_plan_set_then_undone(body, word, expected):
    assert _status_of(body, word) == expected
