"""'She has not decided, she says, whether to stay.': an aside attribution before a "whether" clause (the
complement of the sentence's own verb) reports that clause. Near misses: a condition or time clause after the
aside ("if it rains", "when the snow melts") is not reported; no aside, no report."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Vera Holmgard", "Tomas Brekkan")


@pytest.mark.parametrize(
    "body, clauses",
    [
        ("Vera Holmgard runs the hut. She has not decided, she says, whether to stay.",
         [("whether to stay", "Vera Holmgard")]),
        ("Tomas Brekkan sells boots. He does not yet know, Brekkan said, whether the shop will reopen in May.",
         [("whether the shop will reopen in May", "Tomas Brekkan")]),
        # near misses
        ("Vera Holmgard runs the hut. She will go, she says, if it rains.", []),
        # (the clause before the aside is what he said, as before)
        ("Tomas Brekkan sells boots. He will reopen, he said, when the snow melts.",
         [("He will reopen", "Tomas Brekkan")]),
        ("Vera Holmgard runs the hut. She has not decided whether to stay.", []),
    ],
)
def test_an_aside_before_a_whether_clause(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
