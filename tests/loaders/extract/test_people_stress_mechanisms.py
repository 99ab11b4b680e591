"""Two mechanisms from the #9 people stress round, with near misses: a title before a two-word honorific is the
person's role ("Governor Datuk Seri X"); a lone body surname followed by a past verb takes the full name a
removed caption gives it only when the caption's given name is a known given name."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry


def _people(text: str) -> dict[str, list[str | None]]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return {person.name: [mention.role for mention in person.mentions] for person in extract_people(article, registry)}


ROLE_CASES = [
    ("Governor Datuk Seri Abdul Rasheed Ghaffar told reporters the economy was firm.", "Abdul Rasheed Ghaffar", "Governor"),
    ("Prime Minister Tan Sri Azman Roe said the plan would go ahead.", "Azman Roe", "Prime Minister"),
    # near misses: no title before the honorific, a place or a verb there
    ("He met Datuk Seri Anwar Roe in the capital on Friday.", "Anwar Roe", None),
    ("In Kuala Lumpur Tan Sri Azman Roe said the plan would go ahead.", "Azman Roe", None),
]


@pytest.mark.parametrize(("sentence", "name", "role"), ROLE_CASES)
def test_a_title_before_a_two_word_honorific(sentence, name, role):
    found = _people(f"Plan goes ahead\n{sentence}\nThe plan was first put forward last year.")
    assert found[name][0] == role


CAPTION_CASES = [
    # a known given name on the caption, a past verb after the body's surname: the caption's full name
    ("Chidi Okafor celebrates. Photo: Lee Brandt/Sportspix", "Okafor scored in the 90th minute on Saturday.",
     "Okafor", "Chidi Okafor"),
    # near miss: the caption's first word is no known given name; with only a past verb the surname stays alone
    ("Kestrel Okafor celebrates. Photo: Lee Brandt/Sportspix", "Okafor scored in the 90th minute on Saturday.",
     "Okafor", None),
    # near miss: no past verb after the surname (a noun follows)
    ("Chidi Okafor celebrates. Photo: Lee Brandt/Sportspix", "Okafor fans sang in the 90th minute on Saturday.",
     "Okafor", None),
]


@pytest.mark.parametrize(("caption", "sentence", "surname", "full"), CAPTION_CASES)
def test_a_lone_surname_after_a_caption(caption, sentence, surname, full):
    page = f"NORTHERN TIMES\nOkafor wins it late\nBy Greg Lyle\nMarch 1, 2026\n{caption}\n{sentence}\n" \
           "United manager Elena Brook praised the side. \"They never stop,\" Brook said.\n"
    found = _people(page)
    if full:
        assert full in found
    else:
        assert not any(name.endswith(surname) and name != surname for name in found)
