"""People step, the review of round 41 (made-up snippets): its NEWLY WRONG items. "Nation" opening a two-word name
is a given name ("Striker Nation Ncube"), while a body's "Nation" stays no person ("manager for Sumas First
Nation", "the Nation Jo Roe"); a polite form of address joins a person named in full only with no role or kin noun
before it, no patronymic in the held name, and for an honorific no surname use of the word, and the merged
mention still names the quote's speaker; a gerund-shaped word after a first word and surname opens a team's
or firm's name ("Lina Corvel Racing Toyota"); a plural title reaches a given name that is a place too ("Reps.
Virginia Dunmore"). (Item 8's trim of a demonym-shaped word was removed in round 42: it dropped given names the
list lacks, "Shaaban Hassan Roe"; an unknown first word after an office stays the name's.)"""
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


# 1. "Nation" as a given name
@pytest.mark.parametrize(("body", "name"), [
    ("Striker Nation Ncube scored twice. \"I was lucky,\" Ncube said.", "Nation Ncube"),
    ("Nation Moyo scored twice on Sunday.", "Nation Moyo"),
    ("Midfielder Nation Dube said the pitch was wet.", "Nation Dube"),
])
def test_nation_opening_a_name_is_a_given_name(body, name):
    assert name in _people(body)


@pytest.mark.parametrize("body", [
    "The manager for Sumas First Nation said the road was closed.",
    "Chief Jo Roe of the Kelvan Nation said the road was closed.",
    "The Kelvan Nation said it was angry.",
    "Spokesperson for the Nation Jo Roe said it.",
    "Nation Media said profits fell.",
    "Readers of Nation Daily were angry.",
])
def test_a_bodys_nation_is_no_person(body):
    assert not any("Nation" in name for name in _people(body))


def test_nation_speaker_keeps_the_quote():
    assert _speakers("Striker Nation Ncube scored twice. \"I was lucky,\" Ncube said.") == ["Nation Ncube"]


# 2. forms of address merge only the one person they fit
@pytest.mark.parametrize(("body", "apart"), [
    ("Jamila Roe and writer Jamila Bey spoke at the fair. \"We disagree,\" Bey said.", "Jamila Bey"),
    ("Olena Kovalenko and her aunt Olena Sydorivna spoke at the fair.", "Olena Sydorivna"),
    ("Oksana Ivanivna Kovalenko runs the school. \"We need books,\" Oksana Petrivna said.", "Oksana Petrivna"),
    ("Selin Kaya met Selin Bey at the market. Bey sells fish.", "Selin Bey"),
])
def test_address_form_of_another_person_stays_apart(body, apart):
    assert apart in _people(body)


@pytest.mark.parametrize(("body", "name", "speakers"), [
    ("Hatice Demir runs the shop. \"Business is slow,\" said Hatice Hanım.", "Hatice Demir", ["Hatice Demir"]),
    ("Kemal Arslan runs the cafe. \"We open early,\" Kemal Bey said. \"Rents are high,\" Kemal Bey added.",
     "Kemal Arslan", ["Kemal Arslan", "Kemal Arslan"]),
    ("Nadiya Korsun heads the ferry office. \"The boats are late,\" Nadiya Ivanivna said.", "Nadiya Korsun",
     ["Nadiya Korsun"]),
])
def test_merged_address_form_still_names_the_speaker(body, name, speakers):
    assert list(_people(body)) == [name]
    assert _speakers(body) == speakers


def test_jamila_bey_keeps_her_quote():
    assert _speakers("Jamila Roe and writer Jamila Bey spoke at the fair. \"We disagree,\" Bey said.") == ["Jamila Bey"]


# 4. a gerund-shaped word after a full name opens another name
@pytest.mark.parametrize(("body", "name", "not_name"), [
    ("Owner Lina Corvel of Lina Corvel Racing Toyota said the team was ready.", "Lina Corvel",
     "Lina Corvel Racing Toyota"),
    ("Supporters of Jo Roe Bowling Greenfield gathered at the hall.", "Jo Roe", "Jo Roe Bowling Greenfield"),
    ("Fans cheered Lina Corvel Dancing Dunmore at the show.", "Lina Corvel", "Lina Corvel Dancing Dunmore"),
])
def test_gerund_after_a_full_name_is_no_name_word(body, name, not_name):
    people = _people(body)
    assert name in people and not_name not in people


# 5. plural titles before given names that are places too
@pytest.mark.parametrize(("body", "name", "role"), [
    ("Reps. Virginia Dunmore and Hal Brisk said the bill was dead.", "Virginia Dunmore", "Reps."),
    ("Reps. Virginia Dunmore and Hal Brisk said the bill was dead.", "Hal Brisk", "Reps."),
    ("Senators Georgia Kell and Bo Rask voted no on the bill.", "Georgia Kell", "Senators"),
])
def test_plural_title_reaches_a_given_name_that_is_a_place(body, name, role):
    assert (name, role) in _people(body)[name]


@pytest.mark.parametrize("body", [
    "Senators Virginia Beach and Ohio fans cheered.",
    "Governors Island reopened on Monday, and Jo Roe said so.",
    "The Presidents Georgia Cup went to Jo Roe.",
])
def test_plural_title_still_refuses_places(body):
    assert not any(role in ("Senators", "Governors", "Presidents")
                   for mentions in _people(body).values() for _, role in mentions)


# 8. an unknown word before a common given name after an office: the name's (round 42 removed the trim)
@pytest.mark.parametrize(("body", "name"), [
    ("The Deputy Minister of Roads, Velmoran Jo Roe, said the bridge was safe.", "Velmoran Jo Roe"),
    # an agent noun's shape ("-er"): said of the person, as before round 41
    ("The Deputy Minister of Roads, Westlander Ana Kell, said the bridge was safe.", "Ana Kell"),
    ("The Deputy Minister of Roads, Mwila Chanda Banda, said the bridge was safe.", "Mwila Chanda Banda"),
    ("The council's Chair, Tapiwa Grace Moyo, said the budget was late.", "Tapiwa Grace Moyo"),
    ("The Deputy Minister of Roads, Velmoran Tendai Banda, said the bridge was safe.", "Velmoran Tendai Banda"),
])
def test_unknown_word_before_a_common_given_name_after_an_office_stays(body, name):
    assert name in _people(body)
