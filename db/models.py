"""The newsdb schema as SQLAlchemy 2 typed models; the migrations in `migrations/` create exactly this.

Every table and column carries a comment (PostgreSQL shows it to BI tools as `COMMENT ON`), every constraint a
name from `NAMING_CONVENTION`, every foreign key an index. Categorical columns are VARCHAR with a named CHECK
rather than native enums, so both backends and batch migrations treat them alike. Timestamps are stored in UTC.
Offsets (`start_char`, `end_char`) are Python string indices into `articles.body`, end exclusive.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DATE_PRECISIONS = ("day", "month", "year")
QUOTE_KINDS = ("direct", "partial", "indirect")
EVENT_TYPES = (
    "meeting",
    "visit",
    "agreement_signing",
    "phone_call",
    "statement",
    "press_conference",
    "attack",
    "war",
    "election",
    "vote_veto",
    "diplomatic_relations",
    "delegation_visit",
    "other",
)
EVENT_ROLES = ("reported", "background")
EVENT_STATUSES = ("occurred", "planned", "cancelled", "denied")
SPEAKER_REFERENCES = ("name", "role", "pronoun", "continuation", "label")
MENTION_KINDS = ("name", "description")
SOURCE_FORMATS = ("txt", "html", "json")
RUN_STATUSES = ("running", "completed", "interrupted", "failed", "abandoned")
FAILURE_KINDS = ("error", "warning")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _in(column: str, values: tuple[str, ...], nullable: bool = False) -> str:
    listed = ", ".join(f"'{value}'" for value in values)
    check = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {check}" if nullable else check


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Outlet(Base):
    __tablename__ = "outlets"
    __table_args__ = {"comment": "News outlets (publications, agencies, broadcasters) that articles come from."}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    name: Mapped[str] = mapped_column(String(200), unique=True, comment="Short name, e.g. 'Haaretz'.")
    domain: Mapped[str | None] = mapped_column(
        String(253), unique=True, comment="Web domain without 'www.', e.g. 'haaretz.com'; NULL when unknown."
    )
    full_name: Mapped[str | None] = mapped_column(String(300), comment="Full name when it differs from name.")
    country: Mapped[str | None] = mapped_column(String(100), comment="Country the outlet is based in.")
    language: Mapped[str | None] = mapped_column(String(20), comment="Main language (ISO 639-1 code).")
    kind: Mapped[str | None] = mapped_column(
        String(50), comment="newspaper, news agency, broadcaster, magazine or website."
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, comment="When newsdb first stored the outlet (UTC)."
    )

    articles: Mapped[list[Article]] = relationship(back_populates="outlet")


class OutletBoilerplate(Base):
    __tablename__ = "outlet_boilerplate"
    __table_args__ = (
        UniqueConstraint("outlet_id", "line_hash"),
        {"comment": "Paragraphs repeated across many articles of one outlet, removed from their bodies as boilerplate."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    outlet_id: Mapped[int] = mapped_column(
        ForeignKey("outlets.id", ondelete="CASCADE"), index=True, comment="The outlet whose articles repeat it."
    )
    line_hash: Mapped[str] = mapped_column(
        String(64), comment="SHA-256 of the paragraph with case, spacing and digits folded."
    )
    line: Mapped[str] = mapped_column(Text, comment="The paragraph as first seen, for checking.")
    articles: Mapped[int] = mapped_column(Integer, comment="In how many of the outlet's articles it was found.")
    learned_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, comment="When newsdb recognised it as repeated (UTC)."
    )


class IngestRun(Base):
    __tablename__ = "ingest_runs"
    __table_args__ = (
        CheckConstraint(_in("status", RUN_STATUSES), name="status"),
        {"comment": "One row per `newsdb ingest` invocation, with its counts."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    started_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, comment="When the run started (UTC)."
    )
    finished_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), comment="When the run ended (UTC); NULL while running or if killed."
    )
    status: Mapped[str] = mapped_column(
        String(20),
        default="running",
        comment="running, completed, interrupted (stopped by a signal), failed (with reason) or abandoned "
        "(left running by a killed process; marked by the next run).",
    )
    reason: Mapped[str | None] = mapped_column(
        Text, comment="Why the run did not complete (the signal or error), one line; NULL when it completed."
    )
    paths: Mapped[str] = mapped_column(Text, comment="The paths given to ingest, one per line.")
    extractor_version: Mapped[str] = mapped_column(
        String(40), comment="Fingerprint of the extraction code and registry used."
    )
    added: Mapped[int] = mapped_column(Integer, default=0, comment="Articles added.")
    updated: Mapped[int] = mapped_column(Integer, default=0, comment="Articles whose input or extraction changed.")
    unchanged: Mapped[int] = mapped_column(Integer, default=0, comment="Inputs already stored as they are.")
    failed: Mapped[int] = mapped_column(Integer, default=0, comment="Inputs that could not be stored.")


class IngestFailure(Base):
    __tablename__ = "ingest_failures"
    __table_args__ = (
        CheckConstraint(_in("kind", FAILURE_KINDS), name="kind"),
        {"comment": "Inputs that failed to ingest, and warnings about inputs (e.g. a manifest's unknown column)."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    run_id: Mapped[int] = mapped_column(
        ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True, comment="The ingest run it failed in."
    )
    source_path: Mapped[str] = mapped_column(Text, comment="The file, as given to ingest.")
    source_record: Mapped[int] = mapped_column(
        Integer, default=0, comment="Record number inside a .json list or .jsonl file (0 for single inputs)."
    )
    reason: Mapped[str] = mapped_column(Text, comment="One-line reason.")
    kind: Mapped[str] = mapped_column(
        String(10),
        default="error",
        server_default="error",
        comment="error (the input was not stored) or warning (stored, but something in it was ignored).",
    )
    failed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, comment="When it failed (UTC)."
    )


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        CheckConstraint(_in("date_precision", DATE_PRECISIONS, nullable=True), name="date_precision"),
        CheckConstraint(_in("source_format", SOURCE_FORMATS), name="source_format"),
        UniqueConstraint("source_path", "source_record"),
        Index("ix_articles_published_on", "published_on"),
        {"comment": "News articles: metadata, the clean body that all offsets point into, and the raw input."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlets.id", ondelete="SET NULL"), index=True, comment="The outlet; NULL when unknown."
    )
    title: Mapped[str | None] = mapped_column(Text, comment="Headline; NULL when the input has none.")
    title_evidence: Mapped[str | None] = mapped_column(
        Text, comment="Why this line was taken as the headline (the signals seen); NULL when given from outside."
    )
    subtitle: Mapped[str | None] = mapped_column(Text, comment="Standfirst under the headline, if any.")
    byline: Mapped[str | None] = mapped_column(Text, comment="The byline as written, e.g. 'By Jane Doe'.")
    authors: Mapped[str | None] = mapped_column(
        Text, comment="Author names from the byline, '; '-separated; NULL when the byline names no person."
    )
    published_on: Mapped[date | None] = mapped_column(
        Date, comment="Publication date; the first day of the month or year when only that is known."
    )
    date_precision: Mapped[str | None] = mapped_column(
        String(10), comment="Precision of published_on: day, month or year; NULL when the date is unknown."
    )
    date_evidence: Mapped[str | None] = mapped_column(
        Text, comment="The text the date was read from; NULL when given from outside (manifest, JSON)."
    )
    url: Mapped[str | None] = mapped_column(Text, unique=True, comment="Canonical URL, when known.")
    language: Mapped[str | None] = mapped_column(String(20), comment="Language (ISO 639-1), when known.")
    body: Mapped[str] = mapped_column(
        Text, comment="The clean article text; paragraphs separated by a blank line. Offsets point here."
    )
    boilerplate: Mapped[str | None] = mapped_column(
        Text, comment="Lines removed from the input as boilerplate, one per line, for checking."
    )
    raw_text: Mapped[str] = mapped_column(Text, comment="The decoded input as read (page text, HTML or JSON text).")
    source_format: Mapped[str] = mapped_column(String(10), comment="Input format: txt, html or json.")
    content_hash: Mapped[str] = mapped_column(
        String(64), unique=True, comment="SHA-256 of the input and its given metadata; identifies the input."
    )
    source_path: Mapped[str] = mapped_column(Text, comment="The file it came from, as given to ingest.")
    source_record: Mapped[int] = mapped_column(
        Integer, default=0, comment="Record number inside a .json list or .jsonl file (0 for single inputs)."
    )
    extractor_version: Mapped[str] = mapped_column(
        String(40), comment="Fingerprint of the extraction code and registry that produced the rows."
    )
    ingest_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("ingest_runs.id", ondelete="SET NULL"), index=True, comment="The run that last wrote it."
    )
    ingested_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, comment="When first stored (UTC)."
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, comment="When last written (UTC)."
    )

    outlet: Mapped[Outlet | None] = relationship(back_populates="articles")


class ArticleInput(Base):
    __tablename__ = "article_inputs"
    __table_args__ = (
        {"comment": "The raw inputs (bytes as read, before decoding or parsing) each article was last written from, "
                    "so that re-ingesting unchanged input is a hash and a look-up, with no parsing."},
    )

    input_hash: Mapped[str] = mapped_column(
        String(64), primary_key=True,
        comment="SHA-256 of the reader's code, the input format, its given metadata and its raw bytes "
                "(loaders.readers.RawInput).")
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True, comment="The article written from it.")


class Person(Base):
    __tablename__ = "people"
    __table_args__ = {"comment": "Real people named in articles, one row per person across all articles."}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    name: Mapped[str] = mapped_column(String(300), comment="Canonical full name.")
    name_key: Mapped[str] = mapped_column(
        String(300), unique=True, comment="Normalised name (case, accents and punctuation folded)."
    )
    country: Mapped[str | None] = mapped_column(String(100), comment="Country the person represents, if known.")
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, comment="When first stored (UTC)."
    )
    revision: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", index=True,
        comment="resolution_state.revision of the ingest batch that last added or changed the person (or its "
        "aliases); concurrent writers reload what changed since they last looked.",
    )


class PersonAlias(Base):
    __tablename__ = "person_aliases"
    __table_args__ = {"comment": "Every full-name variant seen for a person (spellings, transliterations)."}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True, comment="The person."
    )
    alias: Mapped[str] = mapped_column(String(300), comment="The variant as written.")
    alias_key: Mapped[str] = mapped_column(
        String(300), unique=True, comment="Normalised variant; one person per variant."
    )


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        # A person's articles without touching the table (co-mentions, roles over time, orphan checks).
        Index("ix_mentions_person_id_article_id", "person_id", "article_id"),
        CheckConstraint(_in("kind", MENTION_KINDS), name="kind"),
        {"comment": (
            "A person named in an article, with the span and the role written next to it; or a description mention "
            "(kind 'description'): a later description such as 'the minister' that the article uses for a person "
            "it named before with that title. Summaries and views count both kinds as mentions of the person (its "
            "mentions, its roles); its articles and co-mentions are the same either way, as it is named there too.")},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True, comment="The article."
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), comment="The person named."
    )
    surface: Mapped[str] = mapped_column(String(300), comment=(
        "The name as written, without title; for a description mention, the description as written ('the minister')."
    ))
    role: Mapped[str | None] = mapped_column(Text, comment="Title or description as written next to it.")
    apposition: Mapped[str | None] = mapped_column(
        Text, comment="A second description set off by commas beside the name, e.g. 'a former ambassador'."
    )
    start_char: Mapped[int] = mapped_column(Integer, comment="Offset of the name in articles.body.")
    end_char: Mapped[int] = mapped_column(Integer, comment="End offset (exclusive) in articles.body.")
    kind: Mapped[str] = mapped_column(String(12), default="name", server_default="name", comment=(
        "name (the person is named here) or description (a description such as 'the minister' standing for a "
        "person the article named before; surface and role are the description as written)."
    ))


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        CheckConstraint(_in("kind", QUOTE_KINDS), name="kind"),
        CheckConstraint("speaker_id IS NULL OR speaker_label IS NULL", name="one_speaker"),
        CheckConstraint(_in("speaker_reference", SPEAKER_REFERENCES, nullable=True), name="speaker_reference"),
        CheckConstraint(
            "speaker_confidence IS NULL OR (speaker_confidence >= 0 AND speaker_confidence <= 1)",
            name="speaker_confidence",
        ),
        # A speaker's quotes by date (quotes by person, orphan checks) without touching the table.
        Index("ix_quotes_speaker_id_published_on", "speaker_id", "published_on", "article_id", "start_char"),
        # The least certain speakers first, in the order least_certain_speakers lists them.
        Index("ix_quotes_speaker_confidence", "speaker_confidence", "article_id", "start_char", "id"),
        {"comment": "Quotations and reported speech, with who said them."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True, comment="The article."
    )
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"),
        comment="The person who said it; NULL when the speaker is not a named person.",
    )
    speaker_label: Mapped[str | None] = mapped_column(
        Text, comment="How the text names an unnamed or non-person speaker; NULL when speaker_id is set."
    )
    text: Mapped[str] = mapped_column(
        Text, comment="The quoted words without the marks; for indirect speech, the reported clause."
    )
    kind: Mapped[str] = mapped_column(String(10), comment="direct, partial (a fragment) or indirect.")
    cue: Mapped[str | None] = mapped_column(String(200), comment="The speech verb or phrase, e.g. 'told reporters'.")
    start_char: Mapped[int] = mapped_column(Integer, comment="Offset of text in articles.body.")
    end_char: Mapped[int] = mapped_column(Integer, comment="End offset (exclusive) in articles.body.")
    speaker_start_char: Mapped[int | None] = mapped_column(
        Integer, comment="Offset of the words naming the speaker (name, pronoun or label), if any."
    )
    speaker_end_char: Mapped[int | None] = mapped_column(Integer, comment="End offset of those words.")
    speaker_reference: Mapped[str | None] = mapped_column(
        String(20),
        comment="How the speaker was found: name (named at the quote), role (a description such as 'the minister' "
        "resolved to a person), pronoun (resolved to a person), continuation (no attribution of its own: the "
        "previous speaker goes on) or label (an unnamed or non-person speaker); NULL when unattributed.",
    )
    speaker_confidence: Mapped[float | None] = mapped_column(
        Float,
        comment="How sure newsdb is of the speaker, 0 to 1 (a named speaker at the quote is surest; a pronoun "
        "or continuation over distance least); NULL when unattributed.",
    )
    published_on: Mapped[date | None] = mapped_column(
        Date,
        comment="The article's publication date (articles.published_on), copied by the loader so that a speaker's "
        "quotes can be read in date order from one index.",
    )


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint(_in("event_type", EVENT_TYPES), name="event_type"),
        CheckConstraint(_in("date_precision", DATE_PRECISIONS, nullable=True), name="date_precision"),
        CheckConstraint(_in("status", EVENT_STATUSES), name="status"),
        Index("ix_events_start_date", "start_date"),
        {"comment": "Real-world events reported or recalled by articles; one row per event across articles."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    name: Mapped[str] = mapped_column(Text, comment="Descriptive name.")
    event_type: Mapped[str] = mapped_column(
        String(30),
        comment="meeting, visit, agreement_signing, phone_call, statement, press_conference, attack, war, "
        "election, vote_veto, diplomatic_relations, delegation_visit or other.",
    )
    start_date: Mapped[date | None] = mapped_column(
        Date, comment="When it happened (first day of the month/year at coarser precision); NULL if undated."
    )
    end_date: Mapped[date | None] = mapped_column(Date, comment="When it ended, for events that span days.")
    date_precision: Mapped[str | None] = mapped_column(
        String(10), comment="Precision of start_date: day, month or year; NULL when undated."
    )
    location: Mapped[str | None] = mapped_column(Text, comment="Where it happened, as written.")
    status: Mapped[str] = mapped_column(
        String(10),
        default="occurred",
        server_default="occurred",
        comment="occurred, planned (announced or scheduled, not yet happened), cancelled or denied (reported "
        "as not having happened).",
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, comment="When first stored (UTC)."
    )
    revision: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", index=True,
        comment="resolution_state.revision of the ingest batch that last added or changed the event (dates, "
        "location, participants, actors); concurrent writers reload what changed since they last looked.",
    )


class EventMention(Base):
    __tablename__ = "event_mentions"
    __table_args__ = (
        CheckConstraint(_in("role", EVENT_ROLES), name="role"),
        {"comment": "An article's mention of an event, with its span and how the article dates it."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True, comment="The event."
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True, comment="The article."
    )
    start_char: Mapped[int] = mapped_column(Integer, comment="Offset of the mention in articles.body.")
    end_char: Mapped[int] = mapped_column(Integer, comment="End offset (exclusive) in articles.body.")
    date_phrase: Mapped[str | None] = mapped_column(Text, comment="The words the date was resolved from.")
    role: Mapped[str] = mapped_column(
        String(20), comment="reported (the article's news) or background (an earlier event it recalls)."
    )


class EventParticipant(Base):
    __tablename__ = "event_participants"
    __table_args__ = {"comment": "People taking part in an event."}

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, comment="The event."
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True, comment="The person."
    )


class EventActor(Base):
    __tablename__ = "event_actors"
    __table_args__ = {"comment": "Countries and organisations involved in an event, as named."}

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, comment="The event."
    )
    actor: Mapped[str] = mapped_column(String(300), primary_key=True, comment="Country or organisation name.")


# -- concurrent writers -----------------------------------------------------------------------------------------


class ResolutionState(Base):
    __tablename__ = "resolution_state"
    __table_args__ = {
        "comment": "One row: the change counter ingest writers share, so each can refresh its in-memory people and "
        "event indexes with what other writers stored (see loaders.store)."
    }

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Always 1.")
    revision: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0",
        comment="Bumped by every ingest batch that adds or changes people or events; stamped on those rows.",
    )
    reset_revision: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0",
        comment="The revision at which people or events were last deleted (orphans): writers that saw an older "
        "revision reload their indexes whole.",
    )


# -- summary tables -------------------------------------------------------------------------------------------
# Counts over everything, kept by the loader in the same transaction as the rows they count (db.summaries), so
# the canned queries and views read a few rows instead of aggregating millions. Key columns never hold NULL:
# outlet_key is 0 for articles without a known outlet and year_key 0 for undated ones. Date bounds cover dated
# articles only (NULL when none is dated). Rows whose counts all fall to zero are deleted.

_OUTLET_KEY = "outlets.id of the articles counted; 0 for articles without a known outlet (no outlets row)."
_YEAR_KEY = "Publication year of the articles counted; 0 for undated articles."


class ArticleStats(Base):
    __tablename__ = "article_stats"
    __table_args__ = {
        "comment": "Summary, one row per article with extracted rows: how many people, mentions, quotes and "
        "events were extracted from it (articles without any have no row)."
    }

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, comment="The article."
    )
    people_count: Mapped[int] = mapped_column(Integer, comment="Distinct people mentioned.")
    mention_count: Mapped[int] = mapped_column(Integer, comment="Person mentions.")
    quote_count: Mapped[int] = mapped_column(Integer, comment="Quotations of any kind.")
    direct_quote_count: Mapped[int] = mapped_column(Integer, comment="Direct quotations.")
    partial_quote_count: Mapped[int] = mapped_column(Integer, comment="Partial quotations (fragments).")
    indirect_quote_count: Mapped[int] = mapped_column(Integer, comment="Reported speech.")
    unnamed_quote_count: Mapped[int] = mapped_column(
        Integer, comment="Quotations whose speaker is not a named person."
    )
    event_count: Mapped[int] = mapped_column(Integer, comment="Distinct events mentioned.")
    event_mention_count: Mapped[int] = mapped_column(Integer, comment="Event mentions.")


class OutletYearStats(Base):
    __tablename__ = "outlet_year_stats"
    __table_args__ = {
        "comment": "Summary per outlet and publication year: articles and what was extracted from them."
    }

    outlet_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment=_OUTLET_KEY)
    year_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment=_YEAR_KEY)
    articles: Mapped[int] = mapped_column(Integer, comment="Articles.")
    quotes: Mapped[int] = mapped_column(Integer, comment="Quotations in them.")
    unnamed_quotes: Mapped[int] = mapped_column(Integer, comment="Quotations whose speaker is not a named person.")
    person_mentions: Mapped[int] = mapped_column(Integer, comment="Person mentions.")
    event_mentions: Mapped[int] = mapped_column(
        Integer, comment="Events mentioned, counted once per article (the sum of article_stats.event_count)."
    )
    first_published: Mapped[date | None] = mapped_column(Date, comment="Earliest publication date.")
    last_published: Mapped[date | None] = mapped_column(Date, comment="Latest publication date.")


class PersonOutletStats(Base):
    __tablename__ = "person_outlet_stats"
    __table_args__ = (
        # Who each outlet quotes most: an outlet's speakers by quotes.
        Index("ix_person_outlet_stats_outlet_key_quotes", "outlet_key", "quotes"),
        {"comment": "Summary per person and outlet: how often the outlet's articles mention and quote the person."},
    )

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, comment="The person."
    )
    outlet_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment=_OUTLET_KEY)
    mentions: Mapped[int] = mapped_column(Integer, comment="Mentions of the person.")
    mentioned_articles: Mapped[int] = mapped_column(Integer, comment="Articles mentioning the person.")
    quotes: Mapped[int] = mapped_column(Integer, comment="Quotations attributed to the person.")
    direct_quotes: Mapped[int] = mapped_column(Integer, comment="Direct quotations attributed to the person.")
    quoted_articles: Mapped[int] = mapped_column(Integer, comment="Articles quoting the person.")
    first_mentioned: Mapped[date | None] = mapped_column(Date, comment="Earliest article mentioning the person.")
    last_mentioned: Mapped[date | None] = mapped_column(Date, comment="Latest article mentioning the person.")
    first_quoted: Mapped[date | None] = mapped_column(Date, comment="Earliest article quoting the person.")
    last_quoted: Mapped[date | None] = mapped_column(Date, comment="Latest article quoting the person.")


class PersonStats(Base):
    __tablename__ = "person_stats"
    __table_args__ = (
        Index("ix_person_stats_quote_count", "quote_count"),
        {"comment": "Summary per person (person_outlet_stats added up): mentions and quotations across all articles."},
    )

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, comment="The person."
    )
    mention_count: Mapped[int] = mapped_column(Integer, comment="Mentions across all articles.")
    article_count: Mapped[int] = mapped_column(Integer, comment="Articles mentioning the person.")
    outlet_count: Mapped[int] = mapped_column(Integer, comment="Distinct known outlets mentioning the person.")
    quote_count: Mapped[int] = mapped_column(Integer, comment="Quotations attributed to the person.")
    direct_quote_count: Mapped[int] = mapped_column(Integer, comment="Direct quotations attributed to the person.")
    quoted_article_count: Mapped[int] = mapped_column(Integer, comment="Articles quoting the person.")
    quoting_outlet_count: Mapped[int] = mapped_column(Integer, comment="Distinct known outlets quoting the person.")
    first_mentioned: Mapped[date | None] = mapped_column(Date, comment="Earliest article mentioning the person.")
    last_mentioned: Mapped[date | None] = mapped_column(Date, comment="Latest article mentioning the person.")
    first_quoted: Mapped[date | None] = mapped_column(Date, comment="Earliest article quoting the person.")
    last_quoted: Mapped[date | None] = mapped_column(Date, comment="Latest article quoting the person.")


class LabelOutletStats(Base):
    __tablename__ = "label_outlet_stats"
    __table_args__ = {
        "comment": "Summary per outlet and unnamed-speaker label: how each outlet labels the speakers it does not name."
    }

    outlet_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment=_OUTLET_KEY)
    speaker_label: Mapped[str] = mapped_column(
        String(500), primary_key=True,
        comment="quotes.speaker_label (its first 500 characters), or '(unattributed)' for quotes without a speaker.",
    )
    quotes: Mapped[int] = mapped_column(Integer, comment="Quotations with this label.")
    articles: Mapped[int] = mapped_column(Integer, comment="Articles with such quotations.")


class CoMentionStats(Base):
    __tablename__ = "co_mention_stats"
    __table_args__ = (
        CheckConstraint("person_id < other_person_id", name="ordered_pair"),
        # The pairs a person is the second of.
        Index("ix_co_mention_stats_other_person_id", "other_person_id", "person_id"),
        {"comment": "Summary per pair of people and outlet: articles of the outlet that mention both (each pair "
                    "once, lower person id first)."},
    )

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, comment="The person with the lower id."
    )
    other_person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, comment="The person with the higher id."
    )
    outlet_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment=_OUTLET_KEY)
    articles: Mapped[int] = mapped_column(Integer, comment="Articles mentioning both.")
    first_together: Mapped[date | None] = mapped_column(Date, comment="Earliest such article.")
    last_together: Mapped[date | None] = mapped_column(Date, comment="Latest such article.")


class EventOutletStats(Base):
    __tablename__ = "event_outlet_stats"
    __table_args__ = {"comment": "Summary per event and outlet: how often the outlet's articles mention the event."}

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, comment="The event."
    )
    outlet_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment=_OUTLET_KEY)
    mentions: Mapped[int] = mapped_column(Integer, comment="Mentions of the event.")
    articles: Mapped[int] = mapped_column(Integer, comment="Articles mentioning the event.")
    first_published: Mapped[date | None] = mapped_column(Date, comment="Earliest article mentioning the event.")
    last_published: Mapped[date | None] = mapped_column(Date, comment="Latest article mentioning the event.")


class EventStats(Base):
    __tablename__ = "event_stats"
    __table_args__ = (
        Index("ix_event_stats_outlet_count", "outlet_count"),
        {"comment": "Summary per event (event_outlet_stats added up): mentions, articles and outlets."},
    )

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, comment="The event."
    )
    mention_count: Mapped[int] = mapped_column(Integer, comment="Mentions across all articles.")
    article_count: Mapped[int] = mapped_column(Integer, comment="Articles mentioning the event.")
    outlet_count: Mapped[int] = mapped_column(Integer, comment="Distinct known outlets mentioning the event.")
    first_published: Mapped[date | None] = mapped_column(Date, comment="Earliest article mentioning the event.")
    last_published: Mapped[date | None] = mapped_column(Date, comment="Latest article mentioning the event.")


class PersonRoleStats(Base):
    __tablename__ = "person_role_stats"
    __table_args__ = {
        "comment": "Summary per person, role as written, publication year and outlet: mentions with that role."
    }

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, comment="The person."
    )
    role: Mapped[str] = mapped_column(
        String(500), primary_key=True, comment="mentions.role (its first 500 characters)."
    )
    year_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment=_YEAR_KEY)
    outlet_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment=_OUTLET_KEY)
    mentions: Mapped[int] = mapped_column(Integer, comment="Mentions of the person with the role.")
    articles: Mapped[int] = mapped_column(Integer, comment="Articles with such mentions.")
    first_seen: Mapped[date | None] = mapped_column(Date, comment="Earliest such article.")
    last_seen: Mapped[date | None] = mapped_column(Date, comment="Latest such article.")
