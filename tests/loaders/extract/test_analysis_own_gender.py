"""A person's gender is read from the words of their own role or apposition, up to its first preposition:
the words after it describe someone else ("Nick Merrill, a spokesman for Mrs. Clinton": the "Mrs." is hers).
Made-up rows; expectations written before running."""
import pytest

from loaders.extract.analysis import _gender
from loaders.records import MentionRecord, PersonRecord

# (name, role, apposition, body after the mention, expected gender)
ROWS = [
    # the fix: a marker past the first preposition is someone else's
    ("Nick Merrill", None, "a spokesman for Mrs. Clinton", "", "male"),
    ("Kemal Ardo", None, "an aide to Queen Rania", "", "male"),  # his first name decides, not hers
    ("Sam Tully", None, "a lawyer for the wife of the mayor", "", "male"),
    ("Okoro Bede", None, "an aide to Queen Rania", "", None),  # no own marker, no known first name: open
    ("Dana Ruiz", None, "a spokeswoman for Mr. Yates", "", "female"),
    # near misses: the marker is the person's own word, before the preposition
    ("Ana Roe", None, "a mother of three", "", "female"),
    ("Lee Park", None, "the wife of Tom Park", "", "female"),
    ("Kim Sato", "chairwoman of the board", None, "", "female"),
    ("Tembo Imre", None, "his widow", "", "female"),
    ("Tembo Imre", None, "her widower", "", "male"),
    # a possessive pronoun is not a marker: "her lawyer" tells nothing of the lawyer
    ("Jordan Vale", None, "her lawyer", "", None),
    # with no own marker, a first name the list is sure of decides
    ("Mary Quint", None, "an adviser to Mr. Hale", "", "female"),
    # ... and otherwise the pronouns that follow her mentions
    ("Okoro Bede", None, "a spokesperson for Mr. Hale", " said she would. Okoro Bede said she left.", "female"),
]


def _person(name, role, apposition, after):
    body = name + after
    starts = [0] + [i for i in range(1, len(body)) if body.startswith(name, i)]
    mentions = [MentionRecord(surface=name, start=s, end=s + len(name), role=role if s == 0 else None,
                              apposition=apposition if s == 0 else None) for s in starts]
    return body, PersonRecord(name=name, mentions=mentions)


@pytest.mark.parametrize(("name", "role", "apposition", "after", "expected"), ROWS)
def test_gender_from_own_words(name, role, apposition, after, expected):
    body, person = _person(name, role, apposition, after)
    assert _gender(body, person) == expected
