"""People step, countries: the country of each person of an article, read off the text around their mentions and
off the article as a whole.

A person's country comes from the role ("Russian Foreign Minister", `_role_country`) or a country after the name
("Jo Roe of Tonga", `_country_after`) or a nationality bound to it ("Brazilian footballer Jo Roe",
`_demonym_before`); anyone else takes the article's own country (`_home_country`: the reporting outlet's when the
article is about it, `_covers_home`, else its dateline's, `_dateline_country`, else the country its headline and
body name most, at least twice, `_main_country`, else the country of the regions it names, `_region_country`, else
the only country it names, once, else the country of the towns it names, `town_main_country`), or, in an
article with no country of its own, the one country named in the words set off after the name
(`_apposition_country`). The people step (`loaders.extract.people`) calls these once per person; names of the
article (`_NameSpans`) are never read as places.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from loaders.extract.data.cities import DATELINE, city_countries, dateline_country, fold_place, folded_regions
from loaders.extract.data.lexicon import (
    COUNTRY_CODES,
    COUNTRY_NAMES,
    SECOND_LEVEL_DOMAINS,
    VANITY_COUNTRY_DOMAINS,
    FUNCTION_WORDS,
    GOVERNMENT_HEADS,
    NATIONALITY_COUNTRY,
    ORG_WORDS,
    ROLE_MODIFIERS,
    TITLE_HEADS,
)
from loaders.extract.data.eventwords import PRIVATE_PEOPLE_NOUNS
from loaders.extract.data.given_names import is_given_name
from loaders.extract.data.not_people import (
    COUNTRY_AWAY_PREPOSITIONS,
    COUNTRY_IN_PASSING,
    TOWN_IN_PASSING,
    TRAVELLING_PEOPLE_NOUNS,
    COUNTRY_SOURCE_VERBS,
    PLACE_OF_HEADS,
    PLACE_ONLY_PREPOSITIONS,
    POSTING_WORDS,
)
from loaders.extract.data.office_countries import OFFICE_COUNTRIES
from loaders.extract.data.regions import region_countries
from loaders.extract.gazetteer import PhraseMatcher, find_places_and_organisations
from loaders.extract.text import country_of_word
from loaders.records import MentionRecord

_country_of_word = lru_cache(maxsize=65536)(country_of_word)
_SUBJECT_PREPOSITIONS = frozenset({"on", "about"})
_OF_COUNTRY = re.compile(r" of (?:the )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})")


_OF_PLACE_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


def _in_place_of(text: str, start: int) -> bool:
    """Whether a country's word at `start` closes a place's name with "of" ("Port of Spain", "Gulf of Mexico",
    `not_people.PLACE_OF_HEADS`): the place's, no mention of the country."""
    found = _OF_PLACE_BEFORE.search(text, max(0, start - 24), start)
    return found is not None and found.group(1).lower() in PLACE_OF_HEADS


_SENTENCE_BOUNDARY = re.compile(r"[.!?]\s+(?=[A-Z“\"‘'«(])|\n")
# (`\b[A-Z]` written as the capital, then a look-behind for a word character before it: opening with the capital
# lets the regex engine skip to the next one in its C search loop, where `\b` first was tried at every character;
# the same matches, at half the cost of a whole body's scan)
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?")


def _country_after(body: str, mentions: list[MentionRecord]) -> str | None:
    """ "Jo Roe of Tonga": a country named right after the name, as where the person comes from."""
    for mention in mentions:
        qualifier = _OF_COUNTRY.match(body, mention.end)
        if qualifier:
            words = qualifier.group(1).split()
            for size in range(len(words), 0, -1):  # "of Papua New Guinea", "of Tonga said"
                country = _country_of_word(" ".join(words[:size]))
                if country:
                    return country
    return None


_DEMONYM_BEFORE = re.compile(r"\b([A-Z][a-z]+)((?:[ \u00a0]+[a-z][a-z-]*){0,2})[ \u00a0]+$")


def _demonym_before(body: str, mentions: list[MentionRecord], person_noun: Callable[[str], bool]) -> str | None:
    """ "Brazilian footballer Jo Roe", "the Kenyan Jo Roe", "Chilean former goalkeeper Jo Roe": a nationality
    bound to the name by nouns for a person only, as where the person comes from; it outranks the article's
    dateline and main country ("TOKYO — Brazilian footballer Jo Roe signed with a Japanese club"), which say
    where the story is, not who the person is. ("Russian shelling hit X" binds nothing: "shelling" is no
    person's noun.)"""
    for mention in mentions:
        found = _DEMONYM_BEFORE.search(body, max(0, mention.start - 60), mention.start)
        if not found or found.group(1).lower() in COUNTRY_NAMES:
            continue  # a country's own name is a place or a firm's ("Kenya Airways pilot"), no nationality
        country = _country_of_word(found.group(1))
        nouns = found.group(2).split()
        if country and all(person_noun(noun) or noun in ROLE_MODIFIERS for noun in nouns) and (
                not nouns or person_noun(nouns[-1])):
            return country
    return None


@lru_cache(maxsize=1)
def _code_of_country() -> dict[str, str]:
    codes: dict[str, str] = {}
    for code, country in COUNTRY_CODES.items():
        codes.setdefault(country, code)
    return codes


def outlet_home_code(domain: str | None, name: str | None) -> str | None:
    """The country code of an outlet the registry does not know: its domain's country code ("riverpost.co.tt",
    "gov.sb"; a code sold as a vanity name counts only under a second-level label: "uninorte.edu.co", not
    "riverpost.tv"), else the country its name holds, by name or people's word ("Cyprus Ledger", "Bhutan's Daily
    Paper", "The Irish Ledger"), else None."""
    labels = (domain or "").lower().rstrip(".").split(".")
    if len(labels) >= 2 and len(labels[-1]) == 2 and labels[-1].upper() in COUNTRY_CODES and (
            labels[-1] not in VANITY_COUNTRY_DOMAINS or len(labels) >= 3 and labels[-2] in SECOND_LEVEL_DOMAINS):
        return labels[-1].upper()
    for match in _CAPITALISED.finditer(name or ""):
        words = match.group().replace("’", "'").split()
        bare = [word[:-2] if word.endswith("'s") else word.rstrip(".") for word in words]
        for country in ([_country_of_word(" ".join(bare))] if len(bare) > 1 else []) + [_country_of_word(w) for w in bare]:
            if country is not None and country in _code_of_country():
                return _code_of_country()[country]
    return None


def outlet_place_code(name: str | None) -> str | None:
    """The country code of an outlet named by a region or a town of one country ("Montana Free Press", "Searchlight
    New Mexico", "Toronto Star"), read before the country words of its name, so that a region's name closing on a
    country's word is the region's ("New Mexico" is no Mexico); None for a name holding none (a town's name that is
    also a given name or holds a body's word is none, `_town_country`)."""
    for _start, _end, phrase in _region_matcher().finditer(name or ""):
        return _code_of_country().get(region_countries()[phrase])
    for match in _CAPITALISED.finditer(name or ""):
        bare = [word.rstrip(".") for word in match.group().replace("’", "'").split()]
        for first in range(len(bare)):  # "The Anchorage Bugle": the town past an article
            for size in range(len(bare) - first, 0, -1):
                country = _town_country(bare[first:first + size])
                if country:
                    return _code_of_country().get(country)
    return None


@lru_cache(maxsize=65536)
def _run_countries(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A capitalised run's words, bare of a possessive or a full stop, and the countries it names (the run whole,
    then each word): read once per run's text, as runs repeat across a body and across articles."""
    bare = tuple(word[:-2] if word.endswith("'s") else word.rstrip(".") for word in text.replace("’", "'").split())
    found = tuple(c for c in ([_country_of_word(" ".join(bare))] if len(bare) > 1 else []) + [_country_of_word(w) for w in bare]
                  if c is not None)
    return bare, found


def _covers_home(body: str, home: str, dateline: str | None = None) -> bool:
    """Whether an article is about the outlet's own country: it names that country (or one of its towns) twice,
    or once and no other country more often, or no country at all, or, with no dateline of another country, only
    one other country, once. A lone mention of home while another country is named more is in passing ("Translation
    of an article published in French", a French trawler in a story about Mali's fishermen); a foreign country
    named once in a story that never names home says where someone came from ("crossed from the Indian side"),
    not where the story is; a town of home ("in Limassol") places the story there, though a foreign country
    helping is named more ("aircraft sent by Jordan")."""
    counts: dict[str, int] = {}
    datelines = _datelines(body)
    dateline_end = datelines[-1][1] if datelines else 0
    for match in _CAPITALISED.finditer(body):
        if " of " in body[max(0, match.start() - 4):match.start()] and _in_place_of(body, match.start()):
            continue  # "Port of Spain"
        if match.start() < dateline_end and _in_dateline_place(body, match.start(), match.end()):
            continue  # "PORT OF SPAIN —": a dateline's place, read whole (counted below)
        bare, found = _run_countries(match.group())
        if not found and (bare[0].lower() in _town_openings(home) or not bare[0].isascii()):
            town = _cached_town_country(" ".join(bare)) or len(bare) > 1 and _cached_town_country(bare[0])
            found = [town] if town == home else []  # "in Limassol": a town of home, read for home only
        for country in found:
            counts[country] = counts.get(country, 0) + 1
            if country == home and counts[country] >= _HOME_COVERED_HITS:
                return True
    for _start, _end, country in datelines:
        if country:
            counts[country] = counts.get(country, 0) + 1
    if counts.get(home, 0) >= _HOME_COVERED_HITS:
        return True
    if not counts:
        return True
    own = counts.get(home, 0)
    if own > 0 and own >= max(counts.values()):
        return True
    return (dateline is None or dateline == home) and len(counts) == 1 and max(counts.values()) < _HOME_COVERED_HITS


_HOME_COVERED_HITS = 2  # the outlet's country named this often: the article is (also) about it


_MAIN_COUNTRY_HITS = 2  # a country named at least this often may be the article's own
_WORD_BEFORE = re.compile(r"([A-Z][\w’']*)[ \u00a0-]$")
_WORD_AFTER = re.compile(r"^[ \u00a0-]([A-Z][\w’'-]*)")
# Words that open a country's or a region's own name or say where in it ("Western Australia", "Mainland China").
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w’'-]*[ \u00a0]+$")
_WORD_BEFORE_LOWER = re.compile(r"\b([a-z]+)[ \u00a0]+(?:the[ \u00a0]+)?$")
# a verb of trade up to three words before "from" ("buy fish from", "imports its grain from")
_SOURCE_VERB_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(COUNTRY_SOURCE_VERBS)) + r")(?:[ \u00a0]+[\w’'-]+){0,3}[ \u00a0]*$")
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                            "central", "mainland", "greater", "upper", "lower", "northeast", "northwest",
                            "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern"})


def _inside_proper_name(body: str, start: int, end: int) -> bool:
    """Whether a country's word at body[start:end] is no mention of that country: a person's surname after a
    given name ("Brian France"), a word of a hyphenated name ("Agence France-Presse"), or of a longer place's
    name ("New Mexico", a region or a town of another country). A national body's or firm's name ("Air France",
    "Kenya Airways", "Radio Varden") is left a mention: it says where a story is from when nothing else does."""
    surface = body[start:end]
    if "." in surface or surface.isupper():
        return False
    if _in_place_of(body, start):
        return True  # "Port of Spain", "the Gulf of Mexico"
    before = _WORD_BEFORE.search(body, max(0, start - 30), start)
    after = _WORD_AFTER.match(body[end:end + 30])
    if after and body[end] == "-" and not _country_of_word(after.group(1).lower()):
        return True  # "France-Presse"
    if before is None:
        return False
    word = before.group(1)
    if body[start - 1] == "-":
        return not _country_of_word(word.lower())  # "Franco-German" is two countries; "Bosnia-Herzegovina" too
    low = word.lower()
    if is_given_name(low) and low not in FUNCTION_WORDS and low not in _COMPASS_WORDS and low not in TITLE_HEADS:
        return True  # "Brian France", "Chad Georgia"
    place = fold_place(f"{word} {surface}")
    country = city_countries().get(place) or folded_regions().get(place)
    return country is not None and country != _country_of_word(surface)  # "Western Australia" is Australia's


# Nouns for an armed force or its weapons: a country or a demonym before one names who acts, not where the
# person the sentence introduces is ("Russian forces attacked ..., Governor X said").
_AGENT_AFTER = re.compile(r"[ \u00a0](?:forces|troops|soldiers|army|military|drones?|missiles?|strikes?|airstrikes?|"
                          r"attacks?|shelling|warplanes|jets|navy|artillery|rockets?|bombs?|bombers|invasion|"
                          r"occupiers|occupation)\b")


class _NameSpans:
    """Where the article's people are named in the body: a place's word inside a person's name ("Hugh Cornwall",
    "Jordan Roe", "Chad Lund") names no place."""

    def __init__(self, people=(), more: list[tuple[int, int]] | tuple = ()) -> None:
        spans = sorted([(m.start, m.end) for person in people for m in person.mentions] + list(more))
        self._starts = [start for start, _end in spans]
        self._ends = [end for _start, end in spans]

    def next_start(self, position: int) -> int | None:
        """Where the first name starting at or after `position` starts, or None."""
        index = bisect_left(self._starts, position)
        return self._starts[index] if index < len(self._starts) else None

    def covers(self, start: int, end: int) -> bool:
        index = bisect_left(self._starts, end) - 1  # the last name starting before `end`
        return index >= 0 and self._ends[index] > start


_NO_NAMES = _NameSpans()


def _main_country(places: list, body: str = "", title: str = "", names: _NameSpans = _NO_NAMES,
                  alone_once: bool = True) -> str | None:
    """The country an article is about when no outlet says where it is from: the one its headline and body's
    countries, demonyms, capitals and national bodies name most often (at least twice; of equals, the first
    named), or the only country it names at all ("the Irish government" in a story naming no other country),
    unless it names it only in passing, after a preposition ("car exports to Japan" says nothing of the city's
    mayor); an armed force's country is no mention ("Russian forces attacked", `_AGENT_AFTER`). Unless
    `alone_once`, a country named once is none (the people step reads the regions named first: "a Paris trip" in a
    story naming Iowa twice)."""
    return most_named_country(*country_counts(places, body, title, names), alone_once=alone_once)


def country_counts(places: list, body: str = "", title: str = "",
                   names: _NameSpans = _NO_NAMES) -> tuple[dict[str, int], set[str]]:
    """How often the headline and body name each country (in the order first named), and the countries named
    other than only in passing: the evidence `_main_country` weighs, worked out once per article by the people
    step, which weighs it twice (`most_named_country`)."""
    counts: dict[str, int] = {}
    described: set[str] = set()
    sources = [(find_places_and_organisations(title), title)] if title else []
    for hits, text in sources + [(places, body)]:
        for hit in hits:
            if not hit.country or text and hit.kind == "country" and _inside_proper_name(text, hit.start, hit.end):
                continue
            if text is body and names.covers(hit.start, hit.end):
                continue  # "Chad Roe said", "Kenya Moore": a person's name
            if text is body and _in_dateline_place(body, hit.start, hit.end):
                continue  # "GULF OF MEXICO —": a dateline's place, read whole (`_dateline_country`)
            if _AGENT_AFTER.match(text, hit.end):
                continue  # "Russian forces attacked Kharkiv": who acts, not where the story is
            counts[hit.country] = counts.get(hit.country, 0) + 1
            before = text[max(0, hit.start - 20):hit.start].split()
            if not before or before[-1].lower() not in COUNTRY_IN_PASSING:
                described.add(hit.country)
    return counts, described


def most_named_country(counts: dict[str, int], described: set[str], alone_once: bool = True) -> str | None:
    """The country `_main_country` reads off the counts of `country_counts` (see there for `alone_once`)."""
    if not counts:
        return None
    best = max(counts.values())  # dicts keep the order of first naming, and max keeps the first of equals
    country = next(c for c, n in counts.items() if n == best)
    return country if best >= _MAIN_COUNTRY_HITS or alone_once and len(counts) == 1 and country in described else None


@lru_cache(maxsize=1)
def _region_matcher() -> PhraseMatcher:
    return PhraseMatcher(region_countries())


# Nouns for the people a story is about, at home ("Mexican families", "Tajik farmers"; not "Polish tourists").
_HOME_PEOPLE_NOUNS = PRIVATE_PEOPLE_NOUNS - TRAVELLING_PEOPLE_NOUNS
_DEMONYM_PEOPLE = re.compile(r"\b([A-Z][a-z]+)[ \u00a0]+([a-z]+)\b")


def people_demonym_country(body: str, title: str = "") -> str | None:
    """The one country whose demonym names the people a story is about ("Mexican families wait to cross into
    Texas", "Tajik farmers"): the people's country outranks the regions they are bound for; people of two countries
    say none, and people away from home ("Polish tourists", `TRAVELLING_PEOPLE_NOUNS`) none."""
    found = {NATIONALITY_COUNTRY[match.group(1).lower()] for text in (title, body)
             for match in _DEMONYM_PEOPLE.finditer(text)
             if match.group(2) in _HOME_PEOPLE_NOUNS and match.group(1).lower() in NATIONALITY_COUNTRY}
    return found.pop() if len(found) == 1 else None


def _region_country(body: str, title: str = "", names: _NameSpans = _NO_NAMES) -> str | None:
    """The country of the regions an article's headline and body name when they name no country ("New South
    Wales", "Queensland"): the one whose regions it names most (at least twice, or the only one); a region's
    name inside a person's name ("Hugh Cornwall") is none."""
    counts: dict[str, int] = {}
    regions = region_countries()
    for text in (title, body):
        for start, end, phrase in _region_matcher().finditer(text):
            if text is body and (names.covers(start, end) or _in_dateline_place(body, start, end)):
                continue
            counts[regions[phrase]] = counts.get(regions[phrase], 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    country = next(c for c, n in counts.items() if n == best)
    return country if best >= _MAIN_COUNTRY_HITS or len(counts) == 1 else None


# A run of capitalised words, where a town's name may lie ("The Zomba Magistrate's Court", "in Douala").
_CAPITALISED_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*){0,4}")
_TOWN_WORDS = 3  # the longest town's name looked up


# A lowercase plural right after a one-word town's name opening a sentence ("Split tickets sold out."): the word
# is an ordinary word capitalised there, no place of the story's (within a sentence, "Montreal hospitals" is one).
_PLURAL_AFTER = re.compile(r"[ \u00a0][a-z]+[^s\W]s\b")
_LOWERCASE_WORD = re.compile(r"\b[a-z][\w'-]*")  # a word the article writes in lowercase (no ’: as before)
_WORD_RUN = re.compile(r"\S+")


def _opens_sentence(body: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence or a paragraph."""
    before = body[:start].rstrip(" \u00a0\"'“‘")
    return not before or before.endswith(("\n", ".", "!", "?"))


def town_main_country(body: str, names: _NameSpans = _NO_NAMES) -> str | None:
    """The country of the towns an article names when it names no country nor region of its own ("the Zomba
    District Council", "a market in Douala"): the one whose towns it names most, at least twice and more than any
    other's, none after "from" or "to" (a town named once, or after those, is as often where someone came from or
    flew to: "flew in from Miami", `TOWN_IN_PASSING`); a town's word inside a person's name, a dateline's place
    or a word the article also writes in lowercase ("Most", "Shoreline") or opening a sentence before a
    lowercase plural ("Split tickets sold out.") is none."""
    lowered = set(_LOWERCASE_WORD.findall(body))
    counts: dict[str, int] = {}
    for run in _CAPITALISED_RUN.finditer(body):
        words = [(word.group(), run.start() + word.start(), run.start() + word.end())
                 for word in _WORD_RUN.finditer(run.group())]
        index = 0
        while index < len(words):
            for size in range(min(_TOWN_WORDS, len(words) - index), 0, -1):
                part = words[index:index + size]
                start, end = part[0][1], part[-1][2]
                bare = [word[:-2] if word.endswith(("'s", "’s")) else word for word, _s, _e in part]
                if bare[0].lower() in FUNCTION_WORDS or size == 1 and (
                        bare[0].lower() in lowered
                        or _PLURAL_AFTER.match(body, end) and _opens_sentence(body, start)):
                    continue  # "most said", "Split tickets sold out": an ordinary word
                country = _cached_town_country(" ".join(bare))
                if country and not names.covers(start, end) and not _in_dateline_place(body, start, end):
                    before = body[max(0, start - 12):start].split()
                    if not before or before[-1].lower() not in TOWN_IN_PASSING:  # not "flew in from Douala"
                        counts[country] = counts.get(country, 0) + 1
                    index += size - 1
                    break
            index += 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    country = next(c for c, n in counts.items() if n == ranked[0])
    if ranked[0] >= _MAIN_COUNTRY_HITS and (len(ranked) == 1 or ranked[0] > ranked[1]):
        return country
    return None


_DATELINE_LINES = 3  # a dateline opens one of the body's first paragraphs (a kicker or a caption may come first)


def _dateline_country(body: str) -> str | None:
    """The country of the place an article is reported from, when one of its first paragraphs opens with a
    dateline: "MADRID —", "Rio de Janeiro (Agency) —", "KERICHO, Kenya —", "ACCRA, March 3 (Wire) -",
    "CIUDAD DE MÉXICO.—". The qualifier after a comma (a country, a region) wins over the town."""
    start = 0
    for _ in range(_DATELINE_LINES):
        while start < len(body) and body[start] in "\n \u00a0":
            start += 1
        country = dateline_country(body, start)
        if country:
            return country
        end = body.find("\n", start)
        if end < 0:
            break
        start = end
    return None


@lru_cache(maxsize=8)
def _datelines(body: str) -> tuple[tuple[int, int, str | None], ...]:
    """The datelines opening the body's first paragraphs: (start, end, country) of the place and its qualifier,
    read whole: its country is the one the countries, towns and regions tables give the whole name
    (`cities.dateline_country`, the qualifier first), or none. A country's word inside a longer place's name
    ("PORT OF SPAIN —", "GULF OF MEXICO —", "NEW MEXICO —", "LAE, Papua New Guinea —") names no country of its
    own, as inside a sentence (`_in_place_of`)."""
    found_lines: list[tuple[int, int, str | None]] = []
    start = 0
    for _ in range(_DATELINE_LINES):
        while start < len(body) and body[start] in "\n \u00a0":
            start += 1
        found = DATELINE.match(body, start)
        country = dateline_country(body, start) if found else None
        if found and (country or found.group("place").isupper()):
            # (a line opening on a capitalised run before a dash is a dateline when the tables know its place or
            # it is written in capitals, a dateline's style; "Spanish Minister Ana Roe — who ..." is none)
            end = found.end("qualifier") if found.group("qualifier") else found.end("place")
            found_lines.append((found.start("place"), end, country))
        end = body.find("\n", start)
        if end < 0:
            break
        start = end
    return tuple(found_lines)


def _in_dateline_place(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] lies inside a dateline's place (`_datelines`): read only with the whole place."""
    datelines = _datelines(body)
    if not datelines or start >= datelines[-1][1]:
        return False
    return any(place_start <= start and end <= place_end for place_start, place_end, _country in datelines)


def _home_country(body: str, mentions: list[MentionRecord], home: str | None, outlet_code: str = "",
                  names: _NameSpans = _NO_NAMES) -> str | None:
    """The country of a person the article gives none: the article's own country (the reporting outlet's, when
    the article is about it, else the one it names most), unless the sentence that introduces the person names
    only other countries, by name or by their regions: then the one it names ("a lawyer in Mexico", "has run the
    Hamburg port"), and none of several; or unless the person holds an office the outlet's country does not
    have ("Rep." in an Indian outlet, `OFFICE_COUNTRIES`)."""
    if not home or not mentions:
        return None
    first = mentions[0]
    for mention in mentions:
        role = mention.role or mention.apposition
        heads = {word.strip(".,").lower() for word in role.split()} & GOVERNMENT_HEADS if role else set()
        if outlet_code and any(outlet_code not in OFFICE_COUNTRIES[head] for head in heads if head in OFFICE_COUNTRIES):
            return None  # a foreign system's office: the outlet's country says nothing of its holder
        if role and first.role is None and first.apposition is None:
            first = mention  # the titled mention introduces the person
    own_starts = {mention.start for mention in mentions}
    # (searched up to one character past the name, so a boundary's look-ahead sees a sentence the name opens)
    start = max((m.end() for m in _SENTENCE_BOUNDARY.finditer(body, max(0, first.start - 400), first.start + 1)),
                default=max(0, first.start - 400))
    found = _SENTENCE_BOUNDARY.search(body, first.end)
    end = found.start() if found else len(body)
    named = set()
    for match in _CAPITALISED.finditer(body, start, end):
        if names.covers(match.start(), match.end()):
            continue  # "Jordan Roe said": a person's name, no place
        if _AGENT_AFTER.match(body, match.end()):
            continue  # "Russian forces attacked ..., Governor X said": the attackers' country, not X's
        if _titles_another(body, match.end(), names, own_starts):
            continue  # "signed by Jo Roe and Tarnland's Deputy Minister, Bo Lund": the other's country
        if " of " in body[max(0, match.start() - 4):match.start()] and _in_place_of(body, match.start()):
            continue  # "a hearing in Port of Spain", "sank in the Gulf of Mexico": a place's name
        if _in_dateline_place(body, match.start(), match.end()):
            continue  # "PORT OF SPAIN — ...": a dateline's place says where the article is, read whole (`home`)
        before = _WORD_BEFORE_LOWER.search(body, max(start, match.start() - 20), match.start())
        if (before and (before.group(1) in COUNTRY_AWAY_PREPOSITIONS
                        or before.group(1) == "from" and _SOURCE_VERB_BEFORE.search(
                            body, max(start, before.start() - 40), before.start()))
                and not _CAPITAL_BEFORE.search(body, max(0, before.start() - 30), before.start())):
            # "her members buy fish from Tarnland", "exports to Tarnland": where the goods go or come from, not
            # where she is (but "the Pact with Tarnland" is a name, its preposition inside it)
            continue
        words = match.group().replace("’", "'").split()
        bare = [word[:-2] if word.endswith("'s") else word.rstrip(".") for word in words]
        country = _country_of_word(" ".join(bare)) if len(bare) > 1 else None
        found = {country} if country else {c for c in map(_country_of_word, bare) if c}
        if not found and before and before.group(1) in PLACE_ONLY_PREPOSITIONS | {"at"}:
            town = _town_country(bare)
            found = {town} if town else set()  # "a lawyer in Lagos": a town placing the person
        named.update(found)
    regions = region_countries()
    named.update(regions[phrase] for found_start, found_end, phrase in _region_matcher().finditer(body, start, end)
                 if not names.covers(found_start, found_end) and not _in_dateline_place(body, found_start, found_end))
    if not named or home in named:
        return home
    return next(iter(named)) if len(named) == 1 else None


# The words between a country's word and the name of the person whose title it opens: capitalised title words,
# "of", "for", "and", "the", commas ("'s Deputy Minister of Foreign Affairs, ", " State Secretary ", "'s Ministry of
# Foreign Affairs and International Cooperation, Ms. ").
_TITLE_GAP = re.compile(r"(?:['’]s)?(?:[ \u00a0,]+(?:[A-Z][\w.’'-]*|of|for|and|the))*[ \u00a0,]*")
_TITLE_GAP_CHARS = 90


def _titles_another(body: str, end: int, names: _NameSpans, own_starts: set[int]) -> bool:
    """Whether a country's word ending at `end` opens the title of another person of the article ("Bulgaria's
    Deputy Minister, Vesela Roe", "Swiss State Secretary Reto Roe"): only title words lie between it and that
    person's name, which is none of the person's own (`own_starts`). A comma right after the country's word closes
    a clause ("Ana Roe, who fled Chile, Senator Bo Lund and ..."): no title opens there."""
    start = names.next_start(end)
    if start is None or start in own_starts or start - end > _TITLE_GAP_CHARS or body.startswith(",", end):
        return False
    gap = _TITLE_GAP.match(body, end, start)
    return gap is not None and gap.end() == start


def _apposition_country(body: str, mention: MentionRecord, places) -> str | None:
    """The one country named in the comma-set words right after a name ("Ravi Roe, a bus driver in Mexico,
    said"), for an article with no country of its own that names no other: they describe the person; a country
    named elsewhere in the sentence ("Mayor Jo Roe said exports to Japan fell") does not."""
    if not body.startswith(",", mention.end):
        return None
    found = re.compile(r"[,;(]|[.!?](?:\s|$)").search(body, mention.end + 1)
    end = found.start() if found else len(body)
    named = set()
    for match in _CAPITALISED.finditer(body, mention.end, end):
        words = match.group().replace("’", "'").split()
        bare = [word[:-2] if word.endswith("'s") else word.rstrip(".") for word in words]
        country = _country_of_word(" ".join(bare)) if len(bare) > 1 else None
        named.update({country} if country else {c for c in map(_country_of_word, bare) if c})
    if len(named) != 1 or {hit.country for hit in places if hit.country} - named:
        return None
    return next(iter(named))


def _role_country(role: str | None) -> str | None:
    """The country a role names ("Russian Foreign Minister", "ambassador to Chile"), else the country of a region
    it names ("a researcher at the University of Tasmania", "Texas Senator")."""
    if not role:
        return None
    words = role.replace("’", "'").split()
    for index, word in enumerate(words):
        if index and words[index - 1].lower() in _SUBJECT_PREPOSITIONS:
            continue  # "an expert on Russia", "a book about Chile": what the role is about, not where from
        bare = word[:-2] if word.endswith("'s") else word
        if index + 1 < len(words):
            pair = _country_of_word(f"{bare} {words[index + 1]}")
            if pair:
                return pair
        found = _country_of_word(bare)
        if found:
            return found
    found = next((region_countries()[phrase] for _start, _end, phrase in _region_matcher().finditer(role)), None)
    if found:
        return found
    # "an analyst at Tohoku Securities in Tokyo": a capital the role places its holder in ("in", so that
    # "Georgetown University professor" is not read as Guyana's)
    found = next((hit.country for hit in find_places_and_organisations(role)
                  if hit.kind == "capital" and hit.country and role[:hit.start].endswith(" in ")), None)
    return found or _role_town_country(role)


# A town placing a role's holder: a base ("the Tbilisi-based institute") or where the post is ("a biologist at the
# university in Bamako"); a posting abroad names the host, not the holder's country ("ambassador in Bamako",
# "correspondent in Lima"). An owner ("Varga's campaign manager") is as often a person as a town, so not read.
_ROLE_TOWN = re.compile(r"\b([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)-based\b|\bin ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s*$")
_POSTING_WORDS = POSTING_WORDS


def _role_town_country(role: str) -> str | None:
    if _POSTING_WORDS & set(role.lower().replace("’", "'").split()):
        return None
    for match in _ROLE_TOWN.finditer(role):
        country = _town_country((match.group(1) or match.group(2)).split())
        if country:
            return country
    return None


@lru_cache(maxsize=64)
def _town_openings(country: str) -> frozenset[str]:
    """The first words of a country's towns, folded ("limassol", "usti"): a cheap test before a word written
    without accents is looked up as a town of home (one with accents is looked up folded)."""
    return frozenset(word for key, town_country in city_countries().items() if town_country == country
                     for word in {key.split()[0]})


@lru_cache(maxsize=65536)
def _cached_town_country(phrase: str) -> str | None:
    return _town_country(phrase.split())


def _town_country(words: list[str]) -> str | None:
    """The country of a town of the towns table, for a name that is only a town's: not a region's ("Virginia",
    "Florida"), a given name's ("Paris", "Florence") or one with a body's word ("White House")."""
    if any(word.lower() in ORG_WORDS for word in words) or len(words) == 1 and is_given_name(words[0].lower()):
        return None
    folded = fold_place(" ".join(words))
    if folded in folded_regions():
        return None
    return city_countries().get(folded)
