"""People step, round 34 (made-up snippets, written before the change): communities, territories, regions, canals
and waterways are subjects of an office (`office_subjects.OFFICE_SUBJECTS`), so a title listing them before a name
is taken whole ("Deputy Minister for Development of Communities and Territories X"); near misses: two people joined
by "and", and the words used as plain nouns, stay out of any title."""
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
    ("Deputy Minister for Development of Communities and Territories Piet Varga said on Tuesday that the lane would "
     "reopen.", "Piet Varga", "Deputy Minister for Development of Communities and Territories"),
    ("Minister for Harbours and Canals Piet Varga said the lock would reopen.", "Piet Varga",
     "Minister for Harbours and Canals"),
    ("Secretary for Regions and Waterways Ilse Marn opened the bridge.", "Ilse Marn",
     "Secretary for Regions and Waterways"),
])
def test_office_subjects_join_the_title(body, name, role):
    assert role in _roles(body)[name]


@pytest.mark.parametrize(("body", "name"), [
    # two people joined by "and": the second's title is not the first's
    ("Minister Ana Kell and Canals Inspector Bo Rask toured the lock.", "Bo Rask"),
    ("Minister Ana Kell and Regions Piet Varga toured the lock.", "Piet Varga"),
    # the words as plain nouns before a name
    ("Along the canals and waterways Piet Varga walked each morning.", "Piet Varga"),
    ("Communities and Territories Piet Varga visited were poor, a report said.", "Piet Varga"),
])
def test_subject_words_elsewhere_make_no_title(body, name):
    roles = _roles(body).get(name, set())
    # (Bo Rask's own "Canals Inspector" is his title: only a title run across "and" is wrong)
    assert not any(" and " in r or "Minister" in r or r.lower().split()[0] in {"regions", "communities", "along"}
                   for r in roles), roles
