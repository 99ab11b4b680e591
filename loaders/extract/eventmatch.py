"""Cross-article event matching: is an extracted event one the database already has? (first version)"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from loaders.records import EventRecord


@dataclass
class KnownEvent:
    event_id: int
    name: str
    event_type: str
    start_date: date | None
    date_precision: str | None
    participants: frozenset[str] = field(default_factory=frozenset)  # person names (canonical)
    actors: frozenset[str] = field(default_factory=frozenset)


class EventIndex:
    """The events already stored; the store asks `match` for each new article's events and `add`s new ones."""

    def __init__(self) -> None:
        self._events: list[KnownEvent] = []

    def add(self, known: KnownEvent) -> None:
        self._events.append(known)

    def match(self, event: EventRecord) -> int | None:
        if event.start_date is None:
            return None
        for known in self._events:
            if (
                known.event_type == event.event_type
                and known.start_date == event.start_date
                and known.date_precision == event.date_precision
                and known.participants & set(event.participants)
            ):
                return known.event_id
        return None
