"""A speaker written as a later description ("the minister") that the people step stores as one more mention of the
holder named before (`people_descriptions`) was found through a role, not a name: the quote says 'role' with the
role's confidence, whichever quote shape carries it (direct, continued, indirect, a participle after the subject).
A speaker written by name keeps 'name'. Made-up text."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.people_descriptions import is_description
from loaders.extract.speakers import CONFIDENCE
from loaders.records import ArticleRecord
from loaders.registry import Registry
from tests.loaders.extract.quote_steps import quotes_of

LEAD = ("Kiln repairs begin\n\nCulture Minister Odile Marrant visited the old kiln at Tessford on Thursday, "
        "officials said.\n\n")


def _speakers(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(q.kind, q.speaker_name, q.speaker_reference, q.speaker_confidence) for q in quotes_of(text)]


def _description_mentions(text: str) -> list[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    return [m.surface for p in extract_people(article, Registry()) for m in p.mentions if is_description(m)]


ROLE = CONFIDENCE["role"]


@pytest.mark.parametrize("after, expected", [
    ("\"The bricks are cracked,\" the minister said.",
     [("direct", "Odile Marrant", "role", ROLE)]),
    ("\"The bricks are cracked,\" said the minister, who arrived late.",
     [("direct", "Odile Marrant", "role", ROLE)]),
    ("The minister said the bricks were cracked.",
     [("indirect", "Odile Marrant", "role", ROLE)]),
    ("Later the minister said the bricks were cracked.",
     [("indirect", "Odile Marrant", "role", ROLE)]),
])
def test_a_speaker_found_through_a_description_mention_is_a_role(after, expected):
    text = LEAD + after
    assert _description_mentions(text), "the people step no longer stores the description: the row tests nothing"
    assert _speakers(text) == expected


def test_a_quote_continuing_a_description_speaker_keeps_the_role():
    text = LEAD + "\"The bricks are cracked,\" the minister said. \"We will rebuild it.\""
    assert {(name, reference) for _, name, reference, _ in _speakers(text)} == {("Odile Marrant", "role")}


@pytest.mark.parametrize("after, expected", [
    # written by name, in every shape: still a name
    ("\"The bricks are cracked,\" Marrant said.", [("direct", "Odile Marrant", "name", CONFIDENCE["name"])]),
    ("\"The bricks are cracked,\" said Marrant, who arrived late.",
     [("direct", "Odile Marrant", "name", CONFIDENCE["name"])]),
    ("Marrant said the bricks were cracked.", [("indirect", "Odile Marrant", "name", CONFIDENCE["name"])]),
    ("Later Marrant said the bricks were cracked.", [("indirect", "Odile Marrant", "name", CONFIDENCE["name"])]),
    ("The minister, Odile Marrant, said the bricks were cracked.",
     [("indirect", "Odile Marrant", "name", CONFIDENCE["name"])]),
])
def test_a_speaker_written_by_name_stays_a_name(after, expected):
    assert _speakers(LEAD + after) == expected
