"""People step, round 34 (made-up snippets, written before the change): an apposition in commas after a name may
run to 16 words when a body's full name makes it long ("X, director of the Velm Politics Project at the University
of Velm at Ostby,"); near misses: a phrase of the same length that is a clause, a list of names, or no title, or
one that runs past 16 words, gives no role."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")
    return {p.name: {r for m in p.mentions for r in (m.role, m.apposition) if r}
            for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "role"), [
    ("The bill will stall, said Jim Olsen, director of the Velm Politics Project at the University of Velm at "
     "Ostby.", "Jim Olsen", "director of the Velm Politics Project at the University of Velm at Ostby"),
    ("Ruta Marsk, Under-Secretary for Roads and Transport Affairs at the Ministry of Ports and Harbours, opened the "
     "quay.", "Ruta Marsk", "Under-Secretary for Roads and Transport Affairs at the Ministry of Ports and Harbours"),
    ("Care homes are short of staff, said Lina Voss, an associate professor of nursing at the Karsby Nursing College "
     "of Tolm.", "Lina Voss", "associate professor of nursing at the Karsby Nursing College of Tolm"),
])
def test_long_apposition_after_the_name_is_the_role(body, name, role):
    assert role in _roles(body)[name]


@pytest.mark.parametrize(("body", "name"), [
    # a clause of the same length, not a noun phrase
    ("The bill will stall, said Jim Olsen, speaking to reporters outside the court in Ostby after the hearing on "
     "Friday.", "Jim Olsen"),
    # no title in the phrase
    ("The bill will stall, said Jim Olsen, a man of few words from the small harbour town of Ostby near Velm.",
     "Jim Olsen"),
    # longer than 16 words: no role
    ("The bill will stall, said Jim Olsen, director of the Velm Politics Project at the University of Velm at the "
     "old campus in the north of Ostby.", "Jim Olsen"),
    # no closing punctuation: a clause runs on
    ("Jim Olsen, director of the Velm Politics Project at the University of Velm at Ostby said the bill would "
     "stall.", "Jim Olsen"),
])
def test_long_phrases_that_are_no_apposition_give_no_role(body, name):
    roles = _roles(body).get(name, set())
    assert not any(len(r.split()) > 12 for r in roles), roles
