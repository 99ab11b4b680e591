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
    ("“Nobody buys now,” says Marta. “Even Ramiro from Tolva Baja stopped coming.”", {"Ramiro"}, set()),
    ("Flights to Florence from Brindisi were cancelled on Tuesday.", set(), {"Florence"}),
    ("Imports into Jordan from Lebanon fell by a third.", set(), {"Jordan"}),
    ("Aid from Norway arrived at the port on Friday.", set(), {"Aid", "Norway"}),
    ("Every season the Chelsea from 2005 is remembered fondly.", set(), {"Chelsea"}),
    ("Paris from Lyon is two hours by train.", set(), {"Paris"}),
])
def test_given_name_from_a_place(body, present, absent):
    names = _names(body)
    assert present <= names and not absent & names
