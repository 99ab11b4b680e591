"""Events step: events reported or recalled in the body, with dates and participants (first version)."""
from __future__ import annotations

from loaders.records import ArticleRecord, EventRecord, PersonRecord
from loaders.registry import Registry


def extract_events(article: ArticleRecord, people: list[PersonRecord], registry: Registry) -> list[EventRecord]:
    return []
