"""Indirect clause shapes: a bare clause whose subject opens on "a"/"our"/…, an aside after an opening phrase with
a present-tense verb, a listener after "told" followed at once by the clause."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")


def _indirect(body: str) -> list[tuple[str, str | None]]:
    return indirect_clauses(body, CAST)


_LEAD = "Oskar Lindqvale grows rye on the ridge. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        # a bare clause whose subject opens on "a", with a relative clause holding a capitalised word
        (_LEAD + "Lindqvale says a sack he sells for Kr 90 ends up in a city bakery.",
         [("a sack he sells for Kr 90 ends up in a city bakery", "Oskar Lindqvale")]),
        (_LEAD + "Lindqvale says our valley grows the best rye.",
         [("our valley grows the best rye", "Oskar Lindqvale")]),
        # near miss: an object, no clause
        (_LEAD + "Lindqvale says a prayer every morning.", []),
        # an aside after an opening phrase, its verb in the present
        (_LEAD + "In the dry years, he recalls, half the ridge sold its land to the mill.",
         [("half the ridge sold its land to the mill", "Oskar Lindqvale")]),
        (_LEAD + "By then, Lindqvale explains, the mill had closed for good.",
         [("the mill had closed for good", "Oskar Lindqvale")]),
        # near miss: the aside cuts a subject from its verb
        (_LEAD + "The mill, Lindqvale explains, a ruin since May.", []),
        # "told LISTENER CLAUSE and that …": the clause begins after the listener, not at the later "that"
        ("Runa Fellbrook, the council's adviser, told KRT the survey had been finished in March and that the "
         "road would open.", [("the survey had been finished in March and that the road would open",
                               "Runa Fellbrook")]),
        # ... while a listener with a relative clause still runs to its "that"
        ("Runa Fellbrook told farmers who had waited all day that the road would open.",
         [("the road would open", "Runa Fellbrook")]),
        # a date between the verb and its clause
        (_LEAD + "Lindqvale said on June 4 that the mill would reopen.", [("the mill would reopen", "Oskar Lindqvale")]),
        (_LEAD + "Lindqvale said in March the mill would reopen.", [("the mill would reopen", "Oskar Lindqvale")]),
        # near miss: a place after "in", no clause
        (_LEAD + "Lindqvale said in Marchwood.", []),
        # "insisting" with a bare clause; near miss: "insisting on" a thing
        (_LEAD + "Lindqvale was angry, insisting the mill had cheated him for years.",
         [("the mill had cheated him for years", "Oskar Lindqvale")]),
        (_LEAD + "Lindqvale was angry, insisting on a meeting that had been promised.", []),
        # "said it was" with a complement: a clause; near miss: "it" the object of "said" ("the way … said it")
        (_LEAD + 'Lindqvale said it was "a fair price" for the rye.',
         [('it was "a fair price" for the rye', "Oskar Lindqvale")]),
        (_LEAD + "Lindqvale said it was a mistake to sell the ridge.",
         [("it was a mistake to sell the ridge", "Oskar Lindqvale")]),
        (_LEAD + "The way Lindqvale said it was rude.", []),
    ],
)
def test_indirect_clause_shapes(body, clauses):
    assert _indirect(body) == clauses
