"""People round R22: Ethiopia's forms of address ("Ato", "Woizero"), a police rank's acronym before a name ("SP"),
"Permanent" inside a title ("the Permanent Secretary said" is no name), Arabic landform words before "al"/"el"
("Wadi Al Khoud"), and "border"/"checkpoint" after a name as place nouns ("the X Y border crossing")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.role for m in person.mentions if m.role]
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "people"), [
    # a form of address opens no name of its own
    ("The panel was co-led by Ato Bekele Tadesse Wolde, Director-General for Trade.",
     {"Bekele Tadesse Wolde": ["Director-General for Trade"]}),
    ("Woizero Aster Mengistu opened the fair.", {"Aster Mengistu": []}),
    # a police rank's acronym is a title before the name
    ("City police spokesperson SP Joseph Okoth Mireri said the road was open.", {"Joseph Okoth Mireri": ["SP"]}),
    ("AIP Ruth Nabwire Atim said the road was open.", {"Ruth Nabwire Atim": ["AIP"]}),
    # "Permanent" modifies a title: the title told again names no one
    ("Later the Permanent Secretary said the next round would be in May.", {}),
    ("Later the Permanent Representative said the next round would be in May.", {}),
    ("Permanent Secretary Aster Mengistu said the next round would be in May.", {"Aster Mengistu": ["Permanent Secretary"]}),
    # near misses: a given name after the form's words; a rank's acronym with no name after it; a given name
    # "Permanent" never is
    ("Atoa Mensah said the talks went well.", {"Atoa Mensah": []}),
    ("The SP said the road was open.", {}),
    ("The permanent staff, Ana Roe said, were paid.", {"Ana Roe": []}),
])
def test_forms_ranks_and_titles(body, people):
    assert _people(body) == people


@pytest.mark.parametrize(("body", "people"), [
    # an Arabic landform word and the article "al"/"el" open a place's name
    ("Rescuers pulled two drivers from Wadi Al Marun since the morning. \"He drove past,\" he said.", {}),
    ("Rescuers pulled two drivers from Wadi al-Marun since the morning.", {}),
    ("Hikers climbed Jebel el Tarif on Sunday.", {}),
    # a name before "border" or "checkpoint" is the place's
    ("Both sides agreed to reopen the Tarkiet Sidi Morad border crossing in March.", {}),
    ("Guards at the Ana Roe checkpoint waved the lorries on.", {}),
    # near misses: "Wadi" a given name before a surname; a person described; "border" as a verb's object elsewhere
    ("Wadi Haddad said the talks went well.", {"Wadi Haddad": []}),
    ("Wadi Al Marun, the bank's chief, said the talks went well.", {"Wadi Al Marun": ["bank's chief"]}),
    ("Ana Roe crossed the border on Monday, she said.", {"Ana Roe": []}),
])
def test_landform_and_border_places(body, people):
    assert _people(body) == people


@pytest.mark.parametrize(("body", "people"), [
    # a crowd moving to a name ending in a venue's word families bear: the venue
    ("Thousands flocked to Kofi Park for the concert.", {}),
    ("Crowds streamed to Ana Hall on Sunday.", {}),
    ("Families poured to Varo Green after the rain.", {}),
    # near misses: a name with no venue's word; the venue word after a speaking person; no crowd's verb
    ("Voters flocked to Ana Roe in May.", {"Ana Roe": []}),
    ("Jane Park said thousands flocked to the square.", {"Jane Park": []}),
    ("Fans wrote to Jane Park after the match.", {"Jane Park": []}),
])
def test_a_crowd_moving_to_a_venue(body, people):
    assert _people(body) == people


@pytest.mark.parametrize(("body", "roles"), [
    # a noun for a person after a determiner and lowercase modifiers, set off before the name
    ("The case was brought after a former supply chain official, Thembeka Mgiri, reported the matter.",
     {"Thembeka Mgiri": [("former supply chain official", None)]}),
    ("The storm hit. Its duty forecaster, Md Shahin Rahim, was at the centre.",
     {"Md Shahin Rahim": [("duty forecaster", None)]}),
    ("Rain fell. A local bus driver, Ana Roe, said she waited.", {"Ana Roe": [("local bus driver", None)]}),
    # near misses: no noun for a person after the modifiers; a clause before the name; the plain noun as before
    ("After a long day at the office, Ana Roe said she was tired.", {"Ana Roe": []}),
    ("In a rare interview with the local paper, Ana Roe said she was tired.", {"Ana Roe": []}),
    ("The police said a car hit the tree, Ana Roe said she saw it.", {"Ana Roe": []}),
    ("The driver, Ana Roe, said she was tired.", {"Ana Roe": [("driver", None)]}),
])
def test_a_modified_noun_before_the_name(body, roles):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    found = {person.name: [(m.role, m.apposition) for m in person.mentions if m.role or m.apposition]
             for person in extract_people(article, Registry())}
    assert found == roles


@pytest.mark.parametrize(("body", "roles"), [
    # a tie to a person a name owns, set off before the name
    ("The flats are soft. Roe's neighbour, Ramesh Tharo, has farmed the pan for 22 years.",
     {"Ramesh Tharo": [("Roe's neighbour", None)]}),
    ("Lund's colleague, Ana Berg, said the shift was long.", {"Ana Berg": [("Lund's colleague", None)]}),
    # near misses: a tie firms hold too; a pronoun owner as before
    ("Samsung's rival, Ana Roe, said so.", {"Ana Roe": []}),
    ("Her neighbour, Ana Roe, said so.", {"Ana Roe": [("Her neighbour", None)]}),
])
def test_a_tie_a_name_owns(body, roles):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    found = {person.name: [(m.role, m.apposition) for m in person.mentions if m.role or m.apposition]
             for person in extract_people(article, Registry())}
    assert found == roles
