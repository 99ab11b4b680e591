"""Given-name gazetteer: which capitalised words are first names, and which spellings are the same name.

The large list comes from the optional `gender-guesser` package (about 45,000 first names from many
countries, with equivalences such as Vladimir = Volodymyr); it is read once, lazily, from the data file the
package ships. Without that package the small hand-written fallback in `lexicon` is used, so the extractor
always works. Words that are function words, dates, places or nationalities are filtered by the caller.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from loaders.extract.data.lexicon import FALLBACK_GIVEN_NAMES, WORD_NAMES

# Hand-written transliteration groups, used with or without the gazetteer's own equivalences.
_VARIANT_GROUPS = """
benjamin binyamin binyomin benyamin
vladimir volodymyr wladimir volodimir
sergei sergey serguei sergej serhiy serhii
alexander aleksandr alexandr aleksander oleksandr alexandre alessandro alejandro
alexei alexey aleksei aleksey oleksiy
mikhail michail mykhailo
dmitry dmitri dmitriy dmytro
yuri yury yuriy iurii jurij
andrei andrey andriy
nikolai nikolay mykola nicolai
yevgeny evgeny yevgeniy evgeni
mohammed muhammad mohammad mohamed mohamad muhammed mohamad
ahmed ahmad ahmet
hussein husayn hussain husein
yasser yasir yaser
osama usama
khaled khalid
mahmoud mahmud
abdullah abdallah abdulla
yusuf youssef yousef joseph josef
ismail ismael
musa moussa mousa moshe moses
yaakov yaacov yakov jacob
yitzhak yitzchak itzhak isaac
avraham abraham
shimon simon
ehud ehoud
tzipi tsipi
gennady gennadiy
vyacheslav viacheslav
petro pyotr petr peter
volodymyr vladimir
oleg oleh
ilya ilia
maria mariya
william bill billy will willy
robert bob bobby rob
james jim jimmy jamie
michael mike mikey
richard dick rick ricky rich
thomas tom tommy
joseph joe joey
edward ed ted teddy eddie
charles chuck charlie
david dave davey
daniel dan danny
stephen steven steve
anthony tony
andrew andy drew
christopher chris
matthew matt
patrick pat
elizabeth liz beth betsy lizzie
samuel sam
nicholas nick nicky
newton newt
henry hank harry
john jack johnny
margaret peggy maggie
susan sue suzy
ronald ron ronnie
donald don donnie
lawrence larry
gerald jerry
gregory greg
jeffrey jeff
kenneth ken kenny
timothy tim timmy
frederick fred freddie
albert al bert
alan al
jonathan jon
benjamin ben benny
alexander alex
""".strip().splitlines()


_DIGITS = frozenset("123456789ABCD")


@lru_cache(maxsize=1)
def _gazetteer_path() -> Path | None:
    try:
        spec = importlib.util.find_spec("gender_guesser")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _load() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    names: set[str] = set(FALLBACK_GIVEN_NAMES)
    groups: list[set[str]] = [set(line.split()) for line in _VARIANT_GROUPS]
    path = _gazetteer_path()
    if path is not None:
        # The file is ISO-8859-1 with a fixed layout: gender code in columns 0-1, the name in 3-28.
        for line in path.read_bytes().decode("latin-1").splitlines():
            if len(line) < 30 or line.startswith("#"):
                continue
            code, field = line[:2].strip(), line[3:29].strip()
            if code == "=":
                groups.append({part.lower() for part in field.split()})
            elif field and "<" not in field:
                name = field.replace("+", "-").lower()
                # Columns 30-85 hold one popularity digit (1-9, A-D) per country; a word used as a name only
                # rarely everywhere ("Key", "Price", "Hunter") is a weak given name when it is also an
                # everyday English word.
                popularity = max((int(ch, 16) for ch in line[30:86] if ch in _DIGITS), default=0)
                if popularity <= 3 and name in WORD_NAMES:
                    continue
                names.add(name)
    # One hop only: chaining pair-wise equivalences (Bettina~Elisabeth~...~Caroline) over-merges.
    variants: dict[str, set[str]] = {}
    for group in groups:
        for name in group:
            variants.setdefault(name, set()).update(group)
    return frozenset(names), {name: frozenset(group) for name, group in variants.items()}


def has_gazetteer() -> bool:
    """True when the large given-name list is installed (the fallback list is much smaller)."""
    return _gazetteer_path() is not None


def is_given_name(word: str) -> bool:
    return word.lower() in _load()[0]


def name_variants(word: str) -> frozenset[str]:
    """Lowercase spellings known to be the same given name, including the word itself."""
    lowered = word.lower()
    return _load()[1].get(lowered, frozenset((lowered,)))
