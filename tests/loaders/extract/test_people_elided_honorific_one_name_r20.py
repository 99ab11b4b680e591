"""Made-up rows (peopleR20): an elided Malaysian honorific's second word ("Dato' Sri", "Dato' Seri") before a
single name is the honorific's, not the name's ("Dato' Sri Anwar" is Anwar), as it already was before two name
words. Near misses: the tail that is a given name too ("Dato' Amar Singh"), "Sri" with no elided honorific before
it, the honorific cut by a comma, a place after the honorific, the unelided two-word honorific."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_people_world_names_stress import _people

_HEAD = "Island Courier\nCouncil debates budget\nKAMPALA — "

ROWS = [
    # positives (wrong before)
    ("Dato' Sri Anwar said the plan would work.", {"Anwar"}),
    ("Dato’ Seri Anwar said the plan would work.", {"Anwar"}),
    ("Datuk' Seri Faridah said the plan would work.", {"Faridah"}),
    ('"We will go," said Dato\' Sri Anwar.', {"Anwar"}),
    # near misses (must not change)
    ("Dato' Amar Singh said the plan would work.", {"Amar Singh"}),
    ("Dato' Sri Lanka Kumar said the port would reopen.", {"Lanka Kumar"}),
    ("Sri Anwar said the plan would work.", {"Sri Anwar"}),
    ("Dato, Sri Mulyani said the budget held.", {"Sri Mulyani"}),
    ("Minister Sri Mulyani said the budget held.", {"Sri Mulyani"}),
    ("Tan Sri Anwar said the plan would work.", {"Anwar"}),
    ("Officials from Sri Lanka said the port would reopen, Ana Roe said.", {"Ana Roe"}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_elided_honorific_before_one_name(text, expected):
    assert _people(_HEAD + text + "\n") == expected
