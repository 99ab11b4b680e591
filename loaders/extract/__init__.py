"""Pure extraction steps: each turns plain records into plain records, with no database and no I/O.

`article` makes an `ArticleRecord` (metadata and clean body) from a `SourceDocument`; `people`, `quotes` and
`events` read that body. `run_steps` chains them; the ingest runs it in worker processes.
"""
from __future__ import annotations

from loaders.records import ExtractedArticle, SourceDocument
from loaders.registry import Registry


def run_steps(doc: SourceDocument, registry: Registry) -> ExtractedArticle:
    from loaders.extract.article import extract_article
    from loaders.extract.events import extract_events
    from loaders.extract.people import extract_people
    from loaders.extract.quotes import extract_quotes

    article = extract_article(doc, registry)
    people = extract_people(article, registry)
    quotes = extract_quotes(article, people, registry)
    events = extract_events(article, people, registry)
    return ExtractedArticle(article=article, people=people, quotes=quotes, events=events)


def extractor_version(registry: Registry) -> str:
    """A fingerprint of the extraction code and the registry: when either changes, re-ingesting an input
    re-extracts it (reported as `updated`) instead of calling it unchanged."""
    import hashlib
    from pathlib import Path

    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".csv", ".json", ".toml") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    digest.update(registry.fingerprint.encode())
    return digest.hexdigest()[:16]
