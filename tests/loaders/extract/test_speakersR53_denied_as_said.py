"""speakersR53: a denial answers another's claim, so after a denying verb (`speech_verbs.DENYING_FORMS`) an "as" clause
whose verb is a plain "said" ('denied that Iraq had agreed to cut tariffs, as a member of the committee said last
week') stays in the reported clause, as ", as X claimed" already does; after any other cue ", as X said" still
ends it, and the speaker's own "as she said" never stays. Made-up rows."""
import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Tova Renk", "Edvin Sallar")
_LEAD = "Floods reached the lower streets of Marbeck on Sunday. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "Tova Renk denied that the council had cut the flood fund, as a member of the harbour finance "
                 "committee said last week.",
         [("the council had cut the flood fund, as a member of the harbour finance committee said last week",
           "Tova Renk")]),
        (_LEAD + "Edvin Sallar denied that the town had sold the pumps, as two councillors had said on "
                 "Monday.",
         [("the town had sold the pumps, as two councillors had said on Monday", "Edvin Sallar")]),
        (_LEAD + "Tova Renk denied that the pier would close, as the harbour office says.",
         [("the pier would close, as the harbour office says", "Tova Renk")]),
        # near misses: no denial, the "as" clause ends the reported one
        (_LEAD + "Tova Renk said the council had cut the flood fund, as a member of the committee said last week.",
         [("the council had cut the flood fund", "Tova Renk")]),
        (_LEAD + "Edvin Sallar warned that the road would close, as the river board said on Monday.",
         [("the road would close", "Edvin Sallar")]),
        # ... a denial with the speaker's own "as she said"
        (_LEAD + "Tova Renk denied that the pier would close, as she said on Monday.",
         [("the pier would close", "Tova Renk")]),
        # ... a denial with an "as" of time, no "said" ending it
        (_LEAD + "Edvin Sallar denied that the road had closed, as the water rose and the office said it had.",
         [("the road had closed", "Edvin Sallar")]),
    ],
)
def test_an_as_said_clause_after_a_denial(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
