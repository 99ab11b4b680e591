"""People step, round R5 (made-up snippets): the words before a name that are no part of it.

- An acronym before a full name (a given name and a surname) in a description is the description's ("Former Navy
  SEAL Dax Hollern", "Army RN Talia Brandt"), not an organisation's name opening the run ("CREDO Action", "NBC
  News", "NASA Goddard Space Flight Center" stay nobody).
- "Constable" is a title ("Chief Constable Maya Rowe", "Deputy Chief Constable Ivo Marr"); after a given name it is a
  surname ("Painter Jon Constable"), and before a place's noun nobody's ("Constable Road")."""
from __future__ import annotations

import pytest

from tests.loaders.extract.cast import people_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Former Navy SEAL Dax Hollern said he was ready.", {"Dax Hollern": ["Dax Hollern"]}),
    ("Navy SEAL Dax Hollern told reporters he was ready.", {"Dax Hollern": ["Dax Hollern"]}),
    ("Former Army RN Talia Brandt said the ward was full.", {"Talia Brandt": ["Talia Brandt"]}),
    # near misses: an acronym opening an organisation's name
    ("CREDO Action said the petition had 9,000 names.", {}),
    ("NBC News said the report was wrong.", {}),
    ("The NASA Goddard Space Flight Center said the launch was delayed.", {}),
    ("The BBC Scotland report said the ferry was late.", {}),
])
def test_an_acronym_before_a_full_name(body, expected):
    assert people_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Chief Constable Maya Rowe said the force was stretched.", {"Maya Rowe": ["Maya Rowe"]}),
    ("Deputy Chief Constable Ivo Marr said the force was stretched.", {"Ivo Marr": ["Ivo Marr"]}),
    ("Constable Ines Varo said she saw the car.", {"Ines Varo": ["Ines Varo"]}),
    # near misses: a surname, a road
    ("Painter Jon Constable said the light was poor.", {"Jon Constable": ["Jon Constable"]}),
    ("Traffic on Constable Road was slow, Ivo Marr said.", {"Ivo Marr": ["Ivo Marr"]}),
])
def test_constable_is_a_title(body, expected):
    assert people_of(body) == expected
