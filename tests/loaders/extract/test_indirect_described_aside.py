"""'The older farmers, the younger woman says, have stopped planting beans.': an aside whose speaker is a description
the people step gave someone ("the younger woman" of two women with written ages) reports the clause after it, as
a named or pronoun aside does. Near misses: a description no person of the article holds (a town, a report, a
harbour master never named)."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Mira Dalton", "Tova Renk")

_LEAD = "Floods reached Marbeck on Sunday. Mira Dalton, 63, grows hay. Her neighbour Tova Renk, 41, grows beans. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "The older farmers, the younger woman says, have stopped planting beans.",
         [("have stopped planting beans", "Tova Renk")]),
        (_LEAD + "The problem, the older woman says, is not money but time.",
         [("is not money but time", "Mira Dalton")]),
        (_LEAD + "In May, the younger woman says, the river rose over the road.",
         [("the river rose over the road", "Tova Renk")]),
        # near misses: a description of no person, no verb right after the aside
        (_LEAD + "The older farmers, the town says, have stopped planting beans.", []),
        (_LEAD + "The farmers, the report says, have stopped planting beans.", []),
        (_LEAD + "The older farmers, the harbour master says, have stopped planting beans.", []),
    ],
)
def test_described_aside(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
