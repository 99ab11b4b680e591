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


TITLED_ROWS = [
    # a person noun opening the sentence, then one name the lists lack, with an age: the noun is the title
    ("JAKARTA — Resident Tepa, 41, said the water rose.", {"Tepa"}),
    ("JAKARTA — The water rose. Fisherman Sutrisno, 58, said so.", {"Sutrisno"}),
    # near misses: a known given name (as before), a full name after the noun (as before)
    ("BANGKOK — Farmer Somchai, 61, said the aid came late.", {"Somchai"}),
    ("JAKARTA — Resident Ana Tepa, 41, said the water rose.", {"Ana Tepa"}),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_ROWS)
def test_a_person_noun_before_an_aged_single_name_is_its_title(text, expected):
    assert _people("Wire\nHeadline here\n" + text) == expected
