"""A reported clause without "that" whose verb is an irregular past telling no happening of its own ('rose', 'fell',
'grew', 'knew', 'became', 'spoke', 'forgot'; `clauses.CLAUSE_IRREGULAR_PAST`) is still a clause: 'said the water
rose in an hour'. A noun after the verb of speaking with no finite verb behind it is still no clause."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")

_LEAD = "Oskar Lindqvale grows rye on the ridge near Tavmora. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "Lindqvale said the river rose in less than an hour.",
         [("the river rose in less than an hour", "Oskar Lindqvale")]),
        (_LEAD + "Runa Fellbrook said rye prices fell by a third over the winter.",
         [("rye prices fell by a third over the winter", "Runa Fellbrook")]),
        (_LEAD + "Lindqvale said the mill grew too slowly for the valley.",
         [("the mill grew too slowly for the valley", "Oskar Lindqvale")]),
        (_LEAD + "Fellbrook said everyone on the ridge knew the road was unsafe.",
         [("everyone on the ridge knew the road was unsafe", "Runa Fellbrook")]),
        # near misses: no finite verb after the noun phrase, an irregular past that is the speech verb's own, a
        # verb of speaking with an object and no clause
        (_LEAD + "Lindqvale said a few words about the river.", []),
        (_LEAD + "Lindqvale spoke for an hour about the harvest.", []),
        (_LEAD + "Fellbrook said goodbye to the rose growers of Tavmora.", []),
        (_LEAD + "Lindqvale said the prayers before the harvest fair.", []),
    ],
)
def test_clause_irregular_past(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
