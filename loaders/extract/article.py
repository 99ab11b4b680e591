"""Article step: title, date, outlet and body from a `SourceDocument` (first version)."""
from __future__ import annotations

import re
from datetime import date

from loaders.records import ArticleRecord, SourceDocument
from loaders.registry import Registry


def _given_date(value) -> tuple[date | None, str | None]:
    if not value:
        return None, None
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if not match:
        return None, None
    year, month, day = match.groups()
    if day:
        return date(int(year), int(month), int(day)), "day"
    if month:
        return date(int(year), int(month), 1), "month"
    return date(int(year), 1, 1), "year"


def extract_article(doc: SourceDocument, registry: Registry) -> ArticleRecord:
    given = doc.given
    lines = [line.strip() for line in doc.raw_text.splitlines()]
    lines = [line for line in lines if line]
    title = given.get("title") or (lines[0] if lines else None)
    body_lines = lines[1:] if not given.get("title") and lines else lines
    published, precision = _given_date(given.get("published"))
    authors = given.get("authors") or []
    return ArticleRecord(
        source_path=doc.source_path,
        source_format=doc.source_format,
        source_record=doc.source_record,
        raw_text=doc.raw_text,
        body="\n\n".join(body_lines),
        title=title,
        url=given.get("url"),
        outlet_name=given.get("outlet"),
        authors=list(authors),
        published_on=published,
        date_precision=precision,
        language=given.get("language"),
    )
