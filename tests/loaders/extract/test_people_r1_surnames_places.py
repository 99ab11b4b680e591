"""People step, issue 9 (made-up snippets, written before the fix):

- a registered person's surname that is a common given name too is that person after an honorific that takes a
  family name ("Dr. Tyler", "Mr Tyler") only where the article names them in full: a local "Mr. Austin, who teaches
  chemistry" is no registered Austin (review of peopleR1); never after one of the other gender ("Mrs Tyler");
- a family member introduced by an indefinite kin noun, set off in commas ("She has a granddaughter, Ada, who"),
  is a person; without the commas, or after a kin word firms take ("a sister, Vireo,"), not;
- a landform's word and a particle ("Salar de Varnuca") is a place;
- a town's title and one word that is no given name, after a place-only preposition ("in Bishop Wexmoor"), is a
  town; the same words speaking, owning, or at a span's end ("between Ankara and General Haftar": review of
  peopleR1) stay a person.
"""
from __future__ import annotations

import pytest

from loaders.registry import PersonEntry, Registry
from tests.loaders.extract.cast import people_of

_REGISTRY = Registry(people=(PersonEntry(name="Olan Tyler", country="Freedonia"),))


_people = people_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Olan Tyler leads the race. Polls show voters prefer Dr. Tyler to the governor by ten points.", "Olan Tyler"),
    ("Olan Tyler spoke. Voters who prefer Mr. Tyler to the governor are older, the poll found.", "Olan Tyler"),
    # near misses: the article never names the registered person in full: a local Mr. Tyler is nobody famous
    ("Polls show voters prefer Dr. Tyler to the governor by ten points.", None),
    ("Mr. Tyler, who teaches chemistry at the high school, retired on Friday.", None),
    ("Dr. Tyler, a vet in the village, said the dog would recover.", None),
    # near misses: bare, or after an honorific of the other gender: no registry reading
    ("Voters prefer Tyler to the governor, the poll found.", None),
    ("Mrs Tyler said the shop would close on Friday.", None),
    ("Ms. Tyler said the shop would close on Friday.", None),
    ("The Tyler family said the shop would close on Friday.", None),
])
def test_honorific_surname_is_the_registered_person(body, expected):
    names = _people(body, _REGISTRY)
    if expected:
        assert expected in names
    else:
        assert "Olan Tyler" not in names


@pytest.mark.parametrize(("body", "name", "found"), [
    ("Jane Roe runs the shop. She has a granddaughter, Ada, who is three.", "Ada", True),
    ("Jane Roe runs the shop. She has a son, Tomas, and two dogs.", "Tomas", True),
    ("Jane Roe runs the shop. Mrs Roe has an eldest daughter, Wren, who lives abroad.", "Wren", True),
    # near misses: no comma after the name, no comma at all, a kin word firms take, a plain noun before it
    ("Jane Roe runs the shop. She has a son Tomas.", "Tomas", False),
    ("Orlo Mining runs the pit. It has a sister, Vireo, that trades in Lima.", "Vireo", False),
    ("Orlo Mining runs the pit. It has a partner, Kestrel, in the deal.", "Kestrel", False),
    ("Jane Roe runs the shop. She has a van, Bessie, which is old.", "Bessie", False),
])
def test_indefinite_kin_apposition(body, name, found):
    assert (name in _people(body)) is found


@pytest.mark.parametrize(("body", "name", "found"), [
    ("The firm mines lithium at its Salar de Varnuca project in the north.", "Salar de Varnuca", False),
    ("Hikers crossed the Sierra de Montalvo before dawn.", "Sierra de Montalvo", False),
    # near misses: a person with a particle name, and one whose given name is a landform's word, who speaks
    ("Laura de Vries said the plan worked.", "Laura de Vries", True),
    ("Sierra de la Cruz, a nurse, said the clinic was full.", "Sierra de la Cruz", True),
])
def test_landform_particle_places(body, name, found):
    assert (name in _people(body)) is found


@pytest.mark.parametrize(("body", "found"), [
    ("The village shop closed. The nearest supermarket is in Bishop Wexmoor, seven miles away.", False),
    # near misses: the titled word speaks, owns, or follows a word that takes a person
    ("Crowds gathered in the square. Bishop Wexmoor said the church would reopen.", True),
    ("The choir sang in Bishop Wexmoor's cathedral.", True),
    ("The parish kept its faith in Bishop Wexmoor through the scandal.", True),
    ("Pilgrims met Bishop Wexmoor at the gate, and Wexmoor blessed them.", True),
    ("Talks between Holtby and Bishop Wexmoor stalled after the synod.", True),
])
def test_titled_town_outside_the_gazetteer(body, found):
    assert ("Wexmoor" in _people(body)) is found


@pytest.mark.parametrize("body", [
    "Talks between Ankara and General Haftar stalled in the spring.",
    "Relations between Kyiv and General Zaluzhny cooled over the winter.",
    "Ties between Lagos and Governor Obaseki improved after the vote.",
])
def test_military_and_political_titles_at_a_span_end_are_people(body):
    assert any(name.endswith(("Haftar", "Zaluzhny", "Obaseki")) for name in _people(body))


_MATCH = "Riverton beat Holm 2-1 in the match on Saturday.\n\nRIVERTON: Kerrane; Bylan, Moraine, Ledwick, {a}; Coyne, " \
         "Lunnet, Farrow; Dorran, Woodley, {b}."


@pytest.mark.parametrize(("a", "b", "players", "not_players"), [
    ("Barry", "Martin", ("Barry", "Martin"), ()),  # gazetteer towns that are given names too: surnames here
    # near misses: towns that are no given names stay things
    ("Cork", "Dublin", (), ("Cork", "Dublin")),
    ("Galway", "Farrell", ("Farrell",), ("Galway",)),
])
def test_lineup_town_given_names_are_players(a, b, players, not_players):
    names = _people(_MATCH.format(a=a, b=b))
    assert "Kerrane" in names
    assert all(name in names for name in players)
    assert not any(name in names for name in not_players)
