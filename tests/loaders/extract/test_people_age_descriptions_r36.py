"""People step, round 36 (made-up snippets): a later "the 61-year-old" written as a sentence's subject is the role
of the person the article gave that age beside a name ("Lotte Brandvik, 61,"), or, where nobody was given it, of the
one person the sentences just before it name outside quotations (over sentences that say "she"/"he"). Near misses:
inside a quotation, before a name, before a plural, two people given that age, someone unnamed given that age, two people named just before, the
nearest named person given another age, a pronoun after it of the other gender, a noun for a person after the age
("the 45-year-old fisherman" may be someone else), nobody named within reach."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.extract.people_descriptions import is_description
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _descriptions(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: {m.role for m in person.mentions if is_description(m)}
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "description"), [
    # the age written beside the name, however far back
    ("Lotte Brandvik, 61, keeps bees above the fjord. Her hives line the slope.\n\nHoney prices fell in spring. "
     "Storms broke two hives. The 61-year-old says she will rebuild them.", "Lotte Brandvik", "The 61-year-old"),
    ("Orrin Castellane (47) repairs nets in the harbour. Work is slow this year.\n\nThe 47-year-old blames the "
     "quota.", "Orrin Castellane", "The 47-year-old"),
    # nobody given that age: the one person named just before
    ("Wendeline Okaro has sold bread at the crossroads since 1998. She bakes before dawn.\n\nThe 58-year-old "
     "still uses her mother's oven.", "Wendeline Okaro", "The 58-year-old"),
    ("Coach Tamsin Verhoek praised her side. Bram Ellery scored twice.\n“I just kept running,” the 19-year-old "
     "said.", "Bram Ellery", "the 19-year-old"),
    # the pronoun after it the holder's
    ("Greta Holmberg runs the shelter. “We are full,” she said. Asked about winter, the 66-year-old said she had "
     "never seen it so cold.", "Greta Holmberg", "the 66-year-old"),
    # a person noun only after a function word: the age is still the subject
    ("When the river rose, Pirjo Haldane lost her stall. The 52-year-old told the driver to wait.",
     "Pirjo Haldane", "The 52-year-old"),
])
def test_age_description_joins_its_person(body, name, description):
    assert description in _descriptions(body)[name]


@pytest.mark.parametrize(("body", "description"), [
    # inside a quotation: the speaker's words
    ("Lotte Brandvik runs the hives. “The 61-year-old next door never helps,” she said.", "The 61-year-old"),
    # before a name: the name's own description
    ("Lotte Brandvik keeps bees. The 61-year-old Orrin Castellane does not.", "The 61-year-old"),
    # a noun for a person after the age: it may bring in someone else
    ("When the river rose, Pirjo Haldane lost her stall.\n“It came at night,” says the 52-year-old fish seller.",
     "the 52-year-old"),
    # a plural after the age
    ("Lotte Brandvik keeps bees. The 61-year-old twins next door do not.", "The 61-year-old"),
    # two people given that age
    ("Lotte Brandvik, 61, and Orrin Castellane, 61, keep bees. The 61-year-old said nothing.", "The 61-year-old"),
    # someone unnamed given that age
    ("Lotte Brandvik keeps bees. A 61-year-old neighbour complained. The 61-year-old said the bees sting.",
     "The 61-year-old"),
    ("Lotte Brandvik keeps bees. Her neighbour, 61, complained. The 61-year-old said the bees sting.",
     "The 61-year-old"),
    # two people named just before
    ("Lotte Brandvik and Orrin Castellane keep bees. The 61-year-old said the season was poor.", "The 61-year-old"),
    # the person named just before was given another age
    ("Lotte Brandvik, 44, keeps bees. The 61-year-old said the season was poor.", "The 61-year-old"),
    # the pronoun after it the other gender's than the holder's
    ("Greta Holmberg runs the shelter. “We are full,” she said. Asked about winter, the 66-year-old said he had "
     "slept outside.", "the 66-year-old"),
    ("Dominik Ashworth runs the shelter. Asked about winter, the 66-year-old said she had slept outside.",
     "the 66-year-old"),
    # the sentences between name nobody and say no "she"/"he": the topic is open
    ("Wendeline Okaro sells bread. They grew up inland and baked for the town.\n“Nobody helped,” the 58-year-old "
     "said.", "the 58-year-old"),
    ("Wendeline Okaro sells bread. “She never rests,” a neighbour wrote. The square was quiet.\n“Nobody helped,” "
     "the 58-year-old said.", "the 58-year-old"),
    # nobody named within reach
    ("Lotte Brandvik keeps bees.\nThe hives sit high. Rain came in May. Storms came in June. Hail came in July.\n"
     "The 61-year-old said the season was poor.", "The 61-year-old"),
])
def test_age_description_near_misses(body, description):
    assert all(description not in found for found in _descriptions(body).values())


# "the younger woman" / "the older man": of exactly two people of that gender named just before, both with ages
@pytest.mark.parametrize(("body", "name", "description"), [
    ("Greta Holmberg, 63, mends nets on the quay. Beside her works Sofia Lindqvist, 38, who came to the trade late."
     "\nThe older woman says the work is slower now.", "Greta Holmberg", "The older woman"),
    ("Greta Holmberg, 63, mends nets on the quay. Beside her works Sofia Lindqvist, 38, who came to the trade late."
     "\nThe younger woman disagrees.", "Sofia Lindqvist", "The younger woman"),
])
def test_compared_description_joins_its_person(body, name, description):
    assert description in _descriptions(body)[name]


@pytest.mark.parametrize(("body", "description"), [
    # one age missing
    ("Greta Holmberg, 63, mends nets. Sofia Lindqvist came to the trade late.\nThe younger woman disagrees.",
     "The younger woman"),
    # the same age
    ("Greta Holmberg, 40, mends nets. Sofia Lindqvist, 40, came late.\nThe younger woman disagrees.",
     "The younger woman"),
    # a third woman named
    ("Greta Holmberg, 63, mends nets. Sofia Lindqvist, 38, came late. Maria Ekdahl, 51, sells the catch.\n"
     "The younger woman disagrees.", "The younger woman"),
    # inside a quotation
    ("Greta Holmberg, 63, mends nets. Sofia Lindqvist, 38, came late.\n“The younger woman works harder,” a buyer "
     "said.", "The younger woman"),
    # before a name
    ("Greta Holmberg, 63, mends nets. Sofia Lindqvist, 38, came late.\nThe younger woman, Sofia Lindqvist, "
     "disagrees.", "The younger woman"),
])
def test_compared_description_near_misses(body, description):
    assert all(description not in found for found in _descriptions(body).values())
