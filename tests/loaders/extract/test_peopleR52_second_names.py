"""People step, round 52 (made-up snippets): second references by another name the article gives a person. A
chiefly title name written alone before an honorific and the person's name ("Toleafoa Dr. Ana Roe", a Samoan matai
title) is the person's, and a later lone mention of it joins them; a name after "known (in the village) as"
right after a named person (a kunya, a nickname) is that person's too, and its later mentions join them."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")


def _people(body: str) -> dict[str, list[str]]:
    return {p.name: [m.surface for m in p.mentions] for p in extract_people(_article(body), Registry())}


HITS = [
    ("The clinic's head, Lafaele Dr. Mele Sapolu, said cases rose. \"Act now,\" Lafaele said.",
     "Mele Sapolu", ["Mele Sapolu", "Lafaele"]),
    ("Associate Professor Fuimaono Dr. Tavita Alesana said the data held. Fuimaono said more was due.",
     "Tavita Alesana", ["Tavita Alesana", "Fuimaono"]),
    ("Tuala Dr. Iosefa Leota opened the ward. Tuala said it would help.",
     "Iosefa Leota", ["Iosefa Leota", "Tuala"]),
    ("By noon, Karim al-Nouri, known in the village as Abu Sami, was at the press. Abu Sami said oil was up.",
     "Karim al-Nouri", ["Karim al-Nouri", "Abu Sami", "Abu Sami"]),
    ("Grace Okolie, known locally as Mama Nkechi, runs the stall. Mama Nkechi said prices rose.",
     "Grace Okolie", ["Grace Okolie", "Mama Nkechi", "Mama Nkechi"]),
]

NEAR_MISSES = [
    # a place, a comma before the honorific: no title name
    ("A nurse who lives in Fagali, Ms Tina Leota, said so. Fagali said nothing.", "Tina Leota", ["Tina Leota"]),
    # a place after a preposition, right before the honorific
    ("Clinics in Vaitele Dr. Jo Lemeki runs are full. Vaitele said so.", "Jo Lemeki", ["Jo Lemeki"]),
    # a name before the honorific is another person's, no title name
    ("The panel: Ana Sefo Dr. Jo Lemeki and others. Sefo said so.", "Jo Lemeki", ["Jo Lemeki"]),
    # a weekday before the honorific
    ("On Monday Dr. Jo Lemeki spoke. Monday was busy.", "Jo Lemeki", ["Jo Lemeki"]),
    # "known as" with no one named right before it: the name is the person's own
    ("A man known as Abu Sami ran the press. Abu Sami said so.", "Abu Sami", ["Abu Sami", "Abu Sami"]),
    # "known as" after a clause: no alias
    ("Tomas Rehn is known as a fighter. Ana Lemeki said so.", "Ana Lemeki", ["Ana Lemeki"]),
    # the alias joins only the person named right before it, not another
    ("Grace Okolie met Ben Sowa, known locally as Mama Nkechi. Grace Okolie left.", "Grace Okolie",
     ["Grace Okolie", "Grace Okolie"]),
]


@pytest.mark.parametrize("body,name,surfaces", HITS)
def test_second_names_hits(body: str, name: str, surfaces: list[str]) -> None:
    people = _people(body)
    assert people.get(name) == surfaces, people


@pytest.mark.parametrize("body,name,surfaces", NEAR_MISSES)
def test_second_names_near_misses(body: str, name: str, surfaces: list[str]) -> None:
    people = _people(body)
    assert people.get(name) == surfaces, people
