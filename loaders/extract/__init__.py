"""Pure extraction steps: each turns plain records into plain records, with no database and no I/O.

`article` makes an `ArticleRecord` (metadata and clean body) from a `SourceDocument`; the outlet's known
repeated paragraphs are then stripped (`repeated`); `people`, `quotes` and `events` read the final body through
one shared reading of it, `analysis.ArticleAnalysis` (sentences, words, quotation marks and, once the people
step has run, who is who), built from the units of `text` and the vocabularies of `data/` (the speech verbs in
`data/speech_verbs.py`). `run_steps` chains them all; the ingest runs it in worker processes. Every body step is
linear (or n log n) in the body's length: `tests/loaders/extract/test_linear.py` meters it, and
`scripts/bench_extract.py` measures it; `scripts/snapshot.py` checks that a change leaves the output as it was.
"""
from __future__ import annotations

from collections.abc import Mapping

from loaders.records import ArticleRecord, ExtractedArticle, SourceDocument
from loaders.registry import Registry

# {outlet name or domain, case-folded: hashes of paragraphs that outlet repeats}, learned by the store.
OutletParagraphs = Mapping[str, frozenset[str]]


def outlet_keys(article: ArticleRecord) -> list[str]:
    return [value.casefold() for value in (article.outlet_name, article.outlet_domain) if value]


def run_body_steps(article: ArticleRecord, registry: Registry) -> ExtractedArticle:
    """People, quotes and events of an article whose body is final, from one shared reading of it
    (`loaders.extract.analysis.ArticleAnalysis`): the body is tokenised, split and scanned once."""
    from loaders.extract.analysis import analyse
    from loaders.extract.events import extract_events
    from loaders.extract.people import extract_people
    from loaders.extract.quotes import extract_quotes

    analysis = analyse(article, registry)
    people = extract_people(article, registry, analysis)
    analysis.set_people(people)
    quotes = extract_quotes(article, people, registry, analysis)
    events = extract_events(article, people, registry, analysis)
    return ExtractedArticle(article=article, people=people, quotes=quotes, events=events)


def run_steps(doc: SourceDocument, registry: Registry, repeated: OutletParagraphs | None = None) -> ExtractedArticle:
    from loaders.extract.article import extract_article
    from loaders.extract.repeated import strip_known_paragraphs

    article = extract_article(doc, registry)
    if repeated:
        for key in outlet_keys(article):
            if key in repeated:
                article = strip_known_paragraphs(article, repeated[key])
                break
    return run_body_steps(article, registry)


_HASHED_SUFFIXES = (".py", ".txt", ".csv", ".json", ".toml")
_VERSIONS: dict[tuple, str] = {}  # (the files' stat signature, registry fingerprint) -> fingerprint


def _code_files(package) -> list:
    return [path for path in sorted(package.rglob("*"))
            if path.is_file() and path.suffix in _HASHED_SUFFIXES and "__pycache__" not in path.parts]


def _signature(package: str) -> tuple:
    """Name, size and modification time of every file the fingerprint reads: a tenth of a millisecond to
    take, where reading and hashing them all takes milliseconds (a fixed cost of every ingest)."""
    import os

    found = []
    for root, folders, names in os.walk(package):
        folders[:] = [name for name in folders if name != "__pycache__"]
        for name in names:
            if name.endswith(_HASHED_SUFFIXES):
                stat = os.stat(os.path.join(root, name))
                found.append((os.path.relpath(os.path.join(root, name), package), stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(found))


def extractor_version(registry: Registry) -> str:
    """A fingerprint of the extraction code and the registry: when either changes, re-ingesting an input
    re-extracts it (reported as `updated`) instead of calling it unchanged. Kept per process while no file's
    size or modification time changes."""
    from pathlib import Path

    return code_fingerprint(Path(__file__).resolve().parent, registry.fingerprint)


def code_fingerprint(package, extra: str = "") -> str:
    """The fingerprint of the files under `package` (and `extra`), cached per stat signature."""
    import hashlib

    key = (_signature(str(package)), extra)
    found = _VERSIONS.get(key)
    if found is not None:
        return found
    digest = hashlib.sha256()
    for path in _code_files(package):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    digest.update(extra.encode())
    _VERSIONS[key] = version = digest.hexdigest()[:16]
    return version
