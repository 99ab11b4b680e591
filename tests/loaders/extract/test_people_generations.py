"""People step, issue 9 (made-up snippets): "Sr." and "Jr." tell namesakes apart. "Sr." is written only to tell a
father from his namesake son, so it never joins the name written bare; a bare name right before a kin possessive
("Jon Trask's son") is the parent of the article's "Jon Trask Jr."; "Trask Jr." goes to the one written with "Jr.".
Near misses: a bare name after "Jr." with no kin word is his shortened name, and people without suffixes merge as
before."""
from __future__ import annotations

import pytest

from tests.loaders.extract.cast import people_of


_people = people_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Rep. Ed Mole said so. His father, Ed Mole Sr., once held the seat. Mole said he would run.",
     {"Ed Mole": ["Ed Mole", "Mole"], "Ed Mole Sr.": ["Ed Mole Sr."]}),
    ("Jon Trask Jr. said he would run. \"Women can handle it,\" Jon Trask's son said. Trask Jr. later joked.",
     {"Jon Trask Jr.": ["Jon Trask Jr.", "Trask Jr."], "Jon Trask": ["Jon Trask"]}),
    ("Pia Lund Sr. founded the mill. Pia Lund Jr. runs it now, and Lund Jr. said sales were up.",
     {"Pia Lund Sr.": ["Pia Lund Sr."], "Pia Lund Jr.": ["Pia Lund Jr.", "Lund Jr."]}),
    # near misses: a bare name after "Jr." with no kin possessive is his shortened name
    ("Amos Vell Jr. led the march. Years later, Amos Vell said the march had changed him.",
     {"Amos Vell Jr.": ["Amos Vell Jr.", "Amos Vell"]}),
    ("Amos Vell Jr. led the march. Amos Vell's speech was long.",
     {"Amos Vell Jr.": ["Amos Vell Jr.", "Amos Vell"]}),
    ("Ed Mole said so. Later, Ed Mole's office said he would run.", {"Ed Mole": ["Ed Mole", "Ed Mole"]}),
    ("Ed Mole Sr. said so. Ed Mole Sr. added that he would run.", {"Ed Mole Sr.": ["Ed Mole Sr.", "Ed Mole Sr."]}),
])
def test_generational_suffixes(body, expected):
    people = _people(body)
    for name, surfaces in expected.items():
        assert people.get(name) == surfaces, people
    assert len(people) == len(expected), people
