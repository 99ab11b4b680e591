"""'said the same had happened': "the same" then (at most one word and) an auxiliary opens a reported clause, while
"said the same" alone or before a phrase is the verb's object. And a tie noun no firm takes before a name ("Her
neighbour Tova Renk said", `kin.TIE_NOUNS` less the ones bodies take too) leaves the name the speaker."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Tova Renk", "Edvin Sallar")

_LEAD = "Floods reached the lower streets of Marbeck on Sunday. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "Tova Renk said the same had happened in 2019.",
         [("the same had happened in 2019", "Tova Renk")]),
        (_LEAD + "Edvin Sallar said the same thing was true of the ferry.",
         [("the same thing was true of the ferry", "Edvin Sallar")]),
        (_LEAD + "Her neighbour Tova Renk said the water had reached the doors by noon.",
         [("the water had reached the doors by noon", "Tova Renk")]),
        (_LEAD + "His colleague Edvin Sallar said the pumps would run all night.",
         [("the pumps would run all night", "Edvin Sallar")]),
        # near misses: "the same" as the verb's object, a tie noun a body takes too before a firm's name
        (_LEAD + "Tova Renk said the same on Monday.", []),
        (_LEAD + "Edvin Sallar said the same to reporters at the quay.", []),
        (_LEAD + "Tova Renk said the same about the ferry.", []),
        (_LEAD + "Its successor Marbeck Holdings said the water had reached the doors by noon.", []),
    ],
)
def test_same_and_ties(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
