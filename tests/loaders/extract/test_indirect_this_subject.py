"""Indirect clause shapes: a that-less clause whose subject opens on "this" ("says this winter was the hardest"),
a finite verb within two words after it; and such a clause after an age description that stands for the person
the sentence before named ("Holm grew up in Bergen. The 48-year-old says …").
Near misses: "said this" as the verb's object ("said this on Monday", "says this every year"), and "this" with no
verb close after it, or with a subordinator or a pronoun before the verb ("said this when she was asked …": a new
clause whose subject is not "this")."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Vera Holmgard", "Tomas Brekkan")


def _indirect(body: str) -> list[tuple[str, str | None]]:
    return indirect_clauses(body, CAST)


@pytest.mark.parametrize(
    "body, clauses",
    [
        ("Vera Holmgard runs the hut. Holmgard says this winter was the hardest she can remember.",
         [("this winter was the hardest she can remember", "Vera Holmgard")]),
        ("Tomas Brekkan sells boots. Brekkan said this one would be his last season.",
         [("this one would be his last season", "Tomas Brekkan")]),
        ("Vera Holmgard grew up in Bergen. The 48-year-old says this one was the busiest she can remember.",
         [("this one was the busiest she can remember", "Vera Holmgard")]),
        ("Tomas Brekkan sells boots. Brekkan says this year\u2019s figure was the best in a decade.",
         [("this year\u2019s figure was the best in a decade", "Tomas Brekkan")]),
        ("Tomas Brekkan sells boots. Brekkan said this week it would close the shop.",
         [("it would close the shop", "Tomas Brekkan")]),
        # near misses: "this" is the verb's object
        ("Vera Holmgard runs the hut. Holmgard said this on Monday.", []),
        ("Tomas Brekkan sells boots. Brekkan says this every year, to anyone who asks.", []),
        ("Vera Holmgard runs the hut. Holmgard said this about the road: nothing will change.", []),
        ("Tomas Brekkan sells boots. Brekkan said this to the council before he left.", []),
        ("Vera Holmgard runs the hut. Holmgard said this when she was asked about the closures.", []),
        ("Tomas Brekkan sells boots. Brekkan said this as he was closing the shop on Tuesday.", []),
        ("Tomas Brekkan sells boots. Brekkan said this because it was true.", []),
        ("Vera Holmgard runs the hut. Holmgard said this after they had left the hut.", []),
        ("Vera Holmgard runs the hut. Holmgard said this while we were walking down.", []),
    ],
)
def test_this_opens_a_thatless_clause(body, clauses):
    assert _indirect(body) == clauses
