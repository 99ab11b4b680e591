"""People step, issue 9 (made-up snippets): a surname that is also a function word ("Al From", "Ana In") is a
name's when speech or a job sets the two words off as a person's: a speech verb right after or before them, or a
lowercase person's noun before them; then its lone word is that person's where it speaks ("said From.", "From
added"). Near misses: the same words in prose with no speech or job ("From there", "Jo For the first time"), and a
lone function word that speaks when nobody of the article bears it."""
from __future__ import annotations

import pytest

from tests.loaders.extract.cast import people_of


_people = people_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Party veteran Cal From said the vote was lost. \"We need new ideas,\" said From.",
     {"Cal From": ["Cal From", "From"]}),
    ("Cal From said the vote was lost. From added that it could still win.", {"Cal From": ["Cal From", "From"]}),
    ("\"We need new ideas,\" said Cal From. \"It is late,\" From said.", {"Cal From": ["Cal From", "From"]}),
    ("The board heard from head nurse Ana In on Monday.", {"Ana In": ["Ana In"]}),
    # near misses
    ("Cal From said the vote was lost. From there, the party moved on.", {"Cal From": ["Cal From"]}),
    ("He met Jo For the first time in May.", {}),
    ("Will From here the road climbs.", {}),
    ("From there, the group moved on. The mayor said the plan would work.", {}),
    ("Ask Al For help, she said.", {}),
    ("\"It is late,\" said From.", {}),
])
def test_function_word_surnames(body, expected):
    assert _people(body) == expected


def test_function_word_surname_in_an_article_that_writes_the_word_in_lowercase():
    # "from" is the article's everyday word, written lowercase again and again: the spoken name is still a name
    body = ("\"We won,\" said Cal From, who helped found the group. He came from Ohio and from Iowa, far from here. "
            "\"It was hard,\" From said.")
    assert _people(body) == {"Cal From": ["Cal From", "From"]}


def test_everyday_word_closing_a_capitalised_pair_stays_dropped():
    # near miss: the vocabulary rule still drops "Cam Latches" on a page about latches
    body = "Cam Latches are sold here. The latches fit doors; latches come in steel. Buy latches today."
    assert _people(body) == {}
