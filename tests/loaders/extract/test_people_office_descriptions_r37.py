"""People step, round 37 (made-up snippets and a made-up registry): a later "the former secretary of state" / "the
president" is the one person of the article whose registry offices hold that title by the article's day, ended
for "former", held that day otherwise. Near misses: "former" for an office still held, no "former" for an ended
one, two people it fits, another person titled with that head, inside a quotation, before the person is named,
before a name, a longer title ("the president of the club"), no article day, a person not in the registry."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.people import extract_people
from loaders.extract.people_descriptions import is_description
from loaders.records import ArticleRecord
from loaders.registry import Office, PersonEntry, Registry

_REGISTRY = Registry(people=(
    PersonEntry("Marisa Quellberg", country="Vestland", offices=(
        Office("Senator", start=date(2001, 1, 3), end=date(2009, 1, 21)),
        Office("Secretary of State", start=date(2009, 1, 21), end=date(2013, 2, 1)))),
    PersonEntry("Colby Ardenne", country="Vestland", offices=(
        Office("Secretary of State", start=date(2001, 1, 20), end=date(2005, 1, 26)),)),
    PersonEntry("Dov Harlacher", country="Vestland", offices=(Office("President", start=date(2009, 1, 20)),)),
))


def _descriptions(body: str, day: date | None = date(2016, 5, 1)) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, published_on=day)
    return {person.name: {m.role.casefold() for m in person.mentions if is_description(m)}
            for person in extract_people(article, _REGISTRY)}


@pytest.mark.parametrize(("body", "name", "description"), [
    ("Marisa Quellberg spoke in Ohio on Monday. Crowds were thin.\n\nThe former secretary of state urged "
     "voters to register.", "Marisa Quellberg", "the former secretary of state"),
    ("Marisa Quellberg spoke in Ohio on Monday.\n\nLater, the former senator met farmers.",
     "Marisa Quellberg", "the former senator"),
    ("Dov Harlacher signed the order on Friday.\n\nThe president said it would save jobs.",
     "Dov Harlacher", "the president"),
])
def test_office_description_joins_its_holder(body, name, description):
    assert description in _descriptions(body)[name]


@pytest.mark.parametrize(("body", "description", "day"), [
    # "former" for an office still held; no "former" for an ended one
    ("Dov Harlacher signed the order.\n\nThe former president said it would save jobs.", "the former president",
     date(2016, 5, 1)),
    ("Marisa Quellberg spoke in Ohio.\n\nThe secretary of state urged voters to register.",
     "the secretary of state", date(2016, 5, 1)),
    # two people it fits
    ("Marisa Quellberg and Colby Ardenne spoke in Ohio.\n\nThe former secretary of state urged voters to "
     "register.", "the former secretary of state", date(2016, 5, 1)),
    # another person titled with that head
    ("Marisa Quellberg met Treasury Secretary Ilse Drummond in Ohio.\n\nThe former secretary of state urged "
     "voters to register.", "the former secretary of state", date(2016, 5, 1)),
    # inside a quotation
    ("Marisa Quellberg spoke in Ohio.\n\n“The former secretary of state is tired,” a voter said.",
     "the former secretary of state", date(2016, 5, 1)),
    # before the person is named
    ("The former secretary of state arrived late. Marisa Quellberg spoke in Ohio.",
     "the former secretary of state", date(2016, 5, 1)),
    # a longer title
    ("Dov Harlacher signed the order.\n\nThe president of the chess club said it was wrong.", "the president",
     date(2016, 5, 1)),
    # no article day
    ("Dov Harlacher signed the order.\n\nThe president said it would save jobs.", "the president", None),
    # before the office began
    ("Dov Harlacher spoke in Ohio.\n\nThe president said it would save jobs.", "the president", date(2005, 5, 1)),
])
def test_office_description_not_attached(body, description, day):
    assert all(description not in roles for roles in _descriptions(body, day).values())


def test_person_not_in_registry_gets_no_office_description():
    body = "Renata Fjellstad spoke in Ohio.\n\nThe former secretary of state urged voters to register."
    assert all("the former secretary of state" not in roles for roles in _descriptions(body).values())
