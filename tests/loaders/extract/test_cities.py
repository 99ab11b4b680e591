"""The towns table and the dateline reader (`loaders.extract.data.cities`)."""
from __future__ import annotations

import pytest

from loaders.extract.data.cities import city_countries, dateline_country, fold_place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("MADRID — Reservoirs are low.", "Spain"),
        ("Rio de Janeiro — A court ruled.", "Brazil"),
        ("KERICHO, Kenya — Tea prices fell.", "Kenya"),
        ("ACCRA, March 3 (Wire) - Prices rose.", "Ghana"),
        ("Hong Kong (Agency) – Stocks fell.", "China"),
        ("CIUDAD DE MÉXICO.— La presidenta habló.", "Mexico"),
        ("The Hague — Talks collapsed.", "Netherlands"),
        ("Can Tho, Vietnam — Farmers moved.", "Vietnam"),
        # the qualifier names a region before a town that shares its name
        ("LONDON, Ontario — Police said.", "Canada"),
        ("Quillsby, Alberta — The village flooded.", "Canada"),
        ("Quillsby, Victoria (Wire) — The village flooded.", "Australia"),
        # no dateline: a name over a dash, a place nobody knows, a dash inside prose
        ("Mayor Jo Roe — who won twice — said so.", None),
        ("Quillsby Marsh — The village flooded.", None),
        ("The river rose — and kept rising.", None),
        # a hyphen inside a word is no dateline's dash (a headline naming two countries)
        ("Kenya, Uganda Sign Cross-Border Trade Pact After Years of Talks", None),
        ("Kenya, Uganda sign water-sharing deal for the lake", None),
    ],
)
def test_dateline_country(text, country):
    assert dateline_country(text) == country


def test_towns_fold_accents_and_keep_the_dominant_country():
    towns = city_countries()
    assert fold_place("CẦN THƠ") == "can tho" and towns["can tho"] == "Vietnam"
    assert towns["los angeles"] == "United States"  # not the Chilean town of the same name
    assert "newport" not in towns  # towns of several countries, none dominant
