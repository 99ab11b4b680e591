"""People step, made-up texts: roles kept whole as written next to the name (issue 9, "who is who"): a firm's
dotted form closing the role keeps its stop ("at Kestrel Holdings Inc."), a family word keeps the name of whose
relative the person is ("Varga's son, Tomas,"); near misses keep the shorter role or none."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [r for m in person.mentions for r in (m.role, m.apposition) if r]
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Yields fell again, said Odile Marsten, senior rates strategist at Kestrel Holdings Inc.\nThe dollar slid.",
     "Odile Marsten", ["senior rates strategist at Kestrel Holdings Inc."]),
    ("“It was late,” said Odile Marsten, chief executive of Velbrook Co. “We are sorry.”",
     "Odile Marsten", ["chief executive of Velbrook Co."]),
    ("Odile Marsten, chief executive of Velbrook Ltd., said the plant would close.",
     "Odile Marsten", ["chief executive of Velbrook Ltd."]),
    # near misses: a stop closing a word that is no firm's form stays out of the role
    ("Yields fell again, said Odile Marsten, senior rates strategist at Kestrel Holdings.\nThe dollar slid.",
     "Odile Marsten", ["senior rates strategist at Kestrel Holdings"]),
    ("Yields fell again, said Odile Marsten, chief economist at Kestrel.\nThe dollar slid.",
     "Odile Marsten", ["chief economist at Kestrel"]),
    ("Yields fell again, said Odile Marsten, chief economist at Kestrel Group. The dollar slid.",
     "Odile Marsten", ["chief economist at Kestrel Group"]),
])
def test_a_firms_dotted_form_closes_the_role_with_its_stop(body, name, roles):
    assert _roles(body).get(name) == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("The farm was quiet. Varga's son, Tomas, runs the dairy now.", "Tomas", ["Varga's son"]),
    ("The farm was quiet. Varga’s granddaughter Ilona, 9, goes to school.", "Ilona", ["Varga’s granddaughter"]),
    ("The farm was quiet after Varga's husband, Bence Lorant, died in 2019.", "Bence Lorant", ["Varga's husband"]),
    # near misses: a pronoun or a plain noun as the owner keeps the family word alone, as before
    ("The farm was quiet. Her son, Tomas, runs the dairy now.", "Tomas", ["son"]),
    ("The farm was quiet. His wife Ilona runs the dairy now.", "Ilona", ["wife"]),
    ("The farm was quiet. The couple's daughter Ilona runs the dairy now.", "Ilona", ["daughter"]),
])
def test_a_named_owner_stays_in_the_family_role(body, name, roles):
    assert _roles(body).get(name) == roles
