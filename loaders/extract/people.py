"""People step: persons named in the body, resolved within the article (first version)."""
from __future__ import annotations

import re

from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b")


def extract_people(article: ArticleRecord, registry: Registry) -> list[PersonRecord]:
    people: dict[str, PersonRecord] = {}
    for match in _NAME.finditer(article.body):
        name = match.group(1)
        person = people.setdefault(name, PersonRecord(name=name))
        person.mentions.append(MentionRecord(surface=name, start=match.start(1), end=match.end(1)))
    return list(people.values())
