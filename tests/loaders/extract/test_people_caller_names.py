"""People step, made-up texts: a lone given name before "from <Place>" is no evidence of a person by itself (the
single-name caller rule of peopleR15-R17 was removed: it made people of goods, firms, clubs and storms, see the
review of peopleR17). Places, teams, products and dates written so stay no one."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Flights to Florence from Brindisi were cancelled on Tuesday.", set(), {"Florence"}),
    ("Imports into Jordan from Lebanon fell by a third.", set(), {"Jordan"}),
    ("Aid from Norway arrived at the port on Friday.", set(), {"Aid", "Norway"}),
    ("Every season the Chelsea from 2005 is remembered fondly.", set(), {"Chelsea"}),
    ("Paris from Lyon is two hours by train.", set(), {"Paris"}),
])
def test_given_name_from_a_place(body, present, absent):
    names = _names(body)
    assert present <= names and not absent & names


# A given name that is also a town, a team, a product, a storm or a common noun ("Chelsea from London beat",
# "Basil from Genoa makes") is no one (the review of peopleR15).
@pytest.mark.parametrize("body", [
    "Chelsea from London beat Madrid.",
    "Lincoln from Nebraska is a small city.",
    "Mercedes from Stuttgart were fastest in practice.",
    "Alexa from Amazon answered the question wrongly.",
    "Siri from Apple is getting a new voice.",
    "Forecasters said Dolores from Mexico would weaken into a tropical storm.",
    "Grace from Heaven fell on the town, the priest said.",
    "Dawn from Kyiv brought more sirens.",
    "Jasmine from Thailand is prized for its aroma.",
    "Basil from Genoa makes the best pesto.",
    "Sage from Dalmatia is exported widely.",
    "Ginger from Nigeria is cheaper.",
    "Candy from Belgium sells well at Christmas.",
    "Amber from Kaliningrad is cheap.",
    "Ruby from Myanmar fetched a record price.",
    "Crystal from Bohemia was on the table.",
    "Brandy from Cognac is aged in oak.",
    "Sherry from Jerez is fortified.",
])
def test_given_word_from_a_place_without_a_callers_verb(body):
    first = body.split()[0] if body.split()[0] != "Forecasters" else "Dolores"
    assert first not in _names(body)


# The review of peopleR16: appositions, lists, verbs of another sense, a body's "it", a firm after "from".
@pytest.mark.parametrize("body", [
    "Lincoln from Nebraska, a city of 290,000, voted on Tuesday.",
    "Chelsea from London, a club founded in 1905, was fined on Tuesday.",
    "Alexa from Amazon, a voice assistant, misheard the order.",
    "Mercedes from Stuttgart, who were fastest in practice, crashed twice.",
    "Wines on show include Rioja, Sherry from Jerez, and Port from Porto.",
    "Flowers came from Kenya, Jasmine from Thailand, and roses from Ecuador.",
    "The squad included Porto, Chelsea from London, and Celtic from Glasgow.",
    "Ruby from Myanmar called pigeon's blood fetches the highest prices.",
    "Jasmine from Thailand called Hom Mali is prized for its aroma.",
    "Sage from Dalmatia adds a bitter note to the stew.",
    "Basil from Genoa adds sweetness to the sauce.",
    "Dawn from Kyiv rang with sirens again.",
    "Alexa from Amazon told users the wrong time.",
    "Mercedes from Stuttgart said it would cut 2,000 jobs.",
    "Chelsea from London said on Tuesday it had signed a new striker.",
    "Stalls sold Olive from Crete, Ginger from Kerala, Saffron from Herat.",
])
def test_reviewed_things_from_a_place_are_no_callers(body):
    names = _names(body)
    assert not {"Lincoln", "Chelsea", "Alexa", "Mercedes", "Sherry", "Jasmine", "Ruby", "Sage", "Basil", "Dawn",
                "Ginger", "Olive"} & names


# The review of peopleR17: goods, firms and clubs that the rule still made people (main never did).
@pytest.mark.parametrize(("body", "word"), [
    ("Jasmine from Thailand adds that floral note.", "Jasmine"),
    ("Ruby from Myanmar called the best by experts fetches millions.", "Ruby"),
    ("Chelsea from London called on the league to act.", "Chelsea"),
    ("Chelsea from London said that they would appeal.", "Chelsea"),
    ("Chelsea from London texted fans about the delay.", "Chelsea"),
    ("Mercedes from Stuttgart said its profit fell.", "Mercedes"),
    ("Mercedes from Stuttgart said profits fell.", "Mercedes"),
    ("Mercedes from Stuttgart, who said it would appeal, lost.", "Mercedes"),
    ("Mercedes from Stuttgart explained the recall to dealers.", "Mercedes"),
    ("Victoria from Melbourne said profits rose.", "Victoria"),
    ("Brandy from Jerez told the story of the region.", "Brandy"),
    ("Sherry from Jerez wrote history in the 1800s.", "Sherry"),
])
def test_goods_firms_and_clubs_from_a_place_are_no_one(body, word):
    assert word not in _names(body)
