"""A date inside a relative clause after the trigger (", which have fallen sharply since 2020", ", whose exports
doubled in 2021") tells of that clause, not of the trigger. Made-up sentences; expected outputs written before the
run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, event_type, expected", [
    ("Ana Silva and Karl Brenner signed a memorandum on water levels in the Varn Sea, which have fallen sharply "
     "since 2020.", "agreement_signing", None),
    ("Ana Silva signed a memorandum on transport with Tarnia, whose exports doubled in 2021.", "agreement_signing",
     None),
    # ... but a date before the relative clause is the trigger's
    ("Ana Silva signed a memorandum with Tarnia on Monday, which angered Karl Brenner.", "agreement_signing",
     "2010-03-08"),
])
def test_a_relative_clause_keeps_its_date(body, event_type, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == event_type]
    assert [e.start_date.isoformat() if e.start_date else None for e in events][:1] == [expected]
