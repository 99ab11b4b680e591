"""People step, round 56 (made-up snippets). A one-word name after an honorific that the article gives as someone's
"known as" alias ("known to the crew as Ratu Vi") is that alias's person even when no owner is found before
"known": it does not join a different person whose full name merely opens with the word ("Vi Kalou, a driver").
Without the honorific, or when the owner is found, nothing changes."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")


def _people(body: str) -> dict[str, list[str]]:
    return {p.name: [m.surface for m in p.mentions] for p in extract_people(_article(body), Registry())}


CASES = [
    # hits: the honorific's alias has no owner found: it stays apart from the longer name
    ("Sefo Naiova, known to the crew as Ratu Vi, said the road was closed. Vi Kalou, a driver, said more.",
     "Vi Kalou", ["Vi Kalou"]),
    ("A man known to the crew as Ratu Vi said the road was closed. Vi Kalou, a driver, said more.",
     "Vi Kalou", ["Vi Kalou"]),
    ("A woman known locally as Dr Lulu said the clinic was full. Lulu Fane, a nurse, agreed.",
     "Lulu Fane", ["Lulu Fane"]),
    ("A man known as Ratu Vi said the road was closed. Vi Kalou, a driver, said more. Ratu Vi said it again.",
     "Vi Kalou", ["Vi Kalou"]),
    # near misses: the owner is found, no honorific on the alias, or no alias at all
    ("Ratu Sefo Kalou, known to the crew as Ratu Vi, said the road was closed. Vi Tora, a driver, said more.",
     "Sefo Kalou", ["Sefo Kalou", "Vi"]),
    ("Ratu Sefo Kalou, known to the crew as Ratu Vi, said the road was closed. Vi Tora, a driver, said more.",
     "Vi Tora", ["Vi Tora"]),
    ("Vi Kalou, a driver, said the road was closed. Later Vi said more.", "Vi Kalou", ["Vi Kalou", "Vi"]),
    ("Ratu Pita Lomani, known as Ratu Pi, opened the school. Ratu Pi said the roof was new.", "Pita Lomani",
     ["Pita Lomani", "Pi", "Pi"]),
    ("Marwan Dabbas, known in the village as Abu Salim, said the well was dry. Abu Salim said more.",
     "Marwan Dabbas", ["Marwan Dabbas", "Abu Salim", "Abu Salim"]),
]


@pytest.mark.parametrize("body,name,surfaces", CASES)
def test_honorific_alias_without_owner_stays_apart(body: str, name: str, surfaces: list[str]) -> None:
    found = _people(body)
    assert name in found, found
    assert found[name] == surfaces, found


@pytest.mark.parametrize("body", [CASES[0][0], CASES[1][0], CASES[3][0]])
def test_alias_person_kept(body: str) -> None:
    found = _people(body)
    assert "Vi" in found, found
