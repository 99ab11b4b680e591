"""The office a predicate gives a name (`people_roles._predicate_role`) is the name's only when the name is the
predicate's subject, the office verb holds a body, and "is" names an office rather than a relation; and a role
before a name reaches past two forms of address (`people_roles._role_before`)."""
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
    # the name opens its clause: at the sentence's start, after punctuation, a conjunction or a reporting verb
    ("Tove Arnesen chairs the Valdren Fishers Union.", "Tove Arnesen", ["chairs the Valdren Fishers Union"]),
    ("In March, Tove Arnesen chairs the Valdren harbour board.", "Tove Arnesen",
     ["chairs the Valdren harbour board"]),
    ("The port is quiet, and Tove Arnesen is president of the Valdren Ferry Company.", "Tove Arnesen",
     ["president of the Valdren Ferry Company"]),
    ("Officers said Tove Arnesen heads the Valdren Fishers Union.", "Tove Arnesen",
     ["heads the Valdren Fishers Union"]),
    ("The meeting ended. Dr Tove Arnesen is a marine biologist at the Valdren Institute.", "Tove Arnesen",
     ["marine biologist at the Valdren Institute"]),
    # ... or its own relative clause follows it, wherever it stands
    ("The strike was called by Tove Arnesen, who heads the Valdren Fishers Union.", "Tove Arnesen",
     ["heads the Valdren Fishers Union"]),
    # near misses: the name inside another noun phrase; the predicate is that phrase's
    ("The man who attacked Tove Arnesen is a former soldier, officers said.", "Tove Arnesen", []),
    ("The lawyer representing Tove Arnesen is president of the Valdren Bar Association.", "Tove Arnesen", []),
    ("The son of Tove Arnesen chairs the Valdren Fishers Union.", "Tove Arnesen", []),
    ("A neighbour of Dr Tove Arnesen heads the Valdren harbour board.", "Tove Arnesen", []),
])
def test_the_name_must_be_the_predicates_subject(body, name, roles):
    assert _roles(body).get(name) == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    # the office verb holds a body: an organisation's word, one of a body's parts or workplaces, or a name
    ("Tove Arnesen heads the local council of net makers.", "Tove Arnesen", ["heads the local council of net makers"]),
    ("Tove Arnesen heads the research unit at the Valdren Institute.", "Tove Arnesen",
     ["heads the research unit at the Valdren Institute"]),
    ("Tove Arnesen chairs Lundmark.", "Tove Arnesen", ["chairs Lundmark"]),
    ("Tove Arnesen manages the Valdren Dockers Union pension fund.", "Tove Arnesen",
     ["manages the Valdren Dockers Union pension fund"]),
    ("Tove Arnesen, 47, chairs the Imbere Moto cooperative, which runs the station.", "Tove Arnesen",
     ["chairs the Imbere Moto cooperative"]),
    ("Tove Arnesen presides over the Valdren District Court.", "Tove Arnesen",
     ["presides over the Valdren District Court"]),
    # near misses: a deed's object, however it is written
    ("Tove Arnesen chairs the meeting every Tuesday.", "Tove Arnesen", []),
    ("Tove Arnesen heads the ball into the net in the final minute.", "Tove Arnesen", []),
    ("Tove Arnesen heads the list of candidates.", "Tove Arnesen", []),
    ("Tove Arnesen directs the traffic at the pier on race days.", "Tove Arnesen", []),
    ("Tove Arnesen presides over the ceremony.", "Tove Arnesen", []),
    ("Tove Arnesen chairs the Tuesday meeting.", "Tove Arnesen", []),
])
def test_an_office_verb_must_hold_a_body(body, name, roles):
    assert _roles(body).get(name) == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    # "is" with an office or a job
    ("Tove Arnesen is a former soldier, officers said.", "Tove Arnesen", ["former soldier"]),
    ("Tove Arnesen is president of the Valdren Rowing Club.", "Tove Arnesen", ["president of the Valdren Rowing Club"]),
    # near misses: a relation to someone or something is no office
    ("Tove Arnesen is a friend of the mayor.", "Tove Arnesen", []),
    ("Tove Arnesen is a fan of the club.", "Tove Arnesen", []),
    ("Tove Arnesen is the mayor's son.", "Tove Arnesen", []),
    ("Tove Arnesen is a supporter of the mayor.", "Tove Arnesen", []),
    ("Tove Arnesen is a neighbour of the governor.", "Tove Arnesen", []),
])
def test_is_gives_an_office_not_a_relation(body, name, roles):
    assert _roles(body).get(name) == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    # a person noun and its qualifier, then two forms of address, then the name
    ("The vote was close. Board member Dr Dayang Rosna said the budget was too small.", "Rosna", ["Board member"]),
    ("The vote was close. Committee member Mr Dr Tove Arnesen said it was late.", "Tove Arnesen",
     ["Committee member"]),
    # near misses: one form of address as before; none but forms of address gives no role
    ("The vote was close. Board member Dayang Siti Rosna binti Haji Osman said it was late.",
     "Siti Rosna binti Haji Osman", ["Board member"]),
    ("The vote was close. Dr Dayang Rosna said the budget was too small.", "Rosna", []),
])
def test_role_before_two_forms_of_address(body, name, roles):
    assert _roles(body).get(name) == roles
