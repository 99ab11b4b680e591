"""More verbs closing a reported clause: 'warned', 'conceded', 'admitted', 'predicted' … with the speaker before
them, and 'explained', 'noted', 'recalled', 'insisted', 'argued' with the speaker after them too ('…, recalled X.');
the clause is still kept for a named speaker only and never for a verb with an object of its own."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")

_LEAD = "Oskar Lindqvale grows rye on the ridge. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "The mill would close before the harvest, Lindqvale warned.",
         [("The mill would close before the harvest", "Oskar Lindqvale")]),
        (_LEAD + "The price had been too low for years, Lindqvale conceded on Friday.",
         [("The price had been too low for years", "Oskar Lindqvale")]),
        (_LEAD + "The carts were too slow for the ridge road, recalled Lindqvale.",
         [("The carts were too slow for the ridge road", "Oskar Lindqvale")]),
        (_LEAD + "The valley needs a second mill, argues Oskar Lindqvale, a grain trader at Ridge Co.",
         [("The valley needs a second mill", "Oskar Lindqvale")]),
        (_LEAD + "The rye price will fall before the winter, warned Lindqvale.",
         [("The rye price will fall before the winter", "Oskar Lindqvale")]),
        (_LEAD + "The mill had been badly run for years, conceded Oskar Lindqvale, who sold it in May.",
         [("The mill had been badly run for years", "Oskar Lindqvale")]),
        # near misses: an unnamed speaker after the verb, a verb with its own object
        (_LEAD + "The rye price will fall before the winter, warned a trader at the market.", []),
        (_LEAD + "The mill closed in May, as predicted by Lindqvale.", []),
        # near misses: an unnamed speaker, a verb with its own object, no clause before the verb
        (_LEAD + "The mill would close before the harvest, a neighbour warned.", []),
        (_LEAD + "The mill closed in May, and Lindqvale admitted a mistake to the council.", []),
        (_LEAD + "In the spring, recalled Lindqvale.", []),
        (_LEAD + "The rye price fell, as the traders predicted.", []),
    ],
)
def test_more_trailing_verbs(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
