"""Round eventsR11 (#15): a poll named by its pollster with its date ("a national Varn Research Poll taken last week",
"Kestrel's survey in early March", "a Norvik Institute poll conducted on Tuesday") is an open event, told by the poll's noun
(`opendates._NAMED_POLL_BEFORE`). Written BEFORE the code; made-up texts, published Tuesday 16 June 2026.
Near misses: a poll no pollster is named for ("in polls this week", "The poll, taken last week"), a document named
by its date ("the March 2022 report").
"""

import pytest

from tests.loaders.extract.test_opendates import words  # the open-trigger words of a text, published on a Tuesday


@pytest.mark.parametrize("text, expected", [
    # --- a named pollster's poll and its date ---
    ("Two in three voters now view Silva favorably, according to a national Varn Research Poll taken last week.",
     ["Poll"]),
    ("The numbers represent a near total reversal from Kestrel's survey in early March.", ["survey"]),
    ("Brenner trails by four points in a Norvik Institute poll conducted on Thursday.", ["poll"]),
    ("A Holm Times/Varn News survey released on Sunday put Silva ahead.", ["survey"]),
    # --- near misses ---
    ("Silva leads by five points in polls this week.", []),
    ("The poll, taken last week, put Silva ahead.", []),
    ("The new survey in early March put Silva ahead.", []),
    ("Silva cited the March 2022 report on the budget.", []),
])
def test_a_named_poll_with_its_date(text, expected):
    assert words(text) == expected
