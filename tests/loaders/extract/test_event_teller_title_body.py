"""The body of a teller titled "<title> of <Body>" ("The head of Varn Hrvatska, Ana Kolar, said", "Chairman of the
Tarnby Harbour Board Jon Lie said") is the agent of the agentless clause they tell of ("would be completed", "had
been cancelled"), whatever the body's name looks like (no head word needed: the title says it is a body).
Events round evactB (`parties.speaker_body`). Made-up rows; expected actors written before the code.
Near misses: a town after the title (a place, not a body: "The mayor of Brennsby"), a clause that names its own
agent, a title of something else than a body ("the author of Blue Harbor"), a teller who only comments on a
clause with an agent of its own.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

# key: (body, people, trigger, actors)
ROWS = {
    "head of a body without a head word, apposed name": (
        "The head of Varn Hrvatska, Ana Kolar, said the expansion of the terminal would be completed next year.",
        ("Ana Kolar",), "completed", {"Varn Hrvatska"}),
    "chairman of the body, name without commas": (
        "Chairman of the Tarnby Harbour Board Jon Lie said work would start in January.", ("Jon Lie",), "start",
        {"Tarnby Harbour Board"}),
    # (a director's or a captain's name needs a body's word: a film, a play or a ship has directors too)
    "director of a body, cancelled": (
        "The director of Brenn Volta Group, Ola Fisk, said the open day planned for Thursday had been cancelled.",
        ("Ola Fisk",), "cancelled", {"Brenn Volta Group"}),
    # a form of address opening the person's name is none of the body's ("Haji", "Datuk", "Dr")
    "an address before the name, outside the people step's span": (
        "Chairman of the Tarnby Harbour Board Datuk Jon Lie said work would start in January.", ("Jon Lie",), "start",
        {"Tarnby Harbour Board"}),
    # a capitalised head word alone after "for/of the" takes up the one body of that head named before
    "spokesperson for the Commission, named before": (
        "The Varn Trade Commission met in May.\n\nA spokesperson for the Commission, Ana Kolar, said a press "
        "conference planned for Thursday had been called off.", ("Ana Kolar",), "press conference",
        {"Varn Trade Commission"}),
    "near miss: two commissions named before": (
        "The Varn Trade Commission and the Tarn Water Commission met in May.\n\nA spokesperson for the Commission, "
        "Ana Kolar, said a press conference planned for Thursday had been called off.", ("Ana Kolar",),
        "press conference", set()),
    "near miss: no commission named before": (
        "Talks began in May.\n\nA spokesperson for the Commission, Ana Kolar, said a press conference planned for "
        "Thursday had been called off.", ("Ana Kolar",), "press conference", set()),
    # near misses
    "near miss: a town after the title": (
        "The mayor of Oslo, Ola Fisk, said the final exams planned for Thursday had been cancelled.",
        ("Ola Fisk",), "cancelled", set()),
    "near miss: the clause names its own agent": (
        "The head of Varn Hrvatska, Ana Kolar, said the Lode Port Authority would complete the berth next year.",
        ("Ana Kolar",), "complete", {"Lode Port Authority"}),
    # review of round evactB: a director's work, a town's mayor (known town or not), an office "of State"
    "near miss: the director of a film": (
        "The director of Silent River, Paul Anand, said the premiere planned for Saturday had been cancelled.",
        ("Paul Anand",), "premiere", set()),
    "near miss: the captain of a ship": (
        "The captain of Northern Star, Paul Anand, said the cruise planned for Saturday had been cancelled.",
        ("Paul Anand",), "cancelled", set()),
    "near miss: the mayor of a known town": (
        "The mayor of Bergen, Kari Holm, said the festival planned for June had been cancelled.",
        ("Kari Holm",), "festival", set()),
    "near miss: the mayor of an unknown town": (
        "The mayor of Tresvik, Kari Holm, said the festival planned for June had been cancelled.",
        ("Kari Holm",), "festival", set()),
    "near miss: the governor of a town": (
        "The governor of Tresvik, Kari Holm, said the festival planned for June had been cancelled.",
        ("Kari Holm",), "festival", set()),
    "near miss: the Secretary of State": (
        "The Secretary of State, John Carr, said the summit planned for June had been cancelled.",
        ("John Carr",), "summit", set()),
    "near miss: a Secretary of State for a field": (
        "The Secretary of State for Transport, John Carr, said the summit planned for June had been cancelled.",
        ("John Carr",), "summit", set()),
    "near miss: the author of a book": (
        "The author of Blue Harbor, Ana Kolar, said the festival planned for Thursday had been cancelled.",
        ("Ana Kolar",), "cancelled", set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_teller_title_body(key):
    body, people, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors
