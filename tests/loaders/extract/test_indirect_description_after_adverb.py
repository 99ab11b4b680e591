"""An indirect speaker written as an adverb and then a later description the people step reads as its holder's
("Later the minister said …"): the description is no name mention of the analysis, so the whole phrase resolved to
nobody once main skipped description mentions; the description alone is the holder, a 'role' at the role's
confidence. Another phrase ending in the description (its owner's aide, its critics) stays nobody's. Made-up text."""
import pytest

from loaders.extract.speakers import CONFIDENCE
from tests.loaders.extract.quote_steps import quotes_of

LEAD = ("Kiln repairs begin\n\nCulture Minister Odile Marrant visited the old kiln at Tessford on Thursday, "
        "officials said.\n\n")


def _indirect(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(q.speaker_name, q.speaker_reference, q.speaker_confidence) for q in quotes_of(text)
            if q.kind == "indirect" and "bricks" in q.text]


@pytest.mark.parametrize("after, expected", [
    ("Later the minister said the bricks were cracked.", [("Odile Marrant", "role", CONFIDENCE["role"])]),
    ("Earlier, the minister said the bricks were cracked.", [("Odile Marrant", "role", CONFIDENCE["role"])]),
])
def test_an_adverb_before_a_description_subject(after, expected):
    assert _indirect(LEAD + after) == expected


@pytest.mark.parametrize("after", [
    "Critics of the minister said the bricks were cracked.",
    "The lawyer for the minister said the bricks were cracked.",
    "Later an aide to the minister said the bricks were cracked.",
    "Later the minister's aide said the bricks were cracked.",
])
def test_another_phrase_ending_in_the_description_is_nobody(after):
    assert all(name != "Odile Marrant" for name, _, _ in _indirect(LEAD + after))
