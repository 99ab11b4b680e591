"""The regions table (`data/regions.csv`, built by scripts/build_regions.py): unambiguous region names only."""
from __future__ import annotations

import pytest

from loaders.extract.data.regions import region_countries


@pytest.mark.parametrize(("region", "country"), [
    ("New South Wales", "Australia"), ("NSW", "Australia"), ("Idaho", "United States"), ("Nova Scotia", "Canada"),
    ("Tipperary", "Ireland"),
    ("Florida", "United States"), ("Queensland", "Australia"),  # a small foreign town's name does not count
])
def test_regions_name_their_country(region, country):
    assert region_countries()[region] == country


@pytest.mark.parametrize("word", [
    "Punjab",  # lies in India and in Pakistan
    "Georgia", "Mexico",  # countries too
    "Victoria", "Kerry",  # given names
    "Mayo", "Central",  # English words
    "Centre",  # an English word in British spelling
    "Norfolk", "Durham", "Toledo",  # towns of the United States too
])
def test_ambiguous_names_are_no_regions(word):
    assert word not in region_countries()
