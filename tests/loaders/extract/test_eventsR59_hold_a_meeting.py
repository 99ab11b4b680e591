"""Round eventsR59 (#15, dated planned recall): a body named by a place and a lower-case head ("the Kelby council")
is the subject of a gathering noun its light verb takes as object ("will hold a meeting on 12 January", "convened an
emergency session"), as it is of the bare verb ("will meet"). Made-up rows written before the rule."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _rows(body):
    return [(e.status, e.start_date.isoformat() if e.start_date else None, list(e.actors))
            for e in events_of(body, published=date(2026, 12, 5))]


@pytest.mark.parametrize("body, row", [
    # hits: "hold/held/convened + (a/its) + gathering noun" after the lower-headed body
    ("The Kelby council will hold a meeting on 12 January.", ("planned", "2027-01-12", ["Kelby council"])),
    ("The Varnholt water board held an emergency meeting on Tuesday.", ("occurred", "2026-12-01",
                                                                         ["Varnholt water board"])),
    ("The Dornby fishermen's union will hold its annual meeting on 20 January.",
     ("planned", "2027-01-20", ["Dornby fishermen's union"])),
])
def test_light_verb_gathering_subject(body, row):
    assert row in _rows(body)


@pytest.mark.parametrize("body, expected", [
    # near misses: a preposition's object, a passive's by-phrase, a request's object, the bare verb (already read)
    ("Critics of the Kelby council will hold a meeting on 12 January.", []),
    ("A meeting was held by residents near the Kelby council offices on Tuesday.", [("occurred", "2026-12-01", [])]),
    ("Residents asked the Kelby council to hold a meeting on 12 January.", []),
    ("The Kelby council will meet on 12 January.", [("planned", "2027-01-12", ["Kelby council"])]),
])
def test_not_a_new_subject(body, expected):
    assert _rows(body) == expected
