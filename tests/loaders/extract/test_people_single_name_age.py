"""A single name set off by an age ("Sutrisno, 58, said", "A fisherman, Sutrisno, 58,") is a person's: places,
firms and plain words are given no age. The age is a number of one or two digits between commas with a lowercase
word after it, so a score ("Persija, 2, Persib, 1") is none. Made-up rows; expectations written before running."""
import pytest

from tests.loaders.extract.test_people_world_names_stress import _people

ROWS = [
    # the fix
    ("JAKARTA — Sutrisno, 58, said the water rose.", {"Sutrisno"}),
    ("JAKARTA — A fisherman, Sutrisno, 58, said the water rose.", {"Sutrisno"}),
    ("JAKARTA — Police arrested Trunoyudo, 34, on Monday.", {"Trunoyudo"}),
    # near misses: a score, a country, a plain word, a month, a larger number
    ("JAKARTA — Scores on Sunday: Persija, 2, Persib, 1.", set()),
    ("JAKARTA — Flights from Indonesia, 58, were cancelled.", set()),
    ("JAKARTA — Overall, 12, were hurt.", set()),
    ("JAKARTA — Since March, 40, have left the island.", set()),
    ("JAKARTA — Rooms at Gading, 450, were full.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_single_name_with_an_age_is_a_person(text, expected):
    assert _people("Wire\nHeadline here\n" + text) == expected
