"""People step, issue 9 (made-up snippets): after a player of music (`lexicon.STAGE_NAME_PROFESSIONS`: "bassist",
"drummer", "frontman"), one word is a person's stage name though no list holds it as a given name ("bassist
Quill"); the other professions still want a given name or more words after them ("chemist Boots" is a shop).
Near misses: the profession with no name after it, a shop after a non-musical profession, a weekday or a place."""
from __future__ import annotations

import pytest

from tests.loaders.extract.cast import people_of


_people = people_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Bassist Quill shared the news on social media last week.", {"Quill": ["Quill"]}),
    ("The band said drummer Questro would miss the tour.", {"Questro": ["Questro"]}),
    ("Frontman Vext thanked the crowd.", {"Vext": ["Vext"]}),
    # near misses
    ("Drummer said the show was off.", {}),
    ("The chemist Boots said profits rose.", {}),
    ("The guitarist arrived on Monday and played Tuesday.", {}),
    ("A saxophonist from London played.", {}),
])
def test_one_word_stage_names(body, expected):
    assert _people(body) == expected
