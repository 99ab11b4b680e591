"""eventsR43 (#15, actors): a body named by a capitalised place or name and a lower-case head word ("the Varnholt
water board", "Kestle's hotel association", "the Lode fishermen's cooperative") is a body of the article
(`orgnames.lower_headed_bodies`): the actor when it is the subject of the trigger's clause ("the Varnholt water
board voted"), and the one a later definite description takes up ("The board voted"). Made-up texts (invented
towns), no gold text.

Near misses: the body only the object of the act ("the council fined the Dunmore water board"), a venue ("met at
the Korvik hotel association's hall"), a teller of another's act ("Talks resumed, the Tarnby water board said"), a
person's possessive ("Ana Voss's union"), a month or weekday before the head ("the Monday council"), a sentence's
first word ("Local council voted"), a noun after the head (the body only modifies: "the Varnholt council members
voted"), a passive taken up (no agent), and two bodies of one head named before ("The board": which one is not told).
"""
from __future__ import annotations

import pytest

from loaders.extract.orgnames import lower_headed_bodies
from tests.loaders.extract.test_events import events_of

ROWS = {
    "the X water board voted": (
        "The Varnholt water board voted on Tuesday to delay the dyke works.", (), {"Varnholt water board"}),
    "X's hotel association met": (
        "When Kestle’s hotel association met in Dunmore on May 28, the owners agreed to cut prices.", (),
        {"Kestle hotel association"}),
    "The board voted (taken up)": (
        "Marta Riel has chaired the Varnholt water board since 2023.\n\nThe board voted on Tuesday to delay the "
        "dyke works.", ("Marta Riel",), {"Varnholt water board"}),
    "the association will meet (taken up)": (
        "Fishers joined the Lode fishermen’s association last year.\n\nOlsen says the association will meet on "
        "Saturday to decide which boats sail.", ("Olsen",), {"Lode fishermen’s association"}),
    # near misses
    "the body is the act's object": (
        "The regional council fined the Dunmore water board on Tuesday.", (), set()),
    "a venue": ("The owners met at the Korvik hotel association’s hall on Tuesday.", (), set()),
    "a person's possessive": ("Ana Voss’s union voted on Tuesday to strike.", ("Ana Voss",), set()),
    "a weekday before the head": ("The Monday council voted to close the pool.", (), set()),
    "a sentence's first word": ("Local council voted on Tuesday to close the pool.", (), set()),
    "a noun after the head": ("The Varnholt council members voted on Tuesday to close the pool.", (), set()),
    "a passive (taken up)": (
        "Marta Riel has chaired the Varnholt water board since 2023.\n\nThe board was dissolved on Tuesday.",
        ("Marta Riel",), set()),
    "two boards before": (
        "Marta Riel chairs the Varnholt water board and Jon Pike the Lode water board.\n\nThe board voted on "
        "Tuesday to delay the dyke works.", ("Marta Riel", "Jon Pike"), set()),
}


@pytest.mark.parametrize("body, people, actors", ROWS.values(), ids=ROWS.keys())
def test_lower_headed_body_actor(body, people, actors):
    events = events_of(body, *people)
    assert (events or not actors) and all(set(e.actors) <= actors for e in events) and (
        not actors or any(set(e.actors) == actors for e in events)), [(e.event_type, e.actors) for e in events]


SHAPES = {
    "the X water board": ("the Varnholt water board voted", ["Varnholt water board"]),
    "X's hotel association": ("When Kestle’s hotel association met", ["Kestle hotel association"]),
    "X fishermen's cooperative": ("the Lode fishermen’s cooperative", ["Lode fishermen’s cooperative"]),
    "X municipality": ("the Tarnby municipality", ["Tarnby municipality"]),
    # near misses
    "a weekday": ("the Monday council", []),
    "a month": ("in March council", []),
    "a sentence's first word": ("Local council voted", []),
    "a person's possessive": ("Ana Voss’s union", []),
    "no head": ("the Varnholt water works", []),
    "a title word": ("the Deputy council", []),
}


@pytest.mark.parametrize("text, names", SHAPES.values(), ids=SHAPES.keys())
def test_lower_headed_body_shape(text, names):
    people = [(text.index("Ana Voss"), text.index("Ana Voss") + 8)] if "Ana Voss" in text else []
    assert [name for _, _, name in lower_headed_bodies(text, 0, len(text), people)] == names


# --- a capitalised name with no head word as the subject of the trigger's verb, shown as a body by the clause
# itself (its act's object owned by "its", or "it" taking it up: "Brannock suspended its flights", "Brannock
# announced it would close"), by the article (`orgnames.acts_as_body`: "Brannock's chief executive"), or an acronym
# ("KVR closed the bridge"). Near misses: a person ("Ana Voss suspended her campaign"), a person's surname the
# people step knows, a place no body ("Korvik welcomed the talks" with no "its"), a passive, a name with no sign of a
# body ("Brannock closed the bridge"), a generic acronym ("CEO"), a name after a preposition ("for Brannock").
SUBJECT_ROWS = {
    "X suspended its flights": ("Brannock suspended its flights to Dunmore on Monday.", (), {"Brannock"}),
    "X announced it would close": (
        "Brannock announced on Monday it would close its plant in Dunmore.", (), {"Brannock"}),
    "X on Monday suspended its": ("Brannock on Monday suspended its service to Dunmore.", (), {"Brannock"}),
    "X suspended its direct flights (a noun)": (
        "Brannock suspended its direct Dunmore flights in January after the strike.", (), {"Brannock"}),
    "an acronym subject": ("KVR closed the bridge to Dunmore on Monday after the storm.", (), {"KVR"}),
    "an acronym that is also a given name": (
        "IDA suspended its direct Dunmore flights in January after the strike.", (), {"IDA"}),
    "a body by its chief executive": (
        "Brannock's chief executive, Ana Voss, spoke on Friday.\n\nBrannock closed the bridge to Dunmore on Monday.",
        ("Ana Voss",), {"Brannock"}),
    # near misses
    "a person": ("Ana Voss suspended her campaign in Dunmore on Monday.", ("Ana Voss",), set()),
    "a person's surname": ("Ana Voss leads the campaign.\n\nVoss suspended its second stage on Monday.",
                           ("Ana Voss",), set()),
    "no sign of a body": ("Brannock closed the bridge to Dunmore on Monday.", (), set()),
    "a passive": ("Brannock was closed to traffic on Monday, its owners said.", (), set()),
    "a noun a person's verb owns by 'her'": (
        "Ana Voss cancelled her planned flights in January after the strike.", ("Ana Voss",), set()),
    "a noun after a sentence's first word": ("The airline suspended its direct flights in January.", (), set()),
    "a name written as a place": (
        "Residents fled to Brannock on Sunday. Brannock suspended its bus service on Monday.", (), set()),
    "'its' in a content clause": ("Brannock denied on Monday that its trains had been cancelled.", (), set()),
    "a generic acronym": ("CEO suspended its plans on Monday.", (), set()),
    "after a preposition": ("Flights for Brannock suspended its plans on Monday.", (), set()),
}


@pytest.mark.parametrize("body, people, actors", SUBJECT_ROWS.values(), ids=SUBJECT_ROWS.keys())
def test_named_subject_body(body, people, actors):
    events = events_of(body, *people)
    assert (events or not actors) and all(set(e.actors) <= actors for e in events) and (
        not actors or any(set(e.actors) == actors for e in events)), [(e.event_type, e.actors) for e in events]
