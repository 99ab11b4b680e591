"""A leading apostrophe joins a Sesotho name of the 'M- kind ("'Mamello") but not a quoted English word opening
with "Ma" ("'Make way", "'Major change"), whether or not the quotation closes in the sentence (code read, item 1).
Made-up rows: two hits, more near misses."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize("body, name", [
    ("Nurse 'Mamello Letsie said the clinic in Tsaneng would open on Monday.", "'Mamello Letsie"),
    ("The clinic's head, 'Malineo Ramoholi, said supplies had run out.", "'Malineo Ramoholi"),
])
def test_m_name_keeps_its_apostrophe(body: str, name: str) -> None:
    assert name in _names(body)


@pytest.mark.parametrize("body", [
    "Dorvan Pike shouted 'Make way' as the lorry backed up.",
    "Dorvan Pike called it a 'Major change' for the port.",
    "'Make way. The lorry is coming through,' Dorvan Pike said.",
    "'Major change is coming. Be ready,' Dorvan Pike said.",
    "'Manage Loss Quickly' was the title of the talk by Dorvan Pike.",
])
def test_quoted_ma_word_stays_a_quote(body: str) -> None:
    assert not any(name.startswith(("'Ma", "Ma")) for name in _names(body)), _names(body)
