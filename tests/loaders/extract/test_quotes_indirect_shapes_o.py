"""Indirect clause shapes: an adverb between the speech verb and "that" ("noted too that"), a medium followed by
its place ("said at a briefing at the town hall that"), a trailing "X has confirmed", an inverted trailing
attribution whose name carries an apposition ("…, said X, a trader at Y.")."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")


def _indirect(body: str) -> list[tuple[str, str | None]]:
    return indirect_clauses(body, CAST)


_LEAD = "Oskar Lindqvale grows rye on the ridge. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        # an adverb between the verb and "that"
        (_LEAD + "Lindqvale noted too that the mill pays late every autumn.",
         [("the mill pays late every autumn", "Oskar Lindqvale")]),
        (_LEAD + "Lindqvale said also that the mill pays late every autumn.",
         [("the mill pays late every autumn", "Oskar Lindqvale")]),
        # near miss: "that" a determiner of a time noun after the adverb, no clause there
        (_LEAD + "Lindqvale said too that day.", []),
        # (a review's case: the time noun after "that" goes on the sentence, no clause)
        (_LEAD + "Lindqvale said too that day nothing about the mill.", []),
        # near miss: no speech verb before the adverb
        (_LEAD + "Lindqvale found too that the mill pays late every autumn.", []),
        # a medium, then where it was held, then "that"
        ("Runa Fellbrook said at a midday briefing at the Old Town Hall that the road would open in May.",
         [("the road would open in May", "Runa Fellbrook")]),
        # near miss: a place after "said at", no "that" clause
        ("Runa Fellbrook spoke at a midday briefing at the Old Town Hall about the road.", []),
        # trailing "X has confirmed" / "X confirmed"
        ("The council will hold an emergency meeting on Monday, cabinet member Runa Fellbrook has confirmed.",
         [("The council will hold an emergency meeting on Monday", "Runa Fellbrook")]),
        ("The council will hold an emergency meeting on Monday, Runa Fellbrook confirmed.",
         [("The council will hold an emergency meeting on Monday", "Runa Fellbrook")]),
        # near miss: no named person confirms
        ("The council will hold an emergency meeting on Monday, the report confirmed.", []),
        # inverted trailing attribution, the name followed by its apposition
        ("The greenback may be in for some weakness, said Runa Fellbrook, senior trader and strategist at Tempus Inc.",
         [("The greenback may be in for some weakness", "Runa Fellbrook")]),
        ("The greenback may be in for some weakness, said Runa Fellbrook, a trader at Tempus.",
         [("The greenback may be in for some weakness", "Runa Fellbrook")]),
        # a condition opening the bare clause, then its subject and verb
        (_LEAD + "He said if the mill can pay on time, he’s ready to sell the whole crop.",
         [("if the mill can pay on time, he’s ready to sell the whole crop", "Oskar Lindqvale")]),
        (_LEAD + "Lindqvale said if prices rise, the ridge would plant more rye.",
         [("if prices rise, the ridge would plant more rye", "Oskar Lindqvale")]),
        # near misses: a condition with no clause after it, or "if" a question's
        (_LEAD + "Lindqvale said if asked.", []),
        (_LEAD + "Lindqvale said if needed, in May.", []),
        # near misses: that-clauses of verbs that report no speech stay out
        (_LEAD + "Lindqvale found that the mill pays late every autumn.", []),
        (_LEAD + "The survey showed that the mill pays late every autumn.", []),
        (_LEAD + "It is clear that the mill pays late every autumn.", []),
        (_LEAD + "The delay means that the mill pays late every autumn.", []),
    ],
)
def test_indirect_shapes_o(body, clauses):
    assert _indirect(body) == clauses
