"""Records cross between processes (worker → ingest, Dask) pickled as their fields in order, not as dicts."""
from __future__ import annotations

import pickle
from datetime import date

import pytest

from loaders.records import (
    ArticleRecord,
    EventRecord,
    ExtractedArticle,
    FailedInput,
    MentionRecord,
    PersonRecord,
    QuoteRecord,
    SourceDocument,
)

_ARTICLE = ArticleRecord("made/up.txt", "txt", "Raw text.", "Body text.", 2, title="A Headline",
                         published_on=date(2021, 4, 5), authors=["Ana Ruiz"], removed_lines=["Share this"])
_PERSON = PersonRecord("Ana Ruiz", [MentionRecord("Ruiz", 3, 7, role="mayor")], "Spain", ["Ana Ruís"])
_QUOTE = QuoteRecord("We will rebuild", "direct", 10, 25, cue="said", speaker_name="Ana Ruiz",
                     speaker_reference="name", speaker_confidence=0.9)
_EVENT = EventRecord("Ruiz–Ode meeting", "meeting", 30, 40, start_date=date(2021, 4, 5), participants=["Ana Ruiz"])

RECORDS = [
    SourceDocument("made/up.jsonl", "json", "Some text.", {"url": "https://example.org/x"}, 4),
    FailedInput("made/up.txt", "not valid UTF-8", 1),
    _ARTICLE,
    _PERSON,
    _QUOTE,
    _EVENT,
    ExtractedArticle(_ARTICLE, [_PERSON], [_QUOTE], [_EVENT], input_hash="ab12"),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: type(record).__name__)
def test_a_record_pickles_as_its_fields_and_comes_back_equal(record):
    data = pickle.dumps(record, pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(data) == record
    assert b"source_path" not in data and b"speaker_name" not in data and b"start_date" not in data  # no field names
