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
from loaders.extract.data.lexicon import CALLER_ADVERBS, CALLER_VERBS  # noqa: E402


@pytest.mark.parametrize("verb", sorted(CALLER_VERBS))
def test_each_caller_verb_vouches_for_the_name(verb):
    assert "Teodor" in _names(f"Each week Teodor from Varnak {verb} the studio.")


@pytest.mark.parametrize("adverb", sorted(CALLER_ADVERBS))
def test_each_caller_adverb_may_stand_before_the_verb(adverb):
    assert "Teodor" in _names(f"Each week Teodor from Varnak {adverb} phoned the studio.")
    assert "Teodor" not in _names(f"Each week Teodor from Varnak {adverb} sold the studio.")
