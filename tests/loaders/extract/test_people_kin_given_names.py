"""People step, issue 9 (made-up snippets): a given name alone after a born kin noun (`kin.SURNAME_SHARING_KIN`)
owned by a person of the article, through a pronoun in the same sentence ("Vance and his daughter Ruth") or their
man's name's possessive ("Omar Marsh's son Abel"), is that family's member: named in full with the owner's surname, the
mention still the given name as written. Near misses: spouses, mothers and grandchildren (who may bear another
name), a pronoun with no person before it in its sentence, a full name after the kin noun, a firm's kin word."""
from __future__ import annotations

import pytest

from tests.loaders.extract.cast import people_of


_people = people_of


@pytest.mark.parametrize(("body", "name", "surfaces"), [
    ("Robert Vance backed the plan. Vance and his daughter Ruth poured $3 million into it.", "Ruth Vance", ["Ruth"]),
    ("Omar Marsh runs the shop. Omar Marsh's son Abel helps on weekends.", "Abel Marsh", ["Abel"]),
    ("Tom Rudd spoke first. Rudd's eldest daughter, Mia, runs it now.", "Mia Rudd", ["Mia"]),
    ("Kofi Mensah Sr. farmed here. Mensah and his son Kwame still sell yams.", "Kwame Mensah", ["Kwame"]),
    # near misses
    ("Lena Marsh runs the shop. Her son Abel helps on weekends.", "Abel", ["Abel"]),
    ("Tom Rudd spoke first. Rudd thanked his wife Clara for the cake.", "Clara", ["Clara"]),
    ("Tom Rudd spoke first. Rudd thanked his mother Clara for the cake.", "Clara", ["Clara"]),
    ("Tom Rudd spoke first. Rudd's granddaughter Clara, 9, goes to school.", "Clara", ["Clara"]),
    ("Tom Rudd spoke first. Rudd and his son Jon Rudd ran the farm.", "Jon Rudd", ["Jon Rudd"]),
    ("Tom Rudd spoke first. The mayor and his son Abel came too.", "Abel", ["Abel"]),
])
def test_kin_given_name_takes_family_name(body, name, surfaces):
    people = _people(body)
    assert people.get(name) == surfaces, people


def test_firm_kin_word_makes_no_person():
    people = _people("Tom Rudd spoke first. The firm's sister Lumen made a profit.")
    assert list(people) == ["Tom Rudd"]
