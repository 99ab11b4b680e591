"""People step (made-up snippets, written before the fix): a name that opens a clause "was a" or "is an" person's
office or trade and a relative "who" ("Orsat was a Persian king, who ...", "Orsat Vell was a poet who") is a
person, one word or full: the predicate describes it as a person does an apposition. Near it, what must stay no
person: a firm, a body or a thing so described ("Kestrel Orbit is a manufacturer", "Vantor was a supplier",
"Marrowby was a mining town"), a name before a possessive, and a predicate whose head is no person's noun."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_people_world_names_stress import _people

_HEAD = "Daily Post\nOld story retold\n"


@pytest.mark.parametrize(("text", "person"), [
    (_HEAD + "Orsat was a Persian king, who conquered much of the region during his lifetime, historians said.", "Orsat"),
    (_HEAD + "Historians said on Monday that Orsat Vell was a poet who served the court in the old city.", "Orsat Vell"),
    (_HEAD + "Records show that Kemmeth was an army general who crossed the river in winter.", "Kemmeth"),
])
def test_a_name_described_as_a_person_by_its_predicate(text, person):
    assert person in _people(text)


@pytest.mark.parametrize(("text", "nobody"), [
    # near misses: a firm's, a body's, a place's or a thing's description; no person's noun
    (_HEAD + "Records show that Kestrel Orbit is a manufacturer of small rockets for the market.", "Kestrel Orbit"),
    (_HEAD + "Records show that Vantor was a supplier of parts to the yard for years.", "Vantor"),
    (_HEAD + "Records show that Marrowby was a mining town on the river for a century.", "Marrowby"),
    (_HEAD + "Records show that Orsat Vell is a royal palace of the old city, historians said.", "Orsat Vell"),
    (_HEAD + "Records show that Kemmeth was a commercial producer of tin in the valley.", "Kemmeth"),
    # no "who" after the predicate: left (a check half's thing was so described)
    (_HEAD + "Records show that Kemmeth was a general store on the river for a century.", "Kemmeth"),
])
def test_no_person_from_a_thing_described_by_its_predicate(text, nobody):
    assert nobody not in _people(text)
