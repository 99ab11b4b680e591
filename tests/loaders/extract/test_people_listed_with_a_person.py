"""People step (made-up snippets, written before the fix): a full name whose first word no given-name list holds is
a person when it is listed with, or set against, a person's full name ("voted for Rossel Jennings Bryan rather than
William Howard Taft", "backed Ana Roe, Rossel Kemp Bryan and Tom Hale", "Orsat Glenn versus Ana Roe"): a list or a
contrast joins like with like. Near it, what must stay no person: a firm, a place or a body listed with a person (a word of
a firm, a place or the article's lowercase vocabulary in the run), a run no word of which a given-name list
holds (a firm named after its founders' surnames, "Goldman Sachs"), a one-word item, a run listed only with
another unknown run, and a run listed with a possessive name (the owner of a thing, not an item)."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_people_world_names_stress import _people

_HEAD = "Daily Post\nVote count\n"


@pytest.mark.parametrize(("text", "person"), [
    (_HEAD + "The county voted for Rossel Jennings Bryan rather than William Howard Taft in 1908, officials said.",
     "Rossel Jennings Bryan"),
    # (peopleR7b: the item holds a word the given-name lists know; a run of none is a firm's shape, below)
    (_HEAD + "Officials said on Monday the county backed Ana Roe, Rossel Kemp Bryan and Tom Hale in the race.",
     "Rossel Kemp Bryan"),
    (_HEAD + "Officials said on Monday the county backed Rossel Kemp Bryan and Ana Roe in the race.",
     "Rossel Kemp Bryan"),
    (_HEAD + "The final was Orsat Vell Morgan versus Ana Roe, officials said on Monday.", "Orsat Vell Morgan"),
    (_HEAD + "Officials said the county picked Ana Roe instead of Orsat Glenn in the race.", "Orsat Glenn"),
])
def test_a_name_listed_with_a_person_is_a_person(text, person):
    assert person in _people(text)


@pytest.mark.parametrize(("text", "nobody"), [
    # near misses: a firm, a place, a body, a single word, two unknown runs
    (_HEAD + "Officials said on Monday that Ana Roe and Goldman Sachs Bank had signed the deal.", "Goldman Sachs Bank"),
    (_HEAD + "Officials said on Monday that Ana Roe and Costa Rica had signed the deal.", "Costa Rica"),
    (_HEAD + "Officials said Ana Roe and Marrow Valley Council had signed the deal with the ward.", "Marrow Valley Council"),
    (_HEAD + "Officials said on Monday that Ana Roe and Kemp had signed the deal.", "Kemp"),
    (_HEAD + "Officials said on Monday that Rossel Kemp and Orsat Vell had signed the deal.", "Rossel Kemp"),
    # a run no given-name list knows a word of: a firm named after its founders (peopleR7b)
    (_HEAD + "Officials said on Monday the county backed Ana Roe, Rossel Kemp and Tom Hale in the race.",
     "Rossel Kemp"),
    (_HEAD + "Officials said the county picked Ana Roe instead of Orsat Vell in the race.", "Orsat Vell"),
    (_HEAD + "Officials said Ana Roe and Harbour Lights had signed the harbour deal and the lights stayed on.",
     "Harbour Lights"),
    # a possessive partner owns the thing listed, it is no item of the list
    (_HEAD + "The upstarts - Ana Roe's Kestrel Orbit and Tom Hale's Vantor among them - won contracts, officials said.",
     "Kestrel Orbit"),
    # a run before a lowercase noun qualifies it ("Chiang Mai officials"), it is no item
    (_HEAD + "In the end Ana Roe and Kestrel Orbit engineers signed the deal, officials noted.", "Kestrel Orbit"),
    (_HEAD + "In the end Kestrel Orbit and Tom Hale's firm won contracts, and Ana Roe agreed.", "Kestrel Orbit"),
])
def test_no_person_from_a_thing_listed_with_a_person(text, nobody):
    found = _people(text)
    assert "Ana Roe" in found or "Rossel Kemp" not in found
    assert nobody not in found
