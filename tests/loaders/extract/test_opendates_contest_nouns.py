"""A contest's result told as a noun ("with a 27-24 win over Moana Pasifika last night") reports the happening
of a dated clause whose verb is none ("kept their hopes alive"), as "won" would (issue 15, dated recall: trigger
vocabulary). The nouns are happenings only with an opponent or a score in the clause
(`eventwords.NOUNS_IN_CONTEXT`): "the club's win rate", "a victory for common sense" are no contest.

Near misses of ordinary prose: a rate or a figure ("The club's win rate rose to 40 percent in 2025"), a phrase of
praise ("called it a victory for common sense on Monday"), a state since a date ("has not recorded a win over
Chelsea since 2019"). Written before the fix.
"""
from __future__ import annotations


import pytest

from tests.loaders.extract.test_opendates import words  # the open-trigger words of a text, published on a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("The Fijian Drua kept their playoff hopes alive with a 27-24 win over Moana Pasifika last night.", ["win"]),
    ("Arsenal stayed top of the table with a 3-1 victory against Chelsea on Saturday.", ["victory"]),
    ("Kenya's narrow defeat to Uganda in Nairobi on Sunday, 1-0, left them third.", ["defeat"]),
    # near misses
    ("The Varn club's win rate rose to 40 percent in 2025.", []),
    ("Ana Silva called the result a victory for common sense on Monday.", []),
    ("Arsenal have not recorded a win over Chelsea since 2019.", []),
])
def test_contest_nouns(text, expected):
    assert words(text) == expected
