"""People step, the review of round 42 (made-up snippets): its NEWLY WRONG items. "Nation" opens a person's name
only before a word read as a family name alone, no place's, country's or medium's word ("Nation Kenya", "Nation
Sport" are papers); a form of address joins the one person named in full with its given name only where the
text does not set it beside that person as another ("Jamila Roe and Jamila Bey", "Kemal Bey, his cousin,"), and
another person's honorific ("Ayse Hanım") or a street's name ("Bey Street") is no surname use of the word; an
unknown first word before a common given name after an office stays the name's, with the office (its shape
tells no demonym from a given name the list lacks); an age's sentence ends at an abbreviation's full stop, as
before round 42."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")


def _people(body: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(m.surface, m.role) for m in p.mentions] for p in extract_people(_article(body), Registry())}


def _speakers(body: str) -> list[str | None]:
    article, registry = _article(body), Registry()
    return [q.speaker_name for q in extract_quotes(article, extract_people(article, registry), registry)]


# 1. "Nation" opens a name only before a family name's word
@pytest.mark.parametrize(("body", "name"), [
    ("Striker Nation Ncube scored twice. \"I was lucky,\" Ncube said.", "Nation Ncube"),
    ("Winger Nation Zulu and coach Bo Rask spoke after the game.", "Nation Zulu"),
    ("Nation Sibanda scored twice for the club.\n\n\"I was lucky,\" Sibanda said.", "Nation Sibanda"),
    ("Defender Nation Mpofu said the team was tired.", "Nation Mpofu"),
])
def test_nation_before_a_family_name_is_a_person(body, name):
    assert name in _people(body)


@pytest.mark.parametrize("body", [
    "The minister told Nation Kenya that talks had failed.",
    "The story was first reported by Nation Africa on Monday.\n\nAna Kell said the report was wrong.",
    "Ana Kell told Nation Sport that the club was in trouble.\n\n\"We are broke,\" Kell said.",
    "Readers of Nation Weekly were angry, Ana Kell said.",
    "Ana Kell wrote for Nation News for years.",
    "The deal was reported by Nation Business on Friday.",
])
def test_nation_before_a_place_or_a_mediums_word_is_no_person(body):
    assert not any("Nation" in name for name in _people(body))


# 2. another person's honorific, or a street's name, is no surname use of the word
@pytest.mark.parametrize(("body", "people", "speakers"), [
    ("Hatice Demir and Ayse Kaya run the shop.\n\n\"Business is slow,\" said Hatice Hanım. Ayse Hanım agreed.",
     ["Hatice Demir", "Ayse Kaya"], ["Hatice Demir"]),
    ("Kemal Arslan runs a shop on Bey Street.\n\n\"Business is slow,\" Kemal Bey said.",
     ["Kemal Arslan"], ["Kemal Arslan"]),
    ("Hatice Demir runs the shop.\n\n\"Business is slow,\" said Hatice Hanım.", ["Hatice Demir"], ["Hatice Demir"]),
])
def test_honorific_merges_beside_other_honorifics_and_streets(body, people, speakers):
    assert sorted(_people(body)) == sorted(people)
    assert _speakers(body) == speakers


# 3. a form of address set beside its would-be owner as another person stays apart, with its quote
@pytest.mark.parametrize(("body", "apart", "speakers"), [
    ("Jamila Roe and Jamila Bey spoke at the event.\n\n\"We disagree,\" Jamila Bey said.", "Jamila Bey",
     ["Jamila Bey"]),
    ("Kemal Bey and Kemal Arslan run the shop.\n\n\"Business is slow,\" Kemal Bey said.", "Kemal Bey",
     ["Kemal Bey"]),
    ("Kemal Arslan and Kemal Bey, his cousin, run the shop.\n\n\"Business is slow,\" Kemal Bey said.", "Kemal Bey",
     ["Kemal Bey"]),
    ("Olena Kovalenko met Olena Sydorivna, her aunt, in Lviv.\n\n\"We are tired,\" Olena Sydorivna said.",
     "Olena Sydorivna", ["Olena Sydorivna"]),
])
def test_address_form_beside_its_namesake_stays_apart(body, apart, speakers):
    assert apart in _people(body)
    assert _speakers(body) == speakers


@pytest.mark.parametrize(("body", "name"), [
    ("Oksana Kovalenko chaired the meeting and Ivan Roe spoke. \"We will win,\" Oksana Petrivna said.",
     "Oksana Kovalenko"),
    ("Kemal Arslan runs the cafe. Kemal Bey, as he is known, opens early.", "Kemal Arslan"),
])
def test_address_form_without_another_person_still_merges(body, name):
    assert ("Oksana Petrivna" if "Oksana" in body else "Kemal Bey") not in _people(body)
    assert name in _people(body)


# 4. an unknown first word after an office stays the name's, with the office
@pytest.mark.parametrize(("body", "name", "role"), [
    ("The Minister of Health, Shaaban Hassan Roe, said the clinics were full.", "Shaaban Hassan Roe",
     "Minister of Health"),
    ("The Minister of Energy, Yerzhan Ali Roe, said output rose.", "Yerzhan Ali Roe", "Minister of Energy"),
    ("The Minister for Roads, Tendai Grace Moyo, said the bridge was late.", "Tendai Grace Moyo",
     "Minister for Roads"),
])
def test_unknown_first_word_after_an_office_keeps_name_and_office(body, name, role):
    assert (name, role) in _people(body)[name]


# 5. an age's sentence ends at an abbreviation's full stop, as before
@pytest.mark.parametrize(("body", "name"), [
    ("Ana Roe sells bread in the town. The 58-year-old met Mr. Rask and he was kind.", "Ana Roe"),
    ("Bo Rask met Dr. Jo Roe. The 58-year-old said the wait was long.", "Jo Roe"),
    ("Ana Roe met Sen. Bo Rask on Monday. The 58-year-old said the bill was bad.", "Bo Rask"),
])
def test_age_description_sentence_split_unchanged(body, name):
    assert ("The 58-year-old", "The 58-year-old") in _people(body)[name]
