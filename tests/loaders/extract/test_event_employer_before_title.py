"""Round eventsR29 (events track, same-sentence actors): the body a person works for, written right before the
person's officer title and name ("FBX Director Karl Brenner", "Kestrel Vale CEO Ana Silva", "Kestrel Water
controller Karl Brenner", "Kestrel Vale's vice-president of operations, Ana Silva,") is an organisation's name even
without a head word (`orgnames._run_organisations`, table `eventwords.BODY_OFFICER_TITLES`). Written BEFORE the
code; made-up texts. One word is read so only when it is an acronym. Near misses: a state's office ("Transport
Minister"), a spokesperson's or a chair's title (no head officer's), a department's or a rank's words ("Finance Director", "Sales director", "Senior Resident Magistrate"),
a nationality ("Kenyan runner"), a person's possessive ("Karl Brenner's spokesman"), a party's adjective
("Democratic Senator"), titles only ("Former Executive Director"), a one-word name that is no acronym.
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.extract.people import extract_people
from loaders.registry import Registry
from tests.loaders.extract.test_events import article


def _actors(body: str) -> list[tuple[str, list[str]]]:
    record = article(body, date(2010, 3, 10))
    people = extract_people(record, Registry())
    return [(body[e.start:e.end], sorted(e.actors)) for e in extract_events(record, people, Registry())]


ROWS = {
    "an acronym before a capitalised title": (
        "FBX Director Karl Brenner held a news conference on Tuesday.", [("news conference", ["FBX"])]),
    "a two-word name before CEO": (
        "Kestrel Vale CEO Ana Silva resigned on Tuesday.", [("resigned", ["Kestrel Vale"])]),
    "a lower-case title": (
        "Kestrel Water controller Karl Brenner resigned on Tuesday.", [("resigned", ["Kestrel Water"])]),
    "a possessive and a title in apposition": (
        "Kestrel Vale's vice-president of operations, Ana Silva, said on Tuesday that crews would arrive on Friday.",
        [("arrive", ["Kestrel Vale"])]),
    "an acronym before a lower-case title": (
        "KNMX director Ana Silva gave a briefing in Faro on Tuesday.", [("a briefing", ["KNMX"])]),
    # --- near misses ---
    "a state's office": ("Transport Minister Karl Brenner resigned on Tuesday.", [("resigned", [])]),
    "a department before a capitalised title": ("Finance Director Ana Silva resigned on Tuesday.", [("resigned", [])]),
    "a department before a lower-case title": ("Sales director Ana Silva resigned on Tuesday.", [("resigned", [])]),
    "a one-word name, no acronym": ("Kestrel director Ana Silva resigned on Tuesday.", [("resigned", [])]),
    "a spokeswoman, no head officer": ("Kestrel Vale spokeswoman Ana Silva resigned on Tuesday.", [("resigned", [])]),
    "a nationality": ("Kenyan runner Ana Silva won the race in Faro on Sunday.", [("won", [])]),
    "a person's possessive": (
        "Karl Brenner's spokesman said on Tuesday that the plant had been closed.", [("spokesman said", [])]),
    "a party's adjective": ("Democratic Senator Ana Silva resigned on Tuesday.", [("resigned", [])]),
    "titles only": ("Former Executive Director Ana Silva resigned on Tuesday.", [("resigned", [])]),
}


@pytest.mark.parametrize("body, expected", ROWS.values(), ids=list(ROWS))
def test_employer_written_before_the_title(body, expected):
    assert _actors(body) == expected
