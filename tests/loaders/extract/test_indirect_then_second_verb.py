"""A speech verb as the second of a sentence's verbs joined by a comma and "then" ("Renk nods, then says she will
stay"): the sentence's subject speaks, as "Renk nods and then says …" already did. Near misses: a subject of its
own after "then", a subject that is no person, a comma and no "then", a "then" that opens the reported words.
Made-up text; every expectation written before the extractor ran."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Tova Renk", "Edvin Sallar")

_LEAD = "Floods reached the lower streets of Marbeck on Sunday. Tova Renk runs the ferry. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        # hits
        (_LEAD + "Renk nods, then says she will stay until the spring.",
         [("she will stay until the spring", "Tova Renk")]),
        (_LEAD + "Edvin Sallar shrugs, then says the union has no money left.",
         [("the union has no money left", "Edvin Sallar")]),
        (_LEAD + "Renk paused for a moment, then said the ferry would run again in May.",
         [("the ferry would run again in May", "Tova Renk")]),
        # near misses
        (_LEAD + "Renk nods, then Edvin Sallar says the ferry will run again in May.",
         [("the ferry will run again in May", "Edvin Sallar")]),
        (_LEAD + "The siren wails, then says nothing for an hour.", []),
        (_LEAD + "The council met, then said the ferry would run again in May.", []),
        (_LEAD + "Renk's brother nods, then says the ferry will run again in May.", []),
        # (review of R50, newly wrong) a coordinated subject before ", then" or ", and then": no clause, rather
        # than one of its people alone
        (_LEAD + "Renk and Edvin Sallar left the pier, then said the ferry was sold.", []),
        (_LEAD + "Renk and Edvin Sallar left the pier, and then said the ferry was sold.", []),
        (_LEAD + "Renk and Sallar nodded and then said the ferry was sold.", []),
        (_LEAD + "Renk met Edvin Sallar and the crew, then said the ferry was sold.",
         [("the ferry was sold", "Tova Renk")]),
        (_LEAD + "Renk left the pier and the quay, then said the ferry was sold.", [("the ferry was sold", "Tova Renk")]),
        (_LEAD + "Renk and Edvin Sallar said the ferry was sold.",
         [("the ferry was sold", "Tova Renk"), ("the ferry was sold", "Edvin Sallar")]),
        (_LEAD + "Renk says then the ferry will run again in May.", [("then the ferry will run again in May",
                                                                     "Tova Renk")]),
    ],
)
def test_then_second_verb(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
