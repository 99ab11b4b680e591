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


# peopleR4: a possessive written with the apostrophe alone after an s ("Jones' son"), an age between the kin noun and
# the name ("his son, 26-year-old Abel"), a given name no list knows after a parent whose given name a list knows
# ("Lena Rudd ... Rudd's son, Tywanzo"): the family's member all the same; a lone surname later stays the parent's,
# not the child's written by the given name alone. Near misses: a given name no list knows after a parent's no list
# knows either (a people whose children may bear no family name), an age with no kin noun, a place after the kin
# noun, an age after a woman's sister, a pronoun opening the sentence, a full name.
@pytest.mark.parametrize(("body", "name", "surfaces"), [
    ("Tom Jones spoke first. Jones' son, Abel, runs it now.", "Abel Jones", ["Abel"]),
    ("Tom Rudd spoke first. Rudd's son, 26-year-old Abel, runs it now.", "Abel Rudd", ["Abel"]),
    ("Lena Rudd spoke first. The gunman shot nine, including Rudd's son, 26-year-old Abel. Rudd forgave him.",
     "Lena Rudd", ["Lena Rudd", "Rudd", "Rudd"]),
    ("Lena Rudd spoke first. The gunman shot nine, including Rudd's son, 26-year-old Abel. Rudd forgave him.",
     "Abel Rudd", ["Abel"]),
    ("Lena Rudd spoke first. The gunman shot nine, including Rudd's son, 26-year-old Tywanzo. Rudd forgave him.",
     "Tywanzo Rudd", ["Tywanzo"]),
    ("Tom Rudd spoke first. Rudd's son, Tywanzo, runs it now.", "Tywanzo Rudd", ["Tywanzo"]),
    # near misses
    ("Thezavu Rudd spoke first. Rudd's son, Tywanzo, runs it now.", "Tywanzo Rudd", None),
    ("Thezavu Rudd spoke first. Rudd's son, Tywanzo, runs it now.", "Tywanzo", ["Tywanzo"]),
    ("Tom Rudd spoke first. Rudd's son, Texas, runs it now.", "Texas", None),
    ("Tom Rudd spoke first. Rudd met a 26-year-old Abel at the fair.", "Abel Rudd", None),
    ("Tom Rudd spoke first. Rudd's son, Texas, runs it now.", "Texas Rudd", None),
    ("Lena Rudd spoke first. Rudd's sister, 26-year-old Mia, runs it now.", "Mia Rudd", None),
    ("Tom Rudd spoke first. His son, 26-year-old Abel, runs it now.", "Abel Rudd", None),
    ("Tom Rudd spoke first. Rudd's son Abel Lund runs it now.", "Abel Lund", ["Abel Lund"]),
])
def test_kin_given_name_after_bare_possessive_or_age(body, name, surfaces):
    assert _people(body).get(name) == surfaces, _people(body)


# peopleR4: "their son, Abel" after a couple named with one surname (two people of the article bearing the surname
# of the person last named before the pronoun) is the couple's child, named with it; an apposition after the name
# ("Abel, a captain") does not hide the kin noun before it. Near misses: one person named before "their", two of
# different surnames, the couple's father (no child), a person of another name named last.
@pytest.mark.parametrize(("body", "name", "surfaces"), [
    ("Omar Pell and his wife, Lena Pell, spoke. The couple keep a wall for their son, Abel, a captain.", "Abel Pell",
     ["Abel"]),
    ("Omar Pell and his wife, Lena Pell, spoke. Their home has a wall for their daughter Mia.", "Mia Pell", ["Mia"]),
    ("Omar Pell and his wife, Lena Pell, spoke. A lawyer, Pell keeps a wall for their son, Abel.", "Abel Pell",
     ["Abel"]),
    # near misses
    ("Omar Pell spoke. Their home has a wall for their son, Abel, a captain.", "Abel", ["Abel"]),
    ("Omar Pell and Lena Rudd spoke. Their home has a wall for their son, Abel, a captain.", "Abel", ["Abel"]),
    ("Omar Pell and his wife, Lena Pell, spoke. Their home has a wall for their father Abel.", "Abel", ["Abel"]),
    ("Omar Pell and his wife, Lena Pell, spoke. Tom Rudd came. Their home has a wall for their son Abel.", "Abel",
     ["Abel"]),
])
def test_a_couples_child_takes_their_surname(body, name, surfaces):
    assert _people(body).get(name) == surfaces, _people(body)


# peopleR5 (review of R4, wrong in both): an age between the kin noun and a lone given name ("her nephew, 12-year-old
# Paulo", "Her sister, 30-year-old Maya") still introduces a family member, named by the given name alone when
# no family name is sure. Near misses: an age before a word with no kin noun ("a 12-year-old Pavo owner"), a common
# word after the age ("12-year-old Winter"), a firm's kin word.
@pytest.mark.parametrize(("body", "expected"), [
    ("Runa Askell said her nephew, 12-year-old Pavo, was safe.", {"Runa Askell": ["Runa Askell"], "Pavo": ["Pavo"]}),
    ("Tilde Brask said her husband was at work. Her sister, 30-year-old Mayla, drove the children home.",
     {"Tilde Brask": ["Tilde Brask"], "Mayla": ["Mayla"]}),
    # near misses
    ("Runa Askell said a 12-year-old Pavo owner had called.", {"Runa Askell": ["Runa Askell"]}),
    ("Runa Askell said her nephew, 12-year-old Winter, was safe.", {"Runa Askell": ["Runa Askell"]}),
    ("Runa Askell said the firm's sister, 30-year-old Vireo, was sold.", {"Runa Askell": ["Runa Askell"]}),
])
def test_an_age_between_the_kin_noun_and_the_given_name(body, expected):
    assert people_of(body) == expected
