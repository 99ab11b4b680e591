"""People step, round 40 (made-up snippets, written before the change): a title before a name may list several
portfolios, joined by "and" and by commas ("Energy and Natural Resources Minister X", "Transport, Energy and
Fisheries Minister X"); the whole list is the title once a subject of an office (`OFFICE_SUBJECTS`) stands on each
side of the link, even where a word of a portfolio ("Natural") is no subject itself. Near misses: a name, a place
or a plain word before the link, and a comma after a clause or a name, stay out of the title."""
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
    ("Water and Natural Heritage Minister Piet Varga said the lock would reopen.", "Piet Varga",
     "Water and Natural Heritage Minister"),
    ("Mining and Petroleum Resources Minister Ilse Marn opened the quay.", "Ilse Marn",
     "Mining and Petroleum Resources Minister"),
    ("Roads, Harbours and Canals Minister Ilse Marn opened the quay.", "Ilse Marn",
     "Roads, Harbours and Canals Minister"),
    ("On Monday, Tourism, Culture and Sport Secretary Piet Varga toured the hall.", "Piet Varga",
     "Tourism, Culture and Sport Secretary"),
])
def test_portfolio_lists_join_the_title(body, name, role):
    assert role in _roles(body)[name]


@pytest.mark.parametrize(("body", "name"), [
    # two people joined by "and": a name before the link
    ("Minister Ana Kell and Natural Heritage Minister Piet Varga toured the lock.", "Piet Varga"),
    ("Ana Kell and Petroleum Resources Minister Ilse Marn toured the lock.", "Ilse Marn"),
    # a place or a plain word before the link
    ("Velmora and Natural Heritage Minister Piet Varga were named.", "Piet Varga"),
    ("Bread and Natural Heritage Minister Piet Varga were on the menu.", "Piet Varga"),
    # a comma after a name or a clause, not inside a list of portfolios
    ("Ana Kell, Health Minister Piet Varga and others toured the lock.", "Piet Varga"),
    ("After the vote in Velmora, Energy and Mines Minister Ilse Marn spoke.", "Ilse Marn"),
    ("Kell, Energy and Mines Minister Ilse Marn spoke.", "Ilse Marn"),
])
def test_other_words_before_the_link_stay_out(body, name):
    roles = _roles(body).get(name, set())
    assert not any("," in r or r.split()[0] in {"Minister", "Ana", "Velmora", "Bread", "Kell", "After"}
                   for r in roles), roles
