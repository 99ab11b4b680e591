"""The people step's role set off by commas before a name (`people_roles._phrase_role`): a phrase that opens its
sentence with a determiner and runs to the name is one noun phrase, so every word between the determiner and the
title modifies the title ("The presiding judge, X,"); near misses keep a clause's words out of the role."""
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
    ("The court sat on Monday. The presiding judge, Halvard Quist, read the ruling.", "Halvard Quist",
     ["presiding judge"]),
    ("The case began in May. A former supply chain official, Dorota Wemyss, reported the payments.",
     "Dorota Wemyss", ["former supply chain official"]),
    ("Roads closed overnight. The Valdren fire service's spokesman, Ilkka Marrow, said the bridge held.",
     "Ilkka Marrow", ["Valdren fire service's spokesman"]),
    # as before: a title alone after the determiner, or modifiers the tables know
    ("The court sat on Monday. The judge, Halvard Quist, read the ruling.", "Halvard Quist", ["judge"]),
    # near misses: a clause before the title (a past verb, a determiner inside, a verb the table lacks after
    # "one") is not the role's, and a phrase that does not open its sentence keeps the old reading
    ("The court sat. The ruling angered one judge, Halvard Quist, most of all.", "Halvard Quist", []),
    ("The court sat. The judges praised lawyer, Halvard Quist, on Friday.", "Halvard Quist", []),
    ("The court sat. The report cited a judge, Halvard Quist, twice.", "Halvard Quist", ["judge"]),
    ("It sat while the presiding judge, Halvard Quist, read the ruling.", "Halvard Quist", []),
])
def test_role_before_a_name_opening_its_sentence(body, name, roles):
    assert _roles(body).get(name) == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    # a noun for a person right before a name of two words, with its qualifiers, is the role
    ("The vote was close. Council member Darnell Voss said the plan cost too much.", "Darnell Voss",
     ["Council member"]),
    ("The vote was close. Pelmora resident Kavita Sorell, whose son was hurt, spoke first.", "Kavita Sorell",
     ["Pelmora resident"]),
    ("Resident Tavita Ruamoko, a retired nurse, said the road flooded every winter.", "Tavita Ruamoko",
     ["Resident", "retired nurse"]),
    ("The vote was close. Board member Dayang Siti Rahmah binti Haji Osman said it was late.",
     "Siti Rahmah binti Haji Osman", ["Board member"]),
    # near misses: a function word is no such noun, a given name opening the name stays the name's, a title
    # still reads as before
    ("It was quiet after Darnell Voss left the hall.", "Darnell Voss", []),
    ("Walker Tavita Ruamoko said the bridge was safe.", "Walker Tavita Ruamoko", []),
    ("The vote was close. Finance Minister Darnell Voss said it.", "Darnell Voss", ["Finance Minister"]),
])
def test_noun_for_a_person_before_a_name(body, name, roles):
    assert _roles(body).get(name) == roles


def test_noun_for_a_person_is_no_evidence_of_one():
    # a name after "contractor" is as often a firm's: the noun alone gives no person (no given name here)
    assert _roles("It was built by the Norland contractor Lundbuild Kemp, which won the tender.") == {}


@pytest.mark.parametrize(("body", "name", "roles"), [
    # a predicate that gives the name's office: an office verb with its body, or "is" with a title's noun phrase
    ("The boats came back. Mr. Tavu Ndoye, 58, who heads the Senla council of fishers, said it was hard.",
     "Tavu Ndoye", ["heads the Senla council of fishers"]),
    ("Anna Berg, 61, chairs the Norland Textile Union. Berg said the mill would close.", "Anna Berg",
     ["chairs the Norland Textile Union"]),
    ("Dr Lina Morvik is a coastal engineer at Norland University and led the survey.", "Lina Morvik",
     ["coastal engineer at Norland University"]),
    ("Ana Quiroga says little. Quiroga, 61, is president of the Cooperativa Textil La Fe, a factory.",
     "Ana Quiroga", ["president of the Cooperativa Textil La Fe"]),
    # near misses: an office verb with no body after it, "is" without a title, a deed's verb, "who is"
    ("Lina Morvik heads home after the match. Lina Morvik said so.", "Lina Morvik", []),
    ("Lina Morvik is expected to win. Lina Morvik said so.", "Lina Morvik", []),
    ("Lina Morvik is Tavu Ndoye's friend, she said.", "Lina Morvik", []),
    ("Lina Morvik runs the Norland marathon every year, she said.", "Lina Morvik", []),
    ("Lina Morvik, who is a nurse, said so.", "Lina Morvik", []),
    # a condition is not what the article says the person is
    ("Voters asked if Lina Morvik is the nominee. Lina Morvik said no.", "Lina Morvik", []),
    ("Voters asked if Mr. Lina Morvik is the nominee. Lina Morvik said no.", "Lina Morvik", []),
    ("Lina Morvik is the Green nominee. Lina Morvik said no.", "Lina Morvik", ["Green nominee"]),
])
def test_office_a_predicate_gives(body, name, roles):
    assert _roles(body).get(name) == roles


# peopleR4: a party member's noun before a name is a title as "senator" is ("Nevada Democrat Lucy Flores", like
# "Nevada Republican"): the name is a person's, the noun its role, set off after the name too ("Mara Quell, a
# Democrat,"). Near miss: a newspaper's name joined by a hyphen.
@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Sanders backed 21 candidates. Ostland Democrat Mara Quell, his top recipient, lost.", "Mara Quell",
     ["Ostland Democrat"]),
    ("Democrat Mara Quell lost her primary.", "Mara Quell", ["Democrat"]),
    ("Mara Quell, a Democrat, lost her primary.", "Mara Quell", ["Democrat"]),
    # near miss
    ("The Ostland Democrat-Gazette reported that Mara Quell lost.", "Mara Quell", []),
])
def test_party_member_noun_before_a_name(body, name, roles):
    assert _roles(body).get(name) == roles, _roles(body)



# peopleR5: the nouns of a person's standing in business and medicine ("mogul", "magnate", "neurosurgeon") head a
# description before a name as a title does. Near misses: the word as a place's ("Magnate Tower") and a name with no
# noun before it.
@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Real estate mogul Bram Tolliver said the tower would rise.", "Bram Tolliver", ["Real estate mogul"]),
    ("Poultry magnate Ronan Ketter said prices would rise.", "Ronan Ketter", ["Poultry magnate"]),
    ("Retired neurosurgeon Bram Tolliver said no.", "Bram Tolliver", ["Retired neurosurgeon"]),
    # near misses
    ("The tower rose. Bram Tolliver said the builders were paid.", "Bram Tolliver", []),
    ("Tenants at Magnate Tower said Ines Varo owned it.", "Ines Varo", []),
])
def test_a_standing_noun_heads_a_role_before_a_name(body, name, roles):
    assert _roles(body).get(name) == roles


# ... and a compound noun qualifies the head after a function word or opening the sentence ("Real estate mogul X",
# "the bid of real estate mogul X"); near misses: a clause's subject and verb before the head ("Protesters greet
# mogul X", "Police arrested magnate X", "Aides hired estate agent X").
@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Private equity investor Ines Varo said the plan was sound.", "Ines Varo", ["Private equity investor"]),
    ("Two aides backed the bid of real estate mogul Bram Tolliver.", "Bram Tolliver", ["real estate mogul"]),
    ("They met the hedge fund manager Ines Varo in March.", "Ines Varo", ["hedge fund manager"]),
    ("Protesters greet mogul Bram Tolliver outside the court.", "Bram Tolliver", ["mogul"]),
    ("Police arrested magnate Ines Varo on Monday.", "Ines Varo", ["magnate"]),
    ("Yesterday retired surgeon Bram Tolliver said no.", "Bram Tolliver", ["retired surgeon"]),
    ("Aides hired estate agent Ines Varo on Monday.", "Ines Varo", ["agent"]),
])
def test_a_compound_noun_opening_the_sentence_qualifies_the_role(body, name, roles):
    assert _roles(body).get(name) == roles


# (review of R5) ... but a role never opens with a verb: after a modal or "not" the word before the head is a bare
# verb, whose object the role is ("will meet mogul X", "will meet tech mogul X"). Near misses:
# "to" as a preposition keeps its compound ("sold to real estate mogul X"), and a linking verb's noun phrase too.
@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Fans will meet mogul Bram Tolliver on Friday.", "Bram Tolliver", ["mogul"]),
    ("Voters did not trust mogul Ines Varo in the end.", "Ines Varo", ["mogul"]),
    pytest.param("The plan aims to help tech mogul Bram Tolliver expand.", "Bram Tolliver", ["tech mogul"],
                 marks=pytest.mark.xfail(reason="an infinitive's 'to' after 'aims' was read as a bare verb's opener: "
                                                "it cost a role on a check half ('to' is as often a preposition), "
                                                "and is left", strict=True)),
    ("Fans will meet tech mogul Bram Tolliver on Friday.", "Bram Tolliver", ["tech mogul"]),
    ("The board will hire neurosurgeon Ines Varo next year.", "Ines Varo", ["neurosurgeon"]),
    ("Aides never trust mogul Bram Tolliver with money.", "Bram Tolliver", ["mogul"]),
    # near misses
    ("The bank sold the tower to real estate mogul Bram Tolliver in May.", "Bram Tolliver", ["real estate mogul"]),
    ("The tower went to tech mogul Ines Varo in May.", "Ines Varo", ["tech mogul"]),
    ("The buyer was tech mogul Bram Tolliver, aides said.", "Bram Tolliver", ["tech mogul"]),
    ("Fans will back party leader Ines Varo on Friday.", "Ines Varo", ["party leader"]),
    ("They met the hedge fund manager Ines Varo in March.", "Ines Varo", ["hedge fund manager"]),
    ("Two aides backed the bid of real estate mogul Bram Tolliver.", "Bram Tolliver", ["real estate mogul"]),
])
def test_a_role_never_opens_with_a_bare_verb(body, name, roles):
    assert _roles(body).get(name) == roles
