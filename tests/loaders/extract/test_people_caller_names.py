"""People step, made-up texts: a lone given name vouched for by the place its bearer comes from ("Nando from
Lindqvist phones"), as callers, readers and neighbours are named; places, teams and dates stay no one."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Each spring, Nando from Lindqvist calls and asks about the hives, the keeper says.", {"Nando"}, set()),
    ("“Nobody buys now,” says Marta. “Even Ramiro from Tolva Baja rang to ask.”", {"Ramiro"}, set()),
    ("Marisol from Quenta wrote to say the bus never came.", {"Marisol"}, set()),
    ("Another listener, Teodor from Varnak, agreed with her.", {"Teodor"}, set()),
    ("Ignacio from Pelvar, a taxi driver, said nothing.", {"Ignacio"}, set()),
    ("Asked about it, Ignacio from Pelvar said nothing.", {"Ignacio"}, set()),
    ("Flights to Florence from Brindisi were cancelled on Tuesday.", set(), {"Florence"}),
    ("Imports into Jordan from Lebanon fell by a third.", set(), {"Jordan"}),
    ("Aid from Norway arrived at the port on Friday.", set(), {"Aid", "Norway"}),
    ("Every season the Chelsea from 2005 is remembered fondly.", set(), {"Chelsea"}),
    ("Paris from Lyon is two hours by train.", set(), {"Paris"}),
])
def test_given_name_from_a_place(body, present, absent):
    names = _names(body)
    assert present <= names and not absent & names


# Only a word of speech or contact after the place ("phones", "wrote", "said"), or the run set off as an apposition
# (", Teodor from Varnak," / "X from Y, a driver,"), vouches for the name: a given name that is also a town, a
# team, a product, a storm or a common noun ("Chelsea from London beat", "Basil from Genoa makes") is no one.
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


# Every row of the caller-verb table vouches for the name, right after the place or after one adverb of the table;
# the same frame with a verb of no row ("sells") is no one's.
from loaders.extract.data.lexicon import (  # noqa: E402
    CALLER_ADVERBS, CALLER_CONTACT_NEXT, CALLER_CONTACT_VERBS, CALLER_REMARK_NEXT, CALLER_REMARK_VERBS, CALLER_VERBS)


@pytest.mark.parametrize("verb", sorted(CALLER_VERBS))
def test_each_caller_verb_vouches_for_the_name(verb):
    frame = "{} that the studio was late." if verb in CALLER_REMARK_VERBS else "{} the studio."
    assert "Teodor" in _names("Each week Teodor from Varnak " + frame.format(verb))


@pytest.mark.parametrize("adverb", sorted(CALLER_ADVERBS))
def test_each_caller_adverb_may_stand_before_the_verb(adverb):
    assert "Teodor" in _names(f"Each week Teodor from Varnak {adverb} phoned the studio.")
    assert "Teodor" not in _names(f"Each week Teodor from Varnak {adverb} sold the studio.")


# The review of peopleR16: the apposition must describe a person (", a taxi driver,", not ", a city of 290,000,"),
# ", who" a single one ("who were" is a team's); a name between commas with ", and" or another "X from Y" after it
# is a list's item; a verb with another sense vouches only with a caller's object ("called the show", not "called
# Hom Mali"; "rang in", not "rang with sirens"; "adds that", not "adds sweetness"); a verb followed by "it" is a
# body's ("said it would cut jobs"); and a firm's name after "from" is no place ("Alexa from Amazon").
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


@pytest.mark.parametrize(("body", "name"), [
    ("Ignacio from Pelvar, a retired nurse, rang in on Monday.", "Ignacio"),
    ("Ignacio from Pelvar, who called on Monday, said the bins were full.", "Ignacio"),
    ("Another listener, Teodor from Varnak, said the bins were full.", "Teodor"),
    ("Marisol from Quenta called the station twice.", "Marisol"),
    ("Marisol from Quenta rang to complain about the road.", "Marisol"),
    ("Marisol from Quenta added that the road was flooded.", "Marisol"),
    ("Marisol from Quenta said she had waited two hours.", "Marisol"),
    ("Marisol from Quenta adds: “We waited all night.”", "Marisol"),
])
def test_reviewed_callers_kept(body, name):
    assert name in _names(body)


@pytest.mark.parametrize("verb", sorted(CALLER_CONTACT_VERBS))
def test_each_contact_verb_needs_a_callers_object(verb):
    assert "Teodor" not in _names(f"Each week Teodor from Varnak {verb} loud bells.")


@pytest.mark.parametrize("word", sorted(CALLER_CONTACT_NEXT))
def test_each_contact_next_word_lets_the_call_through(word):
    assert "Teodor" in _names(f"Each week Teodor from Varnak called {word} the studio.")


@pytest.mark.parametrize("verb", sorted(CALLER_REMARK_VERBS))
def test_each_remark_verb_needs_a_remark(verb):
    assert "Teodor" not in _names(f"Each week Teodor from Varnak {verb} fresh herbs.")


@pytest.mark.parametrize("word", sorted(CALLER_REMARK_NEXT))
def test_each_remark_next_word_lets_the_remark_through(word):
    assert "Teodor" in _names(f"Each week Teodor from Varnak added {word} the studio was late.")
