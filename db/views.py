"""Read-only BI views (`v_*`): their portable SQL, column descriptions, and how migrations create and drop them.

The views flatten the normalised tables into what a dashboard wants: one row per quote, article, mention,
person or event mention, with outlet names, dates and year/month buckets already joined in. Their SQL is plain
SQL-92 plus window-free aggregates, so one definition runs on SQLite and PostgreSQL (and in DuckDB attached to
either). On PostgreSQL the descriptions become `COMMENT ON VIEW` / `COMMENT ON COLUMN`, which BI tools show.

Rules for migrations (why they exist, not just what they do):
- A view set is frozen once a migration uses it (`VIEWS_0002` is what migration 0002 creates). Replaying old
  migrations on a new database must build the views of that time, against the columns of that time. To change a
  view, add a new set (e.g. `VIEWS_0007`), a migration that calls `replace_views(op, VIEWS_0002, VIEWS_0007)`,
  and point `CURRENT_VIEWS` at the new set.
- Any later migration that alters a table the views read (every `op.batch_alter_table` on SQLite, and on
  PostgreSQL any column drop or type change) must run inside `bi_objects_suspended(op, CURRENT_VIEWS_AT_THAT_
  REVISION, FTS_SET_AT_THAT_REVISION)`. SQLite's batch mode copies the table, drops it and renames the copy;
  the rename fails while a view names the table, and dropping the table silently drops the full-text
  triggers. The context manager drops views (and SQLite's FTS triggers) first and recreates them after,
  re-indexing the full-text tables so they match the copied rows.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from db.fts import FTS_0005, FtsSet, statement_runner


@dataclass(frozen=True)
class View:
    name: str
    description: str
    columns: tuple[tuple[str, str], ...]  # (column name, description), in the SELECT's order
    select: str

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)

    def create_sql(self) -> str:
        return f"CREATE VIEW {self.name} AS\n{self.select.strip()}"

    def drop_sql(self) -> str:
        return f"DROP VIEW IF EXISTS {self.name}"


# Portable date parts: CAST(date AS VARCHAR) is ISO 'YYYY-MM-DD' on both backends (SQLite stores DATE as text).
def _year(column: str) -> str:
    return f"CAST(SUBSTR(CAST({column} AS VARCHAR(10)), 1, 4) AS INTEGER)"


def _month(column: str, precision: str) -> str:
    # A year-precision date is stored as January 1st; calling it January would invent a month.
    return f"CASE WHEN {precision} IN ('day', 'month') THEN SUBSTR(CAST({column} AS VARCHAR(10)), 1, 7) END"


_PUBLISHED_COLUMNS = (
    ("published_on", "Publication date of the article (first day of the month/year at coarser precision)."),
    ("date_precision", "Precision of published_on: day, month or year; NULL when undated."),
    ("published_year", "Publication year as a number; NULL when undated."),
    ("published_month", "Publication month as 'YYYY-MM'; NULL when undated or known only to the year."),
)

V_QUOTE_FACTS = View(
    "v_quote_facts",
    "One row per quotation: who said it (named person or label), kind, cue, the text, its article, outlet and date.",
    (
        ("quote_id", "quotes.id."),
        ("article_id", "articles.id of the article quoting."),
        ("speaker_id", "people.id of the speaker; NULL for unnamed or non-person speakers."),
        ("speaker_name", "Canonical name of the speaker; NULL when not a named person."),
        ("speaker_label", "How the text names an unnamed or non-person speaker, e.g. 'a senior official'."),
        ("speaker", "speaker_name, else speaker_label, else '(unattributed)': one column to group by."),
        ("speaker_is_named", "1 when the speaker is a named person, else 0."),
        ("kind", "direct, partial (a fragment) or indirect."),
        ("cue", "The speech verb or phrase, e.g. 'told reporters'."),
        ("quote_text", "The quoted words (for indirect speech, the reported clause)."),
        ("quote_chars", "Length of quote_text in characters."),
        ("start_char", "Offset of the quote in articles.body."),
        ("end_char", "End offset (exclusive) in articles.body."),
        ("article_title", "Headline of the article."),
        ("article_url", "URL of the article."),
        *_PUBLISHED_COLUMNS,
        ("outlet_id", "outlets.id; NULL when the outlet is unknown."),
        ("outlet_name", "Outlet short name; NULL when unknown."),
        ("outlet_country", "Country the outlet is based in."),
    ),
    f"""
SELECT q.id AS quote_id,
       q.article_id,
       q.speaker_id,
       p.name AS speaker_name,
       q.speaker_label,
       COALESCE(p.name, q.speaker_label, '(unattributed)') AS speaker,
       CASE WHEN q.speaker_id IS NULL THEN 0 ELSE 1 END AS speaker_is_named,
       q.kind,
       q.cue,
       q.text AS quote_text,
       LENGTH(q.text) AS quote_chars,
       q.start_char,
       q.end_char,
       a.title AS article_title,
       a.url AS article_url,
       a.published_on,
       a.date_precision,
       {_year("a.published_on")} AS published_year,
       {_month("a.published_on", "a.date_precision")} AS published_month,
       a.outlet_id,
       o.name AS outlet_name,
       o.country AS outlet_country
FROM quotes AS q
JOIN articles AS a ON a.id = q.article_id
LEFT JOIN people AS p ON p.id = q.speaker_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
""",
)

V_ARTICLE_FACTS = View(
    "v_article_facts",
    "One row per article: outlet, dates, size and how many people, mentions, quotes and events were extracted.",
    (
        ("article_id", "articles.id."),
        ("title", "Headline."),
        ("url", "URL, when known."),
        *_PUBLISHED_COLUMNS,
        ("outlet_id", "outlets.id; NULL when the outlet is unknown."),
        ("outlet_name", "Outlet short name; NULL when unknown."),
        ("outlet_domain", "Outlet web domain."),
        ("outlet_country", "Country the outlet is based in."),
        ("outlet_kind", "newspaper, news agency, broadcaster, magazine or website."),
        ("language", "Article language (ISO 639-1), when known."),
        ("source_format", "Input format: txt, html or json."),
        ("byline", "The byline as written."),
        ("authors", "Author names, '; '-separated."),
        ("body_chars", "Length of the clean body in characters."),
        ("people_count", "Distinct people mentioned."),
        ("mention_count", "Person mentions."),
        ("quote_count", "Quotations of any kind."),
        ("direct_quote_count", "Direct quotations."),
        ("partial_quote_count", "Partial quotations (fragments)."),
        ("indirect_quote_count", "Reported speech."),
        ("unnamed_quote_count", "Quotations whose speaker is not a named person."),
        ("event_count", "Distinct events mentioned."),
        ("ingested_at", "When newsdb first stored the article (UTC)."),
    ),
    f"""
SELECT a.id AS article_id,
       a.title,
       a.url,
       a.published_on,
       a.date_precision,
       {_year("a.published_on")} AS published_year,
       {_month("a.published_on", "a.date_precision")} AS published_month,
       a.outlet_id,
       o.name AS outlet_name,
       o.domain AS outlet_domain,
       o.country AS outlet_country,
       o.kind AS outlet_kind,
       a.language,
       a.source_format,
       a.byline,
       a.authors,
       LENGTH(a.body) AS body_chars,
       COALESCE(m.people, 0) AS people_count,
       COALESCE(m.mentions, 0) AS mention_count,
       COALESCE(q.quotes, 0) AS quote_count,
       COALESCE(q.direct_quotes, 0) AS direct_quote_count,
       COALESCE(q.partial_quotes, 0) AS partial_quote_count,
       COALESCE(q.indirect_quotes, 0) AS indirect_quote_count,
       COALESCE(q.unnamed_quotes, 0) AS unnamed_quote_count,
       COALESCE(e.events, 0) AS event_count,
       a.ingested_at
FROM articles AS a
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN (
    SELECT article_id, COUNT(*) AS mentions, COUNT(DISTINCT person_id) AS people
    FROM mentions
    GROUP BY article_id
) AS m ON m.article_id = a.id
LEFT JOIN (
    SELECT article_id,
           COUNT(*) AS quotes,
           SUM(CASE WHEN kind = 'direct' THEN 1 ELSE 0 END) AS direct_quotes,
           SUM(CASE WHEN kind = 'partial' THEN 1 ELSE 0 END) AS partial_quotes,
           SUM(CASE WHEN kind = 'indirect' THEN 1 ELSE 0 END) AS indirect_quotes,
           SUM(CASE WHEN speaker_id IS NULL THEN 1 ELSE 0 END) AS unnamed_quotes
    FROM quotes
    GROUP BY article_id
) AS q ON q.article_id = a.id
LEFT JOIN (
    SELECT article_id, COUNT(DISTINCT event_id) AS events
    FROM event_mentions
    GROUP BY article_id
) AS e ON e.article_id = a.id
""",
)

V_MENTION_FACTS = View(
    "v_mention_facts",
    "One row per mention of a person: the name and role as written, the person, the article, outlet and date.",
    (
        ("mention_id", "mentions.id."),
        ("article_id", "articles.id."),
        ("person_id", "people.id."),
        ("person_name", "Canonical name of the person."),
        ("surface", "The name as written."),
        ("role", "Title or description written next to the name, e.g. 'Foreign Minister'; NULL if none."),
        ("start_char", "Offset of the name in articles.body."),
        ("end_char", "End offset (exclusive) in articles.body."),
        ("article_title", "Headline of the article."),
        *_PUBLISHED_COLUMNS,
        ("outlet_id", "outlets.id; NULL when the outlet is unknown."),
        ("outlet_name", "Outlet short name; NULL when unknown."),
    ),
    f"""
SELECT m.id AS mention_id,
       m.article_id,
       m.person_id,
       p.name AS person_name,
       m.surface,
       m.role,
       m.start_char,
       m.end_char,
       a.title AS article_title,
       a.published_on,
       a.date_precision,
       {_year("a.published_on")} AS published_year,
       {_month("a.published_on", "a.date_precision")} AS published_month,
       a.outlet_id,
       o.name AS outlet_name
FROM mentions AS m
JOIN people AS p ON p.id = m.person_id
JOIN articles AS a ON a.id = m.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
""",
)

V_PERSON_FACTS = View(
    "v_person_facts",
    "One row per person: how often and where they are mentioned and quoted, and the first and last dates seen.",
    (
        ("person_id", "people.id."),
        ("person_name", "Canonical full name."),
        ("country", "Country the person represents, if known."),
        ("mention_count", "Mentions across all articles."),
        ("article_count", "Articles mentioning the person."),
        ("outlet_count", "Distinct known outlets mentioning the person."),
        ("quote_count", "Quotations attributed to the person."),
        ("first_published_on", "Publication date of the earliest dated article mentioning the person."),
        ("last_published_on", "Publication date of the latest dated article mentioning the person."),
    ),
    """
SELECT p.id AS person_id,
       p.name AS person_name,
       p.country,
       COALESCE(m.mentions, 0) AS mention_count,
       COALESCE(m.articles, 0) AS article_count,
       COALESCE(m.outlets, 0) AS outlet_count,
       COALESCE(q.quotes, 0) AS quote_count,
       m.first_published_on,
       m.last_published_on
FROM people AS p
LEFT JOIN (
    SELECT mn.person_id,
           COUNT(*) AS mentions,
           COUNT(DISTINCT mn.article_id) AS articles,
           COUNT(DISTINCT a.outlet_id) AS outlets,
           MIN(a.published_on) AS first_published_on,
           MAX(a.published_on) AS last_published_on
    FROM mentions AS mn
    JOIN articles AS a ON a.id = mn.article_id
    GROUP BY mn.person_id
) AS m ON m.person_id = p.id
LEFT JOIN (
    SELECT speaker_id, COUNT(*) AS quotes
    FROM quotes
    WHERE speaker_id IS NOT NULL
    GROUP BY speaker_id
) AS q ON q.speaker_id = p.id
""",
)

V_EVENT_COVERAGE = View(
    "v_event_coverage",
    "One row per event and article mentioning it (events without a mention appear once, with NULL article).",
    (
        ("event_id", "events.id."),
        ("event_name", "Descriptive name of the event."),
        ("event_type", "meeting, visit, attack, election, ... (see events.event_type)."),
        ("start_date", "When the event happened; NULL if undated."),
        ("end_date", "When it ended, for events spanning days."),
        ("event_date_precision", "Precision of start_date: day, month or year."),
        ("event_year", "Year of start_date as a number; NULL if undated."),
        ("location", "Where it happened, as written."),
        ("event_mention_id", "event_mentions.id."),
        ("mention_role", "reported (the article's news) or background (an earlier event it recalls)."),
        ("date_phrase", "The words the article dates the event with."),
        ("mention_text", "The article's words for the event (articles.body between the offsets)."),
        ("start_char", "Offset of the mention in articles.body."),
        ("end_char", "End offset (exclusive) in articles.body."),
        ("article_id", "articles.id of the article mentioning the event."),
        ("article_title", "Headline of the article."),
        ("article_url", "URL of the article."),
        *_PUBLISHED_COLUMNS,
        ("outlet_id", "outlets.id; NULL when the outlet is unknown."),
        ("outlet_name", "Outlet short name; NULL when unknown."),
    ),
    f"""
SELECT e.id AS event_id,
       e.name AS event_name,
       e.event_type,
       e.start_date,
       e.end_date,
       e.date_precision AS event_date_precision,
       {_year("e.start_date")} AS event_year,
       e.location,
       em.id AS event_mention_id,
       em.role AS mention_role,
       em.date_phrase,
       SUBSTR(a.body, em.start_char + 1, em.end_char - em.start_char) AS mention_text,
       em.start_char,
       em.end_char,
       a.id AS article_id,
       a.title AS article_title,
       a.url AS article_url,
       a.published_on,
       a.date_precision,
       {_year("a.published_on")} AS published_year,
       {_month("a.published_on", "a.date_precision")} AS published_month,
       a.outlet_id,
       o.name AS outlet_name
FROM events AS e
LEFT JOIN event_mentions AS em ON em.event_id = e.id
LEFT JOIN articles AS a ON a.id = em.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
""",
)

# Created by migration 0002. Frozen: see the module docstring before changing anything here.
VIEWS_0002: tuple[View, ...] = (V_QUOTE_FACTS, V_ARTICLE_FACTS, V_MENTION_FACTS, V_PERSON_FACTS, V_EVENT_COVERAGE)


def _with_columns(view: View, after: str, columns: tuple[tuple[str, str, str], ...]) -> View:
    """`view` with more columns, each (name, description, SQL expression), inserted after column `after`."""
    names = view.column_names
    at = names.index(after) + 1
    described = view.columns[:at] + tuple((name, text) for name, text, _ in columns) + view.columns[at:]
    anchor = f" AS {after},\n" if f" AS {after},\n" in view.select else f".{after},\n"
    head, tail = view.select.split(anchor, 1)
    added = "".join(f"       {expression} AS {name},\n" for name, _, expression in columns)
    return View(view.name, view.description, described, head + anchor + added + tail)


# Migration 0004: how each quote's speaker was found, and whether an event happened.
V_QUOTE_FACTS_0004 = _with_columns(V_QUOTE_FACTS, "speaker_is_named", (
    ("speaker_reference", "How the speaker was found: name, role, pronoun, continuation or label.",
     "q.speaker_reference"),
    ("speaker_confidence", "How sure newsdb is of the speaker, 0 to 1; NULL when unattributed.",
     "q.speaker_confidence"),
))
V_EVENT_COVERAGE_0004 = _with_columns(V_EVENT_COVERAGE, "event_type", (
    ("event_status", "occurred, planned, cancelled or denied.", "e.status"),
))
VIEWS_0004: tuple[View, ...] = (
    V_QUOTE_FACTS_0004, V_ARTICLE_FACTS, V_MENTION_FACTS, V_PERSON_FACTS, V_EVENT_COVERAGE_0004
)

# Migration 0005: the per-article and per-person counts come from the summary tables the loader keeps
# (db.summaries), not from aggregating every mention and quote on each read. Same columns, same values.
V_ARTICLE_FACTS_0005 = View(
    V_ARTICLE_FACTS.name,
    V_ARTICLE_FACTS.description,
    V_ARTICLE_FACTS.columns,
    f"""
SELECT a.id AS article_id,
       a.title,
       a.url,
       a.published_on,
       a.date_precision,
       {_year("a.published_on")} AS published_year,
       {_month("a.published_on", "a.date_precision")} AS published_month,
       a.outlet_id,
       o.name AS outlet_name,
       o.domain AS outlet_domain,
       o.country AS outlet_country,
       o.kind AS outlet_kind,
       a.language,
       a.source_format,
       a.byline,
       a.authors,
       LENGTH(a.body) AS body_chars,
       COALESCE(s.people_count, 0) AS people_count,
       COALESCE(s.mention_count, 0) AS mention_count,
       COALESCE(s.quote_count, 0) AS quote_count,
       COALESCE(s.direct_quote_count, 0) AS direct_quote_count,
       COALESCE(s.partial_quote_count, 0) AS partial_quote_count,
       COALESCE(s.indirect_quote_count, 0) AS indirect_quote_count,
       COALESCE(s.unnamed_quote_count, 0) AS unnamed_quote_count,
       COALESCE(s.event_count, 0) AS event_count,
       a.ingested_at
FROM articles AS a
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN article_stats AS s ON s.article_id = a.id
""",
)
V_PERSON_FACTS_0005 = View(
    V_PERSON_FACTS.name,
    V_PERSON_FACTS.description,
    V_PERSON_FACTS.columns,
    """
SELECT p.id AS person_id,
       p.name AS person_name,
       p.country,
       COALESCE(s.mention_count, 0) AS mention_count,
       COALESCE(s.article_count, 0) AS article_count,
       COALESCE(s.outlet_count, 0) AS outlet_count,
       COALESCE(s.quote_count, 0) AS quote_count,
       s.first_mentioned AS first_published_on,
       s.last_mentioned AS last_published_on
FROM people AS p
LEFT JOIN person_stats AS s ON s.person_id = p.id
""",
)
VIEWS_0005: tuple[View, ...] = (
    V_QUOTE_FACTS_0004, V_ARTICLE_FACTS_0005, V_MENTION_FACTS, V_PERSON_FACTS_0005, V_EVENT_COVERAGE_0004
)

# Migration 0008: v_mention_facts shows each mention's kind (since 0007 a later description such as 'the
# minister' is stored as a mention of the person it stands for), and says what surface holds for such a row.
_MENTION_COLUMNS_0008 = tuple(
    (name, "The name as written; for a description mention (kind 'description'), the description as written "
           "('the minister').") if name == "surface" else (name, text)
    for name, text in V_MENTION_FACTS.columns)
V_MENTION_FACTS_0008 = _with_columns(
    View(V_MENTION_FACTS.name,
         "One row per mention of a person: the name (or a later description standing for it) and role as written, "
         "the person, the article, outlet and date.",
         _MENTION_COLUMNS_0008, V_MENTION_FACTS.select),
    "person_name", (
        ("kind", "name (the person is named here) or description (a later description such as 'the minister' "
                 "standing for a person the article named before; surface and role are that description, not a "
                 "title written next to a name).", "m.kind"),
    ))
VIEWS_0008: tuple[View, ...] = (
    V_QUOTE_FACTS_0004, V_ARTICLE_FACTS_0005, V_MENTION_FACTS_0008, V_PERSON_FACTS_0005, V_EVENT_COVERAGE_0004
)
CURRENT_VIEWS: tuple[View, ...] = VIEWS_0008
CURRENT_FTS: FtsSet = FTS_0005


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def create_views(op_or_connection, views: Sequence[View]) -> None:
    dialect, execute = statement_runner(op_or_connection)
    for view in views:
        execute(view.create_sql())
        if dialect == "postgresql":
            execute(f"COMMENT ON VIEW {view.name} IS {_literal(view.description)}")
            for column, description in view.columns:
                execute(f"COMMENT ON COLUMN {view.name}.{column} IS {_literal(description)}")


def drop_views(op_or_connection, views: Sequence[View]) -> None:
    _, execute = statement_runner(op_or_connection)
    for view in reversed(views):
        execute(view.drop_sql())


def replace_views(op_or_connection, old: Sequence[View], new: Sequence[View]) -> None:
    drop_views(op_or_connection, old)
    create_views(op_or_connection, new)


@contextmanager
def bi_objects_suspended(op_or_connection, views: Sequence[View], fts: FtsSet | None) -> Iterator[None]:
    """Drop the views (and SQLite's full-text triggers) for a table rebuild; recreate and re-index after."""
    drop_views(op_or_connection, views)
    if fts is not None:
        fts.drop_triggers(op_or_connection)
    yield
    if fts is not None:
        fts.create_triggers(op_or_connection)
        fts.rebuild(op_or_connection)
    create_views(op_or_connection, views)
