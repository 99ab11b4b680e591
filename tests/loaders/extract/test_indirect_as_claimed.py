"""'denied that A, as a group claimed': an "as" clause with another's claim verb (`speech_verbs.OTHERS_CLAIM`) stays in
the reported clause it qualifies, while any other "as" clause still ends it; "said A and that B" stays one clause.
The claim verb must end the "as" clause (a comma, the sentence's end, or a short phrase of time or place after it),
so an "as" of time or cause with a claim further on ends the clause; and the claimer is another than the speaker
(not "as she suggested", nor her own name)."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Tova Renk", "Edvin Sallar")

_LEAD = "Floods reached the lower streets of Marbeck on Sunday. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "Tova Renk said the pier would open in May and that the ferry would follow in June.",
         [("the pier would open in May and that the ferry would follow in June", "Tova Renk")]),
        (_LEAD + "Tova Renk denied that the council had cut the flood fund, as a residents' group claimed last week.",
         [("the council had cut the flood fund, as a residents' group claimed last week", "Tova Renk")]),
        (_LEAD + "Edvin Sallar denied that the town had sold the pumps, as some critics had alleged in a letter.",
         [("the town had sold the pumps, as some critics had alleged in a letter", "Edvin Sallar")]),
        # near misses: other "as" clauses, an "as" with a claim verb but no subject
        (_LEAD + "Tova Renk said the pier would close, as the river had risen overnight.",
         [("the pier would close", "Tova Renk")]),
        (_LEAD + "Edvin Sallar said the road would reopen, as the council had planned in May.",
         [("the road would reopen", "Edvin Sallar")]),
        (_LEAD + "Tova Renk said the pier had closed, as reported on Monday by the harbour office.",
         [("the pier had closed", "Tova Renk")]),
        (_LEAD + "Edvin Sallar said the mill had been fined, as the river board alleged, and would pay.",
         [("the mill had been fined, as the river board alleged, and would pay", "Edvin Sallar")]),
        # near misses (speakersR45 review): an "as" of time or cause, the claim verb not ending it
        (_LEAD + "Tova Renk said the pier would close, as the water rose and the harbour office reported damage.",
         [("the pier would close", "Tova Renk")]),
        (_LEAD + "Edvin Sallar said the town would appeal, as critics alleged the mill had polluted the river for "
                 "years.",
         [("the town would appeal", "Edvin Sallar")]),
        # ... the speaker herself the claimer
        (_LEAD + "Tova Renk said the council had cut the flood fund, as she suggested in March.",
         [("the council had cut the flood fund", "Tova Renk")]),
        (_LEAD + "Tova Renk said the council had cut the flood fund, as Renk claimed last week.",
         [("the council had cut the flood fund", "Tova Renk")]),
    ],
)
def test_as_claimed_tail(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
