"""Plain records that flow between the ingest steps.

Readers turn files into `SourceDocument`s; the pure extraction steps in `loaders.extract` turn one
`SourceDocument` into an `ArticleRecord` and then into people, mentions, quotes and events; the store
writes an `ExtractedArticle` to the database. No record holds a database object, so every step can be
tested (and run in another process) without a database. All character offsets are Python string indices
into `ArticleRecord.body`, end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter


def _pickled_as_tuple(cls):
    """Pickle a record as its class and a tuple of its fields, in order (unpickled by calling the class): an
    extracted article crosses from a worker process to the ingest as about 60 records, and this form pickles
    a quarter faster and unpickles 40 % faster than the default (a dict of field names per record)."""
    names = [item.name for item in fields(cls)]
    values = attrgetter(*names) if len(names) > 1 else (lambda record: (getattr(record, names[0]),))

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@_pickled_as_tuple
@dataclass
class SourceDocument:
    """One input as read from disk, before any extraction."""

    source_path: str  # the file, as given to `ingest` (joined to the folder it was found in)
    source_format: str  # 'txt', 'html' or 'json'
    raw_text: str  # decoded text: the page text, the HTML source, or a JSON record's text field
    given: dict[str, object] = field(default_factory=dict)
    """Metadata from outside the text, which wins over inference: the JSON record's fields or the folder
    manifest's row, under the contract names `url`, `title`, `published` (str), `outlet`, `authors`
    (list[str]), `language`."""
    source_record: int = 0  # position of the record inside a multi-record file (.json list, .jsonl)


@_pickled_as_tuple
@dataclass
class FailedInput:
    """An input that could not be read or extracted, with a one-line reason."""

    source_path: str
    reason: str
    source_record: int = 0


@_pickled_as_tuple
@dataclass
class ArticleRecord:
    """The article's metadata and clean body, as extracted from a `SourceDocument`."""

    source_path: str
    source_format: str
    raw_text: str
    body: str
    source_record: int = 0
    title: str | None = None
    title_evidence: str | None = None  # why this line was taken as the headline; None when given from outside
    subtitle: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    published_on: date | None = None
    date_precision: str | None = None  # 'day', 'month', 'year' or None
    date_evidence: str | None = None  # the text the date was read from, None when given from outside
    date_rule: str | None = None  # the rule that chose the date ('published-label', 'url', ...); not stored
    url: str | None = None
    outlet_name: str | None = None
    outlet_domain: str | None = None
    outlet_country: str | None = None
    outlet_evidence: str | None = None
    language: str | None = None
    removed_lines: list[str] = field(default_factory=list)  # boilerplate taken out of the body


@_pickled_as_tuple
@dataclass
class MentionRecord:
    """A person named in the body, or referred to by a description ("the minister") that stands for them."""

    surface: str  # the name as written, without title; for kind 'description', the description as written
    start: int
    end: int
    role: str | None = None  # title or description as written next to it
    apposition: str | None = None  # a second role in commas beside the name, when a title precedes it too
    kind: str = "name"  # 'name' or 'description' (a later "the minister" that stands for its holder; db.models)


@_pickled_as_tuple
@dataclass
class PersonRecord:
    """A person named in one article, resolved within that article."""

    name: str  # canonical full name
    mentions: list[MentionRecord] = field(default_factory=list)
    country: str | None = None
    aliases: list[str] = field(default_factory=list)  # full-name variants (e.g. transliterations)


@_pickled_as_tuple
@dataclass
class QuoteRecord:
    """A quotation or reported statement."""

    text: str  # the quoted words without the marks; for 'indirect', the reported clause
    kind: str  # 'direct', 'partial' or 'indirect'
    start: int  # span of `text` in the body
    end: int
    cue: str | None = None
    speaker_name: str | None = None  # a `PersonRecord.name` of the same article
    speaker_label: str | None = None  # how the text names an unnamed or non-person speaker
    speaker_start: int | None = None  # span of the words that name the speaker (name, pronoun, label)
    speaker_end: int | None = None
    speaker_reference: str | None = None  # 'name', 'role', 'pronoun', 'continuation' or 'label' (db.models)
    speaker_confidence: float | None = None  # 0 to 1: how sure the attribution is


@_pickled_as_tuple
@dataclass
class EventRecord:
    """An event that the article reports or recalls."""

    name: str
    event_type: str  # one of db.models.EVENT_TYPES
    start: int  # span of the text that mentions the event
    end: int
    start_date: date | None = None
    end_date: date | None = None
    date_precision: str | None = None
    date_phrase: str | None = None  # the words the date was resolved from
    role: str = "background"  # 'reported' (the article's news) or 'background'
    status: str = "occurred"  # 'occurred', 'planned', 'cancelled' or 'denied' (db.models.EVENT_STATUSES)
    location: str | None = None
    participants: list[str] = field(default_factory=list)  # `PersonRecord.name`s of the same article
    actors: list[str] = field(default_factory=list)  # countries and organisations involved


@_pickled_as_tuple
@dataclass
class ExtractedArticle:
    """Everything extracted from one input: what the store writes in one transaction."""

    article: ArticleRecord
    people: list[PersonRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    input_hash: str | None = None  # the raw input's hash (loaders.readers.RawInput), which the store keeps
