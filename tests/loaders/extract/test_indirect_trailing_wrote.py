"""A reported clause closed by "wrote" ("…, Lindqvale wrote." / "…, wrote Lindqvale."): a letter, a post or a
memoir reported in the writer's words is theirs as a spoken clause is; "wrote" after a relative word or with an
object of its own is no attribution."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")

_LEAD = "Oskar Lindqvale grows rye on the ridge. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + 'The visits failed to find the leak, which was "deeply upsetting," wrote Lindqvale, who had never '
         "farmed.",
         [('The visits failed to find the leak, which was "deeply upsetting,"', "Oskar Lindqvale")]),
        (_LEAD + "The mill would close before the harvest, said Lindqvale, who had farmed the ridge for years.",
         [("The mill would close before the harvest", "Oskar Lindqvale")]),
        (_LEAD + "The mill would close before the harvest, Lindqvale wrote in his diary.",
         [("The mill would close before the harvest", "Oskar Lindqvale")]),
        (_LEAD + "The ridge road is too steep for the carts, writes Lindqvale.",
         [("The ridge road is too steep for the carts", "Oskar Lindqvale")]),
        # near misses: "wrote" in a relative clause, with its own object, or with no clause before it
        (_LEAD + "The letters were lost in the fire, which Lindqvale wrote.", []),
        (_LEAD + "The mill closed in May, and Lindqvale wrote a letter to the council.", []),
        (_LEAD + "In the spring, Lindqvale wrote.", []),
        (_LEAD + "The book sold well, the one that Lindqvale wrote.", []),
        # near miss: a relative clause on a speaker no name gives (an indirect clause is kept for a named person only)
        (_LEAD + "The mill would close before the harvest, said a neighbour, who had farmed the ridge for years.", []),
    ],
)
def test_trailing_wrote(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
