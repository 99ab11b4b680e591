"""'said it with a smile', 'said it again on Monday': "it" as the object of the speech verb, followed by a
preposition or an adverb that ends a clause (`clauses.OBJECT_PRONOUN_FOLLOWERS`), opens no reported clause.
Near misses: "it" as the subject of a clause ("said it was time", "said it works", "said it never rains")."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Vera Holmgard", "Tomas Brekkan")


@pytest.mark.parametrize(
    "body, clauses",
    [
        ("Vera Holmgard runs the hut. She said it with a smile, I hope.", []),
        ("Tomas Brekkan sells boots. He said it again on Monday.", []),
        ("Vera Holmgard runs the hut. She said it during the debate last week.", []),
        ("Tomas Brekkan sells boots. Brekkan said it twice, to be sure.", []),
        ("Vera Holmgard runs the hut. Holmgard said it herself, without notes.", []),
        # near misses: "it" the subject of the reported clause
        ("Vera Holmgard runs the hut. She said it was time to go.", [("it was time to go", "Vera Holmgard")]),
        ("Tomas Brekkan sells boots. He said it works better in winter.",
         [("it works better in winter", "Tomas Brekkan")]),
        ("Vera Holmgard runs the hut. She said it never rains in July.", [("it never rains in July", "Vera Holmgard")]),
        ("Tomas Brekkan sells boots. Brekkan said it again would be late.",
         [("it again would be late", "Tomas Brekkan")]),
    ],
)
def test_it_as_the_object_of_the_speech_verb(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
