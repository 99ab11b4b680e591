"""A family-first name's given name is its romanised syllables run together; two such names whose syllables differ
by a letter or two are two people ("Lee Jae-yong"/"Lee Jae-myung", "Li Keqiang"/"Li Qiang"), while the same
syllables written with a hyphen, a space or in Western order stay one person (#9 people, people1 helper). Close
spellings of Western given names still join ("Katharine"/"Katherine" under one surname)."""
from __future__ import annotations

import pytest

from loaders.extract.names import same_person, split_name

ROWS = [
    ("Lee Jae-yong", "Lee Jae-myung", False),
    ("Li Keqiang", "Li Qiang", False),
    ("Nguyen Van Thanh", "Nguyen Van Thang", False),
    ("Kim Jong-un", "Kim Jong-il", False),
    # near misses: one person written two ways
    ("Kim Jong-un", "Kim Jong Un", True),
    ("Moon Jae-in", "Moon Jae In", True),
    ("Lee Jae-yong", "Lee", True),
    ("Xi Jinping", "Xi Jinping", True),
    ("Katharine Weymouth", "Katherine Weymouth", True),
]


@pytest.mark.parametrize(("left", "right", "same"), ROWS)
def test_syllabic_given_names(left, right, same):
    assert same_person(split_name(left), split_name(right)) is same
