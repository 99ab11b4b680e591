"""People R35 (made-up rows, written for review session NEWLY WRONG 1): a capitalised hyphenated title whose parts
hold a title head from the title vocabulary ("Scientist-in-charge", "Research-director") is a title before a name,
and never part of the name. Near misses: hyphenated names and places, and hyphenated words that are no titles."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {p.name: {m.role for m in p.mentions if m.role} for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Scientist-in-charge ʻAlohi Nakamura said sensors had detected swelling. \"We are watching,\" Nakamura said.",
     "ʻAlohi Nakamura", "Scientist-in-charge"),
    ("Scientist-in-charge Alohi Nakamura said sensors had detected swelling.", "Alohi Nakamura", "Scientist-in-charge"),
    ("Research-director Lani Kealoha said the data was clear.", "Lani Kealoha", "Research-director"),
])
def test_hyphenated_title_before_a_name(body, name, role):
    roles = _roles(body)
    assert roles == {name: {role}}, roles


@pytest.mark.parametrize(("body", "name"), [
    ("Ana Lopez-Vidal said the data was clear.", "Ana Lopez-Vidal"),
    ("Jean-Pierre Aumont said the data was clear.", "Jean-Pierre Aumont"),
    ("Omar Al-Masri said the data was clear.", "Omar Al-Masri"),
    ("Lani Kealoha of Stratford-upon-Avon said the data was clear.", "Lani Kealoha"),
    ("A Research-backed plan was dropped, Amara Okonkwo said.", "Amara Okonkwo"),
    ("A Chancellor-backed plan was dropped, Amara Okonkwo said.", "Amara Okonkwo"),
])
def test_hyphenated_names_and_places_are_no_titles(body, name):
    roles = _roles(body)
    assert roles == {name: set()}, roles


@pytest.mark.parametrize(("body", "name", "role"), [
    # review session "still wrong": the given name "Per" (also a function word) after a portfolio title
    ("Fisheries Minister Per Aaslund said the talks went well.", "Per Aaslund", "Fisheries Minister"),
    ("Harbour Councillor Will Tenvik said the ferry would run.", "Will Tenvik", "Harbour Councillor"),
])
def test_function_word_given_name_after_a_portfolio_title(body, name, role):
    roles = _roles(body)
    assert roles == {name: {role}}, roles


@pytest.mark.parametrize(("body", "name"), [
    # near misses: the word is no given name after a run that holds no title, or in a title-case line
    ("Kestria Per Capita Income rose, Ana Roe said.", "Ana Roe"),
    ("Lindmark Will Host Talks, Ana Roe said.", "Ana Roe"),
])
def test_function_word_without_a_title_is_no_given_name(body, name):
    roles = _roles(body)
    assert roles == {name: set()}, roles
