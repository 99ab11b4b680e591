"""Names a person would write for an event: from its trigger, its parties and its place.

"Kowal–Ezra meeting in Gdańsk", "Ezra's visit to Warsaw", "Havtind Energy statement", "Pakistan beat Zimbabwe".
Typed events take a noun for their type (`TYPE_NOUNS`) after their parties joined by dashes; a visit is
someone's visit to its place. Events of type 'other' are told as their clause tells them: the subject, the
trigger and a few words of what follows ("Westwind Renewables sought permission for the scheme"); a noun
trigger keeps the words that modify it ("emergency alert", "early exit"). A place is added only when the event
has one ("in X"); the date is added in brackets.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from loaders.extract.data.clauses import PRONOUN_CLAUSE_OPENERS, alternation
from loaders.extract.data.eventwords import (OPENING_CALENDAR_WORDS, OPENING_TIME_WORDS, AGENT_PARTICIPLES, DATE_PREPOSITIONS, DATE_SETTING_WORDS,
                                            IRREGULAR_PAST, LY_NOUNS, VERB_NOUNS, NAME_DANGLING_WORDS, NAME_SUBJECT_PRONOUNS,
                                            NAME_SUBJECT_SKIPPED, NAME_SUBJECT_VERBS, TRIGGER_NOUNS,
                                            GATHERING_NAME_NOUNS, GEOGRAPHIC_HEADS, NAMESAKE_VENUE_HEADS,
                                            ELECTION_KINDS, COMPANY_HEADS, START_VERB_NOUNS, WORKS_NOUNS,
                                            TELLING_VERBS, WORKS_PLAN_VERBS)
from loaders.extract.gazetteer import country_of_demonym, demonyms_of
from loaders.extract.data.given_names import is_given_name
from loaders.extract.data.lexicon import DOTTED_TITLES, HONORIFICS, NAME_PARTICLES, TITLE_HEADS
from loaders.extract.parties import subject_before
from loaders.extract.data.dateforms import MONTH_KEYS, WEEKDAY_KEYS

# Month and weekday names as running text writes them, from one source (`dateforms.MONTH_KEYS`, `WEEKDAY_KEYS`).
_MONTHS = "|".join(key.capitalize() for key in MONTH_KEYS)
_WEEKDAYS = "|".join(key.capitalize() for key in WEEKDAY_KEYS)

# The noun a name uses for each type (the trigger's own noun when it is one of `eventwords.TRIGGER_NOUNS`).
TYPE_NOUNS = {
    "meeting": "meeting", "visit": "visit", "agreement_signing": "agreement signing", "phone_call": "phone call",
    "statement": "statement", "press_conference": "press conference", "attack": "attack", "war": "war",
    "election": "election", "vote_veto": "vote", "diplomatic_relations": "diplomatic relations",
    "delegation_visit": "delegation visit",
}
# (a day's name is the date, told in brackets: "held a rally Saturday" ends before it)
_STOP = re.compile(r"^(?:on|in|at|last|next|this|early|late|earlier|later|since|from|until|by|during|after|before|"
                   r"when|while|and|but|who|whom|whose|which|that|where|because|as|said|says|"
                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|overnight)$", re.I)
_WORD = re.compile(r"[\w’'&-][\w’'&.-]*")  # (a full stop alone is no word)
# A span of time starts a date phrase ("two months later", "a week ago"): the name ends before it.
_SPAN_OF_TIME = re.compile(r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few)\s+"
                           r"(?:days?|weeks?|months?|years?|decades?|hours?)\b(?!\s+of\b)", re.I)
_AUXILIARY = re.compile(r"\b((?:will|would|shall|is\s+to|are\s+to|was\s+to|were\s+to)(?:\s+be)?)\s+$", re.I)
# A noun trigger's complement naming what it concerns: a preposition and a capitalised name of up to five words,
# linked by "of" or a name particle of the lexicon ("Port du Lac", "Isle of Brenn").
_LINKS = "|".join(sorted(NAME_PARTICLES | {"of"}, key=len, reverse=True))
_WHICH = re.compile(r"\s+(?:between|of|to|from|for|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*"
                    r"|\s+(?:" + _LINKS + r")(?=\s+[A-Z])){0,5}")
_MAX_TAIL = 5
# A verb's prepositional object that is a name: what the verb was done to ("unloaded on Ezra").
# (with a lower-case place word that ends the name: "landed on the Holtavik peninsula", `eventwords.GEOGRAPHIC_HEADS`;
# or a venue word: "protested at Victoria station", `eventwords.NAMESAKE_VENUE_HEADS`)
_NAMED_OBJECT = re.compile(r"\s+(on|against|with|to|into|at)\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
                           r"(?:\s+(?:" + "|".join(sorted(GEOGRAPHIC_HEADS | NAMESAKE_VENUE_HEADS, key=len, reverse=True))
                           + r")\b)?)")
_CALENDAR_NAME = re.compile(r"(?:the\s+)?(?:" + _WEEKDAYS + "|" + _MONTHS + r")\b")


def _short(name: str, people: set[str], written: Mapping[str, int]) -> str:
    """A person by the one word of their name the article also writes alone ("Kowal", "Lou" for a surname
    written first), else in full; a country or organisation as written. `written`: how often the body writes
    each word and capitalised run (`parties.written_counts`)."""
    words = name.split()
    if name not in people or len(words) < 2:
        return name
    # (a possessive is the name written: "Ezra Kowal's visit" writes the full name, and "Kowal's" the surname)
    def count(text: str) -> int:
        return written.get(text, 0) + written.get(text + "'s", 0) + written.get(text + "’s", 0)
    for word in (words[-1], words[0]):
        if count(word) > count(name):
            return word
    return name


def _without_honorifics(head: str, participants: list[str]) -> str:
    """A subject told without the honorifics before a person's name, as a person would write the event ("Dra.
    Lucía Pérez sworn in" -> "Lucía Pérez sworn in"): the people lexicon's honorifics, only where the words after
    them are a participant person's full name, written whole (not "Reddy's") and not going on into a company's name
    (`eventwords.COMPANY_HEADS`: "Dr. Reddy Laboratories"). Any other capitalised word makes the honorific part of
    a name: a title ("Miss Universe Sheynnis Palacios"), a firm ("Hon Hai Precision", "Adv. Sales Group")."""
    words = head.split()
    cut = 0
    while cut + 1 < len(words) and words[cut].lower() in HONORIFICS:
        cut += 1
    if not cut:
        return head
    rest = words[cut:]
    run = 0  # the capitalised run the name opens
    while run < len(rest) and rest[run][:1].isupper():
        run += 1
    for name in participants:
        parts = name.split()
        if rest[:len(parts)] == parts and not any(word.lower() in COMPANY_HEADS for word in rest[len(parts):run]):
            return " ".join(rest)
    return head


def _parties(participants: list[str], actors: list[str]) -> list[str]:
    chosen = list(participants[:3])
    if not chosen:
        # a body whose name begins with a party already named is that party's ("Vietnam–Philippines", not
        # "Vietnam–Philippines–Vietnam Coast Guard")
        kept: list[str] = []
        for actor in actors:
            if not any(actor != other and actor.startswith(other + " ") for other in kept):
                kept.append(actor)
        chosen = kept[:3]
    return chosen


def _without_date_setting(words: list[str]) -> list[str]:
    """A phrase cut before its date without the words that set the date ("rally scheduled for [Friday]" -> "rally",
    "vote due [on Monday]" -> "vote"): its last prepositions, then the participle governing them. One word stays."""
    words = list(words)
    while len(words) > 1 and words[-1].lower() in DATE_PREPOSITIONS:
        words.pop()
    if len(words) > 1 and words[-1].lower() in DATE_SETTING_WORDS:
        words.pop()
    return words


def _stops(word: str) -> bool:
    """A word a name's phrase ends before (`_STOP`), also with the sentence's full stop ("on Friday.")."""
    return bool(_STOP.match(word) or word.endswith(".") and _STOP.match(word[:-1]))


def _tail(body: str, start: int, stop: int) -> str:
    """Up to five words from `start`, ending before a preposition of time or place, a clause break or `stop`."""
    words = []
    for match in _WORD.finditer(body, start, stop):
        if body[start:match.start()].strip(" ") and re.search(r"[,;:()\"“”—–]", body[start:match.start()]):
            break
        if len(words) >= _MAX_TAIL and words[-1][:1].isupper() and match.group(0)[:1].isupper() and \
                not body[start:match.start()].strip() and not words[-1].endswith(".") and \
                words[-1] not in _CUT_TITLES and words[-1].lower() not in _CUT_TITLES:
            words.append(match.group(0))  # a name the word limit would cut ("off the Spratly| Islands") ends
            start = match.end()
            continue
        if _stops(match.group(0)) or len(words) >= _MAX_TAIL or _SPAN_OF_TIME.match(body, match.start()):
            if len(words) >= _MAX_TAIL and match.group(0)[:1].islower() and not body[start:match.start()].strip() \
                    and not _stops(match.group(0)) and not _SPAN_OF_TIME.match(body, match.start()):
                # the word limit cuts a phrase that goes on ("a gift of a young| coffee tree"): the name ends at
                # the last phrase boundary before the cut, before its last article or preposition ("a gift")
                boundary = max((i for i, word in enumerate(words) if i and word.lower() in NAME_DANGLING_WORDS),
                               default=0)
                words = words[:boundary] if boundary else words
            else:
                words = _without_date_setting(words)
            break
        words.append(match.group(0))
        start = match.end()
    if words and words[-1].endswith(".") and "." not in words[-1][:-1] and len(words[-1]) > 2:
        words[-1] = words[-1][:-1]  # the sentence's full stop ("to overtake Obama."), not an abbreviation's ("U.S.")
    while words and _DANGLING(words[-1]):
        words.pop()
    return " ".join(words)


# Titles written before a name (capitalised): a name cut after one lost the person ("the endorsement of Gov.").
# The lexicon's titles: heads, dotted abbreviations and honorifics (compared without their full stop).
_CUT_TITLES = frozenset(word.rstrip(".") for word in TITLE_HEADS | DOTTED_TITLES | HONORIFICS)


def _DANGLING(word: str) -> bool:
    """A word a name cannot end on: an article or preposition, an auxiliary ("walkout was"), a title cut from
    its name ("the endorsement of Gov."), a participle cut from its agent ("a challenge brought"), an adverb."""
    lower = word.lower()
    if lower in NAME_DANGLING_WORDS or (word[:1].isupper() and lower.rstrip(".") in _CUT_TITLES):
        return True
    adverb = lower.endswith("ly") and lower not in LY_NOUNS
    return (lower in IRREGULAR_PAST or lower in AGENT_PARTICIPLES or lower.endswith("ed") or adverb) and word[:1].islower()




def _modifiers(body: str, start: int, low: int) -> str:
    """The words right before a noun trigger that belong to it ("emergency alert", "early exit")."""
    before = body[max(low, start - 40):start]
    words = _WORD.findall(before)
    kept = []
    for word in reversed(words[-2:]):
        if word.lower() in ("the", "a", "an", "its", "his", "her", "their", "this", "that", "of", "to", "for", "in",
                            "on", "at", "and") or word[0].isdigit() or word.endswith(("'s", "’s")):
            break
        kept.insert(0, word)
    return " ".join(kept)


# The clause's own subject when no party heads the name: a common noun phrase right before the trigger
# ("when coffee came to Venice", "higher-end models were refreshed"), told headline-style without its article and
# auxiliary ("Coffee came to Venice", "Discovery announced"). It starts after a clause break, a subordinator
# (`clauses`), a conjunction or a relative word, and is no pronoun (`eventwords.NAME_SUBJECT_*`).
# (a full stop after a capital is an abbreviation's: "U.S. moviegoers")
# (a word inside a hyphenated compound opens nothing: "question-and-answer")
_CLAUSE_BREAK = re.compile(r"(?<![A-Z])\.|[!?;:,()\"“”—–\n]|(?<!\w)-(?!\w)|(?<![\w-])(?i:" + alternation(PRONOUN_CLAUSE_OPENERS)
                           + r"|and|but|so|that|which|who|where)(?![\w-])")
_MAX_PHRASE = 6
_OWN_OBJECT = re.compile(r"(?:its|their|his|her|our|my|itself|themselves|himself|herself)\b", re.I)
_PREPOSITION = re.compile(r"(?:in|at|on|to|from|with|for|against|into|over|after|by)\b", re.I)
_REPORTING = frozenset("says said say tells told".split())
# an apposition's segment: "the region's largest", "the Varn mayor" after a subject's name
_APPOSED = re.compile(r"\s*(?:the|a|an)\s+(?:[\w’'-]+['’]s\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s*")


def _clause_subject(body: str, start: int) -> tuple[str, bool]:
    """The common noun phrase right before the trigger at `start` (without its article and any auxiliary or
    adverb between), and whether it stands right before the trigger with no auxiliary (a participle after it
    then modifies it: "a survey of moviegoers conducted by X"). ("", False) when there is none."""
    before = body[max(0, start - 120):start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    # (no break: the phrase starts the body, or lies beyond the window and is too long anyway)
    words = before[breaks[-1].end():].split() if breaks else before.split()
    # a subject before the commas of a place or an apposition ("the only pharmacy in Harlow County, Kentucky,
    # closed"; "the Varn council, the region's largest, approved"): the first segment back that opens with an
    # article, past segments of names or of an apposition's article, and no other break
    index = len(breaks) - 1  # (the comma right before the trigger, when nothing stands between)
    while not words and index >= 1 and breaks[index].group(0) == ",":
        segment = before[breaks[index - 1].end():breaks[index].start()]
        here = segment.split()
        if here and here[0].lower() in ("the", "a", "an") and not _APPOSED.fullmatch(segment):
            words = here
            # ... itself an apposition of a subject opening the clause before it ("The third bidder, a group led
            # by Varn Energy, withdrew"): that head
            head = before[breaks[index - 2].end() if index >= 2 else 0:breaks[index - 1].start()].split()
            if head and head[0].lower() in ("the", "a", "an") and (index < 2 or breaks[index - 2].group(0) != ","):
                words = head
        elif not here or not (all(word[:1].isupper() for word in here) or _APPOSED.fullmatch(segment)):
            break  # a clause of its own, not a name or an apposition
        index -= 1
    # a time phrase opening the sentence is no part of the subject ("On Monday they marched", "Late on Tuesday the
    # union marched"; `eventwords.OPENING_TIME_WORDS`)
    opening = 0
    while opening < len(words) and (words[opening].lower().strip(",") in _OPENING_DATE_WORDS
                                    or words[opening].strip(",").isdigit()):
        opening += 1
    if opening and any(word.lower().strip(",") in OPENING_CALENDAR_WORDS or word.strip(",").isdigit()
                       for word in words[:opening]) and words[0].lower() in OPENING_TIME_WORDS:
        words = words[opening:]
    # the subject of a reported clause follows its speech verb ("She says officials came")
    told = [i for i, word in enumerate(words) if word.lower() in _REPORTING]
    if told and told[-1] + 1 < len(words):
        teller = [word for word in words[:told[-1]] if word.lower() not in ("the", "a", "an")]
        words = words[told[-1] + 1:]
        # the saying's own date right after its verb is no part of the reported subject ("said on Tuesday it
        # would close", "said on March 3 that"): read past it, as past a time phrase opening a sentence
        dated = 0
        while dated < len(words) and (words[dated].lower().strip(",") in _OPENING_DATE_WORDS
                                      or words[dated].strip(",").isdigit()):
            dated += 1
        dated = dated if dated and words[0].lower() in OPENING_TIME_WORDS and any(
            word.lower().strip(",") in OPENING_CALENDAR_WORDS or word.strip(",").isdigit() for word in words[:dated]) else 0
        words = words[dated:]
        if words and words[0].lower() == "that":
            words = words[1:]
        # (not a person's name: "Ana Silva said on Monday it approved" is no act of hers)
        if dated and words and words[0].lower() in ("it", "they") and teller and len(teller) <= _MAX_PHRASE and \
                not is_given_name(teller[0]) and all(
                (word[:1].isupper() or word == "&") and word.lower() not in NAME_SUBJECT_PRONOUNS | OPENING_CALENDAR_WORDS
                for word in teller):
            # "Trader Joe's said on Tuesday it would close": the pronoun takes up the teller, a name, as written
            return " ".join(teller), False
    # a demonstrative before its noun is the noun's article ("This wharf"); alone it is a pronoun
    if len(words) > 1 and words[0].lower() in ("this", "that", "these", "those") and \
            words[1].lower() not in NAME_SUBJECT_SKIPPED:
        words = words[1:]
    adjacent = True
    while words and (words[-1].lower() in NAME_SUBJECT_SKIPPED or (words[-1].lower().endswith("ly")
                                                              and words[-1].lower() not in LY_NOUNS)):
        words.pop()
        adjacent = False
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if any(word.lower() in NAME_SUBJECT_VERBS for word in words):
        return "", False  # a clause of its own ("Acme said prices rose")
    # the phrase ends before a preposition of time or place ("a federal judge in Columbus on Monday" -> "federal
    # judge": the place is the event's, added after the name), and no date's number starts it ("Nov. 8 general")
    stop = next((i for i, word in enumerate(words) if i and _STOP.match(word)), len(words))
    words = _without_date_setting(words[:stop]) if stop < len(words) else words
    if words and words[0][:1].isdigit():
        return "", False
    if len(words) == 1 and words[0] == "It" and breaks and breaks[-1].group(0) == ".":
        # a sentence's "It" after a sentence whose subject is a name stands for that name ("MasTec has grown.
        # It first launched in 1929" -> "MasTec launched")
        low = max(0, start - 400)
        ends = list(_SENTENCE_END.finditer(body, low, max(0, start - 120) + breaks[-1].start()))
        opening = ends[-1].end() if ends else (0 if low == 0 else None)
        named = _NAME_OPENS.match(body, opening) if opening is not None else None
        if named and named.group(1).split()[0].lower() not in NAME_SUBJECT_PRONOUNS | {"the", "a", "an"}:
            return named.group(1), False
    # (a closing quote mark, not a possessive's, cuts a quoted name: "the ‘loss and damage’ fund")
    if not words or len(words) > _MAX_PHRASE or words[0].lower() in NAME_SUBJECT_PRONOUNS or \
            re.search(r"[’'](?![sS]\b)|[‘“”]", " ".join(words)) or \
            any(word.lower() in NAME_SUBJECT_VERBS or word[:1].isdigit() and len(words) == 1 for word in words):
        return "", False
    return " ".join(words), adjacent


# the words of a time phrase opening a sentence or following a speech verb ('On Monday', 'late on March 3')
_OPENING_DATE_WORDS = OPENING_TIME_WORDS | OPENING_CALENDAR_WORDS

_NAME_OPENS = re.compile(r"([A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})\s+(?:[a-z]+\s+)?(?:has|have|had|is|was|"
                         r"are|were|[a-z]+ed|[a-z]+s)\b")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.I)
_TITLE_BEFORE = re.compile(r"(?:[A-Z][\w’'&-]*\s+){1,6}$")
_OWNED = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_VERB_BEFORE = re.compile(r"([a-z]+)\s+$")
# (not an initial's: "J.D. Power"; a line break ends a heading or paragraph)
_SENTENCE_END = re.compile(r"(?<=[a-z\d)])[.!?]\s+(?=[A-Z\"“])|\n\s*")


# The works a start verb's clause opens with, up to an auxiliary before the verb ("Construction of the first berth is
# expected to", "Work on the bridge will"; `eventwords.WORKS_NOUNS`), at a sentence's or quotation's opening
_WORKS_SUBJECT = re.compile(r"(?:^|(?<=[.!?\n])\s*|(?<=[\"“]))\s*(?:(?:The|Full|Main)\s+)?((?i:" + "|".join(WORKS_NOUNS)
                            + r")\s+(?:of|on)\s+[^,;.!?]{3,80}?)\s+(?:(?:is|are)\s+(?:now\s+)?(?:expected|due|"
                            r"scheduled|set|planned)\s+to\s+|will\s+|could\s+|would\s+)?$")
# ... or opening a told clause ("The council said works would start on the ring road" -> "Works start", "She added
# that construction of the depot would begin" -> "Construction of the depot begin"), the teller no part of the name,
# its works noun bare or of a thing (review of eventsR55)
_WORKS_TOLD_SUBJECT = re.compile(r"(?:" + "|".join(r"(?<=\b" + verb + " )" for verb in TELLING_VERBS + WORKS_PLAN_VERBS + ("that",))
                                 + r")(?:(?i:the)\s+)?((?i:" + "|".join(WORKS_NOUNS) + r")(?:\s+(?:of|on)\s+[^,;.!?]{3,80}?)?)"
                                 r"\s+(?:(?:is|are)\s+(?:now\s+)?(?:expected|due|scheduled|set|planned)\s+to\s+|will\s+|"
                                 r"could\s+|would\s+)?$")


def _owner(body: str, start: int) -> str:
    """The owner of a noun trigger told by a possessive determiner: the name that is the subject of the verb
    before it ("J.D. Power released its 2025 report" -> "J.D. Power"). Empty when the subject is no name."""
    owned = _OWNED.search(body, max(0, start - 40), start)
    verb = _VERB_BEFORE.search(body, max(0, owned.start() - 30), owned.start()) if owned else None
    if verb is None:
        return ""
    low = max(0, verb.start() - 200)
    ends = list(_SENTENCE_END.finditer(body, low, verb.start()))
    found = subject_before(body, (verb.start(1), verb.end(1)), ends[-1].end() if ends else low)
    if found is None or not found.text[:1].isupper() or found.text.split()[0].lower() in ("the", "a", "an", "this"):
        return ""
    return found.text


# An election's noun and the kinds before it, with a demonym before them: "the Norwegian general election",
# "a presidential election", "Sunday's parliamentary elections"
_ELECTION_NOUN = re.compile(r"(?:\b(?-i:([A-Z][a-z]+))\s+)?((?:(?:" + "|".join(sorted(ELECTION_KINDS)) +
                            r")\s+){1,2})?(?:elections?|polls|vote)\b", re.I)
_ELECTION_REACH = 80  # characters on either side of the trigger read for the election's noun


def _election_name(body: str, trigger: tuple[int, int], actors: list[str], location: str | None) -> str | None:
    """'Norwegian general election': the election's state by its adjective (its place when that is a country,
    else its one state among the parties, else the demonym written before it), then its kind as written."""
    low, high = max(0, trigger[0] - _ELECTION_REACH), min(len(body), trigger[1] + _ELECTION_REACH)
    stop = body.find(".", trigger[1], high)
    nouns = [match for match in _ELECTION_NOUN.finditer(body, low, stop if stop >= 0 else high)
             if not re.search(r"[.;!?]", body[min(match.end(), trigger[0]):max(match.start(), trigger[1])])]
    noun = min(nouns, key=lambda m: abs(m.start() - trigger[0]), default=None)
    countries = [name for name in ([location] if location else []) + [a for a in actors if a != location]
                 if demonyms_of(name)]
    country = countries[0] if countries and (location in countries or len(countries) == 1) else None
    if country is None and noun is not None and noun.group(1):
        country = country_of_demonym(noun.group(1))
    if country is None:
        return None
    kind = (noun.group(2) or "").lower() if noun is not None else ""
    return f"{demonyms_of(country)[0]} {kind}election"


def event_name(body: str, event_type: str, trigger: tuple[int, int], subject: str | None,
               participants: list[str], actors: list[str], location: str | None, clause_end: int,
               is_noun: bool, written: Mapping[str, int]) -> str:
    """The event's name, without its date; its place said once ("Collapse at Tarnwick", not "... in Tarnwick"
    after it)."""
    name = _event_name(body, event_type, trigger, subject, participants, actors, location, clause_end, is_noun,
                       written)
    suffix = f" in {location}" if location else ""
    if suffix and name.endswith(suffix) and re.search(r"(?<![\w’'-])" + re.escape(location) + r"(?![\w’'-])",
                                                     name[:-len(suffix)]):
        return name[:-len(suffix)]
    return name


def _event_name(body: str, event_type: str, trigger: tuple[int, int], subject: str | None,
                participants: list[str], actors: list[str], location: str | None, clause_end: int,
                is_noun: bool, written: Mapping[str, int]) -> str:
    people = set(participants)
    full = _parties(participants, actors)
    parties = [_short(name, people, written) for name in full]
    if len(set(parties)) < len(parties):  # two Clintons: each in full ("Hillary Clinton–Bill Clinton")
        parties = [name if parties.count(short) > 1 else short for name, short in zip(full, parties)]
    place = f" in {location}" if location else ""
    if location and any(location in party for party in list(actors) + list(participants)):
        place = ""  # "Tarnby municipality approval", not "... in Tarnby": a party's name already tells it
    trigger_text = re.sub(r"\s+", " ", body[trigger[0]:trigger[1]])
    if event_type == "election" and (election := _election_name(body, trigger, actors, location)):
        return election
    if event_type == "other":
        if is_noun:
            who = "–".join(parties)
            # (a modifier that repeats a party is the party: "the CNBC debate" of CNBC is "CNBC debate")
            named = {word.lower() for word in _WORD.findall(who)}
            modifiers = [word for word in _modifiers(body, trigger[0], 0).split() if word.lower() not in named]
            title = _TITLE_BEFORE.search(body, max(0, trigger[0] - 80), trigger[0])
            if trigger_text[:1].isupper() and title:
                # a capitalised noun ends a title: the whole title names it ("the North America Rental Car
                # Satisfaction Study"), not its last two words
                modifiers = title.group(0).split()
            noun = " ".join(modifiers + [trigger_text])
            if not who and not location:
                who = _owner(body, trigger[0])
            if not who and not location:
                # no party and no place: the words that say which ("crossings between North Sydney and ...")
                which = _WHICH.match(body, trigger[1], clause_end)
                if which:
                    noun += " " + re.sub(r"\s+", " ", which.group(0).strip())
            name = f"{who} {noun}" if who else noun[:1].upper() + noun[1:]
            return name + place
        works = _WORKS_SUBJECT.search(body, max(0, trigger[0] - 160), trigger[0]) if (
            trigger_text.lower() in START_VERB_NOUNS) else None
        if works is not None:
            # a works' start is named by the start's noun of the works as written ("Construction of the first berth
            # is expected to begin" -> "Start of construction of the first berth"), not by its verb
            noun = START_VERB_NOUNS[trigger_text.lower()]
            return f"{noun[:1].upper() + noun[1:]} of {works.group(1)[:1].lower() + works.group(1)[1:]}" + (
                "" if location and location in works.group(1) else place)
        told_works = _WORKS_TOLD_SUBJECT.search(body, max(0, trigger[0] - 160), trigger[0]) if (
            trigger_text.lower() in START_VERB_NOUNS) else None
        if told_works is not None:
            # ... told: the works and their verb as written, without the teller ("The council said works would
            # start" -> "Works start")
            return f"{told_works.group(1)[:1].upper() + told_works.group(1)[1:]} {trigger_text}" + (
                "" if location and location in told_works.group(1) else place)
        tail = _tail(body, trigger[1], clause_end)
        if not tail:
            named = _NAMED_OBJECT.match(body, trigger[1], clause_end)
            if named and not _CALENDAR_NAME.match(named.group(2)):
                tail = f"{named.group(1)} {named.group(2)}"  # "Kowal unloaded on Ezra", not "Kowal unloaded"
        # without a subject the head is a party the clause does not name after the verb ("charged Corey
        # Lewandowski" is no "Lewandowski charged Corey Lewandowski")
        told_after = set(re.findall(r"\w+", tail.lower()))
        head = _without_honorifics(subject, participants) if subject else next((party for party in parties if not set(re.findall(r"\w+", party.lower())) & told_after),
                               "")
        if not head:
            head, adjacent = _clause_subject(body, trigger[0])
            if head and adjacent and re.match(r"\s+by\b", body[trigger[1]:]) and trigger_text.endswith("ed"):
                # a participle right after its noun with its agent is a reduced relative ("a survey of U.S.
                # moviegoers conducted by X"): the noun phrase names the event
                return head[:1].upper() + head[1:] + place
        if not head and trigger_text.lower() in VERB_NOUNS and not _AUXILIARY.search(
                body, max(0, trigger[0] - 30), trigger[0]):
            # no subject: the happening's noun, of its object when that is not the subject's own ("It was signed"
            # -> "Signing", "approved the budget" -> "Approval of the budget", "closed its doors" -> "Closure")
            noun = VERB_NOUNS[trigger_text.lower()]
            of = "" if not tail or _OWN_OBJECT.match(tail) else (" " + tail if _PREPOSITION.match(tail) else " of " + tail)
            return noun[:1].upper() + noun[1:] + of + place
        # the auxiliary of a verb told as to come stays with it ("The series decider will be played")
        auxiliary = _AUXILIARY.search(body, max(0, trigger[0] - 30), trigger[0]) if head else None
        verb = (re.sub(r"\s+", " ", auxiliary.group(1)) + " " + trigger_text) if auxiliary else trigger_text
        phrase = " ".join(part for part in (head, verb, tail) if part)
        phrase = phrase[:1].upper() + phrase[1:]
        return phrase + ("" if location and location in phrase else place)
    noun = TYPE_NOUNS[event_type]
    words = trigger_text.lower().split()
    if words and (words[-1] in TRIGGER_NOUNS or (words[-1] in GATHERING_NAME_NOUNS and event_type == "meeting")) \
            and event_type not in ("vote_veto", "agreement_signing"):  # ("Tarnby council forum", not "meeting")
        noun = " ".join(words[-2:]) if len(words) > 1 and words[-2] in ("press", "news", "phone", "joint") \
            else words[-1]
    if location and location in " ".join(parties):
        place = ""
    if event_type in ("visit", "delegation_visit") and parties:
        # The visitor owns the visit: the subject's party when it names one, not its place ("Pakistan's tour of
        # Australia"), and a second party only when the subject names two ("Kowal and Ezra visited"), not a host.
        visitors = [party for party in parties if not (location and (party in location or location in party))]
        named = [party for party in visitors if subject and party.split()[-1] in subject]
        owners = (named or visitors)[:2] if subject and re.search(r"\sand\s", subject) else (named or visitors)[:1]
        if not owners:
            return noun[:1].upper() + noun[1:] + (f" to {location}" if location else "")
        owner = " and ".join(owners)
        owner += "’" if owner.endswith("s") else "’s"
        return f"{owner} {noun}" + (f" to {location}" if location else "")
    if parties:
        return f"{'–'.join(parties)} {noun}{place}"
    if not is_noun and not (words and words[-1] in TRIGGER_NOUNS):
        # no party: the clause tells which (a verb trigger's own subject: "Discovery announced"), not a bare noun
        head, _ = _clause_subject(body, trigger[0])
        if head and (subject is None or subject.lower().endswith(head.lower())):
            if not _PASSIVE.search(body, max(0, trigger[0] - 30), trigger[0]):
                # the subject acts: its event by the type's noun ("local clergy condemned it" -> "Local clergy
                # statement"), as a party's would be
                return f"{head[:1].upper() + head[1:]} {noun}{place}"
            # the subject undergoes it: told headline-style ("the discovery was announced" -> "Discovery announced")
            phrase = " ".join(part for part in (head, trigger_text, _tail(body, trigger[1], clause_end)) if part)
            return phrase[:1].upper() + phrase[1:] + ("" if location and location in phrase else place)
    return noun[:1].upper() + noun[1:] + place
