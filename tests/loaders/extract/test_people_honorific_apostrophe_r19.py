"""Made-up rows (peopleR19): honorifics next to a name that must stay out of it. "Dato' Sri" (Malaysia), whose
apostrophe cuts the name's segment before "Sri", and "Rev. Fr." (a Catholic priest, Father), whose "Fr." was read
as a one-word name after "Rev.", and "Rev. Canon" (a church rank, `TITLE_HEADS`). Near misses: "Sri" as a given name (Indonesia) with no honorific and apostrophe
before it, "Sri Lanka" after an elided honorific, "Fr" and "Canon" inside a name or as a firm, and particles in org and place names."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_people_world_names_stress import _people

_HEAD = "Island Courier\nCouncil debates budget\nKAMPALA — "

ROWS = [
    # positives (wrong before)
    ("Dato' Sri Faridah binti Osman told reporters the port would reopen.", {"Faridah binti Osman"}),
    ("Dato’ Sri Azlan Hashim said the port would reopen.", {"Azlan Hashim"}),
    ("Rev. Fr. Tomasz Kowalczyk said mass would resume.", {"Tomasz Kowalczyk"}),
    ("Rt Rev. Fr. Emeka Nwankwo, the parish priest, said the roof leaked.", {"Emeka Nwankwo"}),
    ("Rev. Canon Peter Okoth said the service was moved.", {"Peter Okoth"}),
    # near misses (must not change)
    ("Sri Mulyani Indrawati said the budget held.", {"Sri Mulyani Indrawati"}),
    ("Minister Sri Mulyani said the budget held.", {"Sri Mulyani"}),
    ("Dato, Sri Mulyani said the budget held.", {"Sri Mulyani"}),
    ("Datuk Seri Anwar bin Rahman said the plan would work.", {"Anwar bin Rahman"}),
    ("Ms Ana Fr said prices rose.", {"Ana Fr"}),
    ("Fr. Tomasz Kowalczyk said mass would resume.", {"Tomasz Kowalczyk"}),
    ("Ana Canon said the service was moved.", {"Ana Canon"}),
    ("Canon said profits rose, Ana Roe said.", {"Ana Roe"}),
    ("The Bank of the West said rates would rise, Ana Roe said.", {"Ana Roe"}),
    ("Officials in Dos Palos said the canal was dry, Ana Roe said.", {"Ana Roe"}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_honorifics_stay_out_of_the_name(text, expected):
    assert _people(_HEAD + text + "\n") == expected
