"""Given-name gazetteer: which capitalised words are first names, their usual gender, and which spellings are
the same name.

The list is package data built by `scripts/build_given_names.py` from permissively licensed and public-domain
sources (US Social Security baby names, Faker's per-locale first names, nomquamgender, the `nicknames` table;
see NOTICE): `given_names.csv` (about 77,000 names, with a gender where the sources agree) and
`given_name_variants.txt` (groups of spellings: romanised Cyrillic names, nicknames). The hand-written
transliteration groups below join them. Words that are function words, dates, places or nationalities are filtered by the caller.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib.resources import files

from loaders.extract.data.lexicon import WORD_NAMES

NAMES_FILE = "given_names.csv"

# Weekdays that are given names too ("Sunday Adeyemi", "Monday Okafor": day names given in West Africa), whether
# or not the built list has them; the people step reads one (or a month the list has, "June", "Jan") as a given
# name only before a surname-like word, never after a date word ("on Monday"), a full word only with other evidence.
WEEKDAY_GIVEN_NAMES = frozenset({"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"})
VARIANTS_FILE = "given_name_variants.txt"

# Endings of an East Slavic woman's patronymic ("Petrivna", "Ivanovna", "Sergeyevna"), which with her given name is
# a polite form of address ("Oksana Petrivna"), never a surname.
FEMALE_PATRONYMIC_ENDINGS = ("ovna", "evna", "ivna")

# The syllables Burmese names are made of. A Burmese name has no family name: all its words are such syllables
# ("Min Aung Hlaing", "Kyaw Moe Tun", "Aung San Suu Kyi"), and the name lists know few of them.
BURMESE_NAME_SYLLABLES = frozenset("""
aung hlaing min kyaw moe tun myint win thein soe zaw htun naing htay hla maung thant khin nyunt oo swe than shwe
lwin wai phyo thura naung mya san suu kyi thida nwe pyae sein htet wunna zin myo nay thiha kyi tin thet hnin ei
nyein yadanar sann chit ye lay khaing kyu hein thaw nyi ko
""".split())

# Titles that are given names too, in Africa's press above all ("Major Otieno", "Prince Dube", "Bishop Kamau",
# "King Kaka"), which the built list drops as words: read as a given name only right after a lowercase noun for
# what someone does and before one surname ("striker Major Lund", "defender Prince Dube"; a job is not followed by
# a second title of that kind), and not after a noun for someone who serves under such a rank or such a crown
# ("war veteran Major Hill", "the soldier Major Roe": the rank's).
TITLE_GIVEN_NAMES = frozenset({"major", "prince", "princess", "bishop", "king", "duke"})
RANK_SERVICE_NOUNS = frozenset({"veteran", "veterans", "soldier", "soldiers", "serviceman", "servicewoman", "trooper",
                                "paratrooper", "marine", "airman", "sailor", "reservist", "officer", "cadet",
                                "royal", "royals", "monarch", "heir", "courtier", "chaplain",
                                # ... and after a noun for someone who holds such a rank or a church's office, the
                                # word is that office ("regiment commander Major Roe", "church leader Bishop Kamau")
                                "commander", "commanders", "leader", "leaders", "chief", "head", "general",
                                "colonel", "lieutenant", "sergeant", "priest", "pastor", "cleric", "clergyman",
                                "churchman", "archbishop", "primate", "clergy"})

# Given names written shortened with a full stop, as South Asian, Malay, Philippine and old English-language papers
# write them ("Md. Rafiqul Islam", "Mohd. Azlan", "Ma. Teresa Ruiz" for Maria, "Wm. Harlow"): the word, dot
# included, is the name's first word, and the full stop ends no sentence.
DOTTED_GIVEN_NAMES = frozenset({"md", "mohd", "muhd", "mhd", "ma", "wm", "chas", "thos", "jas", "saml", "benj",
                                "robt"})
# Of those, the ones that are family names too ("Jack Ma."): after a capitalised word that is no honorific, the
# word closes that name and its full stop may end the sentence ("founder Jack Ma. Lena Ortiz said").
SURNAME_DOTTED_GIVEN_NAMES = frozenset({"ma"})

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

# Given names common in regions the built list's sources cover thinly (no Faker locale, few US births), written as
# their papers write them: Malagasy, Maltese (with and without its dotted letters), Somali (in Somali spelling:
# "Cabdi", "Xasan"), Amharic, Hungarian, Yoruba, Igbo and Gulf Arabic. Hand-picked from the probe rounds' misses
# ("Police fined Bence Fekete", "Fishermen blamed Andrianaivo Rakotoarisoa"); none a title, a place or an everyday
# word.
REGIONAL_GIVEN_NAMES = frozenset("""
voahangy fidy harinjaka toky miora tsiry rindra solofo hanitra onja sitraka fanomezantsoa fenosoa lanto andrianaivo
ġużeppi guzeppi ċensu censu ċikku cikku pawlu manwel wistin ninu salvu
cabdi cabdullahi xasan xuseen abdiweli
bekele tsehay etenesh netsanet zewditu
bence
folake wale obiageli chiwetel
hamdan khalfan maitha moza jumaa dhafer
""".split())

# Given names that are an organisation's word too (`lexicon.ORG_WORDS`: "the Cherokee Nation"): Zimbabwean
# "Nation" ("Striker Nation Ncube"). Only as a name's first word, before another capitalised word, is one a given
# name; last in a run it stays the body's word.
ORG_WORD_GIVEN_NAMES = frozenset("""
nation
""".split())

# A name that is also an everyday English word ("Hope", "Chase", "Justice") counts as a given name only when it
# is common as one: this many US births over 1880-2017, or given-name lists in this many languages.
_WORD_NAME_MIN_BIRTHS = 175_000
_WORD_NAME_MIN_LANGUAGES = 3
# A title word that is a given name ("Dean", "Amir") opens a name only when it is common as one: this many US births
# or given-name lists in this many languages ("Justice", "King", "Major" are rarer as names than as titles).
_COMMON_MIN_BIRTHS = 100_000
_COMMON_MIN_LANGUAGES = 4
# A given name well attested as one, beyond a stray entry of one source ("Kenji", 3,667 US births; "Ama"; not
# "Kenari", 6 births and one list, nor "Sri", an honorific): enough, with no other evidence, to read a name as a
# person's where a place's name reads as well ("talks between Osaka and Kenji Sato").
_ATTESTED_MIN_BIRTHS = 100
_ATTESTED_MIN_LANGUAGES = 2


def _data_lines(name: str) -> list[str]:
    text = (files(__package__) / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _load() -> tuple[frozenset[str], dict[str, str], dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    names: set[str] = set()
    common: set[str] = set()
    attested: set[str] = set()
    genders: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO("\n".join(_data_lines(NAMES_FILE)))):
        name = row["name"]
        births, languages = int(row["us_births"]), int(row["languages"])
        if births >= _COMMON_MIN_BIRTHS or languages >= _COMMON_MIN_LANGUAGES:
            common.add(name)
        if births >= _ATTESTED_MIN_BIRTHS or languages >= _ATTESTED_MIN_LANGUAGES:
            attested.add(name)
        if name in WORD_NAMES and births < _WORD_NAME_MIN_BIRTHS and languages < _WORD_NAME_MIN_LANGUAGES:
            continue
        names.add(name)
        if row["gender"]:
            genders[name] = row["gender"]
    hand_groups = [set(line.split()) for line in _VARIANT_GROUPS]
    names.update(name for group in hand_groups for name in group)  # curated, so given names even when rare
    names.update(REGIONAL_GIVEN_NAMES)  # curated too
    groups = hand_groups + [set(line.split()) for line in _data_lines(VARIANTS_FILE)]
    # One hop only: chaining pair-wise equivalences (Bettina~Elisabeth~...~Caroline) over-merges.
    variants: dict[str, set[str]] = {}
    for group in groups:
        for name in group:
            variants.setdefault(name, set()).update(group)
    return (frozenset(names), genders, {name: frozenset(group) for name, group in variants.items()},
            frozenset(common), frozenset(attested & names))


def has_gazetteer() -> bool:
    """True when the large given-name list is there (it ships with the package; without it no word is a given
    name, and a person is known by the evidence around the name alone)."""
    return (files(__package__) / NAMES_FILE).is_file()


def is_given_name(word: str) -> bool:
    return word.lower() in _load()[0]


def is_common_given_name(word: str) -> bool:
    """A given name common enough to open a name even when it is also a title word ("Dean Roe", "Amir Peretz")."""
    return word.lower() in _load()[3]


def is_attested_given_name(word: str) -> bool:
    """A given name well attested as one (`_ATTESTED_MIN_BIRTHS`, `_ATTESTED_MIN_LANGUAGES`), or common."""
    lowered = word.lower()
    return lowered in _load()[4] or lowered in _load()[3]


def name_variants(word: str) -> frozenset[str]:
    """Lowercase spellings known to be the same given name, including the word itself."""
    lowered = word.lower()
    return _load()[2].get(lowered, frozenset((lowered,)))


@lru_cache(maxsize=4096)
def first_name_gender(first: str) -> str | None:
    """'male' or 'female' when the sources agree on a capitalised first name's gender; None when it is unisex,
    unknown or not capitalised."""
    if not first[:1].isupper():
        return None
    return {"m": "male", "f": "female"}.get(_load()[1].get(first.lower(), ""))
