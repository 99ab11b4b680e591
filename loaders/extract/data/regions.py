"""A country's first-level regions (states, provinces, counties, prefectures) and the country each lies in.

`regions.csv` is package data built by `scripts/build_regions.py` from Faker's per-locale address lists (MIT; see
NOTICE), without names that are ambiguous or everyday words ("Punjab" lies in two countries, "Georgia" is a
country, "Victoria" a given name, "Mayo" a word). The people step reads it for an article that names no country
but its regions ("New South Wales", "Idaho"): their country is the article's own. `dateline_regions.csv` (same
build) holds the regions left out for sharing their name with a town or a given name ("Ontario", "Victoria"),
which only a dateline's qualifier reads ("LONDON, Ontario —").
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib.resources import files

from loaders.extract.data.lexicon import COUNTRY_CODES

REGIONS_FILE = "regions.csv"
DATELINE_REGIONS_FILE = "dateline_regions.csv"


def _read(file_name: str) -> dict[str, str]:
    resource = files(__package__) / file_name
    if not resource.is_file():
        return {}
    lines = [line for line in resource.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["name"]: COUNTRY_CODES[row["country"]] for row in csv.DictReader(io.StringIO("\n".join(lines)))
            if row["country"] in COUNTRY_CODES}


@lru_cache(maxsize=1)
def region_countries() -> dict[str, str]:
    """{region name as written: country name} (the country as the gazetteer and `COUNTRY_CODES` name it)."""
    return _read(REGIONS_FILE)


@lru_cache(maxsize=1)
def dateline_region_countries() -> dict[str, str]:
    """{region name: country name} of the regions a dateline's qualifier names though a town or a given name
    shares the name ("Ontario", "Victoria"); the main table's regions are not repeated."""
    return _read(DATELINE_REGIONS_FILE)


# The words a region's own government is told by when the article names no region with it ("the state
# government", "the provincial government"): the government of the one region the article names (`parties`).
REGION_LEVEL_WORDS = ("state", "provincial", "regional")


@lru_cache(maxsize=1)
def _region_pattern():
    import re
    names = sorted(region_countries(), key=len, reverse=True)
    # (a region's name as a whole word, also before a possessive: "Nagaland's Phek district")
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def regions_named(text: str) -> list[str]:
    """The first-level regions `text` names (the main table's: no name shared with a town, a country or a given
    name), distinct, in order of first mention."""
    return list(dict.fromkeys(match.group(0) for match in _region_pattern().finditer(text)))
