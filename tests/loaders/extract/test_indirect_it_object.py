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



# "it" the verb's object before a comma, colon or dash: what follows is another clause's, never the "said" clause
# opened at "it" (review speakersR15 M16, M17)
@pytest.mark.parametrize(
    "body, clauses",
    [
        ("Tomas Brekkan sells boots. He said it again on Monday, telling reporters the shop would close.", []),
        ("Tomas Brekkan sells boots. He said it again on Monday, adding that the shop would close.", []),
        ("Vera Holmgard runs the hut. She said it with a grin: the roof had held.", []),
        # near misses: "it" the subject, its verb before the comma
        ("Tomas Brekkan sells boots. He said it once housed a school, but the town sold it.",
         [("it once housed a school", "Tomas Brekkan")]),
        ("Vera Holmgard runs the hut. She said it too was shut, as the path was.",
         [("it too was shut", "Vera Holmgard")]),
        ("Tomas Brekkan sells boots. He said it again would be late, telling buyers to wait.",
         [("it again would be late, telling buyers to wait", "Tomas Brekkan")]),
        ("Vera Holmgard runs the hut. She said it twice \u2014 the path was shut.", []),
    ],
)
def test_it_as_the_object_before_another_clause(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
