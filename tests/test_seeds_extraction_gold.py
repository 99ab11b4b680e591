"""The seeds' gold quotes, speakers, people and dated events, scored in pytest at the figures the evaluation scripts
(scripts/eval_quotes.py, eval_people.py, eval_events.py) report today: a drop fails.

The seeds go through the extraction steps as the ingest runs them (`run_steps`, with the folder manifest's
metadata). The scoring follows the scripts' rules in a simpler, stricter form: direct and partial quotes match
gold on their text (trailing ",.;:" and spaces aside) and must all be found, with nothing extra; a named speaker
is right when it is the gold person (`same_person`, both with a given name), an unnamed one when its label is the
gold's (case aside); people match on their name or a full-name surface form; a gold event with a date is found
when a stored event has its type and that date at the gold's precision (one stored event per gold event).
Figures below 1.000 are pinned at today's counts: the known misses are listed, so a new miss fails and a fixed one
only asks for the list to shrink.
"""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache

import pytest

from loaders.extract import run_steps
from loaders.extract.names import person_key, same_person, split_name
from loaders.records import ExtractedArticle, SourceDocument
from loaders.registry import default_registry_dir, load_registry
from tests.conftest import GOLD, SEEDS

GOLD_ARTICLES = json.loads(GOLD.read_text(encoding="utf-8"))
_REGISTRY = load_registry(default_registry_dir())
_FILES = [item["file"] for item in GOLD_ARTICLES]

# Today's figures below 1.000 (scripts on the seeds): indirect recall 18/20 exact and 19/20 at >=50% overlap,
# indirect speakers 18 of 19 named right (direct+partial ones: 32/32), country 25/26.
_INDIRECT_EXACT, _INDIRECT_OVERLAP, _INDIRECT_GOLD = 18, 19, 20
_KNOWN_INDIRECT_SPEAKER_MISSES = 1
_KNOWN_COUNTRY_MISSES = {("004_487107cb677f5b5d.txt", "Shai Levy")}


@lru_cache(maxsize=None)
def _extracted(file: str) -> ExtractedArticle:
    with (SEEDS / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        given = {row["file"]: {k: v for k, v in row.items() if k != "file" and v} for row in csv.DictReader(handle)}
    path = SEEDS / file
    return run_steps(SourceDocument(str(path), "txt", path.read_text(encoding="utf-8"), given.get(file, {})), _REGISTRY)


def _gold(file: str) -> dict:
    return next(item for item in GOLD_ARTICLES if item["file"] == file)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(",.;:").strip()


def _same_named(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    if predicted == gold:
        return True
    left, right = split_name(predicted), split_name(gold)
    return bool(left.given and right.given) and same_person(left, right)


def _speaker_right(quote, gold: dict) -> bool:
    if gold["speaker"]:
        return _same_named(quote.speaker_name, gold["speaker"])
    return quote.speaker_name is None and (quote.speaker_label or "").casefold() == gold["speaker_label"].casefold()


@pytest.mark.parametrize("file", _FILES)
def test_direct_and_partial_quotes_and_their_speakers(file):
    gold, extracted = _gold(file), _extracted(file)
    predicted = [q for q in extracted.quotes if q.kind in ("direct", "partial")]
    wanted = [g for g in gold["quotes"] if g["kind"] in ("direct", "partial")]
    assert sorted(_norm(q.text) for q in predicted) == sorted(_norm(g["text"]) for g in wanted)
    unused = list(predicted)
    for g in wanted:
        quote = next(q for q in unused if _norm(q.text) == _norm(g["text"]))
        unused.remove(quote)
        assert quote.kind == g["kind"], g["text"]
        if g["speaker"] or g["speaker_label"]:
            assert _speaker_right(quote, g), (g["text"], quote.speaker_name, quote.speaker_label)
    not_quotes = {_norm(text) for text in gold.get("not_quotes", [])}
    assert not [q.text for q in predicted if _norm(q.text) in not_quotes]


def test_indirect_quotes_are_found_and_attributed():
    exact = overlapping = speakers_wrong = 0
    for file in _FILES:
        gold, extracted = _gold(file), _extracted(file)
        body = extracted.article.body
        predicted = [q for q in extracted.quotes if q.kind == "indirect"]
        for g in (g for g in gold["quotes"] if g["kind"] == "indirect"):
            start = body.find(g["text"])
            end = start + len(g["text"])
            exact += any(_norm(q.text) == _norm(g["text"]) and q.speaker_name == g["speaker"] for q in predicted)
            located = [q for q in predicted
                       if start >= 0 and min(q.end, end) - max(q.start, start) >= 0.5 * (end - start)]
            overlapping += any(q.speaker_name == g["speaker"] for q in located)
            if located and (g["speaker"] or g["speaker_label"]):
                best = max(located, key=lambda q: min(q.end, end) - max(q.start, start))
                speakers_wrong += not _speaker_right(best, g)
    assert sum(g["kind"] == "indirect" for item in GOLD_ARTICLES for g in item["quotes"]) == _INDIRECT_GOLD
    assert exact >= _INDIRECT_EXACT and overlapping >= _INDIRECT_OVERLAP
    assert speakers_wrong <= _KNOWN_INDIRECT_SPEAKER_MISSES


def _matches(person, gold: dict) -> bool:
    keys = {person_key(gold["name"])} | {person_key(s) for s in gold["surface_forms"] if len(s.split()) > 1}
    found = {person_key(person.name)} | {person_key(a) for a in person.aliases} | {
        person_key(m.surface) for m in person.mentions if len(m.surface.split()) > 1}
    return bool(keys & found)


@pytest.mark.parametrize("file", _FILES)
def test_people_with_their_surface_forms_roles_and_country(file):
    gold, extracted = _gold(file), _extracted(file)
    unused = list(extracted.people)
    for g in gold["people"]:
        person = next((p for p in unused if _matches(p, g)), None)
        assert person is not None, f"missed {g['name']}"
        unused.remove(person)
        assert {m.surface for m in person.mentions} == set(g["surface_forms"]), g["name"]
        assert {r for m in person.mentions for r in (m.role, m.apposition) if r} == set(g["roles"]), g["name"]
        if (file, g["name"]) not in _KNOWN_COUNTRY_MISSES:
            assert person.country == g["country"], g["name"]
    assert not [p.name for p in unused], "people the gold does not have"


def _at_precision(event, precision: str) -> str | None:
    if event.start_date is None:
        return None
    return {"day": event.start_date.isoformat(), "month": event.start_date.isoformat()[:7],
            "year": str(event.start_date.year)}.get(precision)


@pytest.mark.parametrize("file", _FILES)
def test_every_dated_gold_event_is_found_with_its_type_and_date(file):
    gold, extracted = _gold(file), _extracted(file)
    unused = list(extracted.events)
    for g in (g for g in gold["events"] if g.get("date")):
        event = next((e for e in unused if e.event_type == g["type"]
                      and _at_precision(e, g["date_precision"]) == g["date"]), None)
        assert event is not None, f"missed {g['name']} ({g['type']}, {g['date']})"
        unused.remove(event)
