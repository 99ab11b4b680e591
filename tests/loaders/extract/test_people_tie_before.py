"""People step, issue 9 second round (made-up snippets, written before the fix): a personal determiner and a tie
noun right before a name, without commas ("Her colleague Rokeya Banu said"), is the name's role, as it is in commas
("Her colleague, Rokeya Banu,"); it vouches for no person of its own (an employer may be a firm)."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: {r for m in person.mentions for r in (m.role, m.apposition) if r}
            for person in extract_people(article, Registry())}


_EK = "Farmers waited for rain, said grower Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "name", "role"), [
    (_EK + "Her colleague Rokeya Banu said the factory had stopped paying.", "Rokeya Banu", "Her colleague"),
    (_EK + "His neighbour Sonam Dorje said the river rose at night.", "Sonam Dorje", "His neighbour"),
    (_EK + "Her colleague, Rokeya Banu, said the factory had stopped paying.", "Rokeya Banu", "Her colleague"),
])
def test_tie_before_a_name(body, name, role):
    people = _people(body)
    assert name in people
    assert role in people[name]


@pytest.mark.parametrize(("body", "absent"), [
    # near misses: a firm after a tie noun firms have too, and a body's determiner
    (_EK + "Her employer Lumen Apparels has not paid since May.", {"Lumen Apparels"}),
    (_EK + "Its successor Kestel Holdings took over the mill.", {"Kestel Holdings"}),
])
def test_tie_before_a_firm(body, absent):
    assert not absent & set(_people(body))
