"""A name written with a leading apostrophe or ʻokina ("'Ana Fifita", "ʻAkilisi Pohiva", "’Mamello") keeps it in
the person's name and surface. Near misses: a single quotation mark that closes after the word (a quoted title or
name), an apostrophe inside a word, a mark before a lowercase word."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name"), [
    ("Chief Engineer 'Ana Talivaka said the final load was fine.", "'Ana Talivaka"),
    ("'Mamello Ketsise told the crowd that the march would go on.", "'Mamello Ketsise"),
    ("Officials said ʻAkilisi Vaotu spoke to reporters. ʻAkilisi Vaotu said it was over.", "ʻAkilisi Vaotu"),
    ("The minister, ’Ana Fonolau, said the road would open.", "’Ana Fonolau"),
])
def test_leading_mark_kept(body: str, name: str) -> None:
    assert name in _names(body)


@pytest.mark.parametrize(("body", "name"), [
    ("The song 'Lena Brookvale' won a prize, said Ana Roeby.", "Lena Brookvale"),
    ("‘Every Hectare Has a Name’: Olga Marchenova said it.", "Olga Marchenova"),
    ("'Tina Marshby' was the song Ana Roeby sang.", "Tina Marshby"),
    ("It was ‘Ana Vakelu’s’ house, said Tom Halebrook.", "Ana Vakelu"),
    ("The rock'n'roll star Dana Reedly sang on Monday.", "Dana Reedly"),
])
def test_quoted_or_inner_mark_not_taken(body: str, name: str) -> None:
    names = _names(body)
    assert name in names and not any(n.endswith(name) and n != name for n in names)


@pytest.mark.parametrize("body", [
    "A banner called Mr 'Corrupt Moyo a thief.",
    "The poster read Dr 'Death Shipman Released.",
])
def test_open_quote_before_a_word_no_name(body: str) -> None:
    assert not any(name.startswith(("'", "’")) for name in _names(body))
