"""Issue 9, role descriptions, fourth batch: roles given by relative clauses in other tenses and forms ("who has
led the union since 2019", "who serves as", "who was appointed … last year"), age and nationality together, and
near misses where two people fit or the description belongs to someone else's possessive. Expectations written
before the extractor ran."""
import pytest

from tests.loaders.extract.test_speaker_role_forms import _quote, article, assert_speaker

ROWS = [
    ("Ana Lind, who has led the nurses' union since 2019, called the strike on Monday.", "the union leader said",
     "Ana Lind"),
    ("Ana Lind, who serves as the city's housing director, announced the plan on Monday.",
     "the housing director said", "Ana Lind"),
    ("Ana Lind, who was appointed police commissioner last year, announced the arrests on Monday.",
     "the commissioner said", "Ana Lind"),
    ("Karl Moss, who has chaired the committee since 2015, opened the hearing on Monday.", "the chairman said",
     "Karl Moss"),
    ("Karl Moss, who founded the charity in 2009, spoke at the launch on Monday.", "the founder said", "Karl Moss"),
    ("Karl Moss, who coached the national team for a decade, was honoured on Monday.", "the former coach said",
     "Karl Moss"),
    # age and nationality together
    ("Karl Moss, 34, a Kenyan runner, won the race on Monday.", "the 34-year-old Kenyan said", "Karl Moss"),
    ("Kenyan runner Karl Moss, 34, won the race on Monday.", "the 34-year-old said", "Karl Moss"),
    # near misses: two people fit, or the description is of another person's associate
    ("Defence Minister Ana Lind and Health Minister Karl Moss opened the hospital on Monday.", "the minister said",
     ("label", "minister")),
    ("Karl Moss, 34, and Ana Lind, 34, won the pairs race on Monday.", "the 34-year-old said",
     ("label", "34-year-old")),
    ("Ana Lind, who heads the nurses' union, called the strike on Monday.", "her deputy said", ("label", "deputy")),
]


@pytest.mark.parametrize("intro, attribution, expected", ROWS)
def test_role_clause(intro, attribution, expected):
    assert_speaker(_quote(article(intro, attribution)), expected)
