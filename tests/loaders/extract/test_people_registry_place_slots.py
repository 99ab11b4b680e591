"""People step (made-up snippets, written before the fix): a bare word that is a registry person's surname names
that person only where a person may stand. In a place's slot it is the place (a station, a suburb, a town named
after someone): after a place-only preposition ("homes in Quarrington"), or as the second end of a span ("between
Central Station and Quarrington", "from Kingsford to Quarrington")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import PersonEntry, Registry

_REGISTRY = Registry(people=(PersonEntry(name="Orla Quarrington"),))


def _people(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="AU")
    return {p.name for p in extract_people(article, _REGISTRY)}


_EK = "Growers waited for rain, said farmer Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize("body", [
    _EK + "Trains ran between Central Station and Quarrington until noon.",
    _EK + "The bus runs from Kingsford to Quarrington every hour.",
    _EK + "Homes in Quarrington lost power overnight.",
])
def test_registry_surname_in_a_place_slot(body):
    names = _people(body)
    assert "Tomas Ek" in names and "Orla Quarrington" not in names


@pytest.mark.parametrize("body", [
    # near misses: the person, where a person stands
    _EK + "Quarrington said the line would reopen.",
    _EK + "The minister met Quarrington on Friday.",
    _EK + "Talks between Ana Roe and Quarrington broke down.",
])
def test_registry_surname_as_the_person(body):
    assert "Orla Quarrington" in _people(body)
