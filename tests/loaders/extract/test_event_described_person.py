"""Round eventsR27 (events track, who is who): an event told of a definite title as the trigger's own subject ("the
minister signed the decree", "its chief negotiator said", "the transport minister told reporters") has the one
person of the article written with that title as its participant. Written BEFORE the code; made-up texts.
Near misses: two people with the title; no person with it; a body's name ("the ministry"); a plural or vague head
("the ministers", "the official"); the description's other words fit no one ("the finance minister" when only a
transport minister is named); the clause names its own person.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Karl Brenner", "Ana Silva", "Jorge Lima")


def _people(body: str, event_type: str) -> list[list[str]]:
    return [sorted(e.participants) for e in events_of(body, *NAMES, published=date(2010, 3, 13))
            if e.event_type == event_type]


ROWS = {
    "the minister signed: the one minister": (
        "Transport Minister Karl Brenner faced the union for a week. On Monday the minister signed the accord "
        "with the union in Lisbon.", "agreement_signing", [["Karl Brenner"]]),
    "its chief negotiator said, named after": (
        "Portugal has suspended the trade talks, its chief negotiator said on Monday. \"We cannot go on,\" chief "
        "negotiator Ana Silva told a radio station.", "statement", [["Ana Silva"]]),
    "the transport minister met: the other words fit": (
        "Transport Minister Karl Brenner and mayor Jorge Lima toured the port. On Monday the transport minister "
        "met the dockers' union in Lisbon.", "meeting", [["Karl Brenner"]]),
    # --- near misses ---
    "two ministers: no one": (
        "Transport Minister Karl Brenner and Finance Minister Ana Silva toured the port. On Monday the minister "
        "met the dockers' union in Lisbon.", "meeting", [[]]),
    "no one with the title": (
        "Karl Brenner toured the port. On Monday the minister met the dockers' union in Lisbon.", "meeting", [[]]),
    "the ministry, a body": (
        "Transport Minister Karl Brenner toured the port. On Monday the ministry met the dockers' union in "
        "Lisbon.", "meeting", [[]]),
    "a plural head": (
        "Transport Minister Karl Brenner toured the port. On Monday the ministers met the dockers' union in "
        "Lisbon.", "meeting", [[]]),
    "a vague head": (
        "Senior official Karl Brenner toured the port. On Monday the official met the dockers' union in Lisbon.",
        "meeting", [[]]),
    "the other words fit no one": (
        "Transport Minister Karl Brenner toured the port. On Monday the finance minister met the dockers' union "
        "in Lisbon.", "meeting", [[]]),
    "the clause names its own person (as before)": (
        "Transport Minister Karl Brenner toured the port. On Monday the minister met Jorge Lima in Lisbon.",
        "meeting", [["Jorge Lima"]]),
}


@pytest.mark.parametrize("body, event_type, expected", [row for row in ROWS.values()], ids=list(ROWS))
def test_definite_title_takes_up_the_person(body, event_type, expected):
    assert _people(body, event_type) == expected
