"""eventsR47 (#15, actors): a body's act told without its agent by a state's officer whose subject is too long to
read as one phrase ("The South Korean vice minister said the ferries would be fitted"): the state the demonym and
the state office name (`parties.speaker_body`). Near misses: a demonym before no state office ("fishing boat
captain"), a named person after the office (other rules read the person), two states' officers. Made-up text;
expected actors written before the code."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    "two-word demonym, two-word office": (
        "The South Korean vice minister said the ferries would be fitted with beacons by the end of February.",
        "fitted", ["South Korea"]),
    "his ministry": (
        "The South African deputy minister said his ministry would fit beacons to 22 ferries by the end of February.",
        "fit", ["South Africa"]),
    # near misses
    "near miss: no state office": (
        "The South Korean fishing boat captain said the ferries would be fitted with beacons by the end of February.",
        "fitted", []),
    "near miss: two states' officers": (
        "The South Korean and South African vice ministers said the ferries would be fitted with beacons by the end "
        "of February.", "fitted", []),
}


@pytest.mark.parametrize("key", ROWS)
def test_long_officer_teller(key):
    text, word, expected = ROWS[key]
    found = [e for e in events_of(text, published=date(2026, 12, 3)) if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert found[0].actors == expected


# eventsR48 review: the demonym and the office must be the subject's head (not a possessor's: "The wife of the ...
# vice minister", "The ... vice minister's critics"), and a clause that names its own doer ("by Japan's coast
# guard") or another state ("North Korean missiles"), or tells of a protest, is no act of the officer's state.
REVIEW_ROWS = {
    "hit: office then said": (
        "The South Korean vice minister said the ferries would be fitted with beacons by the end of February.",
        "fitted", ["South Korea"]),
    "near miss: the wife of the officer": (
        "The wife of the South Korean vice minister said the ferries would be fitted with beacons by the end of "
        "February.", "fitted", []),
    "near miss: the officer's critics": (
        "The South Korean vice minister's critics said the ferries would be fitted with beacons by the end of "
        "February.", "fitted", []),
    "near miss: a by-agent": (
        "The South Korean vice minister said Japanese ferries would be inspected by Japan's coast guard in March.",
        "inspected", []),
    "near miss: another state in the clause": (
        "The South Korean vice minister said North Korean missiles would be launched in March.", "launched", []),
    "near miss: a protest": (
        "The South Korean vice minister said the protest would be held on Friday.", "protest", []),
}


@pytest.mark.parametrize("key", REVIEW_ROWS)
def test_long_officer_teller_review_rows(key):
    text, word, expected = REVIEW_ROWS[key]
    found = [e for e in events_of(text, published=date(2026, 12, 3)) if text[e.start:e.end].lower().startswith(word)]
    if not found and not expected:
        return  # no event read: no actor given either
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert found[0].actors == expected
