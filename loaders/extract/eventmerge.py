"""Events step, merging: the event mention (`_Mention`) and how mentions of one event within an article become
one event. A mention joins an earlier event of a compatible type, date, place and parties when it refers back to it
("the attack", "during the visit"), or tells a leader's part in one gathering of several told the same day; a
visit, meeting or delegation told in one sentence with another of these is shadowed by it (`_SentenceShadows`);
a merged event keeps its best-founded date and the planned or cancelled status of its parts (`_absorb`). Mentions
telling one happening twice in a row (a statement made at a press conference, an announcement of the teller's own
act) fold into one (`_one_happening`).
`events` makes the mentions and calls `_one_happening` and `_merge` on them."""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from copy import copy
from dataclasses import dataclass, field

from loaders.extract.data.eventwords import (ANNOUNCING_WORDS, BACK_REFERENCE_NOUNS, GATHERING_BODY_HEADS,
                                             LANDMARK_PREPOSITIONS, OUTCOME_FAMILIES, PLAN_MOVED_VERBS,
                                             PLAN_UNDONE_VERBS)
from loaders.extract.gazetteer import find_places_and_organisations
from loaders.extract.modality import merged_status
from loaders.extract.reldates import DateValue
from loaders.registry import EventEntry


_VISIT_FAMILY = {"visit", "meeting", "delegation_visit"}
_GATHERINGS = {"meeting", "visit", "phone_call", "press_conference", "delegation_visit"}
_HAPPENINGS = {"attack", "war", "election", "diplomatic_relations", "agreement_signing", "vote_veto"}


@dataclass
class _Mention:
    event_type: str
    start: int
    end: int
    sentence: int
    date: DateValue | None = None
    date_phrase: str | None = None
    date_inherited: bool = False
    participants: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    location: str | None = None
    weak_place: bool = False  # the location is only an unknown name after a bare "at" (`eventplaces.located`)
    role: str = "background"
    catalogue: EventEntry | None = None
    merged: int = 1
    definite: bool = False  # "the attack", "his statements": likely a mention of an event already told
    trigger_start: int = -1  # the words of the first mention, kept when the span moves to a better-dated one
    trigger_end: int = -1
    status: str = "occurred"  # modality.read_status: occurred, planned, cancelled or denied
    plan: str | None = None  # a merged mention's planned or cancelled status, kept against a future date
    open: bool = False  # found by `opendates` (a dated clause), not by the trigger vocabulary
    subject: str | None = None  # the trigger's subject (`parties.subject_before`), for the name
    clause_end: int = -1  # where the trigger's clause ends, for the name
    stem: str | None = None  # `_trigger_stem`, once read
    tellers: list[str] = field(default_factory=list)  # people who only tell of it (`parties.reporting_speaker`)
    officials: bool | None = None  # `_body_of_officials`, once read
    announcement: _Mention | None = None  # the statement announcing this act (`_announced_own_act`), set aside

    def __post_init__(self) -> None:
        if self.trigger_start < 0:
            self.trigger_start, self.trigger_end = self.start, self.end


def _compatible_dates(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def _compatible_sets(a: list[str], b: list[str]) -> bool:
    sa, sb = set(a), set(b)
    return not sa or not sb or sa <= sb or sb <= sa


_PLAN_STATUSES = ("cancelled", "planned")  # (a cancellation first: it ends the plan)


def _absorb(target: _Mention, other: _Mention) -> None:
    """Fold `other` into `target`: the event keeps its best-founded date (told, not inherited; then narrowest)."""
    if other.date is not None and not other.date_inherited and (
            target.date is None or target.date_inherited
            or (other.date.end - other.date.start) < (target.date.end - target.date.start)):
        target.date, target.date_phrase, target.date_inherited = other.date, other.date_phrase, False
        target.start, target.end = other.start, other.end
    elif target.date is None and other.date is not None:
        target.date, target.date_phrase, target.date_inherited = other.date, other.date_phrase, True
    for name in other.participants:
        if name not in target.participants:
            target.participants.append(name)
    target.tellers.extend(name for name in other.tellers if name not in target.tellers)
    for name in other.actors:
        if name not in target.actors:
            target.actors.append(name)
    if not target.location:
        target.location, target.weak_place = other.location, other.weak_place
    target.plan = target.plan or other.plan or next(
        (status for status in (target.status, other.status) if status in _PLAN_STATUSES), None)
    target.status = merged_status(target.status, other.status, refers_back=other.definite)
    target.catalogue = target.catalogue or other.catalogue
    # (an act's announcement set aside on it goes with it: when the event it joins has a day of its own, the
    # announcement is a statement of its own day, not lost; `_merge` decides once every mention is in)
    target.announcement = target.announcement or other.announcement
    if other.role == "reported":
        target.role = "reported"
    target.merged += 1


def _trigger_stem(body: str, mention: _Mention) -> str:
    """The first letters of the mention's words, read once (merging compares every pair of 'other' events)."""
    if mention.stem is None:
        first = body[mention.trigger_start:mention.trigger_end].split()[:1]
        family = OUTCOME_FAMILIES.get(first[0].lower()) if first else None
        # (one family's words share a stem: "convicted" and "acquitted" of one trial are one event's parts)
        mention.stem = family or body[mention.start:min(mention.end, mention.start + 5)].lower()
    return mention.stem


# One gathering told in parts: a summit reported leader by leader ("Merkel said at the meeting", "Renzi's talks"),
# or a gathering told first by its verb ('leaders gathered Friday'). Rows: the types whose mentions on one told
# day are parts of one gathering, and the 'other' trigger words that name such a gathering.
_ONE_GATHERING_TYPES = frozenset({"meeting"})
_GATHERING_WORDS = frozenset({"gathered", "gathering", "convened", "assembled"})
# ... and the trigger words of a gathering held once on its day, whatever its article says ('a summit')
_ONE_DAY_GATHERINGS = frozenset({"summit"})
# ... and the nouns that make an 'other' trigger's object a gathering ('received her first security briefing')
_GATHERING_NOUNS = ("briefing", "briefings", "summit", "session", "meeting", "talks", "conference")
_GATHERING_OBJECT = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:" + "|".join(_GATHERING_NOUNS) + r")\b", re.I)


_BODY_OF_OFFICIALS = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(GATHERING_BODY_HEADS)) + r")"
                                r"(?:\s+(?:had|have|again|also|\w+ly))*\s+$", re.I)


def _body_of_officials(body: str, mention: _Mention) -> bool:
    """The trigger's subject ends in a body of officials ('EU trade ministers failed'), read once."""
    if mention.officials is None:
        mention.officials = bool(_BODY_OF_OFFICIALS.search(
            body, max(0, mention.trigger_start - 60), mention.trigger_start))
    return mention.officials


def _gathering_type(body: str, mention: _Mention) -> str:
    """The mention's type for merging: an 'other' event on a gathering verb, or whose object is a gathering, or
    whose subject is a body of officials ('EU trade ministers failed on Tuesday to agree'), counts as a meeting."""
    if mention.event_type == "other" and (
            body[mention.trigger_start:mention.trigger_end].lower() in _GATHERING_WORDS
            or _body_of_officials(body, mention)
            or _GATHERING_OBJECT.match(body, mention.trigger_end, min(len(body), mention.trigger_end + 60))):
        return "meeting"
    return mention.event_type


def _gathering_anaphora(body: str, event: _Mention, mention: _Mention) -> bool:
    """'the meeting' told without a date after a gathering told with one: a mention of it. A summit needs no
    article: 'a summit of 27 leaders' on the narration's day is the day's summit."""
    definite = mention.definite or body[mention.trigger_start:mention.trigger_end].lower() in _ONE_DAY_GATHERINGS
    return (definite and (mention.date is None or mention.date_inherited)
            and event.date is not None and not event.date_inherited
            and _gathering_type(body, event) in _ONE_GATHERING_TYPES
            and _gathering_type(body, mention) in _ONE_GATHERING_TYPES)


def _one_gathering(body: str, event: _Mention, mention: _Mention) -> bool:
    """Two mentions, told on the same day, of one gathering of several leaders: one names at most one person
    (a leader's part in it), or one is the gathering itself told by its verb. Two meetings each naming two or
    more people stay apart (one minister's meetings on one day are several)."""
    if event.date is None or mention.date is None or event.date_inherited or mention.date_inherited:
        return False  # both told: an undated 'the meeting' may be another one of the narration's day
    if event.date != mention.date or event.date.precision != "day":
        return False
    if not (_gathering_type(body, event) in _ONE_GATHERING_TYPES
            and _gathering_type(body, mention) in _ONE_GATHERING_TYPES):
        return False
    if event.event_type != mention.event_type:
        return True  # the gathering told by its verb and a meeting of that day
    return len(set(event.participants)) <= 1 or len(set(mention.participants)) <= 1


_COUNTERPART_AFTER = re.compile(r"\s+(?:with|between)\b", re.I)


def _refers_back(body: str, event: _Mention, mention: _Mention) -> bool:
    """'in the talks', 'the meeting's opening remarks by X and Y', 'during the visit': a definite gathering with no
    date of its own is the last gathering of its kind told before it, whoever its sentence names (they took part
    in it), unless the two are put in different places or the catalogue tells them apart."""
    if not (mention.definite and (mention.date is None or mention.date_inherited)
            and mention.event_type in _GATHERINGS and not mention.open):
        return False
    word = body[mention.trigger_start:mention.trigger_end].lower()
    if word not in BACK_REFERENCE_NOUNS and word != body[event.trigger_start:event.trigger_end].lower():
        return False  # "the summit" after "met on Monday": the bilateral on a summit's sidelines is not the summit
    if _COUNTERPART_AFTER.match(body, mention.trigger_end):
        return False  # "Kowal's meeting with Ezra" names the meeting it means: not the last one told
    if _gathering_type(body, event) != _gathering_type(body, mention):
        return False
    if event.location and mention.location and not _places_agree(event.location, mention.location):
        return False
    return mention.catalogue is None or event.catalogue is None or mention.catalogue is event.catalogue


# "The meeting" written with nothing between the article and the noun ("the next meeting", "the previous talks"
# are others).
_BARE_THE = re.compile(r"\bthe\s+$", re.I)


def _dates_back(body: str, event: _Mention, mention: _Mention) -> bool:
    """'Brenner met Silva in Varn. The meeting was held on Monday.': a definite gathering with a date of its own,
    "the <noun>" and nothing between, told in the sentence of the last gathering of its kind or the next, is that
    one when it has no date of its own (the event takes the date); not when it names anyone that one does not."""
    if not (mention.definite and mention.date is not None and not mention.date_inherited and not mention.open
            and (event.date is None or event.date_inherited) and mention.event_type in _GATHERINGS
            and 0 <= mention.sentence - event.sentence <= 1 and mention.status == event.status == "occurred"):
        return False
    if not _BARE_THE.search(body, max(0, mention.trigger_start - 6), mention.trigger_start):
        return False
    if any(name not in event.participants for name in mention.participants):
        return False
    if "\n\n" in body[event.trigger_end:mention.trigger_start]:
        return False  # (another paragraph)
    return _refers_back(body, event, _undated_copy(mention))


def _undated_copy(mention: _Mention) -> _Mention:
    """The mention as if it had no date: `_refers_back`'s other conditions (noun, kind, place, catalogue) apply."""
    twin = copy(mention)
    twin.date = None
    return twin


class _EventIndex:
    """The article's events so far, grouped so that a mention is compared only with the events it could merge with
    (issue #11: not with every event so far): those of its type (of its trigger's first letters, for 'other'),
    and, for a gathering, every event that counts as a meeting (`_gathering_type`). Positions are the order in
    which the events were first told."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.events: list[_Mention] = []
        self.groups: dict[tuple[str, str], list[int]] = {}
        # id(event) -> (its group, whether it counts as a meeting, its position)
        self.keys: dict[int, tuple[tuple[str, str], bool, int]] = {}

    def _key(self, event: _Mention) -> tuple[str, str]:
        return event.event_type, _trigger_stem(self.body, event) if event.event_type == "other" else ""

    def add(self, event: _Mention) -> None:
        self.events.append(event)
        self._place(len(self.events) - 1, event)

    def _place(self, position: int, event: _Mention) -> None:
        key, meeting = self._key(event), _gathering_type(self.body, event) == "meeting"
        insort(self.groups.setdefault(key, []), position)
        if meeting and key != ("meeting", ""):
            insort(self.groups.setdefault(("meeting", ""), []), position)
        self.keys[id(event)] = (key, meeting, position)

    def retype(self, event: _Mention) -> None:
        """Move an event whose type changed ('leaders gathered' became the meeting its parts tell)."""
        key, meeting, position = self.keys[id(event)]
        if key == self._key(event):
            return
        for old in {key, ("meeting", "")} if meeting else {key}:
            self.groups[old].remove(position)
        self._place(position, event)

    def of_kind(self, kind: str) -> list[_Mention]:
        """The events counted as `kind` by `_gathering_type`, in order of telling."""
        return [self.events[p] for p in self.groups.get((kind, ""), ())
                if _gathering_type(self.body, self.events[p]) == kind]

    def candidates(self, mention: _Mention) -> list[int]:
        positions = self.groups.get(self._key(mention), [])
        if _gathering_type(self.body, mention) == "meeting":
            positions = sorted(set(positions) | set(self.groups.get(("meeting", ""), ())))
        return positions


def _merge_target(body: str, index: _EventIndex, mention: _Mention) -> _Mention | None:
    if mention.definite and mention.event_type in _GATHERINGS:
        told = index.of_kind(_gathering_type(body, mention))
        shared = [event for event in told if len(set(event.participants)) + len(set(event.actors)) >= 2]
        last = (shared or told or [None])[-1]
        word = body[mention.trigger_start:mention.trigger_end].lower()
        if (last is not None and body[last.trigger_start:last.trigger_end].lower() != word
                and _LANDMARK_BEFORE.search(body, max(0, last.trigger_start - 50), last.trigger_start)):
            # "the talks" after "talks ... possible before the summit on June 10": a happening named only as a time
            # landmark is not what a later noun of another word refers back to; the last one of that word is
            same_word = [event for event in (shared or told)
                         if body[event.trigger_start:event.trigger_end].lower() == word]
            last = same_word[-1] if same_word else last
        if last is not None and (_refers_back(body, last, mention) or _dates_back(body, last, mention)):
            return last
    events = index.events
    best, best_key = None, None
    for index_of in index.candidates(mention):
        event = events[index_of]
        gathering = _one_gathering(body, event, mention)
        told_gathering = _gathering_anaphora(body, event, mention)
        if event.event_type != mention.event_type and not gathering and not told_gathering:
            continue
        if not _compatible_dates(event.date, mention.date):
            continue
        if event.catalogue is not None and mention.catalogue is not None and event.catalogue is not mention.catalogue:
            continue
        if (mention.catalogue is not None and not _places_agree(mention.catalogue.location, event.location)) or (
                event.catalogue is not None and not _places_agree(event.catalogue.location, mention.location)):
            continue  # "The Gaza War" is not "the Russian wars in Chechnya"
        if (event.event_type == "other" and not gathering and not told_gathering
                and _trigger_stem(body, event) != _trigger_stem(body, mention)):
            continue  # 'other' covers unlike things: a wreath-laying and an inauguration stay two events
        both_told = (event.date is not None and mention.date is not None
                     and not (event.date_inherited or mention.date_inherited))
        if (both_told and mention.status == "planned" and event.status == "occurred"
                and event.date != mention.date):
            continue  # a plan told after what happened, with a date of its own, is another one ("held talks on
            # Monday. Talks between the carmaker and the government are planned for June")
        if (both_told and mention.event_type in _GATHERINGS and event.date != mention.date
                and (_QUALIFIED_INDEFINITE_BEFORE if not mention.participants else _INDEFINITE_BEFORE).search(
                    body, max(0, mention.trigger_start - 30), mention.trigger_start)
                and not set(event.participants) & set(mention.participants)):
            continue  # "would meet Pollard again next week. A public meeting ... will be held on Wednesday": a
            # gathering told with 'a' on a day of its own, sharing no one, is another than one told for a wider time
            # (a bare "A meeting is scheduled for March 12" naming no one retells the one of that week)
        if (mention.status == "planned" and event.status == "occurred" and mention.date is not None
                and not mention.date_inherited and (event.date is None or event.date_inherited)
                and not mention.participants and not mention.actors):
            continue  # "X has won the runoff ... ahead of next year's state election": a plan told with a date of
            # its own and no party is not what the article tells as done undated (no party says it is the same)
        if (mention.status == "planned" and event.status == "occurred" and mention.date is not None
                and not mention.date_inherited and (event.date is None or event.date_inherited)
                and _LANDMARK_BEFORE.search(body, max(0, mention.trigger_start - 50), mention.trigger_start)):
            continue  # "talks are not dead. ... a compromise is possible before the summit on June 10": a planned
            # happening named as a time landmark, with a date of its own, is not the undated one told as going on
        if (both_told and not mention.definite and event.location and mention.location
                and not _places_agree(event.location, mention.location)):
            continue  # told anew ("A second attack on Monday killed three in Herat"), dated, in another place:
            # another event, whatever its type and date (a definite "the attack in ..." may still tell it again)
        # Wars, attacks, elections, treaties and relations told with the same date are one event whoever the
        # sentence names; gatherings need the same people (one minister's meetings on one day are several).
        same_dated_happening = both_told and event.event_type in _HAPPENINGS and event.date == mention.date
        # ... and so are the parts of one outcome (`eventwords.OUTCOME_FAMILIES`) told on one day
        same_dated_happening = same_dated_happening or (
            event.event_type == "other" and event.date is not None and event.date == mention.date
            and _trigger_stem(body, event) == _trigger_stem(body, mention)
            and _trigger_stem(body, event) in OUTCOME_FAMILIES.values())
        # a leader's part in a gathering of several: one person named, the gathering told with two or more
        member = told_gathering and len(set(mention.participants)) <= 1 and (
            len(set(event.participants)) >= 2 or len(set(event.actors)) >= 2
            or body[event.trigger_start:event.trigger_end].lower() in _GATHERING_WORDS | _ONE_DAY_GATHERINGS)
        if not same_dated_happening and not gathering and not member and not _compatible_sets(
                event.participants, mention.participants):
            continue  # (a gathering's later mentions name its other members: "Merkel said after the meeting")
        # "the elections", "his statements": a definite, undated mention is likely one of an event told nearby.
        anaphora = ((mention.definite and (mention.date is None or mention.date_inherited
                                           or (event.date is None and event.event_type in _HAPPENINGS)))
                    or (event.definite and event.catalogue is None and event.merged == 1
                        and (event.date is None or event.date_inherited)))
        if (not same_dated_happening and not anaphora and len(event.actors) >= 2 and len(mention.actors) >= 2
                and not event.participants and not mention.participants
                and not _compatible_sets(event.actors, mention.actors)):
            continue
        if (event.location and mention.location and event.location != mention.location
                and (event.date is None or mention.date is None)
                and not _dated_retelling(body, event, mention)):
            continue
        if (mention.location and not mention.weak_place and not event.location and mention.date is None
                and not told_gathering and ((event.date is not None and not event.date_inherited) or event.catalogue is not None)):
            continue  # "the Russian wars in Chechnya" is no mention of "the 1967 war" (a weak place, an unknown
            # name after "at", keeps nothing apart: "A bomb attack killed three on Monday. The bombing at Tarnwick")
        if (mention.date is not None and not mention.date_inherited and event.date is None
                and not (set(event.participants) & set(mention.participants))
                and not (event.location and event.location == mention.location)
                and not (event.catalogue is not None and event.catalogue is mention.catalogue)
                and not (mention.definite and event.event_type in _HAPPENINGS)):
            continue  # a dated mention does not fold into an undated event without something else in common
            # ("the agreement was signed on 9 February" after "signed a 15-year agreement" does: it is definite)
        if (mention.date is not None and not mention.date_inherited and event.date is None
                and mention.role != event.role and not (mention.definite and event.event_type in _HAPPENINGS)
                # (one speaker's statement noun and dated saying in one sentence are one: "In a statement, Ana
                # Holm said Tuesday that ...")
                and not (event.event_type == "statement" and event.sentence == mention.sentence
                         and set(event.participants) & set(mention.participants))
                # (an undated mention's role is only its default: two or more of the same people, told again with
                # a date, are one gathering; "Brenner and Silva meet in Lisbon", a headline, then "met ... on
                # Tuesday")
                and len(set(event.participants) & set(mention.participants)) < 2):
            continue  # "hosted a delegation" (the news) and "the following month ... invited a delegation" (2022)
        if event.event_type == "statement" and not (
                (both_told and event.date == mention.date)
                or set(event.participants) & set(mention.participants)
                or (anaphora and (not event.actors or not mention.actors
                                  or set(event.actors) & set(mention.actors)))):
            continue  # statements are many and alike: one needs the same day or the same speaker
        if (event.event_type == "statement" and {event.status, mention.status} == {"occurred", "denied"}
                and (mention.sentence == event.sentence or not (mention.definite or anaphora))):
            continue  # "X said on Wednesday that ..., but denied that ...": the saying and the denial are two (in
            # two sentences too: "In a statement last month, the ministry said ... The ministry also denied that
            # it had diverted ...", a denied act of its own)
        if (event.event_type == "statement" and not anaphora and bool(event.participants) != bool(mention.participants)
                and (event.actors or mention.actors) and not set(event.actors) & set(mention.actors)):
            continue  # a person's saying and a body's of another party on one day are two ("Vidal conceded defeat
            # on Monday. Spain's government said on Monday ...")
        if mention.participants and event.participants:
            overlap = len(set(event.participants) & set(mention.participants))
        else:
            overlap = 0
            if (not same_dated_happening and not anaphora and not gathering and not member and event.actors
                    and mention.actors and not (set(event.actors) & set(mention.actors))):
                continue  # (a member's part in a gathering of several brings its own country: "a summit of 27")
            overlap += len(set(event.actors) & set(mention.actors))
        if both_told:
            overlap += 2
        # (between events alike, the one told in the mention's own place: "after the attacks March 1 in Varn" is
        # the Varn attack told before, not the later airstrikes in Kordia a dated retelling could also join)
        own_place = bool(event.location and mention.location) and _places_agree(event.location, mention.location)
        key = (overlap, own_place, index_of)
        if best_key is None or key > best_key:
            best, best_key = event, key
    return best


# A noun introduced with 'a' ("A public meeting on the route", "an emergency meeting"): a gathering told anew
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
# ... with a word of its own before the noun ("a public meeting", "an emergency meeting"): another kind of gathering
# even when the mention names no one
_QUALIFIED_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){1,2}$", re.I)


# A happening named after a time preposition, "the" and at most two words ("before the EU summit"): a landmark.
_LANDMARK_BEFORE = re.compile(r"\b(?:" + "|".join(LANDMARK_PREPOSITIONS) + r")\s+(?:the|a|an|this|next|its|their)\s+"
                              r"(?:[\w'’-]+\s+){0,2}$", re.I)


# A place named right after a definite happening's noun says which one it is: "The attack in Herat".
_PLACE_AFTER_NOUN = re.compile(r"\s+(?:in|near)\s+[A-Z]")


def _dated_retelling(body: str, event: _Mention, mention: _Mention) -> bool:
    """'The agreement was signed on 6 November at EDC's headquarters in Phnom Penh' after 'announced the signing of
    a power purchase agreement ... for a plant on the Tonle Sap river': a definite happening told with a date of
    its own is the undated one of its type told before it, though their places differ (the first may be its
    object's place), unless the place is named right after its noun ('The attack in Herat')."""
    return (mention.definite and mention.event_type in _HAPPENINGS and event.event_type == mention.event_type
            and event.date is None and mention.date is not None and not mention.date_inherited
            and not _PLACE_AFTER_NOUN.match(body, mention.trigger_end))


def _places_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    words_a = set(re.findall(r"\w+", a.lower()))
    words_b = set(re.findall(r"\w+", b.lower()))
    return bool(words_a & words_b)


class _SentenceShadows:
    """The visits, meetings and delegations told in one sentence, grouped by their current event type, each
    group in order of first telling: a mention looks only at the groups of other types for the first whose
    dates allow, so a sentence with thousands of 'meet' costs no scan of its earlier meetings (issue #11)."""

    def __init__(self) -> None:
        self.groups: dict[str, list[tuple[int, _Mention]]] = {}
        self.placed: dict[int, tuple[int, str]] = {}  # id(mention) -> (order of first telling, group)

    def add(self, mention: _Mention, order: int) -> bool:
        """Place the mention unless it is already here (its first telling is the one a scan meets first)."""
        if id(mention) in self.placed:
            return False
        self.placed[id(mention)] = (order, mention.event_type)
        self.groups.setdefault(mention.event_type, []).append((order, mention))  # orders only grow: kept sorted
        return True

    def retype(self, mention: _Mention) -> None:
        """Move a mention whose event type changed to its new group, at the place of its first telling."""
        order, key = self.placed[id(mention)]
        if key == mention.event_type:
            return
        group = self.groups[key]
        del group[bisect_left(group, order, key=lambda entry: entry[0])]
        insort(self.groups.setdefault(mention.event_type, []), (order, mention), key=lambda entry: entry[0])
        self.placed[id(mention)] = (order, mention.event_type)

    def shadow(self, mention: _Mention) -> _Mention | None:
        """The first mention of another type told here whose dates allow it to be this one's event."""
        best: tuple[int, _Mention] | None = None
        for key, group in self.groups.items():
            if key == mention.event_type:
                continue
            for order, other in group:
                if best is not None and order > best[0]:
                    break
                if (other.date_inherited or mention.date_inherited
                        or _compatible_dates(other.date, mention.date)):
                    best = (order, other)
                    break
        return best[1] if best is not None else None


# A named gathering that is only the occasion of a meeting told just before it: "met ... at a Group of 20 meeting",
# "on the sidelines of the NATO summit".
_OCCASION_BEFORE = re.compile(r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:a|an|the)\s+"
                              r"(?:[A-Z0-9][\w’'-]*\s+(?:of\s+)?){1,4}$")
_OCCASION_REACH = 150


# A plan called off, told of its subject ("The delegation visit, set for this afternoon in Bergen, was cancelled
# on Monday"): the passive verb (`eventwords.PLAN_UNDONE_VERBS`) found as an open trigger tells the status of the
# vocabulary's event before it, no happening of its own; not across a clause break ("met on Monday, and the vote was
# postponed", "the talks ended; the signing was postponed"), not a statement's that-clause, and not a plan moved
# to a new day ("postponed to Friday", "moved to June": the new plan is an event of its own).
_PLAN_CHANGE = re.compile(r"(?:" + "|".join(PLAN_UNDONE_VERBS) + r")", re.I)
_MOVED_TO = re.compile(r"\s+(?:(?:again|indefinitely)\s+)?(?:to|until|till|for)\b", re.I)
_PASSIVE_AUXILIARY = re.compile(r"\b(?:has|have|had)\s+been\s+$|\b(?:was|were|is|are)\s+$", re.I)
_SUBJECT_BREAK = re.compile(r"[;:()\"“”]|\b(?:and|but|or|where|while|when|after|before|because|as)\b", re.I)
_PLAN_SUBJECT_REACH = 160


def _plan_change_of(body: str, event: _Mention, mention: _Mention) -> bool:
    """Whether the open `mention` is a plan change told of `event`, the subject before it in its sentence."""
    return (mention.open and not event.open and event.sentence == mention.sentence and event.event_type != "statement"
            and not _MOVED_TO.match(body, mention.trigger_end)
            and event.trigger_end <= mention.trigger_start <= event.trigger_end + _PLAN_SUBJECT_REACH
            and _PLAN_CHANGE.fullmatch(body, mention.trigger_start, mention.trigger_end) is not None
            and _PASSIVE_AUXILIARY.search(body, max(0, mention.trigger_start - 16), mention.trigger_start) is not None
            and _SUBJECT_BREAK.search(body, event.trigger_end, mention.trigger_start) is None)


# An announcement of the teller's own act: "announced (today|on Monday) that it has signed": the words between the
# announcing word and the act's trigger, in one clause, the act's subject a pronoun of the teller, its verb in the
# present perfect (news of now; "had signed" is an earlier act, "will sign" a plan).
_ANNOUNCING = re.compile(r"(?:" + "|".join(ANNOUNCING_WORDS) + r")", re.I)
_OWN_ACT_BETWEEN = re.compile(r"(?:\s+[^\s.;:!?\"“”()]+){0,4}?\s+that\s+(?:it|they|we)\s+(?:has|have)"
                              r"(?:\s+(?:also|now|just|successfully|formally|officially))?\s+", re.I)
_OWN_ACT_REACH = 80


def _announced_own_act(body: str, statement: _Mention, act: _Mention) -> bool:
    """Whether `act` is the teller's own act that `statement` announces ("X today announced that it has signed")."""
    return (statement.event_type == "statement" and act.event_type != "statement"
            and statement.sentence == act.sentence and act.status == "occurred"
            and (act.date is None or act.date_inherited or act.date == statement.date)  # (the day read for both)
            and statement.trigger_end < act.trigger_start <= statement.trigger_end + _OWN_ACT_REACH
            and _ANNOUNCING.fullmatch(body, statement.trigger_start, statement.trigger_end) is not None
            and _OWN_ACT_BETWEEN.fullmatch(body, statement.trigger_end, act.trigger_start) is not None)


# A ', when' clause told right after a dated act ("won an arbitration case against X in 2016, when a tribunal in The
# Hague ruled that Y's claim ..."): the words between the act's trigger and the clause's, in one clause; the
# clause ends at the sentence's end.
_WHEN_BETWEEN = re.compile(r"[^.;:!?\"“”()]*?,\s+when\s+(?P<subject>[^.;:!?\"“”(),]*?)\s*$", re.I)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
_WHEN_CLAUSE_REACH = 300
# The parties a clause names: countries, their capitals, organisations and ministries, not a nation's people
# ("a fishing ground for Filipinos and Chinese") nor a venue ("a tribunal in The Hague").
_PARTY_KINDS = frozenset({"country", "capital", "organisation", "ministry"})
_VENUE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$", re.I)


def _clause_parties(body: str, start: int, end: int) -> set[str]:
    parties = set()
    for hit in find_places_and_organisations(body, start, end):
        if hit.kind in _PARTY_KINDS and not _VENUE_BEFORE.search(body, max(start, hit.start - 6), hit.start):
            parties.add(hit.country or hit.canonical)
    return parties


def _when_retelling(body: str, event: _Mention, mention: _Mention) -> bool:
    """Whether the 'other' `mention` told in a ', when' clause after the 'other' `event` tells it again: told the
    same year or day, its clause's subject names no party of its own (a tribunal, a court: no party acting), and
    every party the clause names is the event's ("won a case against Spain in 2006, when a tribunal in Geneva
    ruled that Spain's claim ..."; not "... ruled that Italy owed France", nor "when Spain's court ruled")."""
    if not (event.event_type == mention.event_type == "other" and event.sentence == mention.sentence
            and event.date is not None and not event.date_inherited and event.actors
            and (mention.date is None or mention.date_inherited or mention.date == event.date)
            and event.trigger_end < mention.trigger_start <= event.trigger_end + _WHEN_CLAUSE_REACH):
        return False
    between = _WHEN_BETWEEN.fullmatch(body, event.trigger_end, mention.trigger_start)
    if between is None or _clause_parties(body, between.start("subject"), between.end("subject")):
        return False
    end = _CLAUSE_END.search(body, mention.trigger_end)
    named = _clause_parties(body, mention.trigger_end, end.start() if end else len(body))
    return bool(named) and named <= set(event.actors)


# A conference shared with another party: "a joint press conference", "a press conference with her Greek
# counterpart" (the words right after the trigger, in its clause).
_JOINT_TRIGGER = re.compile(r"\bjoint\b", re.I)
_WITH_COUNTERPART = re.compile(r"[^.;:!?\"“”()]{0,20}?\bwith\s+(?:his|her|its|their|the)\s+(?:[\w’'-]+\s+){0,3}?"
                                r"counterparts?\b", re.I)


# The speaker's own aide coordinated with the speaker before the conference ("Spokesman Rui Lopes and his deputy
# Marta Dias told a press conference"): two people of one side, no other party (not "and his Greek counterpart").
_OWN_AIDE_BEFORE = re.compile(r"\band\s+(?:his|her|their)\s+(?!(?:[\w-]+\s+){0,2}?(?:counterparts?|hosts?|guests?|"
                              r"visitors?|opposite|rivals?|opponents?)\b)(?:[\w-]+\s+){1,3}?(?-i:[A-Z])[^.;]*$", re.I)
_OWN_AIDE_REACH = 150


def _told_at_next_conference(body: str, statement: _Mention, conference: _Mention) -> bool:
    """'..., the Japanese government said Wednesday. / "...," said Chief Cabinet Secretary Tanabe at a regular press
    conference.': a body's statement of a day, and a press conference told in the next sentence on that day by a
    speaker of no other party, are one happening told twice (the speaker speaks for the body). A conference of the
    speaker with another (two people at it, a joint one, one with a counterpart) is no longer the body's alone:
    its other party may be no actor found ("her Greek counterpart"), and the body's statement stays its own."""
    return (conference.sentence == statement.sentence + 1 and not statement.participants and statement.actors
            and statement.date is not None and not statement.date_inherited
            and (conference.date is None or conference.date_inherited or conference.date == statement.date)
            and set(conference.actors) <= set(statement.actors)
            and (len(conference.participants) <= 1 or len(conference.participants) == 2 and _OWN_AIDE_BEFORE.search(
                body, max(0, conference.trigger_start - _OWN_AIDE_REACH), conference.trigger_start))
            and not _JOINT_TRIGGER.search(body, conference.trigger_start, conference.trigger_end)
            and not _WITH_COUNTERPART.match(body, conference.trigger_end))


def _one_happening(body: str, mentions: list[_Mention]) -> list[_Mention]:
    """Fold the mentions that tell one happening twice in a row: a statement made at a press conference told in its
    sentence (or a body's statement, then the conference of its speaker in the next) is that conference ("At a news conference on Tuesday, Silva announced"); a meeting's named occasion
    ("met Ana Ruiz at a Group of 20 meeting", also when an initial splits the sentence) is the meeting; an
    announcement of the teller's own act ("announced today that it has signed") is that act, dated; a ', when'
    clause of a third body on the same parties ("won a case in 2016, when a tribunal ruled") is the act; a plan's
    change told of the event before it ("the meeting ... has been postponed to Friday") is that event's."""
    kept: list[_Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if mention.event_type == "statement" or (previous is not None and previous.event_type == "statement"):
            statement, other = (mention, previous) if mention.event_type == "statement" else (previous, mention)
            if (other is not None and other.event_type == "press_conference"
                    and (other.sentence == statement.sentence or _told_at_next_conference(body, statement, other))
                    and _compatible_dates(other.date, statement.date)):
                actors = list(other.actors)
                _absorb(other, statement)
                if other.sentence != statement.sentence:
                    other.actors = actors  # (the body its speaker speaks for is no party of the conference)
                if statement is previous:
                    kept[-1] = other
                continue
        if previous is not None and _announced_own_act(body, previous, mention):
            mention.announcement = previous  # (set aside: `_merge` folds it in once the act's own date is known)
            kept[-1] = mention
            continue
        if previous is not None and _when_retelling(body, previous, mention):
            _absorb(previous, mention)
            continue
        if previous is not None and _plan_change_of(body, previous, mention):
            _absorb(previous, mention)  # (its status, and its date when the event had none of its own)
            continue
        if (previous is not None and mention.event_type == "meeting" and previous.event_type == "meeting"
                and mention.start - previous.end <= _OCCASION_REACH
                and _OCCASION_BEFORE.search(body, max(0, mention.start - 60), mention.start)):
            actors = list(previous.actors)
            _absorb(previous, mention)
            previous.actors = actors  # (the occasion's own body, "NATO" of "a NATO summit", is no party)
            continue
        kept.append(mention)
    return kept


# "the resignation" with nothing after it naming whose: the act of that word told before in the article
_BARE_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_WHOSE_AFTER = re.compile(r"\s+(?:of|by)\b", re.I)


def _bare_retelling_target(body: str, events: list[_Mention], mention: _Mention) -> _Mention | None:
    """A bare definite noun ("Sandholm accepted the resignation", "said the resignation was overdue"), undated or
    dated only from its sentence, retells the one earlier 'other' event of its word's first letters ("resigned on
    Tuesday"): the people of its clause are the acceptor's or the critic's, not the act's. Two or more such events
    earlier: none is taken (which one is unknown)."""
    if mention.event_type != "other" or (mention.date is not None and not mention.date_inherited):
        return None
    if mention.status != "occurred":
        return None  # (a plan or a denial told with 'the' is kept apart: only a done act's retelling joins it)
    if not _BARE_THE_BEFORE.search(body, max(0, mention.trigger_start - 6), mention.trigger_start):
        return None
    if _WHOSE_AFTER.match(body, mention.trigger_end):
        return None
    word = body[mention.trigger_start:mention.trigger_end].split()[:1]
    if not word or len(word[0]) < 6:
        return None
    head = word[0][:5].lower()
    found = [event for event in events if event.event_type == "other" and event.trigger_start < mention.trigger_start
             and body[event.trigger_start:event.trigger_end].split()[:1]
             and body[event.trigger_start:event.trigger_end].split()[0][:5].lower() == head]
    if len(found) != 1 or found[0].status != "occurred" or found[0].date is None or found[0].date_inherited:
        return None
    # Another act told in between ("Bell quit on Monday") may be the one retold, whatever its word: none is taken.
    acts_before = [event for event in events if event.event_type == "other" and event is not mention
                   and event.trigger_start < mention.trigger_start]
    latest = max(acts_before, key=lambda event: event.trigger_start)
    return found[0] if latest is found[0] else None


def _agreement_talks_target(body: str, index: _EventIndex, mention: _Mention) -> _Mention | None:
    """'the talks' told after "X and Y agreed on Wednesday to ...", no gathering told before and no day of its
    own: the talks where they agreed, i.e. the agreement event (one happening, not a meeting of its own)."""
    if not mention.definite or mention.event_type not in _GATHERINGS or mention.status != "occurred":
        return None
    if mention.date is not None and not mention.date_inherited:
        return None
    if any(event.event_type in _GATHERINGS for event in index.events) or index.of_kind("meeting"):
        return None
    found = [event for event in index.events if event.event_type == "agreement_signing"
             and event.status == "occurred" and event.date is not None and not event.date_inherited
             and _compatible_dates(event.date, mention.date) and len(set(event.actors)) >= 2
             and set(mention.actors) <= set(event.actors) and not mention.participants]
    return found[0] if len(found) == 1 else None


def _merge(body: str, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions of one event within the article become one event; the first of a visit and a meeting told in
    one sentence stands for both ('traveled to Moscow to meet', 'plans to meet X, who will be visiting')."""
    index = _EventIndex(body)
    events = index.events
    # (only visits, meetings and delegations are kept per sentence: only they shadow one another)
    by_sentence: dict[int, _SentenceShadows] = {}
    homes: dict[int, list[_SentenceShadows]] = {}  # id(mention) -> the sentences it is kept in
    told = 0

    def keep(sentence: _SentenceShadows, mention: _Mention) -> None:
        nonlocal told
        if sentence.add(mention, told):
            homes.setdefault(id(mention), []).append(sentence)
        told += 1

    for mention in mentions:
        same_sentence = by_sentence.setdefault(mention.sentence, _SentenceShadows())
        shadow = same_sentence.shadow(mention) if mention.event_type in _VISIT_FAMILY else None
        if shadow is not None:
            _absorb(shadow, mention)
            continue
        target = _merge_target(body, index, mention)
        agreed_at = None
        if target is None:
            target = agreed_at = _agreement_talks_target(body, index, mention)
        if target is None:
            target = _bare_retelling_target(body, events, mention)
            if target is not None:
                mention = copy(mention)
                mention.participants, mention.actors = [], []  # ('accepted the resignation': the acceptor's)
        if target is not None:
            if (target.event_type != mention.event_type and mention.event_type in _ONE_GATHERING_TYPES
                    and agreed_at is None):  # (the talks where they agreed: the agreement stays the news)
                target.event_type = mention.event_type  # 'leaders gathered' is the meeting its parts tell
                for sentence in homes.get(id(target), ()):
                    sentence.retype(target)  # (it now shadows, and is shadowed, as its new type)
                index.retype(target)
            retelling = bool(target.location and mention.location) and _dated_retelling(body, target, mention)
            _absorb(target, mention)
            if retelling:
                target.location, target.weak_place = mention.location, mention.weak_place  # (the place told
                # with its date is where it happened)
            if target.event_type in _VISIT_FAMILY:
                keep(same_sentence, target)
            continue
        index.add(mention)
        if mention.event_type in _VISIT_FAMILY:
            keep(same_sentence, mention)
    for event in list(events):
        announcement = event.announcement
        if announcement is None:
            continue
        event.announcement = None
        if event.date is None or event.date_inherited or event.date == announcement.date:
            _absorb(event, announcement)  # the act is the news: told on the announcement's day
        else:
            # "announced today that it has signed ... The agreement was signed on 9 February": the act has a day
            # of its own, and the announcement is a statement of another day
            events.insert(next((i for i, other in enumerate(events) if other.start > announcement.start),
                               len(events)), announcement)
    return events
