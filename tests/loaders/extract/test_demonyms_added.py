"""Demonyms the gazetteer's country table gives as second forms ("Kyrgyz" beside "Kirghiz", "Tajik" beside
"Tadzhik"): each names its country. Made-up phrases; expected outputs written before the run."""
from __future__ import annotations

import pytest

from loaders.extract.gazetteer import country_of_demonym, find_places_and_organisations


@pytest.mark.parametrize("phrase, demonym, country", [
    ("a Kyrgyz envoy", "Kyrgyz", "Kyrgyzstan"),
    ("two Tajik herders", "Tajik", "Tajikistan"),
    ("the Uzbek delegation", "Uzbek", "Uzbekistan"),
    ("a Kazakh miner", "Kazakh", "Kazakhstan"),
])
def test_second_demonym_forms(phrase, demonym, country):
    assert country_of_demonym(demonym) == country
    hits = find_places_and_organisations(phrase)
    assert [(hit.surface, hit.kind, hit.country) for hit in hits] == [(demonym, "demonym", country)]
