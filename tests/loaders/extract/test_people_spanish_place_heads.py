"""People step, issue 9 second round (made-up snippets, written before the fix): Spanish heads of geographic names
("Bajo de Masinloc", a shoal; "Punta Arenas", "Cabo Rojo", "Playa Blanca") open places, as "Lago", "Cerro" and
"Bahía" do (`lexicon.ORG_WORDS`); the town word inside such a name written alone after "in"/"from" is a place."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


_EK = "Farmers waited for rain, said grower Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "present", "absent"), [
    (_EK + "Four boats from Dalanoc sailed to Varro Shoal, known locally as Bajo de Dalanoc, about 124 miles out. "
     "Three weeks later, the question in Dalanoc is how.", {"Tomas Ek"}, {"Bajo de Dalanoc", "Dalanoc"}),
    (_EK + "The ferry left Punta Verano at dawn.", {"Tomas Ek"}, {"Punta Verano"}),
    (_EK + "Hotels in Playa Serena were full.", {"Tomas Ek"}, {"Playa Serena"}),
    (_EK + "Boats waited off Cabo Leandro for the storm to pass.", {"Tomas Ek"}, {"Cabo Leandro"}),
    # near misses: people with such words nowhere, or as a given name's neighbour in a titled name
    (_EK + "Boats sailed to Bajo de Varro on Monday. Mayor Elena Varro said the port would reopen.",
     {"Elena Varro"}, {"Bajo de Varro"}),
    (_EK + "Fisher Rodel Cabral said the shoal was theirs. Cabral said it twice.", {"Rodel Cabral"}, set()),
])
def test_spanish_place_heads(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names
