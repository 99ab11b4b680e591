"""Made-up cases (events round R21, issue 15 item 5: dated-event recall): a primary written after a day's or a week's
possessive ("Tuesday's Democratic primary", "last week's Illinois primary") is a party's contest dated by that day, as
"the primary on Tuesday" is (`eventwords.CLASS_TRIGGERS`, 'day_primary').

Near misses: a primary school, a primary goal or concern, a person's primary, a primary with no day's possessive."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 3, 13)  # a Thursday

ROWS = {
    "a weekday's possessive, a party word": (
        "Ana Silva won Tuesday's Democratic primary by nine points.", ("Ana Silva",), date(2031, 3, 11)),
    "last week's possessive, a state's name": (
        "Turnout in last week's Illinois primary was the lowest in twenty years.", (), date(2031, 3, 3)),
    "near miss: a primary school": (
        "Tuesday's primary school concert in Kiel was cancelled.", (), None),
    "near miss: a primary goal": (
        "Last week's primary goal was to pass the budget.", (), None),
    "near miss: a person's primary concern": (
        "Ana Silva's primary concern on Tuesday was the budget.", ("Ana Silva",), None),
    "near miss: a weekday's possessive, a primary duty": (
        "Tuesday's primary duty for the council is the budget.", (), None),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_day_possessive_primary(key):
    body, people, expected = ROWS[key]
    elections = [e for e in events_of(body, *people, published=PUBLISHED) if e.event_type == "election"]
    if expected is None:
        assert not elections, elections
    else:
        assert elections and elections[0].start_date == expected, elections
