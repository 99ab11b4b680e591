"""People step, round 52 (made-up snippets): name forms of other naming cultures. A Vietnamese name of four
one-syllable words keeps a middle word that is also a weekday ("Thu") after a title opened by a rank or a
portfolio ("Deputy Minister", "Minister of Trade and Industry"); Fiji's chiefly style "Ratu" is a form of address,
not a name part; a Vietnamese name of four one-syllable words vouches for itself like one of three;
a compass adjective right after a title ("Commissioner Western") is the title's region before a
name of two words, not the name's first word."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")


def _people(body: str) -> dict[str, list[str]]:
    return {p.name: [m.surface for m in p.mentions] for p in extract_people(_article(body), Registry())}


HITS = [
    # a rank or a portfolio before the title does not count as a name word of a family-first name
    ("The pact was signed by Deputy Minister Pham Thi Thu Lan on Friday. Lan said it would last.",
     "Pham Thi Thu Lan", ["Pham Thi Thu Lan", "Lan"]),
    ("It was signed by Minister of Trade and Industry Pham Van Thu Minh and others. Minh said so.",
     "Pham Van Thu Minh", ["Pham Van Thu Minh", "Minh"]),
    # ... and so when the family name is a function word too ("Do", the surname Đỗ)
    ("It was signed by Minister of Trade Do Thi Thu Ha on Monday. Ha said it would last.",
     "Do Thi Thu Ha", ["Do Thi Thu Ha", "Ha"]),
    # a Vietnamese name of four one-syllable words vouches for itself, named once with no title
    ("The memorandum was signed by Nguyen Thi Lan Anh on Monday.", "Nguyen Thi Lan Anh", ["Nguyen Thi Lan Anh"]),
    ("Senior Colonel Vo Thi Thu Nga spoke first. Nga said the drill was over.",
     "Vo Thi Thu Nga", ["Vo Thi Thu Nga", "Nga"]),
    # Fiji's chiefly style before a name is no name word
    ("Its chairman, Ratu Tevita Naqeleca, opened the hall. Naqeleca said it was overdue.",
     "Tevita Naqeleca", ["Tevita Naqeleca", "Naqeleca"]),
    ("Commissioner Ratu Semi Vuniwai said the road was clear. Vuniwai said crews had left.",
     "Semi Vuniwai", ["Semi Vuniwai", "Vuniwai"]),
    # a compass adjective right after a title: the title's region, then a name of two words
    ("The shelters stay open, Commissioner Eastern Tomasi Kaliva said. Kaliva said 300 people slept there.",
     "Tomasi Kaliva", ["Tomasi Kaliva", "Kaliva"]),
    ("Director Central Pelu Ranadi said the bridge was shut.", "Pelu Ranadi", ["Pelu Ranadi"]),
]

NEAR_MISSES = [
    # a weekday before a number is a date, not a name word
    ("Deputy Minister Pham Thi spoke on Thu 4 March in Hanoi.", "Thu", None),
    # a name of two words after the title: no family-first reading needed, both words kept
    ("Finance Minister Thu Lan said the budget was set.", "Thu Lan", ["Thu Lan"]),
    # a function word opening a sentence before capitalised words that are no name syllables
    ("Do Not Go Gentle was read at the service.", "Not Go Gentle", None),
    ("Do You Thu Ha?", "Do You Thu Ha", None),
    # streets and cities named after Vietnamese people are no person
    ("They flew to Ho Chi Minh City on Monday.", "Ho Chi Minh City", None),
    ("She lives on Nguyen Thi Minh Khai Street near the market.", "Nguyen Thi Minh Khai", None),
    # "Ratu" inside a park's name is no person
    ("The Ratu Sukuna Park was closed for the parade.", "Sukuna", None),
    # a compass adjective with no title before it opens a body's name
    ("Western Apisai Holdings said profits rose.", "Apisai Holdings", None),
    # after a title, a compass word before a body's word is a body, no person
    ("Chairman Western Digital Group said profits rose.", "Digital Group", None),
    # "West", a surname too, stays the name after a title
    ("Commissioner West said the road was clear.", "Commissioner West", None),
    # a compass word before one name word only is not cut ("Commissioner Central" alone names no one)
    ("Commissioner Central said the road was clear.", "Central", None),
]


@pytest.mark.parametrize("body,name,surfaces", HITS)
def test_name_cultures_hits(body: str, name: str, surfaces: list[str]) -> None:
    people = _people(body)
    assert name in people, people
    assert people[name] == surfaces


@pytest.mark.parametrize("body,name,surfaces", NEAR_MISSES)
def test_name_cultures_near_misses(body: str, name: str, surfaces: list[str] | None) -> None:
    people = _people(body)
    if surfaces is None:
        assert name not in people, people
    else:
        assert people.get(name) == surfaces, people
