"""Name runs and name shapes for the people step: which capitalised words make a candidate name, and where it ends.

`_runs` reads the body's runs of capitalised words (with name particles such as "van der", initials, generations
such as "Jr" and the Dutch "'t"), split where a brand written with an inner capital ("RingCentral"), a word glued to
digits or a second full name stands. `_name_tokens` and `_trim_name` then cut a run down to the name in it: titles
and role words, sentence-initial and headline words, dates, weekdays and months that are no given name ("Sunday",
"May"), compound adjectives ("Franco-German"), countries and places that open a run, and run-on words after a full
name. The word tests they share live here too (`_title`, `_is_role_word`, `_given`, `_is_stop`, `_adverb`,
`_abstract_noun`, `_person_noun`, `_country_of_word`), and `_described_as_person` ("X, a driver,", "X, 61,"), the
evidence that an ambiguous first word ("Jordan", "Will") opens a person's name. `loaders.extract.people` uses them;
everything is linear in the run's length.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from loaders.extract.data.office_subjects import OFFICE_SUBJECTS
from loaders.extract.data.eventwords import REGION_NAME_WORDS
from loaders.extract.data.demonyms import INFORMAL_DEMONYMS
from loaders.extract.data.kin import KIN_NOUNS, PERSON_TIE_NOUNS, RELIGIOUS_KIN_STYLES
from loaders.extract.data.family_names import FAMILY_FIRST_SURNAMES
from loaders.extract.data.cities import city_countries, fold_place
from loaders.extract.data.given_names import (DOTTED_GIVEN_NAMES, ORG_WORD_GIVEN_NAMES, WEEKDAY_GIVEN_NAMES,
                                              is_common_given_name, is_given_name)
from loaders.extract.data.lexicon import (
    ADDRESS_TITLES,
    DAYS_MONTHS,
    DOTTED_ONLY_TITLES,
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    HONORIFICS,
    PATRONYMIC_PARTICLES,
    HONORIFIC_HEADS,
    HONORIFIC_STYLE_OWNERS,
    HONORIFIC_STYLES,
    HONORIFIC_TAILS,
    HONORIFIC_TAILS_GIVEN_TOO,
    SURNAME_HONORIFICS,
    NAME_CONJUNCTIONS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    ORG_WORDS,
    PLACE_PREFIXES,
    PLACES,
    ROLE_MODIFIERS,
    TITLE_ENDINGS,
    PERSON_PROFESSIONS,
    TITLE_HEADS,
    TITLE_HYPHEN_PREFIXES,
    TITLE_HYPHEN_SUFFIXES,
    TITLE_PLURALS,
    ORG_DESCRIPTION_HEADS,
    JOB_OR_FIRM_HEADS,
    is_firm_head,
)
from loaders.extract.data import speech_verbs
from loaders.extract.data.not_people import (
    ADVERB_ENDINGS,
    PLACE_OF_KINDS,
    AGENT_NOUN_ENDINGS,
    FIRM_NAME_TAILS,
    AGENT_NOUN_MIN_LENGTH,
    OFFICE_BODY_WORDS,
    THING_AGENT_NOUNS,
    ADVERB_MIN_LENGTH,
    DATE_LEADS,
    NOUN_ENDINGS,
    NOUN_MIN_LENGTH,
    NON_PERSON_NAME_TAILS,
    PLACE_PREPOSITIONS,
    PLACE_NOUNS,
    PLACE_NOUNS_AFTER_THE,
    STYLE_ADDRESSEES,
    common_plurals,
)
from loaders.extract.names import burmese_name, family_first, fold
from loaders.extract.text import LOWER_PREFIXES as _LOWER_PREFIXES, UNSEEN_IN_WORDS, Token, country_of_word


# Spaces between a name's words; a soft hyphen, a zero-width space or joiner may stand beside them, unseen
# ("Doug \xadAndres").
_SPACE_GAP = re.compile("^[" + UNSEEN_IN_WORDS + "]*[ \u00a0][ \u00a0" + UNSEEN_IN_WORDS + "]*$")
_SPEECH_BEFORE = re.compile(r"\b(?:" + speech_verbs.alternation(speech_verbs.NAME_AFTER_VERB) + r"|according to)\s+$")
# Directions and similar words end person names too ("Allen West"): only an organisation word otherwise.
_SOFT_ORG = frozenset({"west", "east", "north", "south", "park", "hall", "bank", "mission", "lake", "mount", "fort",
                       "cape", "trust", "ford", "guard", "reserve", "camp", "gate", "bridge", "wall", "field",
                       "day", "law", "fund", "treasury", "storm", "flood", "shield", "edge", "lead", "temple",
                       "tower", "street", "young", "king", "prince", "major", "bishop", "marshal",
                       "chancellor", "cross", "court", "book"})
_MONTH_SURNAMES = frozenset({"may", "june", "april", "august"})
_DAY_AFTER = re.compile(r"[ \u00a0]*\d")
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Name particles that pair up inside a surname: "van der Berg", "de la Cruz", "van den Broek".
_PARTICLE_PAIRS = frozenset({("van", "der"), ("van", "den"), ("van", "de"), ("de", "la"), ("de", "los"),
                             ("de", "las"), ("von", "der"), ("de", "le"), ("da", "la"), ("van", "het"),
                             ("in", "t"), ("van", "t"), ("op", "t"), ("in", "het"), ("op", "den"), ("op", "de"),
                             ("aan", "de"), ("uit", "den"), ("uit", "de")})
# The Dutch article "'t" of a particle pair is written with its apostrophe ("Sophie in 't Veld", "van 't Hek").
_ELIDED_ARTICLE_GAP = re.compile("^[ \u00a0]+['’]$")


def _is_stop(token: Token) -> bool:
    return not token.initial and (token.low in FUNCTION_WORDS or token.low in DAYS_MONTHS or _adverb(token.low))


@lru_cache(maxsize=16384)
def _adverb(low: str) -> bool:
    """ "frequently", "apparently": an adverb, by its ending (`ADVERB_ENDINGS`), never a given name."""
    return len(low) >= ADVERB_MIN_LENGTH and low.endswith(ADVERB_ENDINGS) and not is_given_name(low)


@lru_cache(maxsize=16384)
def _abstract_noun(low: str) -> bool:
    """ "disability", "foundation", "management": a noun naming a thing or a body (`NOUN_ENDINGS`)."""
    return (len(low) >= NOUN_MIN_LENGTH and low.endswith(NOUN_ENDINGS) and not is_given_name(low)
            and low not in ORG_WORDS)  # an organisation's word is read by the organisation rules


def _long_titles() -> dict[str, tuple[str, ...]]:
    by_first: dict[str, list[str]] = {}
    for head in sorted(TITLE_HEADS):
        if len(head) >= 7 and head.isalpha():
            by_first.setdefault(head[0], []).append(head)
    return {first: tuple(heads) for first, heads in by_first.items()}


_LONG_TITLES = _long_titles()


@lru_cache(maxsize=16384)
def _misspelt_title(low: str) -> bool:
    """ "Presdient", "Govenor", "Secratary": one letter dropped, added or changed, or two swapped, in a long title
    word, its first and last letters kept; a known given name is never one."""
    if len(low) < 7 or not low.isalpha() or low in TITLE_HEADS or is_given_name(low):
        return False
    return any(head[-1] == low[-1] and abs(len(head) - len(low)) <= 1 and OSA.distance(low, head) <= 1
               for head in _LONG_TITLES.get(low[0], ()))


def _title(token: Token) -> bool:
    """A title noun ("minister", "President"), also misspelt when capitalised ("Presdient X"): a lowercase
    "processor" or "sneaker" is a word of its own."""
    # (asked about 190 times an article, mostly of the same words; the answer depends on the word and its
    # capital only, so it is kept rather than testing the 83 endings again)
    return _title_word(token.low, token.capital) or _profession(token)


def _profession(token: Token) -> bool:
    """ "physicist X", "Physicist X" opening a sentence: a profession only a person holds, written lowercase or
    first in its sentence; a capitalised one inside a name is the name's ("The Astronomer Royal", "Mountaineer
    Casino")."""
    return token.low in PERSON_PROFESSIONS and (not token.capital or token.sentence_start)


@lru_cache(maxsize=65536)
def _title_word(low: str, capital: bool) -> bool:
    return (low in TITLE_HEADS or low.startswith("co-") and low[3:] in TITLE_HEADS  # "co-author", "co-chair"
            or low.endswith(TITLE_ENDINGS)  # "hydrologist", "epidemiologist"
            or "-" in low and _hyphenated_title(low)
            or capital and _misspelt_title(low))


def _hyphenated_title(low: str) -> bool:
    """ "vice-chancellor", "pro-vice-chancellor", "secretary-general", "mayor-elect": a title head among the parts,
    every part before it a title prefix, a role modifier or a title head, every part after it a title suffix or
    a title head; "chancellor-backed" and "prime-time" are no titles."""
    parts = low.split("-")
    heads = [i for i, part in enumerate(parts) if part in TITLE_HEADS]
    if not heads or not all(part for part in parts):
        return False
    head = heads[0]
    if parts[0] == "pro" and parts[1:2] != ["vice"]:
        return False  # "Pro-Vice-Chancellor" is an office; "Pro-President supporters" back one
    return (all(p in TITLE_HYPHEN_PREFIXES or p in ROLE_MODIFIERS or p in TITLE_HEADS for p in parts[:head])
            and all(p in TITLE_HYPHEN_SUFFIXES or p in TITLE_HEADS or p in ROLE_MODIFIERS for p in parts[head + 1:]))


def _is_role_word(token: Token) -> bool:
    low = token.low
    if low in DOTTED_ONLY_TITLES and not token.text.endswith("."):
        return False
    # (`_title` inlined: this is asked twice per word of a segment by `_trim_name`)
    return _title_word(low, token.capital) or _profession(token) or low in HONORIFICS or low in TITLE_PLURALS


# Asked for every capitalised word of a role, an apposition or a person's sentence, and of the whole body for
# the outlet's country: the answers are kept, as the words repeat across a body and across articles.
_country_of_word = lru_cache(maxsize=65536)(country_of_word)


# Compass adjectives of a region's name ("Western", "Central"; `eventwords.REGION_NAME_WORDS`; not "West" or
# "North", surnames too): right after a title and before a name of two words they are the title's region
# ("Commissioner Western Ana Roe"), not the name's.
_COMPASS_REGIONS = frozenset(word for word in REGION_NAME_WORDS if word.endswith("ern") or word == "central")
_ELIDED_OPENING = frozenset({" '", " ’", " ‘"})
_CLOSING_APOSTROPHE = re.compile(r"[^\W\d_]['’](?![^\W\d_])")  # a word's closing quotation mark
_NICKNAME_REACH = 40


def _joined_gap(body: str, left: Token, right: Token) -> bool:
    gap = body[left.end:right.start]
    # (one plain space, the usual gap, answers without the regex; `$` also lets a final newline through)
    return gap == " " or bool(_SPACE_GAP.match(gap)) or (
        # "Ms 'Mamello Letsie": a Sesotho name of the 'M- kind ("mother of"), whose first letter an apostrophe
        # elides, after a form of address (not "Mr 'Fixit'", a nickname in quotes, nor "Mr 'Corrupt Moyo", a
        # quote left open)
        gap in _ELIDED_OPENING and left.low in HONORIFICS and right.capital and right.low[:1] == "m"
        and not _CLOSING_APOSTROPHE.search(body, right.start, right.start + _NICKNAME_REACH))


def _glued(body: str, token: Token) -> bool:
    """A word written against a digit ("Z7", "4Runner", "G20", "LCOc1"): part of a model number or code, never a
    name. A longer word before a digit may carry a footnote mark ("Berg2") and stays a word."""
    return (token.end < len(body) and body[token.end].isdigit()
            and (len(token.text) <= 2 or token.acronym or any(c.isupper() for c in token.text[1:]))
            or token.start > 0 and body[token.start - 1].isdigit())


_CAMEL = re.compile(r"^[A-Z][a-z]{3,}[A-Z]")  # "RingCentral", "BlackRock", "WhatsApp", not "McKay", "DeShawn"
_CAMEL_PREFIXES = ("Fitz", "Mac", "Van", "Von", "Del", "Della", "Vander", "Ver")


def _brand(token: Token) -> bool:
    """A word with a capital inside after four or more lowercase letters: a brand or firm ("RingCentral",
    "SoftBank", "WhatsApp"), not a surname, whose inner capitals follow a short prefix ("McKay", "DiMarco",
    "LeBron", "MacKenzie") or a name prefix ("FitzGerald", "VanderMeer"), nor two given names run together
    ("RoseAnn", "MaryBeth"); a given name before an everyday word is a brand ("ChristianaCare", "MarthaWorks")."""
    return _brand_word(token.text)


@lru_cache(maxsize=16384)
def _brand_word(text: str) -> bool:
    found = _CAMEL.match(text)
    if not found or text.startswith(_CAMEL_PREFIXES):
        return False
    head, tail = found.group()[:-1], text[len(found.group()) - 1:]
    return not (is_given_name(head) and (is_given_name(tail.lower()) or not tail.isalpha()))


def _second_full_name(body: str, tokens: list[Token], run: list[int], particle: int) -> bool:
    """Whether a particle that means "and" (`lexicon.NAME_CONJUNCTIONS`: "y", "e") stands between two full names,
    each a given name and a surname ("Ana Souza e Pedro Lima"): it joins surnames inside one name only
    ("Vasco de Lemos e Brito", "Ortega y Gasset")."""
    if tokens[particle].low not in NAME_CONJUNCTIONS or len(run) < 2 or not is_given_name(tokens[run[0]].low):
        return False
    after = particle + 1
    return (is_given_name(tokens[after].low) and after + 1 < len(tokens) and tokens[after + 1].capital
            and _joined_gap(body, tokens[after], tokens[after + 1]))


# A nickname in quotation marks written inside a name, between the given name and the surname ('Peter "Cocoa Pete"
# Osei-Bonsu', "Anthony 'Tony' Marsh"): one to three capitalised words in matching quotes, spaces on both sides.
_NICKNAME_TEXT = r"[A-Z][\w.-]*(?:[ \u00a0][A-Z][\w.-]*){0,2}"  # capitalised words only: no comma, no clause
_NICKNAME_INSIDE = re.compile(r"[ \u00a0](?:\"" + _NICKNAME_TEXT + r"\"|“" + _NICKNAME_TEXT + r"”|‘" + _NICKNAME_TEXT
                              + r"’|'" + _NICKNAME_TEXT + r"')[ \u00a0](?=[A-Z])")
_NICKNAME_MAX_WORDS = 3


def _after_nickname(body: str, tokens: list[Token], last: int) -> int | None:
    """The index of the token after a quoted nickname that follows a given name at `last` and precedes a
    capitalised word (the surname), or None. A title in quotes between two names ('Ana Lind watched "Forrest
    Gump" with Jo Roe') has no capitalised word right after its closing quote; a quotation after a name
    ('said "Never" Marsh') follows no given name."""
    if not is_given_name(tokens[last].low) or tokens[last].possessive or tokens[last].headline:
        return None  # (a title-case headline quotes phrases after names: "Indict Hillary 'Defies Explanation'")
    found = _NICKNAME_INSIDE.match(body, tokens[last].end)
    if found is None or len(found.group(0).split()) > _NICKNAME_MAX_WORDS:
        return None
    for index in range(last + 1, min(last + _NICKNAME_MAX_WORDS + 2, len(tokens))):
        if tokens[index].start == found.end():
            return index if tokens[index].capital else None
    return None


def _runs(body: str, tokens: list[Token]) -> list[list[int]]:
    """Maximal runs of capitalised tokens joined by single spaces (name particles allowed inside); a word glued
    to a digit ends a run and is left out, so no name ends inside a model number ("Nikon Z7")."""
    runs: list[list[int]] = []
    count = len(tokens)
    index = 0  # the first token no run has taken yet
    for opening in [i for i, token in enumerate(tokens) if token.capital]:  # most words open no run
        if opening < index or _glued(body, tokens[opening]) or _brand(tokens[opening]):
            continue
        run = [opening]
        # A possessive or a generational suffix with its full stop ("World War II. Trump") ends a name.
        while not tokens[run[-1]].possessive and not (
                tokens[run[-1]].low in _GENERATIONS and tokens[run[-1]].text.endswith(".")):
            last = run[-1]
            following = last + 1
            if following >= count or not _joined_gap(body, tokens[last], tokens[following]):
                skip = _after_nickname(body, tokens, last)
                if skip is not None:
                    run.append(skip)  # 'Peter "Cocoa Pete" Osei-Bonsu': the name runs on past its nickname
                    continue
                break
            if _glued(body, tokens[following]) or _brand(tokens[following]):
                break
            if tokens[following].capital:
                run.append(following)
                continue
            after = following + 1
            if (tokens[following].low in NAME_PARTICLES and after < count and tokens[after].capital
                    and not tokens[after].acronym and _joined_gap(body, tokens[following], tokens[after])
                    and not _second_full_name(body, tokens, run, following)):
                run.extend((following, after))
                continue
            if (after + 1 < count and (tokens[following].low, tokens[after].low) in _PARTICLE_PAIRS
                    and not tokens[after].capital and tokens[after + 1].capital and not tokens[after + 1].acronym
                    and (_joined_gap(body, tokens[following], tokens[after]) or tokens[after].low == "t" and
                         _ELIDED_ARTICLE_GAP.match(body[tokens[following].end:tokens[after].start]))
                    and _joined_gap(body, tokens[after], tokens[after + 1])):
                run.extend((following, after, after + 1))
                continue
            break
        runs.append(run)
        index = run[-1] + 1
    return runs
DESCRIPTION_ENDS = frozenset({"at", "of", "in", "from", "with", "for", "on", "who", "whose", "whom", "and"})
_DESCRIPTION_ENDS = DESCRIPTION_ENDS  # the old private name, still imported elsewhere


@lru_cache(maxsize=4096)
def person_noun(low: str) -> bool:
    """A noun for a person by what they do or are: a title ("lawyer"), or an agent noun by its ending ("driver",
    "agronomist", "technician", "resident"), unless a thing's, a firm's or a body's ("a tanker", "a carmaker")."""
    if low in TITLE_HEADS:
        return True
    return (len(low) >= AGENT_NOUN_MIN_LENGTH and low.isalpha() and low.endswith(AGENT_NOUN_ENDINGS)
            and low not in THING_AGENT_NOUNS and low not in ORG_DESCRIPTION_HEADS and not is_firm_head(low)
            and not _abstract_noun(low))


_person_noun = person_noun  # the old private name, still used here and imported elsewhere


def _person_plural(low: str) -> bool:
    """A common plural of a noun for a person ("residents", "protesters", "villagers"; `common_plurals`): before one
    name with an age, a group's word, as "Residents Suharti, 60, said" names Suharti."""
    return low.endswith("s") and low in common_plurals() and _person_noun(low[:-1])
_AGE_AFTER = re.compile(r",[ \u00a0]+(\d{1,3})(?:[,;)]|\.(?!\d)|$)")  # "Jo Roe, 61, said", "said Jo Roe, 61."
_MAX_AGE = 120


# An age set off by commas after one word, the clause going on in lowercase ("Sutrisno, 58, said", "Trunoyudo, 34,
# on Monday"): one or two digits, so a score ("Persija, 2, Persib") or a count ("Gading, 450, were") is none.
_SINGLE_NAME_AGE = re.compile(r",[ \u00a0]+([1-9]\d?),[ \u00a0]+[a-z]")


# ... unless the number is one of a list's: "Bergen, 14, and Oslo, 12,", "Leeds, 2, and Wolves, 1," (counts or scores,
# a word and a number over and over), a list headed "by city:" / "in ...:", or the word follows "in/at/from".
_AGED_LIST_AFTER = re.compile(r",[ \u00a0]+\d{1,3},[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*)?"
                              r",[ \u00a0]+\d")
_AGED_LIST_BEFORE = re.compile(r"\d{1,3},[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?$")
_AGED_LIST_HEADED = re.compile(r"\b(?:in|by)[ \u00a0]+[^.:;!?\n]*:[^.;!?\n]*$")
_AGED_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|at|from)[ \u00a0]+$")


def _aged_in_a_list(body: str, tokens: list[Token], index: int) -> bool:
    """Whether a word with a number after it stands in a list of such words ("Bergen, 14, and Oslo, 12,"), under a
    heading ("Ticket sales by city: Bergen, 14,") or after a place's preposition ("Voters in Tromsø, 45,")."""
    token = tokens[index]
    before = body[max(0, token.start - 200):token.start]
    return bool(_AGED_LIST_AFTER.match(body, token.end) or _AGED_LIST_BEFORE.search(before)
                or _AGED_LIST_HEADED.search(before) or _AGED_PLACE_BEFORE.search(before))


def _aged_single_name(body: str, tokens: list[Token], index: int, lower_words: set[str]) -> bool:
    """Whether a single capitalised word is a person's name by the age written after it ("Sutrisno, 58, said",
    "A fisherman, Sutrisno, 58,"): places, firms and plain words take no age, so a word the article writes in
    lowercase too, a function word, a weekday or month, an adverb, a place, a country or a body's word is none."""
    token = tokens[index]
    return bool(_SINGLE_NAME_AGE.match(body, token.end)) and not (
        token.acronym or token.initial or token.low in lower_words or token.low in FUNCTION_WORDS
        or token.low in DAYS_MONTHS or _adverb(token.low) or token.low in PLACES or token.low in ORG_WORDS
        or _country_of_word(token.low) or _aged_in_a_list(body, tokens, index))


def _described_as_person(body: str, tokens: list[Token], last: int) -> bool:
    """ "X, a driver, agreed", "X, an agronomist at Y, said", "X, a 54-year-old fisherman,": the name is set off
    by "a"/"an" and a noun for a person (`_person_noun`) that no firm is called by too, or by an age ("Jordan Roe, 23, of Leeds"); evidence
    that a name whose first word is also a weekday, a country or an everyday word ("Sunday", "Jordan", "Will")
    is a person's."""
    age = _AGE_AFTER.match(body, tokens[last].end)
    if age and 0 < int(age.group(1)) < _MAX_AGE:
        return True
    if body[tokens[last].end:tokens[last].end + 2] != ", " or last + 2 >= len(tokens):
        return False
    if tokens[last + 1].low not in ("a", "an"):
        return False
    for index in range(last + 2, min(last + 7, len(tokens))):
        token = tokens[index]
        closing = body[token.end:token.end + 1] in (",", ".", ";", ")", "")
        following = tokens[index + 1].low if index + 1 < len(tokens) else ""
        if closing or following in _DESCRIPTION_ENDS:
            # a job firms share ("a distributor", "a wholesaler", `lexicon.JOB_OR_FIRM_HEADS`) describes a firm as
            # often: as it heads no apposition role, it vouches for no person here either
            return not token.capital and _person_noun(token.low) and token.low not in JOB_OR_FIRM_HEADS
        if not _SPACE_GAP.match(body[token.end:tokens[index + 1].start] if index + 1 < len(tokens) else " "):
            return False
    return False


def _name_tokens(body: str, tokens: list[Token], run: list[int], given_cache: dict[str, bool],
                 lower_words: set[str]) -> list[list[int]]:
    """Split a run into name segments, dropping titles, function words and dates."""
    segments: list[list[int]] = [[]]
    # (whether the word is a function or date word is asked once per word, and the rules that keep one in a name
    # only for such words: most words of a run are neither, and go straight to the compound check)
    for position, index in enumerate(run):
        token = tokens[index]
        if token.low in _DATE_WORDS and _date_given_name(token) and _weekday_given(tokens, run, position, lower_words):
            segments[-1].append(index)  # "Sunday Adeyemi", "Jan Kowal": a weekday or month as a given name
            continue
        if _is_stop(token):
            if (not token.capital and segments[-1] and position + 1 < len(run)
                    and (token.low, tokens[run[position + 1]].low) in _PARTICLE_PAIRS):
                segments[-1].append(index)  # "Sophie in 't Veld": a particle pair's first word, no stop
                continue
            if _given_stop_in_name(body, tokens, run, position, segments[-1]):
                segments[-1].append(index)  # "scientist Will Marshall", "Tran Thi Thu Ha": a given name, no stop
                continue
            if _stop_surname(body, tokens, run, position, segments[-1], given_cache):
                segments[-1].append(index)  # "Del From, who founded the council,": a function word as a surname
                continue
            # "Theresa May": a month after a given name is a surname.
            # ... and so is one after a title or an honorific with no day after it ("Prime Minister May said", "Mrs
            # May", not "Parliament sits from May 5").
            month_in_name = token.low in _MONTH_SURNAMES and segments[-1] and (
                _given(tokens[segments[-1][-1]], given_cache)
                or _is_role_word(tokens[segments[-1][-1]]) and tokens[segments[-1][-1]].capital
                and not _DAY_AFTER.match(body, token.end))
            if not month_in_name and not _surname_opening(tokens, run, position):
                segments.append([])
                continue
        if "-" in token.text and _is_compound_adjective(token, lower_words, body):
            segments.append([])
        else:
            segments[-1].append(index)
    names: list[list[int]] = []
    for segment in (unit for segment in segments for unit in _repeats(tokens, segment)):
        name = _trim_name(tokens, segment, given_cache, lower_words, body) if segment else None
        if not name:
            continue
        if tokens[name[0]].headline:
            names.extend(_headline_names(tokens, name, given_cache))
        else:
            names.append(name)
    return names


def _given_stop_in_name(body: str, tokens: list[Token], run: list[int], position: int, segment: list[int]) -> bool:
    """Whether a function or date word that is also a given name ("Will", "Al", "Thu") is a name's word here:
    right after a title, opening the run before a surname ("Political scientist Will Marshall", "Senator Al
    Roe", "Councillor Will Patel"), opening a two-word name set off as a person's ("Will Power, a fisherman,"), or inside a family-first
    name ("Tran Thi Thu Ha"); never before a number ("Thu 4 March")."""
    token = tokens[run[position]]
    if not token.capital or token.acronym or not is_given_name(token.low) or _DAY_AFTER.match(body, token.end):
        return False
    if position + 1 >= len(run):
        return False
    following = tokens[run[position + 1]]
    if (position == 0 and len(run) == 2 and following.capital and _is_stop(following)
            and (_PERSON_CLAUSE_AFTER.match(body, following.end) or _described_as_person(body, tokens, run[1])
                 or _stop_name_spoken(body, tokens, run))):
        return True  # "Del From, who founded ...": both words function words, the name set off as a person's
    if (not following.capital and following.low in PATRONYMIC_PARTICLES and position + 2 < len(run)
            and (not segment or tokens[segment[-1]].low in HONORIFICS and segment[-1] == run[position - 1])):
        return True  # "Said bin Sultan Roe", "Engr. Said bin Hamad Roe": a given name before "son of"
    if not following.capital or _is_stop(following) or following.acronym:
        return False
    if segment:
        if (not token.headline and all(_is_role_word(tokens[i]) or tokens[i].capital for i in segment)
                and (_title(tokens[segment[-1]]) or tokens[segment[-1]].low in HONORIFICS)
                and segment[-1] == run[position - 1]
                and _SPACE_GAP.match(body[tokens[segment[-1]].end:token.start])):
            return True  # "Councillor Will Patel said", "Fisheries Minister Per Aaslund said": a capitalised title
            # right before it in the run, maybe after its portfolio (not in a title-case line: "Governor Will Review
            # Plan")
        # the name's words so far are the segment's after its opening titles, honorifics and portfolio words: a
        # rank or a portfolio is no name word ("Deputy Minister Tran Thi Thu Ha", "Minister of Agriculture and
        # Environment Nguyen Thi Thu Ha")
        opening = 0
        while opening < len(segment) and (_is_role_word(tokens[segment[opening]])
                                          or tokens[segment[opening]].low in ROLE_MODIFIERS):
            opening += 1
        words = [tokens[i].text for i in segment[opening:]] + [token.text, following.text]
        return len(words) > 2 and family_first(words)
    if position > 0:
        return False
    if len(run) == 2 and (_described_as_person(body, tokens, run[1])
                          or _SPEECH_BEFORE.search(body[max(0, token.start - 12):token.start])):
        return True  # "Will Power, a fisherman, said", "said Per Olsen"
    before = run[0] - 1
    return (before >= 0 and _title(tokens[before]) and not tokens[before].capital
            and bool(_SPACE_GAP.match(body[tokens[before].end:token.start])))


_PERSON_CLAUSE_AFTER = re.compile(r",[ \u00a0]+(?:who|whose)\b")
# A speech verb right after a name, an age set off before it ("Al From said", "Al From, 70, told").
_SPEECH_RIGHT_AFTER = re.compile(r"(?:,[ \u00a0]+\d{1,3},)?,?[ \u00a0]+(?:"
                                 + speech_verbs.alternation(speech_verbs.NAME_BEFORE_VERB) + r")\b")


def _stop_name_spoken(body: str, tokens: list[Token], run: list[int]) -> bool:
    """Whether a two-word run closed by a function word ("Al From") is set off as a person's by speech or a job:
    a speech verb right after it ("Al From said") or right before it ("said Al From"), or a lowercase person's
    noun right before it ("party veteran Al From"). "From here the road climbs" has none of them."""
    first, last = tokens[run[0]], tokens[run[-1]]
    if _SPEECH_RIGHT_AFTER.match(body, last.end) or _SPEECH_BEFORE.search(body[max(0, first.start - 30):first.start]):
        return True
    before = run[0] - 1
    return (before >= 0 and not tokens[before].capital and tokens[before].low.isalpha()
            and (_title(tokens[before]) or _person_noun(tokens[before].low))
            and bool(_SPACE_GAP.match(body[tokens[before].end:first.start])))


def _stop_surname(body: str, tokens: list[Token], run: list[int], position: int, segment: list[int],
                  given_cache: dict[str, bool]) -> bool:
    """Whether a capitalised function word closing a run is the surname of the given name before it ("Del From,
    who founded ...", "Jo In, a nurse,"): only with a person's clause or description set off right after it."""
    token = tokens[run[position]]
    if (position != len(run) - 1 or len(segment) != 1 or not token.capital or token.sentence_start
            or not _is_stop(token) or token.low in DAYS_MONTHS or not _given(tokens[segment[0]], given_cache)):
        return False
    return (bool(_PERSON_CLAUSE_AFTER.match(body, token.end)) or _described_as_person(body, tokens, run[position])
            or len(run) == 2 and _stop_name_spoken(body, tokens, run))


def _surname_opening(tokens: list[Token], run: list[int], position: int) -> bool:
    """Whether a function word ("Do", "Le") opens a family-first name with the rest of the run: "Lieutenant
    General Do Van Hoa" (a Vietnamese surname, then given syllables), not "Do Americans care"."""
    opener = tokens[run[position]]
    if opener.low not in FAMILY_FIRST_SURNAMES:
        return False
    words: list[Token] = []
    for index in run[position + 1:position + 4]:
        token = tokens[index]
        if not token.capital or _is_stop(token) and token.low not in DAYS_MONTHS:
            break  # a function word or an adverb ends the name; a date word may be a syllable ("Thu")
        words.append(token)
    cut = next((at for at, token in enumerate(words) if _is_stop(token)), len(words))
    if cut and family_first([opener.text, *(token.text for token in words[:cut])]):
        return True
    # a Vietnamese name of four one-syllable words may hold a word that is a date word too ("Do Thi Thu Ha":
    # "Thu"), outside a title-case line
    return (len(words) == 3 and not opener.headline and not any(token.acronym or token.headline for token in words)
            and family_first([opener.text, *(token.text for token in words)]))


def _repeats(tokens: list[Token], segment: list[int]) -> list[list[int]]:
    """A segment that is one name written again and again ("Sarah Lyon Sarah Lyon Sarah Lyon", as a page's
    author widgets run together) read as its first copy, which the furniture rules judge like a name written
    once ("By Sarah Lyon"); any other segment as it is."""
    if len(segment) < 4:
        return [segment]  # too short to hold a name twice
    words = [tokens[i].low for i in segment]
    for period in range(2, len(words) // 2 + 1):
        if len(words) % period == 0 and all(words[i] == words[i % period] for i in range(period, len(words))):
            return [segment[:period]]
    return [segment]


# Every word `_date_given_word` may accept: `_name_tokens` asks the set first, as most words of a run are neither.
_DATE_WORDS = frozenset(WEEKDAY_GIVEN_NAMES) | DAYS_MONTHS


@lru_cache(maxsize=16384)  # (asked of every word of every run: 256 entries were evicted within an article)
def _date_given_word(low: str) -> bool:
    return low in WEEKDAY_GIVEN_NAMES or low in DAYS_MONTHS and is_given_name(low)


def _date_given_name(token: Token) -> bool:
    """A weekday or month that is a given name too ("Sunday", "June", "Jan"), written without an abbreviation's
    full stop ("Jan. 5" is a date)."""
    return _date_given_word(token.low) and not token.text.endswith(".")


def _date_needs_evidence(low: str) -> bool:
    """Whether a name opened by a date word needs a title, apposition or speech verb: a weekday or a month
    written in full is an everyday capitalised word ("Sunday Times", "June Report"); an abbreviation written
    without its full stop before a surname is the given name ("Jan Kowal", "Jun Park")."""
    return _date_given_word(low) and len(low) > 3


def _weekday_given(tokens: list[Token], run: list[int], position: int, lower_words: set[str]) -> bool:
    """Whether the date word at `run[position]` opens a name: a surname-like word follows ("Sunday Adeyemi"), and
    no date word of its sentence leads to it ("on Monday", "last Friday", "in Jan"); within a run only after a
    title ("Governor Monday X")."""
    if position + 1 >= len(run):
        return False
    after = position + 1
    while after + 1 < len(run) and tokens[run[after]].low in NAME_PARTICLES and not tokens[run[after]].capital:
        after += 1  # "Jan de Vries", "Jan van den Broek": the surname after its particles
    following = tokens[run[after]]
    if (_is_stop(following) or following.acronym or following.low in lower_words
            or following.low in ORG_WORDS and following.low not in _SOFT_ORG  # "April Hall said": a family's word
            or following.low in PLACES or following.low in DAYS_MONTHS):
        return False
    if position > 0:
        return _title(tokens[run[position - 1]]) or tokens[run[position - 1]].low in HONORIFICS  # "Dr Sunday Roe"
    before = run[0] - 1
    # a lead ending the sentence before leads to no date ("... paid since. Jun Maderal, who")
    return before < 0 or tokens[before].low not in DATE_LEADS or tokens[run[0]].sentence_start


def _address_word(token: Token) -> bool:
    """A word of a style of address or a title ("Right", "Honourable", "Member", "Lord", "Chief", "Justice")."""
    low = token.low
    return (low in HONORIFIC_STYLES or low in HONORIFIC_STYLE_OWNERS or low in STYLE_ADDRESSEES
            or low in HONORIFICS or low in ADDRESS_TITLES or _is_role_word(token))


# "H.E." (His or Her Excellency), written like two initials.
_EXCELLENCY = frozenset({"h.e", "h.e."})


def _full_name_after_acronym(tokens: list[Token], name: list[int], given_cache: dict[str, bool]) -> bool:
    """Whether the words after an acronym inside a description (a word before it: "Former Navy SEAL Dax Hollern",
    "Army RN Talia Brandt"; `_trim_name` asks) are a person's full name: a known given name, then one or two
    capitalised words, none an organisation's or a place's word ("NASA Goddard Space Flight Center", "BBC
    Scotland")."""
    rest = name[1:]
    return (2 <= len(rest) <= 3 and _given(tokens[rest[0]], given_cache)
            and all(tokens[i].capital and not tokens[i].acronym and tokens[i].low not in ORG_WORDS
                    and not _country_of_word(tokens[i].low) for i in rest))


_ELIDED_GAPS = ("' ", "\u2019 ")


def _trim_name(tokens: list[Token], segment: list[int], given_cache: dict[str, bool],
               lower_words: frozenset[str] | set[str] = frozenset(), body: str = "") -> list[int] | None:
    """The name inside a segment: after its last title, without leading modifiers or trailing run-on words;
    None when what is left is not a name (an organisation such as "CREDO Action", a title alone)."""
    if len(segment) == 1:
        return _trim_word(tokens[segment[0]], segment, given_cache)
    split = -1
    if (segment[0] > 0 and tokens[segment[0]].low in HONORIFIC_TAILS
            and len(segment) > (2 if tokens[segment[0]].low in HONORIFIC_TAILS_GIVEN_TOO else 1) and body
            and tokens[segment[0] - 1].low in HONORIFICS
            and body[tokens[segment[0] - 1].end:tokens[segment[0]].start] in _ELIDED_GAPS):
        split = 0  # "Dato' Sri Ana Roe", "Dato' Sri Anwar": the honorific's apostrophe cut the segment before its
        # second word ("Dato' Amar Singh" is Mr Amar Singh: a tail that is a given name too needs two words after)
    for position, index in enumerate(segment[:-1]):
        token, following = tokens[index], tokens[segment[position + 1]]
        if ((token.low in HONORIFICS or token.low in HONORIFIC_HEADS) and following.low in HONORIFIC_TAILS
                and position + (3 if following.low in HONORIFIC_TAILS_GIVEN_TOO else 2) < len(segment)):
            split = position + 1  # "Datuk Seri Anwar Roe", "Tan Sri Azman Roe": an honorific of two words
            continue
        if ((token.low in HONORIFICS or _is_role_word(token)) and position > 0
                and tokens[segment[position - 1]].low in PATRONYMIC_PARTICLES):
            continue  # "Siti Aminah binti Haji Yusof", "Said bin Sultan al-Busaidi": the father's honorific or a
            # name that is a title word too, inside the name
        if (token.low in SURNAME_HONORIFICS and position > 0 and not _is_role_word(tokens[segment[position - 1]])
                and tokens[segment[position - 1]].low not in HONORIFICS
                and tokens[segment[position - 1]].low not in HONORIFIC_HEADS):
            continue  # "Wong Hon Wai", "Chan Hon Yin": an undotted honorific that families bear, after a name's word
            # and before another, is a word of the name ("Minister Hon Jo Roe", "Hon. Jo Roe" stay honorifics)
        if token.low in _EXCELLENCY and not position + 2 < len(segment):
            continue  # "H.E. Bates", "curator H.E. Lim": initials; a style only before more than one name word
            # ("H.E. Ahmed Al Mansouri", "H.E. Wang Lei", "H.E. Tsehay Worku": a given name the list may lack)
        if (token.low in HONORIFICS and not (following.initial and len(token.low.rstrip(".")) == 1)
                and following.low not in HONORIFICS and following.low not in ADDRESS_TITLES):
            split = position  # "Mr. King", "Ms. White": after an honorific comes the name, title word or not
            continue
        if (position > split + 1 and _given(tokens[segment[position - 1]], given_cache)
                and not _given(following, given_cache)):
            continue  # "Howard Dean Tells": a title word after a given name is a surname
        if (_is_role_word(token) and not _is_role_word(following) and not following.acronym
                and following.low not in NAME_SUFFIXES and not following.initial
                and not (following.low in PATRONYMIC_PARTICLES and not following.capital)  # "Sultan bin Roe"
                and (following.low not in ROLE_MODIFIERS or _given(following, given_cache))):
            split = position
    name = segment[split + 1:]
    if (split >= 0 and len(name) > 2 and _is_role_word(tokens[segment[split]]) and tokens[segment[split]].capital
            and tokens[name[0]].low in _COMPASS_REGIONS and not _given(tokens[name[0]], given_cache)
            and _name_after_region(tokens, name[1:])):
        name = name[1:]  # "Commissioner Western Ana Roe", "Director Central Jo Roe": the region the title covers
        # (a division's), then the name; "Commissioner West" alone, or "Western Roe Group", stays as it was
    if any(tokens[index].low in HONORIFIC_STYLES for index in segment) and all(
            _address_word(tokens[index]) for index in segment):
        return None  # "Right Honourable Lord Chief Justice", "Honourable Member": a form of address, no name
    while len(name) > 1 and (tokens[name[0]].low in HONORIFIC_STYLES or tokens[name[0]].low in HONORIFIC_STYLE_OWNERS
                             and tokens[name[1]].low in HONORIFIC_STYLES):
        name = name[1:]  # "Right Honourable Ann Roe": the style of address before the name
    while len(name) > 2 and tokens[name[0]].low in STYLE_ADDRESSEES and tokens[segment[0]].low in HONORIFIC_STYLES:
        name = name[1:]  # "Honourable Member Jo Roe"
    while len(name) > 1 and not _given(tokens[name[0]], given_cache) and (
            tokens[name[0]].low in ROLE_MODIFIERS or _title(tokens[name[0]])
            or _country_of_word(tokens[name[0]].low)) and not _country_given_name(tokens, name, split) and not (
            _fathered_given(tokens, name)):
        name = name[1:]
    body_end = next((p for p in range(len(name) - 3, 0, -1)
                     if (tokens[name[p]].low in ORG_WORDS and tokens[name[p]].low not in _SOFT_ORG
                         or tokens[name[p]].low in OFFICE_SUBJECTS or tokens[name[p]].low in OFFICE_BODY_WORDS)
                     and not _given(tokens[name[p]], given_cache) and _given(tokens[name[p + 1]], given_cache)), None)
    if body_end is not None:
        name = name[body_end + 1:]  # "(Director of the) Riverside Water Authority Jana Kolar", "(Chairman of the)
        # Rice Board Amara Okonkwo": a body, then the name
    if (len(name) > 3 and name[0] == segment[0] and segment[0] > 0 and tokens[segment[0] - 1].low == "of"
            and not tokens[segment[0] - 1].capital
            and (tokens[name[0]].low in ORG_WORDS and tokens[name[0]].low not in _SOFT_ORG
                 or tokens[name[0]].low in OFFICE_BODY_WORDS)
            and not _given(tokens[name[0]], given_cache) and family_first([tokens[i].text for i in name[1:]])):
        name = name[1:]  # "(Member of) Parliament Tan Wei Ling": a title's body, then a family-first name
    while len(name) > 1 and tokens[name[0]].low in OFFICE_SUBJECTS and not _given(tokens[name[0]], given_cache):
        name = name[1:]  # "(Secretary for Roads and) Harbours Lau Ka-yee": the office's word, not the name's
    while len(name) > 1 and (tokens[name[0]].acronym or tokens[name[0]].low in ROLE_MODIFIERS and not (
            len(name) > 2 and _given(tokens[name[0]], given_cache) and tokens[name[1]].low in NAME_PARTICLES)):
        # "Marine Le Pen": a modifier that is a given name opens the name when a surname's particle follows it
        # ("Marine Atlantic" is a firm, "Marine John Roe" a soldier).
        if (split < 0 and tokens[name[0]].acronym and not _country_of_word(tokens[name[0]].low)
                and not (name[0] != segment[0] and _full_name_after_acronym(tokens, name, given_cache))):
            return None  # "CREDO Action", "NBC News": an acronym opens an organisation's name
        name = name[1:]
    if len(name) == 1 and tokens[name[0]].acronym:
        return None
    # "Westlander Jo Roe", "Wife Ana Roe": a word before a given name that is not one itself; but the word right
    # after a title opens the name ("Ambassador Zoltar Karim Nassar": a given name the list lacks).
    if (len(name) > 2 and (not _given(tokens[name[0]], given_cache) or tokens[name[0]].low in RELIGIOUS_KIN_STYLES)
            and _given(tokens[name[1]], given_cache)
            and not (split >= 0 and name[0] == segment[split + 1]
                     and (_title(tokens[segment[split]]) or tokens[segment[split]].low in HONORIFICS))
            and not (split < 0 and name[0] == segment[0] and segment[0] > 0 and _title(tokens[segment[0] - 1])
                     and tokens[segment[0] - 1].end + 1 == tokens[segment[0]].start)  # "leader Thandar Myint Aung"
            and tokens[name[1]].capital  # "Rassie van der Merwe": a lowercase particle is no given name
            and not family_first([tokens[i].text for i in name])
            and not burmese_name([tokens[i].text for i in name])  # "Min Aung Hlaing": no family name, no descriptor
            and tokens[name[0]].low not in NAME_PARTICLES and tokens[name[0]].low not in NAME_PREFIXES
            and tokens[name[0]].low not in PLACE_PREFIXES
            and not tokens[name[0]].initial and f"{tokens[name[0]].low} {tokens[name[1]].low}" not in PLACES
            and (_explained_lead(tokens[name[0]], lower_words)
                 or not (_place_backed(tokens, name) or _set_off_after_office(body, tokens, name)))):
        name = name[1:]
    elif (len(name) > 2 and tokens[name[0]].low in INFORMAL_DEMONYMS and _given(tokens[name[1]], given_cache)
            and tokens[name[1]].capital):
        name = name[1:]  # "Tory Emma Vance", "Brit Tom Hale": a demonym that is also a given name
    elif ((len(name) > 2 or len(name) == 2 and _SINGLE_NAME_AGE.match(body, tokens[name[1]].end))
          and tokens[name[0]].sentence_start and not tokens[name[0]].possessive
            and (_person_noun(tokens[name[0]].low) or len(name) == 2 and _person_plural(tokens[name[0]].low)
                 or tokens[name[0]].low in PERSON_TIE_NOUNS)
            and not _given(tokens[name[0]], given_cache) and tokens[name[0]].low not in PLACES and f"{tokens[name[0]].low} {tokens[name[1]].low}" not in PLACES
            and all(tokens[i].capital and tokens[i].low not in NAME_PARTICLES for i in name[1:])
            and not (split >= 0 and name[0] == segment[split + 1])):
        name = name[1:]  # "Resident Ana Tepa said": a noun for a person opening the sentence, then a name the
        # given-name list lacks (its capital is the sentence's, as in "Farmer Jo Roe"); a tie noun too
        # ("Neighbour Hope Kamara said": `kin.PERSON_TIE_NOUNS`, not one a body is as often, "Employer"); or one word
        # with an age ("Resident Tepa, 41, said", as "Sutrisno, 58," alone is a person's; "Residents Tepa, 41, and")
    while name and (tokens[name[0]].low in HEADLINE_VERBS or len(tokens[name[0]].low) >= 6
                    and tokens[name[0]].low.endswith("ed") and not _given(tokens[name[0]], given_cache)) and not (
            len(name) > 1 and is_given_name(tokens[name[0]].low) and (
                split >= 0 and name[0] == segment[split + 1] and tokens[segment[split]].low in HONORIFICS
                or _is_stop(tokens[name[0]]))):
        name = name[1:]  # "Representative Thanked Clinton": a name never opens with a verb (but an honorific's
        # next word is a name's, "Engr. Said bin Hamad Roe", and so is a function word `_name_tokens` kept as a
        # given name, "Said Hamdan, a fisherman,")
    opens_with_given = bool(name) and _given(tokens[name[0]], given_cache)
    for position in range(2 if opens_with_given else 1, len(name)):
        if _runs_on(tokens[name[position]], given_cache, lower_words, _given(tokens[name[position - 1]], given_cache)
                    or position == 1 and _inner_name_word(tokens, name, position, lower_words)):
            name = name[:position]  # "X Y Joins Growing List", "X Y Commits $25 Million"
            break
    while name and (tokens[name[-1]].acronym or tokens[name[-1]].low in NAME_PARTICLES or tokens[name[-1]].initial):
        name = name[:-1]
    if len(name) > 2 and f"{tokens[name[-2]].low} {tokens[name[-1]].low}" in PLACES:
        name = name[:-2]  # "President Obama White House"
    if not name or all(tokens[i].initial or tokens[i].low in NAME_SUFFIXES for i in name):
        return None
    if split >= 0 and len(name) == 1 and tokens[name[0]].low in FIRM_NAME_TAILS and tokens[name[0]].low.endswith("s"):
        return None  # "Princess Cruises": a firm's plural last word after a title is no surname
        # ("Senator Banks", "Commissioner Gates" stay people: no firm's word)
    after_honorific = split >= 0 and tokens[segment[split]].low in HONORIFICS
    if not after_honorific and all(_is_role_word(tokens[i]) or len(name) > 1 and tokens[i].low in ROLE_MODIFIERS
                                   for i in name):
        return None  # a title alone
    return name


# A comma and spaces, the only gap an apposition's name has after its office.
_APPOSITION_GAP = re.compile(r",[ \u00a0]+$")


def _name_after_region(tokens: list[Token], name: list[int]) -> bool:
    """Whether the words after a title's compass region read as a person's name ("Commissioner Western Ana Roe"):
    two capitalised words, the first no city ("Manager Western Sydney Wanderers") and neither an organisation's
    word nor a common plural (a club's "Wanderers"); in "Governor Central Java Ana Roe" the compass word opens a
    region of its own ("Central Java"), no title's region."""
    return (len(name) == 2 and fold_place(tokens[name[0]].low) not in city_countries()
            and all(tokens[i].capital and tokens[i].low not in ORG_WORDS and tokens[i].low not in common_plurals()
                    for i in name))


def _set_off_after_office(body: str, tokens: list[Token], name: list[int]) -> bool:
    """Whether a name is set off by commas right after an office ("Deputy Minister of Transport, Mwila Chanda
    Banda, led", "the council's Chair, Tendai Rudo Moyo, said"): the office's last word, a title or an office's
    subject, then a comma, the name and a comma. Such an apposition is all name, so an unknown first word is a
    given name the list lacks, not a word said of the person ("the winner, Westlander Jo Roe, said" has no office
    before it; "Minister Westlander Jo Roe" no commas). A word's shape tells no demonym from a given name the list
    lacks ("Velmoran Jo Roe" and "Shaaban Hassan Roe" alike), so an unknown first word stays the name's."""
    first, last = tokens[name[0]], tokens[name[-1]]
    if not body or name[0] == 0 or not body.startswith(",", last.end):
        return False
    before = tokens[name[0] - 1]
    return (bool(_APPOSITION_GAP.search(body, before.end, first.start)) and before.capital
            and (_title(before) or before.low in OFFICE_SUBJECTS))


def _fathered_given(tokens: list[Token], name: list[int]) -> bool:
    """Whether the name's first word, a title word too, is its given name before "son of" ("(Prince) Sultan bin
    Salman Roe", "Amir bin Khalid Roe"): a listed given name right before a lowercase "bin" or "ibn" and the
    father's name. "Minister bin Salman" opens with no given name."""
    return (len(name) > 2 and is_given_name(tokens[name[0]].low) and not tokens[name[1]].capital
            and tokens[name[1]].low in PATRONYMIC_PARTICLES and tokens[name[2]].capital)


# Prepositions of place before "the" and a run that make it a place's ("in the Hindu Kush Himalaya"); not "of",
# "from" or "for", whose "the" opens an epithet before a name as often ("a film of the Swede Ingmar Bergman").
_PLACE_BEFORE_THE = PLACE_PREPOSITIONS - {"of", "from"}


def _place_backed(tokens: list[Token], name: list[int]) -> bool:
    """Whether a name-shaped run is written as a place's: after a preposition of place ("Residents of Tarn Ana
    Lok", "near Ma Tin Lung") or before a place noun ("Tarn Ana Lok estate")."""
    first, last = name[0], name[-1]
    return (first > 0 and tokens[first - 1].low in PLACE_PREPOSITIONS
            or first > 1 and tokens[first - 1].low == "the" and not tokens[first - 1].capital
            and (tokens[first - 2].low in _PLACE_BEFORE_THE  # "glaciers in the Hindu Kush Himalaya"
                 # "the member countries of the Hindu Kush Himalaya": a place's kind before "of the"
                 or first > 2 and tokens[first - 2].low == "of" and tokens[first - 3].low in PLACE_OF_KINDS)
            or last + 1 < len(tokens) and tokens[last + 1].low in PLACE_NOUNS
            or last + 1 < len(tokens) and tokens[last + 1].low in PLACE_NOUNS_AFTER_THE
            and first > 0 and tokens[first - 1].low == "the")


def _explained_lead(token: Token, lower_words: frozenset[str] | set[str]) -> bool:
    """Whether a word before a given name is something said of the person, so that the name starts after it: a
    noun for a person ("Westlander", "Wife"), a nationality, an informal or regional one ("Kiwi", "Texan",
    `INFORMAL_DEMONYMS`) or a known place ("Ohio Alla Roe"), a role's modifier ("Republican") or a word the
    article also writes in lowercase, an office's word ("Social Development Oksana Roe"), or any word opening a
    sentence, whose capital says nothing ("Rival Jo Roe conceded", "Maulana Jo Roe attended"). Any other word
    opens a longer name of its own only where the run is written as a place's (`_place_backed`: "near Ma Tin
    Lung", a district)."""
    low = token.low
    return (_person_noun(low) or low in KIN_NOUNS or low in INFORMAL_DEMONYMS or low in ROLE_MODIFIERS
            or low in lower_words or bool(_country_of_word(low))
            or low in TITLE_PLURALS or low in HONORIFICS or low in ORG_WORDS or _abstract_noun(low)
            or _misspelt_title(low) or low in PLACES or token.sentence_start
            # a city of the gazetteer ("Mayor of Lviv Andriy Sadovyi"), as a known place
            or fold_place(low) in city_countries())


def _trim_word(token: Token, segment: list[int], given_cache: dict[str, bool]) -> list[int] | None:
    """`_trim_name` of a one-word segment (most of them), with the same answers: no title before it to cut, so
    the word is a name unless it is an acronym, a headline's verb, a particle, an initial, a suffix or a title."""
    if token.acronym or token.initial or token.low in NAME_PARTICLES or token.low in NAME_SUFFIXES:
        return None
    if token.low in HEADLINE_VERBS or len(token.low) >= 6 and token.low.endswith("ed") and not _given(token, given_cache):
        return None  # "Thanked": a name never opens with a verb
    return None if _is_role_word(token) else list(segment)


def _runs_on(token: Token, given_cache: dict[str, bool], lower_words: frozenset[str] | set[str] = frozenset(),
             after_given: bool = False) -> bool:
    """A word that continues a headline past the name rather than the name itself; a hyphenated word is judged by
    its last part ("Wai-ling", "Mei-ling" are given names, "Long-Awaited" runs on). A word shaped like a gerund or
    a past form right after a given name, in prose and never written in lowercase by the article, is the name's
    own ("Min Aung Hlaing"); on a title-case heading, after a surname ("Jo Roe Building", "Lundberg Shipping") or
    as a word the article writes in lowercase too, it runs on."""
    if token.low in HEADLINE_VERBS:
        return True
    last = token.low.rsplit("-", 1)[-1]
    return (len(last) >= 6 and last.endswith(("ed", "ing")) and not _given(token, given_cache)
            and (token.headline or not after_given or token.low in lower_words or last in lower_words))


def _inner_name_word(tokens: list[Token], name: list[int], position: int,
                     lower_words: frozenset[str] | set[str]) -> bool:
    """Whether a gerund-shaped word inside a name, with a surname-like word after it, is a word of the name
    ("Aviaaja Rosing Kleist", "Ana Harding Lund"), as one right after a given name is (`_runs_on`): a run that
    goes on past it into a capitalised word that is no organisation's, place's or title's word. Only the word
    right after the first one: after a first word and a surname ("Lina Corvel Racing Toyota") a name is full, and
    the -ing word opens a team's or firm's name. A last word ("Jo Roe Building", "Lundberg Shipping") or one
    before a firm's word ("Lundberg Shipping Lines", a town's or club's last word) still runs on."""
    if position + 1 >= len(name):
        return False
    following = tokens[name[position + 1]]
    return (following.capital and not following.acronym and not following.initial
            and following.low not in ORG_WORDS and following.low not in PLACES
            and following.low not in OFFICE_BODY_WORDS and following.low not in lower_words
            and following.low not in NON_PERSON_NAME_TAILS and following.low not in common_plurals()
            and not _is_role_word(following) and following.low not in NAME_SUFFIXES)


_COMPOUND_TAILS = frozenset({
    "based", "born", "led", "backed", "owned", "run", "made", "maker", "style", "era", "area", "bound", "funded",
    "linked", "allied", "aligned", "affiliated", "speaking", "controlled", "occupied", "administered", "sponsored",
    "friendly", "centric", "focused", "related", "wide", "level", "type", "like", "free", "american", "israeli",
    "russian", "style", "inspired", "leaning", "oriented", "proof", "watcher", "watchers", "firm", "company"})


def _is_compound_adjective(token: Token, lower_words: set[str], body: str | None = None) -> bool:
    """ "Texas-based", "Botox-maker": a capitalised compound whose second part is an ordinary lowercase word
    (not a name's syllable, as in "Moon Jae-in" or "Ban Ki-moon"): a compound's tail, or a word the article
    writes in lowercase on its own too ("lenders registered abroad"), not only after a hyphen ("Lee Jae-myung":
    the article's lowercase words hold "myung" from the name itself)."""
    if "-" not in token.text:
        return False
    head, dash, rest = token.text.partition("-")
    if not dash or not rest[:1].islower() or head.lower() in _LOWER_PREFIXES:
        return False
    rest = rest.lower().rstrip(".")
    if rest in _COMPOUND_TAILS:
        return True
    if len(rest) < 5 or rest not in lower_words:
        return False
    return body is None or re.search(r"(?<![\w-])" + re.escape(rest) + r"(?![\w-])", body) is not None


def _headline_names(tokens: list[Token], name: list[int], given_cache: dict[str, bool]) -> list[list[int]]:
    """In a title-case line a run may run on into the headline's words: keep a given name and one surname."""
    names: list[list[int]] = []
    rest = list(name)
    while rest:
        if _given(tokens[rest[0]], given_cache) and len(rest) > 1:
            end = 1
            while end < len(rest) - 1 and (tokens[rest[end]].initial or tokens[rest[end]].low in NAME_PARTICLES):
                end += 1
            names.append(rest[:end + 1])
            rest = rest[end + 1:]
        else:
            names.append(rest[:1])
            rest = rest[1:]
    return names


def _country_given_name(tokens: list[Token], name: list[int], split: int) -> bool:
    """Whether a country's name opening a two-word name is a given name ("Chad Roe", "Georgia Lund",
    "Spokeswoman Georgia Lindqvist", "Prime Minister Jordan Bardella"): a surname after it that is no place, body
    or title word, whether a title stands before it or not (`split`), two words and no more ("Minister Georgia
    Council members" stays no one)."""
    if len(name) != 2:
        return False
    first, last = tokens[name[0]], tokens[name[1]]
    return (is_given_name(first.low) and first.low not in ROLE_MODIFIERS and last.low not in PLACES
            and last.low not in ORG_WORDS and last.low not in TITLE_HEADS and last.low not in ROLE_MODIFIERS
            and not _country_of_word(last.low) and not last.acronym and not last.headline)


def _place_given_name(tokens: list[Token], name: list[int]) -> bool:
    """Whether a one-word place opening a two-word name is a given name ("Aden Duale", "Paris Roe"): the caller
    asks only with a title before it or its surname written alone elsewhere; the surname must be no place, body,
    title, country or common word ("Aden Port", "Paris Police")."""
    if len(name) != 2:
        return False
    first, last = tokens[name[0]], tokens[name[1]]
    return (first.low in PLACES and not first.acronym and last.low not in PLACES and last.low not in ORG_WORDS
            and last.low not in TITLE_HEADS and last.low not in ROLE_MODIFIERS and not _country_of_word(last.low)
            and not last.acronym and not last.headline and not _abstract_noun(last.low)
            and last.low not in NON_PERSON_NAME_TAILS)


def _given(token: Token, cache: dict[str, bool]) -> bool:
    """A given name: in the given-name list, and no title or honorific unless common as a name ("Dean", "Amir";
    not "Judge", "Captain"). A role modifier that is a name ("Marine") stays one: `_trim_name` drops it before
    a given name ("Marine John Roe") and keeps it before a surname's particle ("Marine Le Pen")."""
    if token.low in DOTTED_GIVEN_NAMES and token.text.endswith("."):
        return True  # a shortened given name that kept its full stop (`people._dotted_given_names`: "Ma. Lena Ortiz")
    found = cache.get(token.low)
    if found is None:
        found = ((is_given_name(token.low) or is_given_name(fold(token.low)))
                 and (is_common_given_name(token.low) or not (token.low in TITLE_HEADS or token.low in HONORIFICS))
                 and token.low not in FUNCTION_WORDS and token.low not in ORG_WORDS
                 and token.low not in PLACES and not _country_of_word(token.low))
        cache[token.low] = found
    return found
