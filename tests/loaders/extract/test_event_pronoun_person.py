"""Round eventsR27 (events track, actors and participants by who is who): an event told of "he"/"she" as the
trigger's own subject ("She met the envoy on Monday", "..., he told reporters on Monday") has the person the
pronoun takes up as its participant: the person named last before it, when the article tells that person's gender
(`analysis.gender`) and it is the pronoun's. Written BEFORE the code; made-up texts.
Near misses: the person named last is of the other gender, or of no gender told; the clause names its own person;
the pronoun is no subject of the trigger ("told him"); a plural pronoun.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Karl Brenner", "Ana Silva", "Jorge Lima", "Kim Osei")


def _people(body: str, event_type: str) -> list[list[str]]:
    return [sorted(e.participants) for e in events_of(body, *NAMES, published=date(2010, 3, 13))
            if e.event_type == event_type]


ROWS = {
    "she met: the woman named before": (
        "Ana Silva, the new envoy, said her first weeks had been hard. On Monday she met the farmers' union in "
        "Lisbon.", "meeting", [["Ana Silva"]]),
    "he told reporters after a quotation: the man named before": (
        "Transport Minister Karl Brenner said his offer was final. \"The door is open,\" he told reporters in "
        "Lisbon on Monday.", "statement", [["Karl Brenner"]]),
    "he later met: an adverb between": (
        "Karl Brenner spent his morning in parliament, where he answered questions. He later met union leaders "
        "on Monday.", "meeting", [["Karl Brenner"]]),
    # --- near misses ---
    "the person named last is a woman, the pronoun 'he'": (
        "Karl Brenner left early. Ana Silva said her team was ready. On Monday he met the farmers' union in "
        "Lisbon.", "meeting", [[]]),
    "no gender told of the person named last": (
        "Kim Osei arrived from Accra on Sunday. On Monday he met the farmers' union in Lisbon.", "meeting", [[]]),
    "the clause names its own person": (
        "Ana Silva, the new envoy, said her first weeks had been hard. On Monday she met Jorge Lima in Lisbon.",
        "meeting", [["Jorge Lima"]]),  # (as before: the rule fills no one in)
    "a plural pronoun: no one person": (
        "Ana Silva, the new envoy, said her first weeks had been hard. On Monday they met the farmers' union in "
        "Lisbon.", "meeting", [[]]),
}


@pytest.mark.parametrize("body, event_type, expected", [row for row in ROWS.values()], ids=list(ROWS))
def test_pronoun_subject_takes_up_the_person(body, event_type, expected):
    assert _people(body, event_type) == expected
