"""Organisations by the shape of their names: which capitalised runs name a body, and which later words refer back
to one (split from `parties`, which decides the roles: who acted in an event).

A capitalised run names an organisation when it ends in a head word (`ORG_HEADS`: "High Court", "Havtind
Energy"; cut before a person's title: "BART Police Chief Ed Alvarez"), carries a legal form ("Havtind Energy ASA"),
has a head word before "of"/"for" ("University of Iceland"), or is an acronym the article defines
(`acronym_definitions`). Beyond that (`_named_by_shape`, `_described_companies`): a body's organ ("the board of
Varden", "Varden's board"), a place's local body ("Tarnby municipality"), one word taking up an organisation named
in full ("a contract with Holmsen"), a company a descriptor shows ("carmaker Varda", "Blue Harbor, the shipping
company,", "Varda opened ... The company"). `ArticleOrganisations` reads an article's organisations once, so that a
later "Westwind", "the alliance" or "the company" refers back to them. `written_counts`/`WrittenCounts` count how
often the body writes a word or capitalised run. `lower_headed_bodies` finds bodies named by a capitalised place or
name and a lower-case head ("the Varnholt water board"); `acts_as_body` tells whether the article writes a bare
name as a body ("Brannock's chief executive"); `own_board_between` finds a company's own board ("Halvex Ltd's
board"), which blocks a later "the board" from taking up a board named before.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import lru_cache

from loaders.extract.data.cities import place_country
from loaders.extract.data.clauses import OPENING_ADVERBIALS
from loaders.extract.data.dateforms import FEAST_NAMES, MONTH_KEYS, WEEKDAY_KEYS
from loaders.extract.data.eventwords import (BODY_OFFICER_TITLES, GENERIC_ACRONYMS, IRREGULAR_PAST,
                                             LOWER_CASE_BODY_HEADS, OFFICE_DEPARTMENT_WORDS, PAST_RANK_WORDS,
                                             REGION_NAME_WORDS, TARGET_VERBS, TOWN_EPITHET_WORDS,
                                             TOWN_OF_BODY_WORDS)
from loaders.extract.data.given_names import is_given_name
from loaders.extract.data.lexicon import (BODY_HEADS, FUNCTION_WORDS, ORG_WORDS, TITLE_HEADS, UNMARKED_PAST_FORMS,
                                          is_firm_head)
from loaders.extract.data.orgheads import DESCRIPTION_HEADS, FOREIGN_ORG_HEADS
from loaders.extract.data.speech_verbs import CORE as SPEECH_CORE_FORMS
from loaders.extract.data.tellerwords import BODY_APPOSITION_NOUNS
from loaders.extract.gazetteer import country_of_demonym, find_places_and_organisations

# Head words of organisation names (the last word of a capitalised run): bodies, forces and the words companies
# end their names in.
ORG_HEADS = frozenset("""
court courts authority authorities board police ministry council department government company energy shipping
industries corporation corp inc ltd llc plc group bank agency agencies union party parliament commission committee
association federation league club alliance institute university college foundation trust service services
airline airlines airways airport railway railways navy army forces command office secretariat tribunal senate
assembly congress cabinet administration municipality county network media holdings partners renewables motors
technologies systems labs laboratories centre center hospital coalition movement front society guard
fund funds bureau organisation organization directorate inspectorate exchange institution academy caucus chamber
consortium corps brigade brigades militia regiment battalion cooperative
aerospace robotics pharmaceuticals petroleum airways ventures capital enterprises brands foods logistics mining
steel electric insurance telecom communications bancorp
rail pharmacy pharma brewery distillery refinery shipyard shipyards clinic clinics utilities utility telecoms
transit mills hotels resorts
""".split())
# Head words that name the body even before another head ends its name ("Toro Fishers Cooperative Association",
# "Varn Cooperative Society"): "the cooperative" takes it up.
INNER_HEADS = frozenset("cooperative co-operative".split())
# An acronym in apposition after an organisation's head word names it ("the port workers' union HAU").
_APPOSED_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_HEAD_BEFORE = re.compile(r"\b(?-i:([a-z]+))\s+$")
# Words of a person's title written between an organisation and the person's name ("BART Police Chief Ed
# Alvarez", "Havtind Energy CEO Kjetil Brekke"), or after a possessor ("met the board's chairman"): the
# organisation is the one the person acts for.
# The heads are the lexicon's (`lexicon.TITLE_HEADS`); the qualifiers and the colloquial and plural heads here are
# the words it lacks.
TITLE_WORDS = TITLE_HEADS | frozenset("acting deputy interim former senior boss officials".split())
_CAPITALISED_RUN = re.compile(
    r"(?:[A-Z][\w’'&.-]*|(?<=\s)(?:of|for|and|de|du|la|the)(?=\s+[A-Z]))(?:\s+(?:[A-Z][\w’'&.-]*|"
    r"(?:of|for|and|de|du|la|the)(?=\s+[A-Z])))*")
_NOT_NAMES = frozenset("""
the a an this that these those it he she they we i you his her their its our in on at by for with after before
when while but and or as if monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december today yesterday mr mrs ms dr
""".split())
NOT_NAMES = _NOT_NAMES  # (public: the words no name is, read by `parties` too)

_NON_SPACE = re.compile(r"\S+")
_NOT_LAST_WORDS = frozenset({"of", "for", "and", "the", "de", "du", "la"})
_NOT_FIRST_WORDS = frozenset({"of", "and", "de", "du"})  # lower case: a run's link words, never its start


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    # (a pure function of the run's text, asked about 155 times per article and often for the same run, so the
    # offsets inside the text are kept per process, for runs of up to 256 characters: `_trim_offsets`)
    text = body[start:end]
    at, stop = _trim_offsets(text) if len(text) <= 256 else _trim_offsets.__wrapped__(text)
    return start + at, start + stop


# A sentence's opening time phrase is no part of the name the capitalised run goes on to: "Last Wednesday the Bank
# of Thailand kept ...", "Next Monday the City Council votes" (the day or month itself is in `_NOT_NAMES`; the word
# before it is dropped only before one: "Last Chance Foundation" keeps its name).
_CALENDAR_SHIFTS = frozenset({"last", "next", "early", "late", "mid", "since", "until", "from"})
_CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                             "february", "march", "april", "may", "june", "july", "august", "september", "october",
                             "november", "december"})


@lru_cache(maxsize=16384)
def _trim_offsets(text: str) -> tuple[int, int]:
    # (the words as `str.split` gives them, which splits on the characters `\s` matches; the offsets of the
    # first and last kept words found again by `find`, since only blanks lie between words: speed, as this
    # runs for every capitalised run)
    words = text.split()
    first, last = 0, len(words)
    while first < last and (words[first].lower().strip("\"'“‘(") in _NOT_NAMES or words[first] in _NOT_FIRST_WORDS
                            or (words[first].lower() in _CALENDAR_SHIFTS and first + 1 < last
                                and words[first + 1].lower().strip(",") in _CALENDAR_WORDS)):
        first += 1
    while first < last and words[last - 1].lower() in _NOT_LAST_WORDS:
        last -= 1
    if first == last:
        return 0, 0
    at = len(text) - len(text.lstrip())
    for word in words[:first]:
        at = text.find(word, at) + len(word)
    at = text.find(words[first], at)
    stop = len(text.rstrip())
    for word in reversed(words[last:]):
        stop = len(text[:text.rfind(word, 0, stop)].rstrip())
    return at, stop


# Adverbs of time that stand between a subject and its verb as "first" does ("Shelbourne last won the league",
# "the line once ran", "Varn again cancelled").
TIME_ADVERBS = ("last", "once", "again", "never", "still", "twice")
# The words of a semi-modal before "to" that stand between a subject and its verb as "will" does ("The Storting is
# set to vote", "Varn plans to sign", "the ministers are due to meet"): the subject acts in the verb after "to".
SEMI_MODALS = ("due", "set", "expected", "scheduled", "poised", "about", "going", "likely", "ready", "planning",
               "preparing", "plans", "planned", "intends", "intended",
               # (catenative verbs of intent: "the company expects to take", "the union hopes to sign")
               "plan", "intend", "expects", "expect", "hopes", "hope", "aims", "aim", "wants", "want")
_TRAILING_LINK = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are|will|would|also|first|then|later|formally|"
                            r"not|been|be|just|now|already|finally|officially|today|yesterday|tonight|earlier|"
                            + "|".join(TIME_ADVERBS) + r"|(?:" + "|".join(SEMI_MODALS) + r")\s+to|\w+ly))*\s*$",
                            re.I)


def _trim_text(run: str) -> str:
    start, end = _trim(run, 0, len(run))
    return run[start:end]


# A sentence's full stop before a line break ends a run: "at the Kestle Weather Institute.\n\nRPI: ..." is the
# institute, not "Institute. RPI" (two lower-case letters before the stop: no abbreviation such as "Co." or "D.C.").
# So does a full stop before a word that opens sentences, never a name's: "a match in Boston. The Spanish Tennis
# Federation denied" is the federation, not "Boston. The Spanish Tennis Federation" (`_SENTENCE_OPENERS`, data).
_SENTENCE_OPENERS = ("The", "A", "An", "This", "These", "That", "Those", "Its", "It", "Their", "But", "And", "On",
                     "In", "At", "After", "Before", "When", "While")
_STOP_AT_BREAK = re.compile(r"(?<=[a-z]{2})\.(?:[ \t]*\n\s*|\s+(?=(?:" + "|".join(_SENTENCE_OPENERS) + r")\s))")


def _paragraph_parts(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run [start, end) cut at each sentence end before a line break or a sentence's opening word (most runs
    hold neither)."""
    if "\n" not in body[start:end] and ". " not in body[start:end]:
        return [(start, end)]
    parts = []
    for stop in _STOP_AT_BREAK.finditer(body, start, end):
        parts.append((start, stop.start()))
        start = stop.end()
    return parts + [(start, end)]


# (the link words between a name's capitals include the foreign ones: "Petrolera Andina del Ecuador (PAE)")
_DEFINITION = re.compile(r"((?:[A-Z\u00C0-\u00DE][\w’'&.-]*\s+(?:(?:of|for|and|the|de|del|des|du|do|da|dos|das|di|della|"
                         r"y|e|et|und|la|las|los|el|le|les|van|von|der)\s+)*){1,7})\(([A-Z][A-Za-z]{1,6})\)")
# (every definition ends in this: a body without one defines nothing, and is not scanned by `_DEFINITION`; speed)
_DEFINED_ACRONYM = re.compile(r"\([A-Z][A-Za-z]{1,6}\)")

# (a legal form in brackets is one too: "Marrow Hydrogen (Pty) Ltd", "(Pvt) Ltd")
_CORPORATE_SUFFIX = re.compile(r"(?:,?\s+(?:Ltd|Inc|Corp|Co|LLC|plc|PLC|ASA|AG|SA|S\.A|GmbH|NV|N\.V|BV|AB|Oyj|SpA|Pty|"
                               r"Bhd|Limited|\((?:Pty|Pvt)\.?\))\.?)+$")


def organisation_name(name: str) -> str:
    """An organisation as people name it: without its legal form ("Havtind Energy ASA" -> "Havtind Energy")."""
    stripped = _CORPORATE_SUFFIX.sub("", re.sub(r"^(?:The|the)\s+(?=\S+\s)", "", name))  # ("The Varn weather
    # service": no article)
    return stripped if " " in stripped or stripped[:1].isupper() and len(stripped) > 2 else name


_WORD = re.compile(r"[\w’'-]+")


def written_counts(body: str) -> Counter[str]:
    """How often the body writes each word and each capitalised run (counted once per body, for look-ups)."""
    counts: Counter[str] = Counter(_WORD.findall(body))
    counts.update(_capitalised_runs(body))
    return counts


@lru_cache(maxsize=4)
def _body_runs(body: str) -> tuple[tuple[int, int], ...]:
    """The spans of `_CAPITALISED_RUN` over a whole body, scanned once per body (speed: `_capitalised_runs` and
    `organisation_names` over the whole body both read them, for the events step's counts and organisations)."""
    return tuple(match.span() for match in _CAPITALISED_RUN.finditer(body))


def _capitalised_runs(body: str) -> Counter[str]:
    """The capitalised runs of two words or more, each as `_trim_text` leaves it, counted."""
    counts: Counter[str] = Counter()
    for start, end in _body_runs(body):
        run = body[start:end]
        if " " in run:
            counts[_trim_text(run)] += 1
    return counts


class WrittenCounts(Mapping[str, int]):
    """`written_counts(body)` read key by key (`get`), as `event_actors` and the event names read it: a word is
    counted where it is looked up (its occurrences standing alone, as `findall` would split them), and the
    capitalised runs once, at the first look-up. Speed: counting every word of a body costs more than the few
    look-ups an article makes, and most articles' events look nothing up or only some names."""

    __slots__ = ("_body", "_runs", "_words")

    def __init__(self, body: str) -> None:
        self._body = body
        self._runs: Counter[str] | None = None
        self._words: dict[str, int] = {}

    def _word_count(self, key: str) -> int:
        count = self._words.get(key)
        if count is None:
            count = 0
            if key and _WORD.fullmatch(key):
                body, size = self._body, len(key)
                at = body.find(key)
                while at >= 0:
                    # a whole word: no word character just before or just after (as `_WORD` splits the body)
                    if not (at and _WORD.match(body, at - 1, at) or _WORD.match(body, at + size, at + size + 1)):
                        count += 1
                    at = body.find(key, at + 1)
            self._words[key] = count
        return count

    def get(self, key: str, default: int | None = None) -> int | None:  # type: ignore[override]
        if self._runs is None:
            self._runs = _capitalised_runs(self._body)
        count = self._word_count(key) + self._runs.get(key, 0)
        return count if count else default

    def __getitem__(self, key: str) -> int:
        return self.get(key, 0)  # as a Counter: 0 for a key never written

    def __iter__(self) -> Iterator[str]:
        return iter(written_counts(self._body))

    def __len__(self) -> int:
        return len(written_counts(self._body))


def acronym_definitions(body: str) -> dict[str, str]:
    """'Land Transport Authority (LTA)' -> {'LTA': 'Land Transport Authority'}: organisations' acronyms the
    article defines (the name ends in an organisation word and its initials start with the acronym's letter, or
    its initials spell the acronym of three letters or more: "Brenn Harbour Pilots (BHP)")."""
    found: dict[str, str] = {}
    if not _DEFINED_ACRONYM.search(body):
        return found
    for match in _DEFINITION.finditer(body):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group(1).strip())
        acronym = match.group(2)
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        words = name.split()
        if initials and initials[0] == acronym[0] and len(initials) >= 2 and (
                words[-1].lower() in ORG_HEADS or (len(acronym) >= 3 and initials == acronym)
                or (words[0].lower() in ORG_HEADS and len(words) >= 3 and words[1] in ("of", "for"))):
            # (a head word opening the name before "of" makes it a body whatever its acronym: "Federation of
            # Upland Growers (Fedup)")
            found.setdefault(acronym, name)  # (whatever its last word, a name whose capitals spell the acronym)
    return found


# (the second letter of an acronym in apposition, `_APPOSED_ACRONYM`: one word whose second character is none of these,
# in an article that defines no acronym, is no organisation's name)
_ACRONYM_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ&")


def organisation_names(body: str, low: int, high: int, people: list[tuple[int, int]],
                       acronyms: dict[str, str]) -> list[tuple[int, int, str]]:
    """Capitalised runs in [low, high) that name an organisation: ending in an organisation head word, or
    an acronym the article defines (named by its full name). People's spans are left out; a run that runs
    into a person's name is read up to the person's title ("Interim BART Police Chief Ed Alvarez"). `people`
    is sorted by start."""
    global _LAST_WHOLE_BODY
    whole = low == 0 and high == len(body)
    if whole:
        key = (tuple(people), tuple(acronyms.items()))
        last_body, last_key, last_found = _LAST_WHOLE_BODY
        if (last_body is body or last_body == body) and last_key == key and body:
            return list(last_found)
    found = []
    people_starts = [a for a, _ in people]
    runs = _body_runs(body) if whole else (
        match.span() for match in _CAPITALISED_RUN.finditer(body, low, high))
    for run_start, run_end in runs:
        for part in _paragraph_parts(body, run_start, run_end):
            start, end = _trim(body, *part)
            if end <= start or not acronyms and (end - start < 2 or body[start + 1] not in _ACRONYM_SECOND) and len(
                    body[start:end].split()) == 1:
                continue  # (speed: an empty run, or one word that can be no acronym, names nothing: `_run_organisations`)
            for start, end in _personal_parts(body, start, end, people, people_starts):
                found.extend(_run_organisations(body, start, end, people, people_starts, acronyms))
    foreign = list(_foreign_organisations(body, low, high, people, people_starts))
    if foreign:  # (a foreign name read whole wins over the parts of it read as runs)
        found = sorted([f for f in found if not any(a < f[1] and f[0] < b for a, b, _ in foreign)] + foreign)
    if whole:
        _LAST_WHOLE_BODY = (body, key, tuple(found))
    return found


# The last whole body's names (speed: the article's organisations and its bodies both read the whole body with the
# same people and acronyms). One entry, replaced whole.
_LAST_WHOLE_BODY: tuple[str, tuple, tuple[tuple[int, int, str], ...]] = ("", (), ())


# A name opened by a foreign organisation head word (`orgheads.FOREIGN_ORG_HEADS`), after an article or not, going
# on with capitalised words and the link words between them: "Universidad de los Llanos", "Cooperativa Textil
# Santa Rita", "Ministerio de Economía y Finanzas".
_FOREIGN_LINK = (r"(?:de|del|des|du|di|della|delle|degli|do|da|dos|das|der|für|van|voor|y|e|et|und|la|las|los|el|le|"
                 r"les|il|l['’])")
_FOREIGN_ORG = re.compile(r"(?<![\w’'-])(?:(?:An|El|La|Le|Il|Die|Der|Het)\s+)?([A-Z\u00C0-\u00DE][\w’'-]+)((?:\s+(?:"
                          + _FOREIGN_LINK + r"\s+)*[A-Z\u00C0-\u00DE][\w’'&-]*)+)")


def _foreign_organisations(body: str, low: int, high: int, people: list[tuple[int, int]], people_starts: list[int]
                           ) -> Iterator[tuple[int, int, str]]:
    for match in _FOREIGN_ORG.finditer(body, low, high):
        if match.group(1).lower() not in FOREIGN_ORG_HEADS:
            continue
        start, end = match.start(), match.end()
        if _first_overlap(people, people_starts, start, end) is None:
            yield start, end, body[start:end]


def head_words(name: str) -> list[str]:
    """The English head words an organisation's name is taken up by: its last word when it is a head ("the
    authority" for Brenn Harbour Authority), its first when it opens the name ("the department" for Department of
    Coastal Affairs), or the translation of a foreign head ("the university" for Universidad de los Llanos)."""
    words = name.split()
    if len(words) < 2:
        return []
    heads = [words[-1].lower()]
    first = words[1] if words[0] in ("An", "El", "La", "Le", "Il", "Die", "Der", "Het") else words[0]
    first = first.lower()
    if first in ORG_HEADS and words[1:2] and first not in heads:
        heads.append(first)
    if first in FOREIGN_ORG_HEADS and FOREIGN_ORG_HEADS[first] not in heads:
        heads.append(FOREIGN_ORG_HEADS[first])
    # ... or a body's head written before its last head ("the cooperative" for Toro Fishers Cooperative Association)
    if len(words) >= 3 and words[-2].lower() in INNER_HEADS and words[-2].lower() not in heads:
        heads.append(words[-2].lower())
    # ... or the head before its first "of" after a qualifier ("the ministry" for Czech Ministry of Industry)
    if "of" in words[2:]:
        before_of = words[words.index("of", 2) - 1].lower()
        if before_of in ORG_HEADS and before_of not in heads:
            heads.append(before_of)
    return heads


def _personal_parts(body: str, start: int, end: int, people: list[tuple[int, int]], people_starts: list[int]
                    ) -> list[tuple[int, int]]:
    """A run parted at 'and' after a titled person or a person's name ("Lieutenant General Le Van Hoa and
    Philippine Coast Guard"): a person and an organisation, read each on its own."""
    joint = _AND.search(body, start, end)
    if joint is None:
        return [(start, end)]
    first = body[start:joint.start()].split()
    if first and (first[0].lower() in TITLE_WORDS
                  or _first_overlap(people, people_starts, start, joint.start()) is not None):
        return [(start, joint.start())] + _personal_parts(body, joint.end(), end, people, people_starts)
    return [(start, end)]


def _run_organisations(body: str, start: int, end: int, people: list[tuple[int, int]], people_starts: list[int],
                       acronyms: dict[str, str]) -> list[tuple[int, int, str]]:
    found = []
    if end > start:
        officer = False  # whether a body's officer's title and a person's name follow the run
        person = _first_overlap(people, people_starts, start, end)
        if person is not None:
            start, end = _title_trimmed(body, start, person)
            officer = end > start and _officer_titles(body[end:person].split())
        if end > start and _POSSESSIVE_END.search(body, start, end):
            end = body.rindex("s", start, end) - 1  # "Acme Shipping's chairman": the body, not its possessive
        if end > start and not officer:
            officer = _officer_before_person(body, end, people_starts)
        run_end = end
        for start, end in _conjuncts(body, start, end) if end > start else []:
            words = body[start:end].split()
            last = words[-1].strip("’'.,").lower()
            if len(words) == 1 and words[0] in acronyms:
                found.append((start, end, acronyms[words[0]]))
            elif len(words) == 1 and _APPOSED_ACRONYM.fullmatch(words[0]) and _apposed(body, start):
                found.append((start, end, words[0]))
            elif (last in ORG_HEADS or _CORPORATE_SUFFIX.search(body, start, end) or _head_of(words)) and len(words) >= 2:
                found.append((start, end, organisation_name(body[start:end])))
            elif officer and end == run_end and _employer_name(body, start, end, words):
                # "FBX Director Karl Brenner", "Kestrel Vale CEO Ana Silva", "Brenn Civil Defence controller Karl
                # Brenner": the body the person works for, named without a head word
                found.append((start, end, organisation_name(body[start:end])))
    return found


# A body's officer's title in lower case between a name (or its possessive) and a person's: "Brenn Civil Defence
# controller Karl Brenner", "Kestrel Vale's vice-president of operations, Ana Silva," (up to three title words,
# and one "of" phrase after them).
_OFFICER_AFTER_RUN = re.compile(r"(?:['’]s)?\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:\s+of\s+[a-z]+)?,?\s+(?=[A-Z])")
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&]{1,6}")


def _officer_titles(words: list[str]) -> bool:
    """Whether `words` are a person's titles one of which is a body's officer's (`eventwords.BODY_OFFICER_TITLES`):
    "Director", "chief executive", "vice-president"; not a state's office ("Minister", "Senator")."""
    lowered = [word.lower().strip(",.") for word in words]
    return bool(lowered) and all(word in TITLE_WORDS or word in BODY_OFFICER_TITLES for word in lowered) and any(
        word in BODY_OFFICER_TITLES for word in lowered)


def _officer_before_person(body: str, end: int, people_starts: list[int]) -> bool:
    """Whether a body's officer's title in lower case, then a person's name, follow the run ending at `end`."""
    after = _OFFICER_AFTER_RUN.match(body, end)
    if after is None or not _officer_titles(after.group(1).split()):
        return False
    index = bisect_left(people_starts, after.end())
    return index < len(people_starts) and people_starts[index] == after.end()


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)[ \t]+$")  # (on the same line: not a headline's last word)


def _employer_name(body: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the words before an officer's title name a body: an acronym, or two words or more that are no title,
    no department's or rank's words only ("Finance Director"), no nationality and no place the gazetteer knows."""
    lowered = [word.strip("’'.,").lower() for word in words]
    first = re.split(r"[-‐]", lowered[0], maxsplit=1)[0]
    if first in PAST_RANK_WORDS or (first == "new" and len(words) == 2 and _ACRONYM_WORD.fullmatch(words[1])):
        return False  # "Former FBX Director", "Ex-Kestrel Vale CEO", "New FBX Director" (review of eventsR29)
    before = _WORD_BEFORE.search(body, max(0, start - 30), start)
    if before is not None and (before.group(1).lower() in PAST_RANK_WORDS or (
            before.group(1).lower() in TARGET_VERBS)):
        return False  # "The former FBX Director"; a victim's employer: "Police arrested Kestrel Vale CEO Ana Silva"
        # (not a meeting's or a hearing's other side: "grilled Wells Fargo CEO John Stumpf")
    between = _OFFICER_AFTER_RUN.match(body, end)
    if between is not None and any(word.lower() in PAST_RANK_WORDS for word in between.group(1).split()):
        return False  # "Kestrel Vale's former director, Ana Silva,"
    if any(word.strip("’'.,") in GENERIC_ACRONYMS for word in words) or any(
            word in REGION_NAME_WORDS for word in lowered) or lowered[-1] in OFFICE_DEPARTMENT_WORDS:
        return False  # "NGO director", "East Africa Director", "Kestrel Vale Sales Director"
    if len(words) == 1:
        if not _ACRONYM_WORD.fullmatch(words[0]):
            return False
    elif any(word in TITLE_WORDS or word in FUNCTION_WORDS for word in lowered) or all(
            word in OFFICE_DEPARTMENT_WORDS for word in lowered):
        return False
    if country_of_demonym(words[0]) or place_country(body[start:end]):
        return False
    return not any(hit.start == 0 and hit.end >= end - start for hit in find_places_and_organisations(body[start:end]))


def _head_of(words: list[str]) -> bool:
    """A head word followed by 'of' or 'for' and a name ("Thailand Board of Investment", "University of Iceland",
    "Office for National Statistics")."""
    if len(words) < 3 or "of" not in words and "for" not in words:
        return False
    return any(words[i + 1] in ("of", "for") and words[i].lower() in ORG_HEADS and words[i + 2][:1].isupper()
               for i in range(len(words) - 2))


def _apposed(body: str, start: int) -> bool:
    """Whether a lower-case organisation head word stands right before `start` ("the union HAU")."""
    head = _HEAD_BEFORE.search(body, max(0, start - 20), start)
    return head is not None and head.group(1) in ORG_HEADS


_AND = re.compile(r"\s+and\s+")
_POSSESSIVE_END = re.compile(r"\w['’]s$")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:Co|Corp|Inc|Ltd|Bros|Jr|Sr|St)\.)$")


def _conjuncts(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of two organisations joined by 'and' ("Havtind Energy and Daesan Shipping") split in two when the
    first part ends in an organisation word; a sentence's full stop after a name is not part of it."""
    if body[end - 1] == "." and not _ABBREVIATION.search(body, start, end):
        end -= 1
    joint = _AND.search(body, start, end)
    if joint is not None:
        first_last = body[start:joint.start()].split()[-1].strip("’'.,").lower()
        if first_last in ORG_HEADS or _CORPORATE_SUFFIX.search(body, start, joint.start()):
            return [(start, joint.start())] + _conjuncts(body, joint.end(), end)
    return [(start, end)] if end > start else []


def _first_overlap(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> int | None:
    """The start of the first of `spans` (sorted, short, not nested deeply) overlapping [start, end)."""
    index = max(0, bisect_right(starts, start) - 1)
    while index > 0 and start - starts[index - 1] < 100:
        index -= 1  # (a name starting a little earlier may still reach into the run)
    for a, b in spans[index:bisect_left(starts, end)]:
        if a < end and start < b:
            return a
    return None


def _title_trimmed(body: str, start: int, person: int) -> tuple[int, int]:
    """The organisation in a run written before a person's name: the title words after it and the
    qualifiers before it dropped ("Interim BART Police Chief" -> "BART Police"); empty when no title word
    stands between (the run is the person's name itself)."""
    words = list(_NON_SPACE.finditer(body, start, person))
    last = len(words)
    while last > 0 and words[last - 1].group(0).lower().strip(",.") in TITLE_WORDS:
        last -= 1
    if last == len(words):
        return start, start
    first = 0
    while first < last and words[first].group(0).lower() in TITLE_WORDS:
        first += 1
    if first == last:
        return start, start
    if country_of_demonym(words[first].group(0)) and any(
            word.group(0).lower().strip(",.") in _OFFICE_TITLES for word in words[last:]):
        return start, start  # "French Energy Minister Ana Silva": a country's portfolio, no body
    return _trim(body, words[first].start(), words[last - 1].end())


# A government's titles: a demonym and a portfolio before one name the office ("Hungarian Energy Minister").
_OFFICE_TITLES = frozenset({"minister", "secretary", "commissioner"})


# A company's descriptor as a sentence's subject takes up the organisation named last before it, within this many
# characters (about two sentences: further back the article has usually moved on).
_ANAPHOR_REACH = 400
# The start of a sentence right before a position (searched with the position as `endpos`): the text's start, a
# stop with its closing quotes or brackets and space, or a line break. `_SENTENCE_OPENS` is the plain one;
# `_SENTENCE_OPENING` takes a colon as a stop too, and an opening quote or bracket ("“Varnholt water board ...").
def _sentence_opening(stops: str, closers: str, openers: str = "") -> re.Pattern[str]:
    return re.compile(r"(?:^|" + stops + closers + r"\s+|\n\s*" + openers + r")$")


_SENTENCE_OPENS = _sentence_opening(r"[.!?]", r"[\"”’')]*")
_SENTENCE_OPENING = _sentence_opening(r"[.!?:]", r"[\"”’]?", r"|[\"“‘(]\s*")
# A sentence's end.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")
# The one-word capitalised subject that opens the sentence before a company's descriptor (`_DESCRIPTOR_SENTENCE`):
# the descriptor takes that name up, so it names a company.
_SENTENCE_OPENING_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w’'&-]+)\s+(?-i:[a-z]+)")

_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*")


class _LowerWords:
    """The words a body writes in lower case, read once at the first call (a set: each look-up is then constant,
    however long the body)."""

    def __init__(self) -> None:
        self._words: set[str] | None = None

    def __call__(self, body: str) -> set[str]:
        if self._words is None:
            self._words = set(_LOWER_WORD.findall(body))
        return self._words


# Month and weekday names as written in running text, from one source (`dateforms.MONTH_KEYS`, `WEEKDAY_KEYS`).
CALENDAR_NAMES = "|".join(word.capitalize() for word in MONTH_KEYS + WEEKDAY_KEYS)
# A capitalised run opening with an opening adverbial's word (`clauses.OPENING_ADVERBIALS`, the list the parties step
# reads too: "Since March", "During May") or with a preposition before a month, weekday or feast ("In June", "On
# Monday", "At Easter"): never a body's name ("Next plc", "At Home Group", "By Design" are names).
_OPENING_ADVERBIAL = re.compile(r"(?:" + "|".join(word[0].upper() + word[1:] for word in OPENING_ADVERBIALS)
                                + r"|(?:In|On|At|By|From)\s+(?:(?:early|late|mid)[\s-]+)?(?:" + CALENDAR_NAMES
                                + "|" + FEAST_NAMES + r"))\b")


def opening_adverbial(name: str) -> bool:
    """Whether a capitalised run opens with a preposition or a time word ("In June", "On Monday"): an adverbial
    opening its sentence, never a body's name (read in apposition: "In June, a textile company, ...")."""
    return _OPENING_ADVERBIAL.match(name) is not None


def _described_companies(body: str, people: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Company names the article shows by a descriptor: one word written after it ("carmaker Varda"; a name of any
    length after a word only bodies or firms are called by, "the consortium Vento Azul", where the people step kept
    no person) or taken up by it as the next sentence's subject ("Varda opened a plant in 2008. The company is now
    considering ..."), or a name of any length with the descriptor in apposition ("Blue Harbor, the shipping
    company,"); never a person, a place, a function word or one word the article also writes in lower case."""
    candidates = [(match.start(2), match.end(2)) for match in _WORD_BEFORE_NAME.finditer(body)
                  if _DESCRIPTOR_WORD.fullmatch(match.group(1))]
    # (whether such a name is a person's or the body's is the people step's decision: "the charity Nadia Fell said
    # she" is a person it kept, so a person's span here; "the consortium Vento Azul as" is a name it dropped)
    for match in _RUN_AFTER_WORD.finditer(body):
        if match.group(1) in BODY_HEADS or is_firm_head(match.group(1)):
            candidates.append(_trim(body, match.start(2), match.end(2)))
    for match in _APPOSED_DESCRIPTOR.finditer(body) if _APPOSED_DESCRIPTOR_TAIL.search(body) else ():
        candidates.append(_trim(body, match.start(1), match.end(1)))
    for match in _APPOSED_BODY.finditer(body) if _APPOSED_BODY_TAIL.search(body) else ():
        candidates.append(_trim(body, match.start(1), match.end(1)))
    for descriptor in _DESCRIPTOR_SENTENCE.finditer(body) if _DESCRIPTOR_SENTENCE_TAIL.search(body) else ():
        opening = None
        for opening in _SENTENCE_OPENING_NAME.finditer(body, max(0, descriptor.start() - 300), descriptor.start()):
            pass
        if opening is not None and not re.search(r"[.!?]\s", body[opening.end():descriptor.start() - 2]):
            candidates.append((opening.start(1), opening.end(1)))
    lower_words = _LowerWords()
    for start, end in candidates:
        word = body[start:end]
        lower = word.lower()
        if end <= start or any(a < end and start < b for a, b in people) or find_places_and_organisations(
                body, start, end):
            continue
        if " " not in word and (lower in _NOT_NAMES or lower in FUNCTION_WORDS or lower in ORG_WORDS
                                or lower in lower_words(body)):
            continue
        if _OPENING_ADVERBIAL.match(word):
            continue  # "In June, a Leeds textile company, ... wrote": a time or place opening the sentence, no name
        yield start, end, word


# A body's own patterns (`acts_as_body`): what only a body has or does, written right after its name or right
# before it ("Sinohydro's chief executive", "a spokesperson for Vento Norte", "Vento Norte said in a statement").
_BODY_OFFICERS = (r"(?:chief\s+executive|chief\s+executive\s+officer|CEO|chairman|chairwoman|chairperson|"
                  r"spokes(?:person|man|woman)|board|shareholders|headquarters|managing\s+director)")
_BODY_PATTERN_AFTER = re.compile(r"\s*(?:['’]s?\s+(?:" + _BODY_OFFICERS[3:-1] + r")\b|\s+said\s+in\s+a\s+"
                                 r"(?:written\s+)?statement\b|\s+spokes(?:person|man|woman)\b|\s+said\s+(?:that\s+)?it(?:s)?\s)")
_BODY_PATTERN_BEFORE = re.compile(r"\b" + _BODY_OFFICERS + r"\s+(?:of|for|at)\s+$")


# Every place in a body where one of the patterns fires, found once per article (`_body_pattern_anchors`): the
# positions a name may end at (before `_BODY_PATTERN_AFTER`) and those it may start at (after `_BODY_PATTERN_BEFORE`,
# whose match starts at most 40 characters back). `acts_as_body` then only tries the name at these few places.
_BODY_PATTERN_AFTER_AT = re.compile(r"(?=" + _BODY_PATTERN_AFTER.pattern + r")")
_BODY_PATTERN_BEFORE_AT = re.compile(r"(?=(" + _BODY_PATTERN_BEFORE.pattern[:-1] + r"))")


@lru_cache(maxsize=8)
def _body_pattern_anchors(body: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(name ends, name starts) where a body's own pattern follows or precedes a name in `body`."""
    ends = tuple(match.start() for match in _BODY_PATTERN_AFTER_AT.finditer(body))
    starts = set()
    for match in _BODY_PATTERN_BEFORE_AT.finditer(body):
        start = match.end(1)
        if match.start() >= start - 40:
            starts.add(start)
    return ends, tuple(sorted(starts))


def acts_as_body(body: str, name: str, people: list[tuple[int, int]] = ()) -> bool:
    """Whether the article writes `name` (a capitalised name with no head word) as a body: followed by a body's
    officer or organ in the possessive ("Sinohydro's chief executive", "Corvina Lines's board"), by its spokesperson
    or by "said in a statement", or after "spokesperson for". Never a mention inside a person's span (the people
    step's persons: "Brenner's spokesman" is a person's) nor a name the gazetteer knows as a place. A lookup at the
    article's pattern places (`_body_pattern_anchors`), not a scan of the body per name."""
    if not name or not name[:1].isupper() or find_places_and_organisations(name, 0, len(name)) or (
            len(name.split()) >= 2 and is_given_name(name.split()[0])):
        return False  # (nor a run opening with a known given name: "Keir Starmer said in a statement", round 9)
    written = re.compile(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])")
    ends, starts = _body_pattern_anchors(body)
    for start in [end - len(name) for end in ends if end >= len(name)] + list(starts):
        if not written.match(body, start):
            continue
        end = start + len(name)
        if any(a < end and start < b for a, b in people):
            continue
        return True
    return False


class ArticleOrganisations:
    """The organisations the article names by a head word, legal form or defined acronym, or as a one-word company
    a descriptor shows (`_single_companies`), and where (read once per article): a later "the board", "Westwind",
    "the alliance" or "the company" refers back to them. Looked up by first word and by head word, each a list in
    text order (a bisection finds the latest before a position)."""

    def __init__(self, body: str, people: list[tuple[int, int]], acronyms: dict[str, str]) -> None:
        self._source: tuple[str, list[tuple[int, int]], dict[str, str]] | None = (body, people, acronyms)
        self._body = body
        self._people = people
        self._described: list[tuple[int, int, str]] | None = None
        self._lower_words = _LowerWords()
        self._by_first: dict[str, tuple[list[int], list[str]]] = {}
        self._by_head: dict[str, tuple[list[int], list[str]]] = {}
        self._single: set[str] = set()  # names without a head word the article shows to be companies
        self._named: tuple[list[int], list[str]] = ([], [])  # every organisation named, in text order

    def _read(self) -> None:
        """Read the body once, at the first look-up (most articles never refer back to an organisation)."""
        if self._source is None:
            return
        body, people, acronyms = self._source
        self._source = None
        named = list(organisation_names(body, 0, len(body), sorted(people), acronyms))
        for start, _, name in sorted(named + self._described_companies()):
            self._named[0].append(start)
            self._named[1].append(name)
            words = name.split()
            if len(words) < 2:
                continue
            for table, word in [(self._by_first, words[0])] + [(self._by_head, head) for head in head_words(name)]:
                starts, names = table.setdefault(word, ([], []))
                starts.append(start)
                names.append(name)

    def _described_companies(self) -> list[tuple[int, int, str]]:
        """The companies a descriptor shows, read once (apart from the rest: `is_company` needs only these)."""
        if self._described is None:
            self._described = list(_described_companies(self._body, self._people))
            self._single.update(name for _, _, name in self._described)
        return self._described

    def described_by(self, word: str, position: int) -> str | None:
        """The company the article described by the descriptor `word` right before its name ("the carmaker Skoda
        Auto"), the last before `position`: the one "the carmaker" takes up."""
        found = None
        for start, _, name in sorted(self._described_companies() + list(self._named_runs())):
            if start >= position:
                break
            if re.search(r"\b" + re.escape(word) + r"\s+$", self._body[max(0, start - len(word) - 2):start]):
                found = name
        return found

    def _named_runs(self) -> list[tuple[int, int, str]]:
        self._read()
        return [(start, start, name) for start, name in zip(*self._named)]

    def named_before(self, position: int) -> list[tuple[int, str]]:
        """Every organisation named before `position` (`organisation_names` and the companies a descriptor shows),
        with where."""
        self._read()
        index = bisect_left(self._named[0], position)
        return list(zip(self._named[0][:index], self._named[1][:index]))

    def lower_words(self) -> set[str]:
        """The words the body writes in lower case."""
        return self._lower_words(self._body)

    def is_company(self, name: str) -> bool:
        """Whether the article shows `name` to be a company by a descriptor ("carmaker Varda", "Blue Harbor, the
        shipping company,", or "Varda opened ... The company is now considering")."""
        self._described_companies()
        return name in self._single

    def opening_before(self, position: int, reach: int = _ANAPHOR_REACH) -> str | None:
        """The organisation that opens the sentence before the one at `position` (within `reach` characters): the
        one a company's descriptor as a subject takes up ("Brenn Energy posted a loss. The company opened"); none
        when another organisation is named between (the article may have moved on to it)."""
        self._read()
        body = self._body
        starts, names = self._named
        index = bisect_left(starts, position) - 1
        if index < 0 or position - starts[index] > reach:
            return None
        opens = _SENTENCE_OPENS.search(body[max(0, starts[index] - 6):starts[index]])
        between = body[starts[index]:position]
        return names[index] if opens and len(_SENTENCE_END.findall(between)) <= 1 else None

    def opens_any(self, word: str, position: int) -> bool:
        """Whether a body named before `position` opens with `word` ("Ministry" after "the Ministry of Health")."""
        self._read()
        starts, _ = self._by_first.get(word, ([], []))
        return bool(starts) and starts[0] < position

    def refers_to(self, word: str, position: int, by_head: bool) -> str | None:
        """The organisation named last before `position` whose first word is `word` ("Westwind" for Westwind
        Renewables) or, `by_head`, whose head word is ("the alliance")."""
        self._read()
        starts, names = (self._by_head if by_head else self._by_first).get(word, ([], []))
        index = bisect_left(starts, position) - 1
        # (a generic first word, "the Ministry" after "the Ministry of Health and the Ministry of Finance", is read as
        # a head: two bodies it opens in one sentence leave it unresolved)
        if (by_head or word.lower() in ORG_HEADS) and index >= 1 and names[index - 1] != names[index] and \
                not _SENTENCE_STOP.search(
                self._body, starts[index - 1], starts[index]):
            return None  # "Kestle Savings Bank and Lode Trust Bank ... the bank": two in one sentence, neither nearer
        return names[index] if index >= 0 else None


_NO_ORGANISATIONS = ArticleOrganisations("", [], {})

_CAMEL_CASE = re.compile(r"(?!Mc|Mac)[A-Z][a-z]+[A-Z][A-Za-z]+")

# A company's descriptor before its name: "Snack giant Nabisco", "drugmaker Pfizer", "the airline X" (the name is
# an organisation, and the descriptor no word of it).
_DESCRIPTOR_WORDS = (r"(?:giant|company|firm|[a-z]*maker|retailer|carrier|airline|lender|insurer|conglomerate|"
                     r"start-?up|manufacturer|producer|supplier|chain|operator|contractor|developer|broadcaster|utility|builder)")
_COMPANY_DESCRIPTOR = re.compile(r"\b" + _DESCRIPTOR_WORDS + r"\s+$", re.I)
_LEADING_DESCRIPTOR = re.compile(r"(?i:" + _DESCRIPTOR_WORDS + r")\s+(?=[A-Z])")
# A sentence opened by a company's descriptor ("The company is now considering", "On Monday the firm said").
_DESCRIPTOR_SENTENCE = re.compile(r"(?<=[.!?]\s)(?:(?:On|In|Last|This)\s+\w+,?\s+)?[Tt]he\s+" + _DESCRIPTOR_WORDS
                                  + r"\s+(?-i:[a-z])")
# A name with a company's descriptor in apposition after it: "Blue Harbor, the Brenn shipping company,", "Varda, a
# carmaker founded in 1950,".
_APPOSED_DESCRIPTOR = re.compile(r"((?-i:[A-Z][\w’'&.-]*)(?:\s+(?-i:[A-Z][\w’'&.-]*))*),\s+(?:the|an?)\s+"
                                 r"(?:[\w-]+\s+){0,3}?" + _DESCRIPTOR_WORDS + r"\b")
# (the parts of the two patterns above after their names and lookbehind, which every match of them holds: a body with
# none is not scanned by them; speed, as they try every capital and sentence end)
# A name with a non-company body's descriptor in apposition after "a"/"an" (`BODY_APPOSITION_NOUNS`): "Keep Faith
# Now, a conservative advocacy group,". The words between are the descriptor's modifiers (no preposition, article
# or conjunction: "a member of the group" is a person's), and the noun is the apposition's head (not "a group of").
_BODY_DESCRIPTOR_WORDS = "(?:" + "|".join(re.escape(noun).replace(r"\ ", r"\s+")
                                          for noun in sorted(BODY_APPOSITION_NOUNS, key=len, reverse=True)) + ")"
_APPOSED_BODY = re.compile(r"((?-i:[A-Z][\w’'&.-]*)(?:\s+(?-i:[A-Z][\w’'&.-]*))*),\s+an?\s+"
                           r"(?:(?!(?:of|in|at|for|with|and|or|the|an?|who|that|which|to|on|by)\s)[\w-]+\s+){0,3}?"
                           + _BODY_DESCRIPTOR_WORDS + r"(?![\w-])(?!\s+(?:of|for|in|at)\b)")
_APPOSED_BODY_TAIL = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?" + _BODY_DESCRIPTOR_WORDS + r"(?![\w-])")
_APPOSED_DESCRIPTOR_TAIL = re.compile(r",\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?" + _DESCRIPTOR_WORDS + r"\b")
_DESCRIPTOR_SENTENCE_TAIL = re.compile(r"[Tt]he\s+" + _DESCRIPTOR_WORDS + r"\s+(?-i:[a-z])")
# A one-word name written after a company's descriptor ("carmaker Varda", "the lender Holm said").
# (read as any lower-case word before a one-word name, the word then checked: faster than the alternation at every
# word)
_WORD_BEFORE_NAME = re.compile(r"\b([a-z][a-z-]*)\s+([A-Z][\w’'&-]+)\b(?!\s+[A-Z])")
_DESCRIPTOR_WORD = re.compile(_DESCRIPTOR_WORDS)
# A name of any length written right after a lower-case word ("the consortium Vento Azul", "the utility Brenn
# Kraft"): a body's when the word is one only bodies or firms are called by (the people step's vocabulary,
# `lexicon.BODY_HEADS` and `lexicon.is_firm_head`) and the people step kept no person there.
_RUN_AFTER_WORD = re.compile(r"\b([a-z][a-z-]*)[ \t]+([A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*)*)")

# A company's descriptor standing as a subject on its own ("The company", "the firm", "the carmaker"): it takes up
# an organisation named before.
_DESCRIPTOR_SUBJECT = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]his)\s+" + _DESCRIPTOR_WORDS)
# The organ of a body written before "of" and its name: "the board of Varden", "shareholders of Kestrel".
_ORGAN_OF = re.compile(r"\b(?:board(?:\s+of\s+directors)?|management|shareholders|directors|executives|leadership|"
                       r"owners)\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# A town's own government written "City of X" (`eventwords.TOWN_OF_BODY_WORDS`): one body, the town's name in it
# (one to three capitalised words, a possessive left out) no place of its own, not a known place's epithet ("the City
# of Light": `eventwords.TOWN_EPITHET_WORDS`); a head word after it makes a longer body ("City of Varnby
# Council"), read by the head-word rules.
_TOWN_WORD = r"[A-Z][\w-]*(?:[’'](?!s(?![\w-]))[\w-]+)*"  # (never a possessive's "'s": "the City of Helsinki's mayor")
TOWN_OF_BODY = re.compile(r"(?<![\w’'-])(?:" + "|".join(TOWN_OF_BODY_WORDS) + r")\s+of\s+(?:the\s+)?"
                          r"(?!(?:" + "|".join(TOWN_EPITHET_WORDS) + r")(?![\w’'-]))"
                          + _TOWN_WORD + r"(?:\s+" + _TOWN_WORD + r"){0,2}(?![\w-])")
# The town's body as the patient of a passive right after it ("The City of Kharkiv was shelled"): the town was hit,
# no body acted (`parties`).
TOWN_OF_BODY_PASSIVE = re.compile(r"\s+(?:was|were|is|are|being|(?:has|have|had)\s+been|got)\s+(?:[a-z]+ly\s+)?"
                                  r"(?:" + "|".join(sorted(UNMARKED_PAST_FORMS)) + r"|[a-z]+(?:ed|en|wn))\b")
# ... or as the object of an active verb right before it ("Rebels shelled the City of Kharkiv", "have bombed the Town
# of Varnby"), read by `parties` for an attack only: its target is hit, no party (round eventsR60, the R59 review)
TOWN_OF_BODY_OBJECT = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(IRREGULAR_PAST | set(UNMARKED_PAST_FORMS)))
                                 + r"|[a-z]+ed)\s+(?:the\s+)?$")
# A place's local body named by a lower-case head after the place: "Tarnby municipality", "Brenn city council",
# "Varn provincial legislature".
_LOCAL_BODY = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:municipality|(?:municipal|city|town|"
                         r"county|district|regional)\s+council|provincial\s+(?:council|legislature|assembly))\b")
# A body named by a capitalised place or name (one or two words, a possessive dropped) and up to two lower-case
# words before a lower-case head (`eventwords.LOWER_CASE_BODY_HEADS`): "the Varnholt water board", "Kestle's hotel
# association", "the Lode fishermen's cooperative" (round eventsR43).
_LOWER_HEADED_BODY = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+(?:[ ]+[A-Z][\w’'-]+)?)(?:['’]s)?"
                                r"((?:[ ]+[a-z][\w’'-]*){0,2}?)[ ]+(" + "|".join(sorted(LOWER_CASE_BODY_HEADS))
                                + r")\b(?![’'-]\w)")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'.-]*)[ ]+$")


def _span_index(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """`spans` by start, for `_overlaps`: their starts, and the furthest end among the spans up to each one."""
    ordered = sorted(spans)
    furthest, ends = -1, []
    for _, b in ordered:
        furthest = max(furthest, b)
        ends.append(furthest)
    return [a for a, _ in ordered], ends


def _overlaps(index: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether any of the spans `index` holds (`_span_index`) overlaps [start, end): one starting before `end` that
    ends after `start`."""
    starts, furthest_ends = index
    before = bisect_left(starts, end)
    return before > 0 and furthest_ends[before - 1] > start


def lower_headed_bodies(body: str, low: int, high: int, people: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The bodies in `body[low:high]` named by a capitalised place or name and a lower-case head ("the Varnholt
    water board", "Kestle's hotel association"): (start, end, name), the possessive dropped ("Kestle hotel
    association"). Not a sentence's first word ("Local council"), a longer capitalised name's last words, a person's
    ("Ana Voss's union"); no name word that is a calendar or other non-name word (`_NOT_NAMES`: "the Monday
    council"), a title word (`TITLE_WORDS`: "the Deputy council"), an organisation head (`ORG_HEADS`) or an opening
    adverbial (`OPENING_ADVERBIALS`); and no lower-case modifier that is a function word, a speech verb's form
    ("Olsen says council"), an -ed form or an irregular past."""
    found = []
    person_index = None  # (the people's spans by start, read at the first match that needs them)
    for match in _LOWER_HEADED_BODY.finditer(body, low, high):
        start = match.start(1)
        names = match.group(1).split()
        if len(names) == 2 and names[0].lower() in _NOT_NAMES:  # ("When Kestle's hotel association")
            start = match.start(1) + match.group(1).index(names[1], len(names[0]))
            names = names[1:]
        if start == 0 or _SENTENCE_OPENING.search(body, max(0, start - 3), start):
            continue
        before = _CAPITALISED_BEFORE.search(body, max(0, start - 30), start)
        if before and before.group(1).lower() not in _NOT_NAMES:
            continue
        names[-1] = re.sub(r"['’]s$", "", names[-1])
        modifiers = match.group(2).split()
        if any(word.lower() in _NOT_NAMES or word.lower() in TITLE_WORDS or word.lower() in ORG_HEADS
               or word.lower() in OPENING_ADVERBIALS for word in names):
            continue
        if any(word in FUNCTION_WORDS or word in SPEECH_CORE_FORMS or word.endswith("ed") or word in IRREGULAR_PAST
               for word in modifiers):
            continue
        if person_index is None:
            person_index = _span_index(people)
        if _overlaps(person_index, start, match.end(1)):
            continue
        name = " ".join([*names, *modifiers, match.group(3)])
        found.append((start, match.end(), name))
    return found


# ... or only through the adjective of one of its officers or organs: "Former Tarnby municipal manager Jo Roe" tells
# that Tarnby has a municipality, which a later "the municipality" takes up (the place's one local body).
_MUNICIPAL_OF = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+municipal\s+(?-i:[a-z])")
# The word before "municipal" names a place only when it is one: a place the towns table or the gazetteer knows, one
# the article writes after a preposition of place ("in Tarnby"), capitalised words inside their sentence or two of
# them (a name by its capitals, dates and titles trimmed off: "Former Tarnby municipal manager", "Kestle Bay
# municipal workers"), or, a word opening its sentence alone, one whose municipal officer is named right after it
# ("Tarnby municipal manager Jo Ruud"). A sentence's first word is capitalised whatever it is: "Striking municipal
# workers", "Several municipal workers" name no municipality.
_PLACE_PREPOSITION_BEFORE = r"\b(?:in|at|near|from|outside|around|to|into)\s+"
_OFFICER_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+(?=(?-i:[A-Z]))")  # (the officer's title word)
# A sentence opener of an adjective's shape describes the officer, not a place ("Disgraced municipal engineer Oda
# Lind", "Striking municipal workers", "Unpaid municipal workers", "Rural municipal budgets"): its suffix or negating
# prefix, unless the article writes the word capitalised inside a sentence too. (the shapes of English
# adjectives and participles; place names of that shape that the gazetteer knows, or written after "in", pass before)
_ADJECTIVE_SUFFIXES = ("ed", "ing", "ful", "ous", "less", "ive", "able", "ible", "al", "ary", "ish")
_ADJECTIVE_PREFIXES = ("un", "non", "dis")
_ADJECTIVE_SHAPE = re.compile(r"(?i:(?:" + "|".join(_ADJECTIVE_PREFIXES) + r")\w{3,}|\w{2,}(?:"
                              + "|".join(_ADJECTIVE_SUFFIXES) + r"))")
# ... and one whose municipal officers are named as a body, in the plural, names the place: "Holt municipal officials
# closed the beach" (`_is_title` of the plural word right after "municipal")
_OFFICERS_AFTER = re.compile(r"\s+([a-z][\w-]*s)\b")
# ... or before it as its possessor: "Varden's board approved".
_OWNING_ORGAN = re.compile(r"((?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*))*)['’]s\s+(?:board(?:\s+of\s+directors)?|"
                           r"management|shareholders|directors|executives|leadership|owners)\b", re.I)
_POSSESSIVE_SUFFIX = re.compile(r"['’]s?$")
_SINGLE_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'&-]*[a-z][\w’'&-]*(?![\w’'-]|\s+[A-Z])")
# (a capitalised run after an organ's "of": the body however it is named, "the board of Blue Origin")
_RUN_AFTER_ORGAN = re.compile(r"[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*")


def _holds(body: str, parts: tuple[str, ...], low: int, high: int) -> bool:
    """Whether one of `parts` is written in [low, high) (offsets clamped as a regex's `pos` and `endpos` are): a
    pattern every match of which holds one of them finds nothing otherwise (speed: `str.find` before the scan)."""
    low, high = max(0, low), max(0, high)
    return any(body.find(part, low, high) >= 0 for part in parts)


def _named_by_shape(body: str, low: int, high: int, known: ArticleOrganisations,
                    named: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Organisations in [low, high) recognised by the shape of their names beyond `organisation_names`: after an
    organ's "of" (a whole capitalised run), or one word the article shows to be an organisation (the first word
    of one named in full before, or a one-word company); never a function word, nor a word the article also
    writes in lower case ("New" in "New rules" is no "New Harbour Authority"). Runs and words inside `named` (people,
    places, organisations already read) are not looked up (speed: the article's organisations are read only when
    needed)."""
    for local in _LOCAL_BODY.finditer(body, low, high) if _holds(body, ("council", "municipality", "legislature",
                                                                         "assembly"), low, high) else ():
        start, end = _trim(body, local.start(1), local.end(1))
        if end > start and body[start:end].lower() not in _NOT_NAMES:
            yield start, local.end(), body[start:local.end()]  # "Tarnby municipality"
    for owner in _OWNING_ORGAN.finditer(body, low, high) if _holds(body, ("'", "’"), low, high) else ():
        start, end = _trim(body, owner.start(1), owner.end(1))
        if end > start:
            yield start, owner.end(), organisation_name(body[start:end])  # (the span reaches over the organ)
    for organ in _ORGAN_OF.finditer(body, max(0, low - 30), high):
        run = _RUN_AFTER_ORGAN.match(body, organ.end(), high)
        if run is not None and organ.end() >= low:
            start, end = _trim(body, run.start(), run.end())
            if end > start:
                yield start, end, organisation_name(body[start:end])
    for match in _CAPITALISED_RUN.finditer(body, low, high):
        start, end = _trim(body, match.start(), match.end())
        if any(a < end and start < b for a, b in named):
            continue
        if " " in body[start:end] and known.is_company(body[start:end]):
            yield start, end, body[start:end]  # "met Blue Harbor": a company the article described
    for match in _SINGLE_NAME.finditer(body, low, high):
        word = _POSSESSIVE_SUFFIX.sub("", match.group(0))  # "Metroline's chief executive": the company's name
        end = match.start() + len(word)
        lower = word.lower()
        if lower in _NOT_NAMES or lower in FUNCTION_WORDS or lower in ORG_WORDS or _is_title(lower) or any(
                a < end and match.start() < b for a, b in named):
            continue
        name = known.refers_to(word, match.start(), by_head=False) or (word if known.is_company(word) else None)
        if name is not None and lower not in known.lower_words():
            yield match.start(), end, name


def _municipal_place(body: str, name: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """Whether `name` (at body[start:], before "municipal" at `end`) names a place (`_OFFICER_AFTER` and above)."""
    if place_country(name) is not None or any(hit.kind in ("country", "capital", "region") and hit.surface == name
                                              for hit in find_places_and_organisations(name)):
        return True
    if re.search(_PLACE_PREPOSITION_BEFORE + re.escape(name) + r"\b(?!\s+(?-i:[A-Z]))", body):
        return True
    if " " in name or not _SENTENCE_OPENS.search(body, 0, start):
        return True  # a capitalised word inside its sentence, or after the first (dates and titles were trimmed off)
    if any(not _SENTENCE_OPENS.search(body, 0, other.start())
           for other in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])", body)):
        return True  # written capitalised inside a sentence elsewhere in the article
    if (name.lower() in FUNCTION_WORDS or name.lower() in _NOT_NAMES
            or _ADJECTIVE_SHAPE.fullmatch(name) or re.search(r"(?<![\w’'-])" + re.escape(name.lower()) + r"\b", body)):
        return False  # "Disgraced municipal engineer Oda Lind", "Several municipal officials", a word also lower case
    after = body.find("municipal", end) + len("municipal")
    officers = _OFFICERS_AFTER.match(body, after)
    if officers is not None and officers.group(1)[:-1] in TITLE_WORDS:
        return True  # "Holt municipal officials closed the beach"
    officer = _OFFICER_AFTER.match(body, after)
    return officer is not None and _is_title(officer.group(1)) and any(a == officer.end() for a, _ in people)


def _is_title(word: str) -> bool:
    """A title word, or its plural ("ministers", "envoys")."""
    return word in TITLE_WORDS or (word.endswith("s") and word[:-1] in TITLE_WORDS)


is_title = _is_title  # (public: the events step reads a gathering's subject by it)


# --- who is who for bodies ----------------------------------------------------------------------------------------

_PARAGRAPH_BREAK = "\n"
# A company's or a body's own board, written by its possessive ("Halvex Ltd's board", "Halvex's board"): the nearest
# board for a later "the board", which then takes up no earlier, unrelated board (round eventsR44).
# The organs whose own-company form blocks a later description (only "board" so far: "Halvex Ltd's board"; the
# other organs of `_ORGAN_OF`, management or shareholders, are not taken up by "the ..." as a body).
OWN_ORGAN_HEADS = frozenset({"board"})
_OWN_BOARD = re.compile(r"(?<![\w’'-])[A-Z][\w&.-]*(?:[ ]+[A-Z][\w&.-]*)*['’]s[ ]+(?:" + "|".join(sorted(OWN_ORGAN_HEADS))
                        + r")\b")


@lru_cache(maxsize=8)
def _own_board_starts(body: str) -> tuple[int, ...]:
    """Where `body` writes a body's own board by its possessive (one scan per article)."""
    return tuple(organ.start() for organ in _OWN_BOARD.finditer(body))


def own_board_between(body: str, start: int, end: int) -> bool:
    """Whether `body` writes a body's own board ("Halvex Ltd's board") strictly after `start` and before `end`: then
    a later "the board" takes up no board named before it (`ArticleBodies.resolve`, `parties.described_body`)."""
    return any(start < own < end for own in _own_board_starts(body))


_SENTENCE_STOP = re.compile(r"[.!?][\"”’')]*\s|\n")
_OF_LINK = frozenset({"of", "for"})


def _body_heads(name: str) -> frozenset[str]:
    """The head words a body's name is taken up by (`head_words`), and any organisation head word of it followed
    by "of"/"for" ("Colombia's Ministry of Environment" is "the ministry")."""
    words = name.split()
    heads = set(head_words(name))
    for word, after in zip(words, words[1:]):
        if word.lower() in ORG_HEADS and after in _OF_LINK:
            heads.add(word.lower())
    return frozenset(heads)


class ArticleBodies:
    """Who is who for bodies: the organisations, ministries and local bodies the article names (`entries`: start,
    name and the head words it is taken up by, in text order), read once per article, so that a definite
    description ("the ministry", "the council", "the bloc") or a pronoun subject ("it") resolves to the one body
    named before it that fits. `resolve` answers only when exactly one distinct body named before fits, or the
    nearest fitting one stands in the same paragraph; otherwise None (two companies named a paragraph before leave
    "it" unresolved)."""

    def __init__(self, body: str, people: list[tuple[int, int]], acronyms: dict[str, str], hits: list,
                 header: str = "") -> None:
        self._body = body
        self._source: tuple[list[tuple[int, int]], dict[str, str], list] | None = (people, acronyms, hits)
        # the headline and standfirst the article step took out of the body: a body named only there ("Ana Roe,
        # who runs demining at the Ministry of Economy, says ...") is named before the body (position -1)
        self._header = header
        self._entries: list[tuple[int, str, frozenset[str]]] = []
        self._starts: list[int] = []

    def _read(self) -> None:
        """The bodies of the article, read at the first look-up: names by shape (`organisation_names`), a place's
        local body ("Tarnby municipality"), and the gazetteer's organisations and ministries among its hits."""
        if self._source is None:
            return
        people, acronyms, hits = self._source
        self._source = None
        body = self._body
        entries: list[tuple[int, str, frozenset[str]]] = []
        for start, _, name in organisation_names(body, 0, len(body), sorted(people), acronyms):
            if "\n" in name:  # (a run read across a line break: the name is the part on the last line)
                tail = name.rsplit("\n", 1)[1].strip()
                start, name = start + len(name) - len(tail), re.sub(r"^The\s+", "", tail)
            if len(name.split()) >= 1 and name:
                entries.append((start, name, _body_heads(name)))
        for local in _LOCAL_BODY.finditer(body):
            start, end = _trim(body, local.start(1), local.end(1))
            if end > start and body[start:end].lower() not in _NOT_NAMES:
                name = body[start:local.end()]
                entries.append((start, name, frozenset({name.split()[-1].lower()})))
        for start, _, name in lower_headed_bodies(body, 0, len(body), people):
            entries.append((start, name, frozenset({name.split()[-1].lower()})))
        for local in _MUNICIPAL_OF.finditer(body):
            start, end = _trim(body, local.start(1), local.end(1))
            words = body[start:end].split()
            while words and (words[0].lower() in TITLE_WORDS or words[0].lower() in _NOT_NAMES):
                words.pop(0)  # ("Former Tarnby municipal manager": the place is Tarnby)
            place_start = end - len(" ".join(words))
            if words and not any(a < end and start < b for a, b in people) and _municipal_place(
                    body, " ".join(words), place_start, local.end(1), people):
                entries.append((place_start, " ".join(words) + " municipality", frozenset({"municipality"})))
        for hit in hits:
            if hit.kind in ("organisation", "ministry"):
                heads = set(_body_heads(hit.surface)) | set(_body_heads(hit.canonical))
                if hit.kind == "ministry":
                    heads.add("ministry")
                entries.append((hit.start, hit.canonical, frozenset(heads)))
        entries.extend(self._header_entries(acronyms))
        self._entries = sorted(entries, key=lambda entry: entry[0])
        self._starts = [entry[0] for entry in self._entries]

    def _header_entries(self, acronyms: dict[str, str]) -> list[tuple[int, str, frozenset[str]]]:
        """The bodies the headline and standfirst name, each at position -1 (before the body, in no paragraph of
        it: taken up by a description, "the ministry", only when it fits alone)."""
        header = self._header
        if not header:
            return []
        entries = [(-1, name, _body_heads(name)) for _, _, name in organisation_names(header, 0, len(header), [],
                                                                                     acronyms) if "\n" not in name]
        for hit in find_places_and_organisations(header):
            if hit.kind in ("organisation", "ministry"):
                heads = set(_body_heads(hit.surface)) | set(_body_heads(hit.canonical))
                if hit.kind == "ministry":
                    heads.add("ministry")
                entries.append((-1, hit.canonical, frozenset(heads)))
        return entries

    def resolve(self, head: str | None, position: int) -> tuple[str, float] | None:
        """The body a description by `head` (None: a pronoun, any body fits) at `position` takes up, with a
        confidence (1.0 the only body of that head named before, 0.7 the nearest of several in the same paragraph)."""
        fits = DESCRIPTION_HEADS.get(head, frozenset()) | {head} if head else None
        self._read()
        index = bisect_left(self._starts, position)
        candidates = [(start, name) for start, name, heads in self._entries[:index]
                      if fits is None or heads & fits]
        if not candidates:
            return None
        if head is not None and fits & OWN_ORGAN_HEADS and own_board_between(self._body, candidates[-1][0], position):
            return None  # ("... the Varnholt water board. Halvex Ltd's board met. The board voted": the nearest
            # board the article names is the company's own, so no body named before is meant: None is intended)
        names = {name for _, name in candidates}
        longest = max(names, key=len)
        if all(name in longest for name in names):
            # ("Shah Alam Sessions Court" ... "the Sessions Court": one body named in full, then shorter)
            names = {longest}
            candidates = [(start, longest) for start, _ in candidates]
        if len(names) == 1 and (head is not None or self._same_paragraph(candidates[-1][0], position)):
            return candidates[-1][1], 1.0
        if self._same_paragraph(candidates[-1][0], position) and not self._same_sentence(candidates):
            return candidates[-1][1], 0.7
        return None

    def _same_sentence(self, candidates: list[tuple[int, str]]) -> bool:
        """Whether another body that fits is named in the nearest one's sentence ("Tarnby municipal manager Jo Roe
        and Lode municipal engineer Ivo Marr were questioned. The municipality said": neither is nearer in the
        telling, so the description is ambiguous; a body of an earlier sentence gives way to a later one)."""
        nearest_start, nearest = candidates[-1]
        other = max((start for start, name in candidates if name != nearest), default=None)
        return other is not None and not _SENTENCE_STOP.search(self._body, other, nearest_start)

    def _same_paragraph(self, start: int, position: int) -> bool:
        return start >= 0 and _PARAGRAPH_BREAK not in self._body[start:position]
