"""People step, made-up texts: roles kept whole as written next to the name (issue 9, "who is who"): a firm's
dotted form closing the role keeps its stop ("at Kestrel Holdings Inc."), a family word keeps the name of whose
relative the person is ("Varga's son, Tomas,"); near misses keep the shorter role or none."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [r for m in person.mentions for r in (m.role, m.apposition) if r]
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Yields fell again, said Odile Marsten, senior rates strategist at Kestrel Holdings Inc.\nThe dollar slid.",
     "Odile Marsten", ["senior rates strategist at Kestrel Holdings Inc."]),
    ("“It was late,” said Odile Marsten, chief executive of Velbrook Co. “We are sorry.”",
     "Odile Marsten", ["chief executive of Velbrook Co."]),
    ("Odile Marsten, chief executive of Velbrook Ltd., said the plant would close.",
     "Odile Marsten", ["chief executive of Velbrook Ltd."]),
    # near misses: a stop closing a word that is no firm's form stays out of the role
    ("Yields fell again, said Odile Marsten, senior rates strategist at Kestrel Holdings.\nThe dollar slid.",
     "Odile Marsten", ["senior rates strategist at Kestrel Holdings"]),
    ("Yields fell again, said Odile Marsten, chief economist at Kestrel.\nThe dollar slid.",
     "Odile Marsten", ["chief economist at Kestrel"]),
    ("Yields fell again, said Odile Marsten, chief economist at Kestrel Group. The dollar slid.",
     "Odile Marsten", ["chief economist at Kestrel Group"]),
])
def test_a_firms_dotted_form_closes_the_role_with_its_stop(body, name, roles):
    assert _roles(body).get(name) == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("The farm was quiet. Varga's son, Tomas, runs the dairy now.", "Tomas", ["Varga's son"]),
    ("The farm was quiet. Varga’s granddaughter Ilona, 9, goes to school.", "Ilona", ["Varga’s granddaughter"]),
    ("The farm was quiet after Varga's husband, Bence Lorant, died in 2019.", "Bence Lorant", ["Varga's husband"]),
    # near misses: a pronoun or a plain noun as the owner keeps the family word alone, as before
    ("The farm was quiet. Her son, Tomas, runs the dairy now.", "Tomas", ["son"]),
    ("The farm was quiet. His wife Ilona runs the dairy now.", "Ilona", ["wife"]),
    ("The farm was quiet. The couple's daughter Ilona runs the dairy now.", "Ilona", ["daughter"]),
])
def test_a_named_owner_stays_in_the_family_role(body, name, roles):
    assert _roles(body).get(name) == roles


# A role set off before the name may end on a capitalised name of what the office is of or to ("Vardania's Minister
# of Roads and Bridges, X,", "Norway's ambassador to the Republic of Korea, X,"): the capitalised words follow a
# title and a link word, so they are no list of names; an office's subjects joined by "and" ("minister of energy
# and water resources") are one office, no clause.
@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Talks ended late. Vardania's Minister of Roads and Bridges, Orsolya Pintek, said the deal was close.",
     "Orsolya Pintek", ["Vardania's Minister of Roads and Bridges"]),
    ("Talks ended late. Tavora's ambassador to the UN, Orsolya Pintek, said the deal was close.",
     "Orsolya Pintek", ["Tavora's ambassador to the UN"]),
    ("The hall was opened by Tavora's ambassador to the Republic of Korea, Orsolya Pintek, and others.",
     "Orsolya Pintek", ["Tavora's ambassador to the Republic of Korea"]),
    ("The pact was signed by Vice Premier Ilmar Kask and Tavora's minister of energy and water resources, "
     "Orsolya Pintek.", "Orsolya Pintek", ["Tavora's minister of energy and water resources"]),
    # near misses: capitalised words after a place's or a verb's link, or a plain list of names, give no role
    ("Sales rose in the Republic of Korea, Orsolya Pintek, the analyst, said.", "Orsolya Pintek", ["analyst"]),
    ("The rally drew Ilmar Kask, Orsolya Pintek and Tomas Varga.", "Orsolya Pintek", []),
    ("He wrote to Ilmar Kask, Orsolya Pintek and Tomas Varga.", "Orsolya Pintek", []),
    ("Visitors came from the Republic of Korea, Orsolya Pintek and Tomas Varga among them.", "Orsolya Pintek", []),
    ("Talks ended late. Tavora's ambassador to the UN, Orsolya Pintek said, was absent.", "Orsolya Pintek", []),
])
def test_a_role_before_the_name_may_end_on_what_the_office_is_of(body, name, roles):
    assert _roles(body).get(name) == roles


# A noun for a person by what they do, after an article or a possessive pronoun, set off before the name ("A member
# of the Kazakh delegation, X, said", "The driver, X,", "a baker, X,") is the role, with what follows it up to the
# comma; near misses: no determiner, a plural, a clause after the noun, a word that is no noun for a person.
@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Talks ended late. A member of the Vardan delegation, Orsolya Pintek, said the deal was close.",
     "Orsolya Pintek", ["member of the Vardan delegation"]),
    ("The bus was late again. The driver, Tadeo Kowalsky, has driven the route since 2009.", "Tadeo Kowalsky",
     ["driver"]),
    ("At the Mill Hill stop a baker, Orsolya Pintek, gets on with a bag of bread.", "Orsolya Pintek", ["baker"]),
    ("Shelters opened overnight. The coordinator of the welfare centre at Te Varoa, Mere Kaiwa, said 40 came.",
     "Mere Kaiwa", ["coordinator of the welfare centre at Te Varoa"]),
    ("The mill was loud. Her sister-in-law, Helen Alderby, does not hear it.", "Helen Alderby", ["sister-in-law"]),
    # near misses
    ("The ruling angered one driver, Tadeo Kowalsky, most of all.", "Tadeo Kowalsky", []),
    ("The drivers, Tadeo Kowalsky and Ivo Rask, were praised.", "Tadeo Kowalsky", []),
    ("The bus was late. A driver who lost his way, Tadeo Kowalsky, apologised.", "Tadeo Kowalsky", []),
    ("The bus was late. The route through Varoa, Tadeo Kowalsky, is long.", "Tadeo Kowalsky", []),
    ("The fund backed a rival, Tadeo Kowalsky, last year.", "Tadeo Kowalsky", []),
])
def test_a_noun_for_a_person_set_off_before_the_name(body, name, roles):
    assert _roles(body).get(name) == roles


# A compound noun before a role word may open right after a clause's comma ("At Souq Valar, spice trader X said"),
# as after a function word ("the real estate mogul X"); near misses: a plural, a verb's form, an adverb or a
# capitalised word before the role stay out of it.
@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Stalls shut early. At Souq Valar, spice trader Farza Hosseiny said most shops had closed.", "Farza Hosseiny",
     ["spice trader"]),
    ("Stalls shut early. In the old market, fish trader Farza Hosseiny said the ice had run out.", "Farza Hosseiny",
     ["fish trader"]),
    ("Stalls shut early; spice trader Farza Hosseiny said most shops had closed.", "Farza Hosseiny",
     ["spice trader"]),
    # near misses
    ("Stalls shut early. At Souq Valar, spices trader Farza Hosseiny said most shops had closed.", "Farza Hosseiny",
     ["trader"]),
    ("Stalls shut early. As prices rose, trading trader Farza Hosseiny said most shops had closed.", "Farza Hosseiny",
     ["trader"]),
    ("Stalls shut early. Then spice trader Farza Hosseiny said most shops had closed.", "Farza Hosseiny",
     ["trader"]),
    ("Stalls shut early. At Souq Valar, trader Farza Hosseiny said most shops had closed.", "Farza Hosseiny",
     ["trader"]),
])
def test_a_compound_role_may_open_after_a_clauses_comma(body, name, roles):
    assert _roles(body).get(name) == roles
