"""People step, the review of round 43 (made-up snippets): its NEWLY WRONG items. A form of address's word
written alone is no surname use only beside a given name before it ("Ayse Hanım") or a place's or road's word
after it ("Bey Street"), not a title, a day or any capitalised word ("Ms Bey", "On Monday Bey"); "Nation" opens a
person's name before any word that is no place, country, medium's word or word the article writes in lowercase
("Nation Hope", "Nation Price"); a description of the person herself in an apposition ("a widow", "a mother of
three") keeps the form of address with its owner, a relative of someone ("his cousin") does not, and "and" sets
two people apart only between two names."""
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


# 1. a title, a day or any capitalised word beside the lone word leaves it a surname use: no merge
@pytest.mark.parametrize("body", [
    "Lale Roe spoke first. Lale Bey spoke next. \"We disagree,\" Ms Bey said.",
    "Lale Roe spoke first. Lale Bey spoke next. \"We disagree,\" Ms. Bey said.",
    "Lale Roe spoke first. Lale Bey spoke next. \"We disagree,\" Dr Bey said.",
    "Lale Roe spoke first. Lale Bey spoke next. On Monday Bey said the plan was wrong.",
    "Lale Roe spoke first. Lale Bey spoke next. \"We disagree,\" said Bey Monday.",
])
def test_lone_word_beside_a_title_or_day_is_a_surname(body):
    assert "Lale Bey" in _people(body)
    assert "Lale Roe" in _people(body)


@pytest.mark.parametrize(("body", "people"), [
    ("Lale Roe and Nuray Kaya run the shop.\n\n\"Business is slow,\" said Lale Hanım. Nuray Hanım agreed.",
     ["Lale Roe", "Nuray Kaya"]),
    ("Orhan Tal runs a shop on Bey Road.\n\n\"Business is slow,\" Orhan Bey said.", ["Orhan Tal"]),
    ("Orhan Tal runs a shop near Bey Square.\n\n\"Business is slow,\" Orhan Bey said.", ["Orhan Tal"]),
])
def test_lone_word_beside_a_given_name_or_a_road_still_merges(body, people):
    assert sorted(_people(body)) == sorted(people)


# 2. "Nation" before a word that is no place, country, medium's or lowercase word opens a name
@pytest.mark.parametrize(("body", "name", "speaker"), [
    ("Defender Nation Hope scored twice. \"I was lucky,\" Hope said.", "Nation Hope", "Nation Hope"),
    ("Striker Nation Mercy scored twice. \"I was lucky,\" Mercy said.", "Nation Mercy", "Nation Mercy"),
    ("Winger Nation Price scored twice. \"I was lucky,\" Price said.", "Nation Price", "Nation Price"),
    ("Striker Nation Kell scored twice. \"I was lucky,\" Kell said.", "Nation Kell", "Nation Kell"),
])
def test_nation_before_a_word_name_is_a_person(body, name, speaker):
    assert name in _people(body)
    assert _speakers(body) == [speaker]


@pytest.mark.parametrize("body", [
    "The minister told Nation Kenya that talks had failed.",
    "Ana Kell told Nation Sport that the club was in trouble.",
    "The deal was reported by Nation Business on Friday.",
    "He spoke to Nation Harare on Monday.",
    "Striker Nation Price scored, and the price of tickets rose.",
])
def test_nation_before_a_place_medium_or_lowercase_word_is_no_person(body):
    assert not any("Nation" in name for name in _people(body))


# 3. a description of the person herself keeps the form of address with its owner; "and" only between names
@pytest.mark.parametrize(("body", "owner", "form"), [
    ("Dilek Sarı runs the bakery. Dilek Hanım, a widow, bakes at dawn. \"It is hard,\" she said.",
     "Dilek Sarı", "Dilek Hanım"),
    ("Dilek Sarı runs the bakery. Dilek Hanım, a mother of three, bakes at dawn.", "Dilek Sarı", "Dilek Hanım"),
    ("Orhan Tal runs the cafe. Orhan Bey, the owner, opens early.", "Orhan Tal", "Orhan Bey"),
    ("Orhan Tal nods to the staff and Orhan Bey opens the door.", "Orhan Tal", "Orhan Bey"),
    ("Orhan Tal runs the cafe. Orhan waves and Orhan Bey opens the door.", "Orhan Tal", "Orhan Bey"),
])
def test_self_description_keeps_address_form_with_owner(body, owner, form):
    assert owner in _people(body)
    assert form not in _people(body)


@pytest.mark.parametrize(("body", "apart"), [
    ("Orhan Tal and Orhan Bey, his cousin, run the shop.", "Orhan Bey"),
    ("Dilek Sarı met Dilek Hanım, her aunt, at the market.", "Dilek Hanım"),
    ("Nadia Kovalenko met Nadia Petrivna, their aunt, in Lviv.", "Nadia Petrivna"),
    ("Lale Roe and Lale Bey spoke at the event.", "Lale Bey"),
])
def test_relative_or_listed_namesake_stays_apart(body, apart):
    assert apart in _people(body)
