"""Cross-article event matching: is an extracted event one the database already has?

The store fills an `EventIndex` with the events it knows and asks `match` for each event of a new article. Two
mentions are one real-world event when they have the same type, their dates agree within a window set by the
precision (a day either way for a dated day, three for visits, which last days and are dated by arrival or by
the main meeting; overlapping months or years otherwise), and they involve the same people: the people one names
are a subset of the other's (so "Brenner meets Silva" and "Brenner meets Lima" on the same day stay apart), or,
when neither names people, they share their countries/organisations (two of them when a date is only a month or
a year). Statements, which are many and alike, need the same people (or, without people, the same countries and
organisations). Undated events match only through a curated catalogue name (`catalogue_names`), since nothing
else tells two undated mentions apart safely.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

from loaders.extract.modality import merged_status
from loaders.extract.names import person_key
from loaders.records import EventRecord

_STRICT_TYPES = {"statement"}
_GATHERINGS = {"meeting", "visit", "phone_call", "press_conference", "delegation_visit"}
_DAY_WINDOW = {"visit": 3, "delegation_visit": 3, "war": 3, "attack": 1}


@dataclass
class KnownEvent:
    event_id: int
    name: str
    event_type: str
    start_date: date | None
    date_precision: str | None
    participants: frozenset[str] = field(default_factory=frozenset)  # person names (canonical)
    actors: frozenset[str] = field(default_factory=frozenset)
    end_date: date | None = None
    location: str | None = None
    status: str = "occurred"  # as stored; a plan later told done becomes 'occurred' (`extend`)

    @classmethod
    def from_record(cls, event_id: int, event: EventRecord) -> "KnownEvent":
        return cls(event_id, event.name, event.event_type, event.start_date, event.date_precision,
                   frozenset(event.participants), frozenset(event.actors), event.end_date, event.location,
                   event.status)


def _period(start: date, end: date | None, precision: str | None, event_type: str, widen: bool = True
            ) -> tuple[date, date]:
    """The days the event may fall on; a day-precision event widened by its type's matching window."""
    if precision == "day" or precision is None:
        window = timedelta(days=_DAY_WINDOW.get(event_type, 1) if widen else 0)
        return start - window, (end or start) + window
    if precision == "month":
        period_end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    else:
        period_end = date(start.year, 12, 31)
    return start, max(end or start, period_end)


_WHAT_WORD = re.compile(r"\b[a-z][a-z’'-]{3,}\b")  # lower-case words of a name: what happened, not who


def _what(name: str) -> frozenset[str]:
    """The stems of the lower-case words of an event's name ("stunned", "debate"): its happening, not its parties."""
    return frozenset(word[:5] for word in _WHAT_WORD.findall(name) if word not in ("with", "from", "into", "over"))


def _keys(names) -> frozenset[str]:
    return frozenset(person_key(name) for name in names if name)


class _Traits(NamedTuple):
    """What matching reads of an event, worked out once: its date window, its people's and actors' keys, the
    stems of its name, and the keys it is indexed under (`_index_keys`)."""
    period: tuple[date, date] | None
    people: frozenset[str]
    actors: frozenset[str]
    what: frozenset[str]
    keys: tuple[tuple[str, ...], ...]


def _traits(event: KnownEvent | EventRecord, widen: bool) -> _Traits:
    period = (_period(event.start_date, event.end_date, event.date_precision, event.event_type, widen)
              if event.start_date is not None else None)
    people, actors, what = _keys(event.participants), _keys(event.actors), _what(event.name)
    return _Traits(period, people, actors, what, _index_keys(event.event_type, people, actors, event.location, what))


def _index_keys(event_type: str, people: frozenset[str], actors: frozenset[str], location: str | None,
                what: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Two dated events can match (`EventIndex._score`) only if they share a person, a country/organisation or
    their place, and two 'other' events only if their names also share a word: an event is indexed under each
    of these keys (for 'other', each pair of one of them and one word), and a lookup reads only its own."""
    keys = [("person", key) for key in people] + [("actor", key) for key in actors]
    if location:
        keys.append(("place", location))
    if event_type == "other":
        return tuple((*key, word) for key in keys for word in what)
    return tuple(keys)


class EventIndex:
    """The events already stored; the store asks `match` for each new article's events and `add`s new ones.

    Use: load every stored event with `add(KnownEvent(...))`, passing the catalogue's event names
    (`{entry.name for entry in registry.events}`) to the constructor; for a new article, `match` all its events
    first (an article's own events are already merged by the events step), then `add` the unmatched ones as new
    events and `extend` the matched ones with the new mention. A known event changes only through `add`,
    `extend` and `remove`, which drop what was worked out from it (`_Traits`) before it changes. `add` keeps only
    what a lookup can reach (it says False otherwise), so the index grows with matchable events, not with all.
    To undo an article whose rows were rolled back: `remove` the events it added, and `add` back the copies
    `known` gave of the events it extended.

    Known events are bucketed by type, by each person, country/organisation and place they name, and by week
    (year, or one list for events spanning years): a lookup reads only the events of its type, sharing one of its
    keys, in the weeks its date allows. So the events read per lookup do not grow with the database's size,
    only with how many stored events of those weeks name the same people, countries or place.
    """

    _WEEKLY_DAYS = 62  # events spanning up to this are bucketed by week, longer ones by year
    _YEARLY_YEARS = 3  # events spanning more years (long wars) sit in one list per type and key
    _LONG_QUERY_DAYS = 400  # a lookup spanning more reads a key's week buckets by scanning them, not week by week

    def __init__(self, catalogue_names: set[str] | frozenset[str] | None = None) -> None:
        self._events: dict[int, KnownEvent] = {}
        self._traits: dict[int, _Traits] = {}  # event id -> its traits while it is indexed
        self._by_week: dict[tuple[str, tuple[str, ...]], dict[int, set[int]]] = {}  # (type, key) -> week -> ids
        self._by_year: dict[tuple[str, tuple[str, ...]], dict[int, set[int]]] = {}  # (type, key) -> year -> ids
        self._long: dict[tuple[str, tuple[str, ...]], set[int]] = {}
        self._by_name: dict[tuple[str, str], set[int]] = {}
        self._catalogue = frozenset(catalogue_names or ())

    def add(self, known: KnownEvent) -> bool:
        """Index a stored event (replacing what was kept under its id); False, keeping nothing, when no lookup can
        ever return it: undated and not in the catalogue, or in no bucket (no person, country/organisation or
        place; for 'other', no word of what happened). The store then keeps nothing of it either."""
        if known.event_id in self._events:
            self._unindex(self._events.pop(known.event_id))
        traits = _traits(known, widen=True)
        if known.name not in self._catalogue and (traits.period is None or not traits.keys):
            return False
        self._events[known.event_id] = known
        self._traits[known.event_id] = traits
        for bucket in self._buckets(known, traits):
            bucket.add(known.event_id)
        return True

    def remove(self, event_id: int) -> KnownEvent | None:
        """Forget a known event (the store undoing an article whose rows were rolled back); what was kept of it."""
        known = self._events.pop(event_id, None)
        if known is not None:
            self._unindex(known)
        return known

    def known(self, event_id: int) -> KnownEvent | None:
        """A copy of what the index keeps of an event (None if it keeps nothing), to `add` back as it was after
        a rolled-back `extend`: `extend` changes the kept event in place."""
        known = self._events.get(event_id)
        return None if known is None else replace(known)

    def extend(self, event_id: int, event: EventRecord) -> None:
        """Widen a known event with a newly matched mention's participants and actors (and date, if it had none);
        a planned event told done elsewhere becomes occurred (`modality.merged_status`)."""
        known = self._events.get(event_id)
        if known is None:
            return
        self._unindex(known)
        known.participants = known.participants | frozenset(event.participants)
        known.actors = known.actors | frozenset(event.actors)
        if known.start_date is None and event.start_date is not None:
            known.start_date, known.end_date, known.date_precision = (event.start_date, event.end_date,
                                                                      event.date_precision)
        known.location = known.location or event.location
        known.status = merged_status(known.status, event.status)
        self._index(known)

    def match(self, event: EventRecord) -> int | None:
        best, best_score = None, None
        mine = _traits(event, widen=False)
        for event_id in self._candidates(event, mine):
            score = self._score(self._events[event_id], self._traits[event_id], event, mine)
            if score is not None and (best_score is None or score > best_score or
                                      (score == best_score and event_id < best)):
                best, best_score = event_id, score
        return best

    def _buckets(self, known: KnownEvent, traits: _Traits):
        if known.name in self._catalogue:
            yield self._by_name.setdefault((known.event_type, known.name), set())
        if traits.period is None:
            return
        first, last = traits.period
        for key in traits.keys:
            typed_key = (known.event_type, key)
            if (last - first).days <= self._WEEKLY_DAYS:
                weeks = self._by_week.setdefault(typed_key, {})
                for week in range(first.toordinal() // 7, last.toordinal() // 7 + 1):
                    yield weeks.setdefault(week, set())
            elif last.year - first.year < self._YEARLY_YEARS:
                years = self._by_year.setdefault(typed_key, {})
                for year in range(first.year, last.year + 1):
                    yield years.setdefault(year, set())
            else:
                yield self._long.setdefault(typed_key, set())

    def _index(self, known: KnownEvent) -> None:
        traits = self._traits[known.event_id] = _traits(known, widen=True)
        for bucket in self._buckets(known, traits):
            bucket.add(known.event_id)

    def _unindex(self, known: KnownEvent) -> None:
        # The traits it was indexed with, dropped: the event is about to change (or be replaced).
        traits = self._traits.pop(known.event_id, None) or _traits(known, widen=True)
        for bucket in self._buckets(known, traits):
            bucket.discard(known.event_id)

    def _candidates(self, event: EventRecord, mine: _Traits | None = None) -> set[int]:
        """The stored events `event` may match: same catalogue name, or same type, a shared key, a date nearby."""
        mine = mine or _traits(event, widen=False)
        found: set[int] = set(self._by_name.get((event.event_type, event.name), ()))
        if mine.period is None:
            return found
        first, last = mine.period
        first_week, last_week = first.toordinal() // 7, last.toordinal() // 7
        for key in mine.keys:
            typed_key = (event.event_type, key)
            found.update(self._long.get(typed_key, ()))
            years = self._by_year.get(typed_key)
            if years:
                for year in range(first.year, last.year + 1):
                    found.update(years.get(year, ()))
            weeks = self._by_week.get(typed_key)
            if not weeks:
                continue
            if (last - first).days <= self._LONG_QUERY_DAYS:
                for week in range(first_week, last_week + 1):
                    found.update(weeks.get(week, ()))
            else:
                # A long query period (a war over years): this key's weeks are fewer than the period's.
                for week, ids in weeks.items():
                    if first_week <= week <= last_week:
                        found.update(ids)
        return found

    def _score(self, known: KnownEvent, theirs: _Traits, event: EventRecord, mine: _Traits) -> tuple | None:
        same_catalogue_name = event.name in self._catalogue and known.name == event.name
        if event.name in self._catalogue and known.name in self._catalogue and not same_catalogue_name:
            return None  # two different well-known events
        if mine.period is None or theirs.period is None:
            return (3, 0, 0) if same_catalogue_name else None
        if mine.period[0] > theirs.period[1] or theirs.period[0] > mine.period[1]:
            return None
        if same_catalogue_name:
            return (2, 0, 0)
        people, actors, known_people, known_actors = mine.people, mine.actors, theirs.people, theirs.actors
        if event.event_type == "other" and not (mine.what & theirs.what):
            return None  # 'other' holds unlike happenings: one needs the same words for what happened
        if event.event_type in _STRICT_TYPES:
            # Many say something every day about the same things: one statement needs the same voices.
            if people or known_people:
                if people != known_people:
                    return None
            elif not actors or actors != known_actors:
                return None
        same_place = bool(known.location and known.location == event.location)
        if event.event_type in _GATHERINGS and bool(people) != bool(known_people):
            return None  # who met (visited, called) whom is what tells gatherings apart
        if people and known_people:
            if not (people <= known_people or known_people <= people):
                return None
            overlap = len(people & known_people)
        else:
            shared = actors & known_actors
            coarse = event.date_precision != "day" or known.date_precision != "day"
            # A month or a year holds many attacks or wars: one shared country is not enough there.
            needed = 2 if coarse else min(2, len(actors), len(known_actors))
            if needed == 0 or len(shared) < needed:
                if not same_place:
                    return None
            overlap = len(shared)
        distance = abs((event.start_date - known.start_date).days)
        return (1, overlap, -distance)
