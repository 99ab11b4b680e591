"""Round eventsR10 (#15, fresh30 tune): "the two" after a gathering's noun ("A meeting between the two planned for
Friday was called off") stands for the two people of the last event told with two ("would meet Silva again next
week"): they are its participants, and a gathering of them is not "of no one". Then a gathering told with "a" on a
day of its own, sharing nobody with a gathering told for a wider time ("would meet Silva next week. A public
meeting ... on Wednesday"), is another one (`eventmerge._merge_target`). Written BEFORE the code; made-up texts,
published on Saturday 13 March 2010 (next week: 15-21 March).
Near misses: "the two countries" (a pair of states, the actors' rule), no pair of people told before, a definite
"the meeting" or "the last meeting of the two" (the merging's to decide), "a meeting of the two" on a day of the
wider time (the same one).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Karl Brenner", "Ana Silva", "Jorge Lima")


def _meetings(body: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(e.status, e.start_date.isoformat() if e.start_date else None, sorted(e.participants))
            for e in events_of(body, *NAMES, published=date(2010, 3, 13)) if e.event_type == "meeting"]


PAIR = ["Ana Silva", "Karl Brenner"]
ROWS = {
    "a meeting between the two, called off": (
        "Karl Brenner said he would meet Ana Silva again next week. A meeting between the two planned for March 5 "
        "was called off, both sides said.",
        [("planned", "2010-03-15", PAIR), ("cancelled", "2010-03-05", PAIR)]),
    "a public meeting on a day of its own": (
        "Karl Brenner said he would meet Ana Silva again next week. A public meeting on the plan will be held in "
        "Lisbon on Wednesday, the council said.",
        [("planned", "2010-03-15", PAIR), ("planned", "2010-03-17", [])]),
    # --- near misses ---
    "a meeting of the two on Wednesday: the same one": (
        "Karl Brenner will meet Ana Silva in Lisbon next week. A meeting of the two on Wednesday will settle the "
        "plan.", [("planned", "2010-03-17", PAIR)]),
    "the meeting, definite: the same one": (
        "Karl Brenner said he would meet Ana Silva again next week. The meeting will be held in Lisbon on "
        "Wednesday, the council said.", [("planned", "2010-03-17", PAIR)]),
    "the two countries: no people": (
        "Karl Brenner said he would meet Ana Silva again next week. A meeting between the two countries planned "
        "for March 5 was called off.", [("planned", "2010-03-15", PAIR), ("cancelled", "2010-03-05", [])]),
    # (the meeting called off on the day it was set for is stored, of no people: eventsR18)
    "a definite 'the last meeting of the two': left to the merging": (
        "Karl Brenner said he would meet Ana Silva again next week. The last meeting of the two, on March 5, ended "
        "badly.", [("planned", "2010-03-15", PAIR)]),
    "no pair told before": (
        "Karl Brenner said he would travel again next week. A meeting between the two planned for March 5 was "
        "called off.", [("cancelled", "2010-03-05", [])]),
}


@pytest.mark.parametrize("body, expected", list(ROWS.values()), ids=list(ROWS))
def test_the_two_people(body, expected):
    assert _meetings(body) == expected
