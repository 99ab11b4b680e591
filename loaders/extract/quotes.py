"""Quotes step: direct, partial and indirect quotations with their speakers (first version)."""
from __future__ import annotations

import re

from loaders.records import ArticleRecord, PersonRecord, QuoteRecord
from loaders.registry import Registry

_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{20,})[\"\u201d]")


def extract_quotes(article: ArticleRecord, people: list[PersonRecord], registry: Registry) -> list[QuoteRecord]:
    return [
        QuoteRecord(text=m.group(1), kind="direct", start=m.start(1), end=m.end(1))
        for m in _QUOTED.finditer(article.body)
    ]
