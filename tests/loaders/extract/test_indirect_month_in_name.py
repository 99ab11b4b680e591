"""Indirect and direct attributions: a speaker's name holding a capitalised word that is also an auxiliary or a
modal ("Ana May Chan", Yucatec and Chinese family names; "Rosa Will Ortiz") is a name, not a clause, when a
capitalised word stands right before it; an apposition after the name no longer hides the speaker.
Near misses: the lowercase modal ("Ana Chan may, the mayor said, …"), a sentence opening on the modal, and a
verb phrase with a lowercase "may" stay no speaker's phrase."""
import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Ana May Chan", "Rosa Will Ortiz")


@pytest.mark.parametrize(
    "body, clauses",
    [
        ("Ana May Chan, the mayor, said the market would reopen on Monday.",
         [("the market would reopen on Monday", "Ana May Chan")]),
        ("Rosa Will Ortiz, a trader, told reporters the road had flooded.",
         [("the road had flooded", "Rosa Will Ortiz")]),
        ("Ana May Chan, 54, said the stalls were empty.", [("the stalls were empty", "Ana May Chan")]),
        # near misses
        ("The stalls may, the mayor said, reopen on Monday.", []),
        ("Traders may have said the market would reopen.", []),
        ("Some may, as Rosa Will Ortiz did, say the market would reopen.", []),
    ],
)
def test_capitalised_modal_inside_a_name(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
