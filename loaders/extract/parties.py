"""Who acted: the parties of an event mention from the structure of its clause, not from whatever is near it.

A country or organisation is an actor of an event when it is the trigger's agent or counterpart: the subject
before the trigger ("Pakistan beat", "the Land Transport Authority announced"), its object ("beat Zimbabwe"),
"with X", "between X and Y", "to X", "by X", "against X". It is not an actor when it is only the topic ("to
discuss Freedonia's nuclear programme", "talks on Sylvania", "about X"), the venue ("in X", "at X") or a
possessor of the object ("rejected X's remarks"). Organisations the gazetteer does not know are recognised
as names: a capitalised run ending in an organisation head word ("High Court", "Havtind Energy"), or a
capitalised subject of two words or more, or an acronym, that the article names again ("Marine Atlantic",
"NASA").
The rule lists are named below (`TOPIC_MARKERS`, `VENUE_MARKERS`, `ORG_HEADS`); `subject_before` also gives the
events step the words that head an event's name ("Westwind Renewables sought permission").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from loaders.extract.gazetteer import GazetteerHit

# Words right before a name that make it the topic of the trigger, not a party to it.
TOPIC_MARKERS = re.compile(
    r"\b(?:on|about|over|regarding|concerning|into|towards?|discuss(?:ed|es|ing)?|address(?:ed|ing)?|"
    r"review(?:ed|ing)?|examin(?:e|ed|ing)|debat(?:e|ed|ing)|for|of\s+the\s+\w+\s+(?:in|of))"
    r"\s+(?:the\s+)?$", re.I)
# Words right before a name that make it the place of the event.
VENUE_MARKERS = re.compile(r"\b(?:in|at|near|inside|outside|from|across|throughout)\s+(?:the\s+)?$", re.I)
# Head words of organisation names (the last word of a capitalised run).
ORG_HEADS = frozenset("""
court courts authority authorities board police ministry council department government company energy shipping
industries corporation corp inc ltd llc plc group bank agency agencies union party parliament commission committee
association federation league club alliance institute university college foundation trust service services
airline airlines airways airport railway railways navy army forces command office secretariat tribunal senate
assembly congress cabinet administration municipality county network media holdings partners renewables motors
technologies systems labs laboratories centre center hospital coalition movement front society guard
""".split())
_CAPITALISED_RUN = re.compile(
    r"(?:[A-Z][\w’'&.-]*|(?<=\s)(?:of|for|and|de|du|la|the)(?=\s+[A-Z]))(?:\s+(?:[A-Z][\w’'&.-]*|"
    r"(?:of|for|and|de|du|la|the)(?=\s+[A-Z])))*")
_DETERMINED = re.compile(r"\b(?:the|its|their|a|an)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+(?-i:[a-z])")
_NOT_NAMES = frozenset("""
the a an this that these those it he she they we i you his her their its our in on at by for with after before
when while but and or as if monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december today yesterday mr mrs ms dr
""".split())


@dataclass(frozen=True)
class Subject:
    start: int
    end: int
    text: str


_NON_SPACE = re.compile(r"\S+")
_NOT_LAST_WORDS = frozenset({"of", "for", "and", "the", "de", "du", "la"})


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    words = list(_NON_SPACE.finditer(body, start, end))
    first, last = 0, len(words)
    while first < last and words[first].group(0).lower().strip("\"'“‘(") in _NOT_NAMES:
        first += 1
    while first < last and words[last - 1].group(0).lower() in _NOT_LAST_WORDS:
        last -= 1
    if first == last:
        return start, start
    return words[first].start(), words[last - 1].end()


_TRAILING_LINK = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are|will|would|also|first|then|later|formally|"
                            r"not|been|be|just|now|already|finally|officially|today|yesterday|tonight|earlier|"
                            r"\w+ly))*\s*$", re.I)


def _trim_text(run: str) -> str:
    start, end = _trim(run, 0, len(run))
    return run[start:end]


_PARENTHETICAL = re.compile(r"\([^()]{0,80}\)")
_SUBJECT_BREAK = re.compile(r"[,;:—–\"“”]|\s-\s|\b(?:that|which|who|and|but)\b")


def subject_before(body: str, trigger: tuple[int, int], clause_start: int) -> Subject | None:
    """The trigger's subject: the noun phrase right before it in its clause, with only auxiliaries and
    adverbs between ("Westwind first sought", "the court had quashed", "Pakistan beat")."""
    # Parentheticals are read past ("Havtind Energy ASA (OSE: HAVT) today announced"), offsets kept.
    before = _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), body[clause_start:trigger[0]])
    breaks = [m.end() for m in _SUBJECT_BREAK.finditer(before)]
    if breaks:
        clause_start, before = clause_start + breaks[-1], before[breaks[-1]:]
    core = before[:_TRAILING_LINK.search(before).start()]
    if not core.strip():
        return None
    last = None
    for match in _CAPITALISED_RUN.finditer(core):
        last = match
    if last is not None and last.end() == len(core):
        start, end = _trim(body, clause_start + last.start(), clause_start + last.end())
        if end > start:
            return Subject(start, end, body[start:end])
        return None
    determined = _DETERMINED.search(core + " ")
    if determined:
        words = determined.group(1).split()
        if not any(w.lower() in _NOT_NAMES for w in words) and not words[-1].endswith(("ed", "ing", "ly")):
            start, end = clause_start + determined.start(), clause_start + determined.end(1)
            return Subject(start, end, body[start:end])
    return None


def _role_ok(body: str, start: int, end: int, trigger: tuple[int, int], low: int) -> bool:
    """Whether a name at [start, end) stands as agent or counterpart, not as topic, venue or object's owner."""
    if end <= trigger[0] and re.fullmatch(r"(?:['’]s?)?\s*(?:[a-z-]+\s+)?", body[end:trigger[0]]):
        return True  # "the Quartet meeting", "Pakistan's Test tour": the name modifies the trigger itself
    before = body[max(low, start - 40):start]
    if TOPIC_MARKERS.search(before) or VENUE_MARKERS.search(before):
        return False
    if start >= trigger[1] and _POSSESSIVE_AFTER.match(body[end:end + 4]):
        return False  # "rejected Freedonia's remarks": the owner of the object
    return True


_DEFINITION = re.compile(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|de)\s+)*){1,7})\(([A-Z][A-Za-z]{1,6})\)")


_CORPORATE_SUFFIX = re.compile(r"(?:,?\s+(?:Ltd|Inc|Corp|Co|LLC|plc|PLC|ASA|AG|SA|S\.A|GmbH|NV|N\.V|BV|AB|Oyj|SpA|Pty|"
                               r"Bhd|Limited)\.?)+$")


def organisation_name(name: str) -> str:
    """An organisation as people name it: without its legal form ("Havtind Energy ASA" -> "Havtind Energy")."""
    stripped = _CORPORATE_SUFFIX.sub("", name)
    return stripped if " " in stripped or stripped[:1].isupper() and len(stripped) > 2 else name


def written_counts(body: str) -> Counter[str]:
    """How often the body writes each word and each capitalised run (counted once per body, for look-ups)."""
    counts: Counter[str] = Counter(re.findall(r"[\w’'-]+", body))
    for match in _CAPITALISED_RUN.finditer(body):
        run = match.group(0)
        if " " in run:
            counts[_trim_text(run)] += 1
    return counts


def acronym_definitions(body: str) -> dict[str, str]:
    """'Land Transport Authority (LTA)' -> {'LTA': 'Land Transport Authority'}: organisations' acronyms the
    article defines (the name ends in an organisation word; its initials start with the acronym's letter)."""
    found: dict[str, str] = {}
    for match in _DEFINITION.finditer(body):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group(1).strip())
        acronym = match.group(2)
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        if initials and initials[0] == acronym[0] and len(initials) >= 2 and name.split()[-1].lower() in ORG_HEADS:
            found.setdefault(acronym, name)
    return found


def organisation_names(body: str, low: int, high: int, people: list[tuple[int, int]],
                       acronyms: dict[str, str]) -> list[tuple[int, int, str]]:
    """Capitalised runs in [low, high) that name an organisation: ending in an organisation head word, or
    an acronym the article defines (named by its full name). People's spans are left out."""
    found = []
    for match in _CAPITALISED_RUN.finditer(body, low, high):
        start, end = _trim(body, match.start(), match.end())
        if end <= start or any(a < end and start < b for a, b in people):
            continue
        words = body[start:end].split()
        last = words[-1].strip("’'.,").lower()
        if len(words) == 1 and words[0] in acronyms:
            found.append((start, end, acronyms[words[0]]))
        elif (last in ORG_HEADS or _CORPORATE_SUFFIX.search(body, start, end)) and len(words) >= 2:
            found.append((start, end, organisation_name(body[start:end])))
    return found


def event_actors(body: str, trigger: tuple[int, int], window: tuple[int, int], hits: list[GazetteerHit],
                 people: list[tuple[int, int]], acronyms: dict[str, str], event_type: str,
                 subject: Subject | None, names_written: Mapping[str, int]) -> list[str]:
    """The countries and organisations that are parties to the event at `trigger`, read in `window` (the
    trigger's clause and its neighbourhood within the sentence). `names_written`: `written_counts(body)`."""
    low, high = window
    actors: list[str] = []
    demonyms_count = event_type in ("meeting", "visit", "phone_call", "delegation_visit", "war", "attack",
                                    "diplomatic_relations")
    taken: list[tuple[int, int]] = []
    for hit in hits:
        if not (low <= hit.start and hit.end <= high):
            continue
        if hit.kind == "demonym" and not demonyms_count:
            continue
        if not _role_ok(body, hit.start, hit.end, trigger, low):
            continue
        name = hit.canonical if hit.kind in ("organisation", "ministry") else hit.country
        taken.append((hit.start, hit.end))
        if name and name not in actors:
            actors.append(name)
    for start, end, name in organisation_names(body, low, high, people, acronyms):
        if any(a < end and start < b for a, b in taken) or not _role_ok(body, start, end, trigger, low):
            continue
        if name not in actors:
            actors.append(name)
    if subject is not None and subject.text[:1].isupper() and not any(
            a < subject.end and subject.start < b for a, b in taken + people):
        words = subject.text.split()
        acronym = len(words) == 1 and re.fullmatch(r"[A-Z][A-Z&]{1,6}", words[0]) is not None
        corporate = len(words) >= 2 and _CORPORATE_SUFFIX.search(subject.text) is not None
        if words[-1].lower() in ORG_HEADS or corporate or ((len(words) >= 2 or acronym)
                                                           and names_written.get(subject.text, 0) >= 2):
            name = organisation_name(acronyms.get(subject.text, subject.text))
            if name not in actors and not any(name in a or a in name for a in actors):
                actors.insert(0, name)
    return actors
