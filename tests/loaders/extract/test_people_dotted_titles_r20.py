"""Made-up rows (peopleR20): a monsignor's dotted title ("Msgr.", "Mgr.") after "Rev." is no one-word person
(lexicon.DOTTED_TITLES/TITLE_HEADS), as "Rev. Fr." already was. Near misses: the title alone before a name, a name
holding the letters, a firm or a plant named MGR, and a title's letters ending a sentence before a name."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_people_world_names_stress import _people

_HEAD = "Island Courier\nCouncil debates budget\nKAMPALA — "

ROWS = [
    # positives (wrong before)
    ("Rev. Msgr. Tomasz Kowalczyk said mass would resume.", {"Tomasz Kowalczyk"}),
    ("Rev. Msgr. Kowalczyk said mass would resume.", {"Kowalczyk"}),
    ("Rev. Mgr. Tomasz Kowalczyk said mass would resume.", {"Tomasz Kowalczyk"}),
    # near misses (must not change)
    ("Msgr. Tomasz Kowalczyk said mass would resume.", {"Tomasz Kowalczyk"}),
    ("Msgr Tomasz Kowalczyk said mass would resume.", {"Tomasz Kowalczyk"}),
    ("Rev. Fr. Tomasz Kowalczyk said mass would resume.", {"Tomasz Kowalczyk"}),
    ("The MGR plant said output rose, Ana Roe said.", {"Ana Roe"}),
    ("Ms Ana Roe said prices rose.", {"Ana Roe"}),
    ("Ana Roe, a retired army Gen., said the base would close.", {"Ana Roe"}),
    ("Cdr. Ana Roe said the ship sailed.", {"Ana Roe"}),
    ("Amb. Ana Roe said talks would resume.", {"Ana Roe"}),
    ("Acme Pte. Ltd. said profits rose, Ana Roe said.", {"Ana Roe"}),
    ("Acme Pvt. Ltd. said profits rose, Ana Roe said.", {"Ana Roe"}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_dotted_titles_stay_out_of_the_name(text, expected):
    assert _people(_HEAD + text + "\n") == expected
