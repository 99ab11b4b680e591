"""Offsets as invariants: every row the extractors make points at the text it claims, on real articles.

Over the seeds, the synthetic regression set and a sample of the dev sets (PolNeAR texts, HTML pages), every
quote's span is its text, every person mention's span is its surface, every span (quote, speaker, mention,
event) starts and ends on a word boundary with no space at either end, and every event's date phrase is
written in the article. The speaker span is checked by what names the speaker: a pronoun, a label (the span is
the label as written, or a pronoun standing for it), a role ("the Russian leader": a determiner, then words), or
the speaker's name (the span is one of that person's mentions). Each of the four kinds must occur, so the checks
cannot pass by having nothing to check.
"""
from __future__ import annotations

import csv
import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from loaders.extract import run_steps
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord, ExtractedArticle, SourceDocument
from loaders.registry import Registry, default_registry_dir, load_registry

_DATA = Path(__file__).resolve().parents[2] / "data"
_SEEDS = Path(__file__).resolve().parents[3] / "seeds"
_REGISTRY = load_registry(default_registry_dir())
_PRONOUNS = frozenset("he she they it i we you him her them".split())
_ROLE_START = re.compile(r"(?i)(?:the|a|an|his|her|its|their)\s+\S")
_SAMPLE_EVERY = {"polnear": 30, "html": 60}  # every 30th PolNeAR text, every 60th HTML page


def _documents() -> dict[str, SourceDocument]:
    docs: dict[str, SourceDocument] = {}
    with (_SEEDS / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        given = {row["file"]: {k: v for k, v in row.items() if k != "file" and v} for row in csv.DictReader(handle)}
    for path in sorted(_SEEDS.glob("*.txt")):
        docs[f"seeds/{path.name}"] = SourceDocument(str(path), "txt", path.read_text(encoding="utf-8"),
                                                    given.get(path.name, {}))
    for path in sorted((_DATA / "synthetic").glob("*.txt")):
        docs[f"synthetic/{path.name}"] = SourceDocument(str(path), "txt", path.read_text(encoding="utf-8"))
    with (_DATA / "dev" / "polnear.dev.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % _SAMPLE_EVERY["polnear"] == 0:
                record = json.loads(line)
                docs[f"polnear/{number}"] = SourceDocument(f"polnear{number}.txt", "txt", record["text"])
    with (_DATA / "dev" / "html.dev.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % _SAMPLE_EVERY["html"] == 0:
                record = json.loads(line)
                page = gzip.decompress((_DATA / "dev" / record["html"]).read_bytes()).decode("utf-8", "replace")
                docs[f"html/{number}"] = SourceDocument(record["html"], "html", page, {"url": record["url"]})
    return docs


_DOCUMENTS = _documents()


@lru_cache(maxsize=None)
def _extracted(key: str) -> ExtractedArticle:
    return run_steps(_DOCUMENTS[key], _REGISTRY)


def _word_bounded(body: str, start: int, end: int) -> bool:
    span = body[start:end]
    if not span or span != span.strip():
        return False
    footnote = body[start - 1:start].isdigit() and body[start - 2:start - 1] == "."  # "humans.2Apparently"
    if start > 0 and body[start - 1].isalnum() and span[0].isalnum() and not footnote:
        return False
    return not (end < len(body) and body[end].isalnum() and span[-1].isalnum())


def speaker_kind(extracted: ExtractedArticle, quote) -> str:
    """How the quote's speaker span names the speaker ('pronoun', 'label', 'role', 'name'), or why it is wrong."""
    body = extracted.article.body
    span = body[quote.speaker_start:quote.speaker_end]
    if span.lower() in _PRONOUNS:
        return "pronoun"
    if quote.speaker_label:
        if span.casefold() == quote.speaker_label.casefold():
            return "label"
        return f"label {quote.speaker_label!r} is not {span!r}"
    people = {person.name: person for person in extracted.people}
    if quote.speaker_name not in people:
        return f"speaker {quote.speaker_name!r} is no person of the article"
    mentions = {(m.start, m.end) for m in people[quote.speaker_name].mentions}
    if (quote.speaker_start, quote.speaker_end) in mentions:
        return "name"
    if _ROLE_START.match(span):
        return "role"
    return f"{span!r} is no mention of {quote.speaker_name!r}"


_KNOWN_BUGS: dict[str, str] = {}


@pytest.mark.parametrize("key", [pytest.param(key, marks=[pytest.mark.xfail(strict=True, reason=_KNOWN_BUGS[key])]
                                              if key in _KNOWN_BUGS else []) for key in sorted(_DOCUMENTS)])
def test_every_span_is_the_text_it_claims(key):
    extracted = _extracted(key)
    article, body = extracted.article, extracted.article.body
    problems = []
    for quote in extracted.quotes:
        if body[quote.start:quote.end] != quote.text or not _word_bounded(body, quote.start, quote.end):
            problems.append(f"quote {quote.text[:40]!r} at {quote.start}:{quote.end}")
        if quote.speaker_start is not None:
            kind = speaker_kind(extracted, quote)
            if kind not in ("pronoun", "label", "role", "name") or not _word_bounded(
                    body, quote.speaker_start, quote.speaker_end):
                problems.append(f"speaker of {quote.text[:30]!r}: {kind} "
                                f"({body[quote.speaker_start:quote.speaker_end]!r})")
    for person in extracted.people:
        for mention in person.mentions:
            if (body[mention.start:mention.end] != mention.surface
                    or not _word_bounded(body, mention.start, mention.end)):
                problems.append(f"mention {mention.surface!r} at {mention.start}:{mention.end}")
    written = "\n".join(filter(None, (article.title, article.subtitle, body)))
    for event in extracted.events:
        if not _word_bounded(body, event.start, event.end):
            problems.append(f"event {event.event_type} {body[event.start:event.end]!r} at {event.start}:{event.end}")
        if event.date_phrase and event.date_phrase not in written:
            problems.append(f"date phrase {event.date_phrase!r} of {event.event_type} is not in the article")
    assert not problems


def test_the_sample_has_every_kind_of_row():
    kinds = {speaker_kind(extracted, quote) for extracted in map(_extracted, sorted(_DOCUMENTS))
             for quote in extracted.quotes if quote.speaker_start is not None}
    assert {"pronoun", "label", "role", "name"} <= kinds
    assert all(_extracted(key).events and _extracted(key).people for key in _DOCUMENTS if key.startswith("seeds/"))


def test_a_name_never_ends_inside_a_word():
    body = "Full-frame mirrorless cameras arrived in this era alongside the Canon R and Nikon Z7."
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = extract_people(article, Registry())
    assert all(_word_bounded(body, m.start, m.end) for person in people for m in person.mentions)
