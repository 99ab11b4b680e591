"""Made-up rows (peopleR19): a common plural of a noun for a person opening the sentence ("Residents",
"Protesters"), then one name the given-name list lacks with an age set off by commas: the plural is the group's
word, not the name's (as "Resident Tepa, 41," already was). Near misses: no age (the rule keeps its evidence), a
plural that is no noun for a person ("Peters", "Rangers" a club), a full name after the plural, a singular."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_people_world_names_stress import _people

_HEAD = "Island Courier\nFloods hit the delta\nKAMPALA — "

ROWS = [
    # positives (wrong before: "Residents Suharti", "Protesters Sukarti")
    ("Residents Suharti, 60, said the river rose.", {"Suharti"}),
    ("Protesters Wiryono, 33, said the police had left.", {"Wiryono"}),
    ("Villagers Kartini, 71, said the well was dry.", {"Kartini"}),
    # near misses (must not change)
    ("Residents Ana Roe, 60, said the river rose.", {"Ana Roe"}),
    ("Resident Suharti, 60, said the river rose.", {"Suharti"}),
    ("Peters Suharti, 60, said the river rose.", {"Peters Suharti"}),
    ("Residents said the river rose, Ana Roe said.", {"Ana Roe"}),
    ("Farmer Sutrisno said the river rose.", {"Sutrisno"}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_a_group_plural_before_one_name_stays_out_of_it(text, expected):
    assert _people(_HEAD + text + "\n") == expected
