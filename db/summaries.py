"""Summary tables: counts over everything, kept exact by the loader in the same transaction as the rows they count.

Each summary is defined as the SQL that computes it from the base tables (`Counter.parts`), used by
`rebuild` (migration 0005, scripts/scale_db.py, repairs), by `verify` (tests, checks) and to recompute one key.
The store adds and subtracts whole articles through `Changes`, which computes an article's contribution in
Python from the rows it has just built (`ArticleFacts`), or from the stored rows of an article about to be
replaced or deleted, so a batch costs no extra queries; `Changes._contribute` is the Python twin of the SQL,
and the tests check after ingests, updates and deletes that the stored summaries equal a fresh computation.

Counts are additive over articles, and so are "distinct articles" counts: an article is counted once per key,
because a key never spans two articles' contributions twice. "Distinct outlets" counts are not additive, which
is why the per-outlet tables (`person_outlet_stats`, `event_outlet_stats`) exist and the per-person and
per-event tables (`Rollup`) are recomputed from them for the keys a batch touched. Date bounds (first/last)
only ever widen when rows are added; when rows are removed and a removed date was a bound, the key's row is
recomputed from the base tables. Keys are never NULL (`outlet_key` 0 = unknown outlet, `year_key` 0 = undated),
so every summary has a plain primary key that both backends can upsert on.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Table, and_, bindparam, select, text, tuple_

from db.fts import statement_runner
from db.models import (
    ArticleStats,
    CoMentionStats,
    EventOutletStats,
    EventStats,
    LabelOutletStats,
    OutletYearStats,
    PersonOutletStats,
    PersonRoleStats,
    PersonStats,
)

OUTLET_KEY = "COALESCE(a.outlet_id, 0)"
YEAR_KEY = "COALESCE(CAST(SUBSTR(CAST(a.published_on AS VARCHAR(10)), 1, 4) AS INTEGER), 0)"
UNATTRIBUTED = "(unattributed)"
KEY_TEXT_CHARS = 500  # text keys are cut to this, so a runaway label or role cannot exceed an index entry's size
CHUNK = 500  # ids or keys per IN list


@dataclass(frozen=True)
class Part:
    """One SELECT over base tables that contributes to a summary, grouped by the summary's key."""

    source: str  # FROM clause, joins included
    article: str  # the article id expression, for batch filters
    keys: tuple[str, ...]  # key expressions, in the summary's key order
    values: dict[str, str]  # summary column -> aggregate expression
    where: str = ""


@dataclass(frozen=True)
class Counter:
    """A summary table kept by adding and subtracting each article's contribution."""

    table: Table
    keys: tuple[str, ...]
    sums: tuple[str, ...]
    firsts: tuple[str, ...] = ()  # MIN dates
    lasts: tuple[str, ...] = ()  # MAX dates
    parts: tuple[Part, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.keys + self.sums + self.firsts + self.lasts

    def select_sql(self, filters: Sequence[str | None] | None = None) -> str:
        """The summary computed from the base tables; `filters[i]` (SQL) narrows part i."""
        selects = []
        for i, part in enumerate(self.parts):
            columns = [f"{expression} AS {name}" for expression, name in zip(part.keys, self.keys)]
            for name in self.sums:
                columns.append(f"{part.values.get(name, '0')} AS {name}")
            for name in self.firsts + self.lasts:
                columns.append(f"{part.values.get(name, 'CAST(NULL AS DATE)')} AS {name}")
            conditions = [c for c in (part.where, filters[i] if filters else None) if c]
            where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
            group = ", ".join(part.keys)
            selects.append(f"SELECT {', '.join(columns)} FROM {part.source}{where} GROUP BY {group}")
        if len(selects) == 1:
            return selects[0]
        outer = [*self.keys, *(f"SUM({c}) AS {c}" for c in self.sums), *(f"MIN({c}) AS {c}" for c in self.firsts),
                 *(f"MAX({c}) AS {c}" for c in self.lasts)]
        return (f"SELECT {', '.join(outer)} FROM ({' UNION ALL '.join(selects)}) AS parts "
                f"GROUP BY {', '.join(self.keys)}")

    def for_key_sql(self) -> str:
        return self.select_sql([
            " AND ".join(f"{expression} = :k{i}" for i, expression in enumerate(part.keys)) for part in self.parts
        ])


@dataclass(frozen=True)
class Rollup:
    """A summary recomputed, for the keys a batch touched, from a per-outlet counter (distinct outlets)."""

    table: Table
    key: str
    select: str  # SQL over the per-outlet table with a {where} placeholder, one row per key

    def select_sql(self, where: str = "") -> str:
        return self.select.format(where=f"WHERE {where}" if where else "")


def _text_key(expression: str) -> str:
    return f"SUBSTR({expression}, 1, {KEY_TEXT_CHARS})"


ARTICLE_STATS = Counter(
    ArticleStats.__table__,
    keys=("article_id",),
    sums=("people_count", "mention_count", "quote_count", "direct_quote_count", "partial_quote_count",
          "indirect_quote_count", "unnamed_quote_count", "event_count", "event_mention_count"),
    parts=(
        Part("mentions AS m", "m.article_id", ("m.article_id",),
             {"people_count": "COUNT(DISTINCT m.person_id)", "mention_count": "COUNT(*)"}),
        Part("quotes AS q", "q.article_id", ("q.article_id",), {
            "quote_count": "COUNT(*)",
            "direct_quote_count": "SUM(CASE WHEN q.kind = 'direct' THEN 1 ELSE 0 END)",
            "partial_quote_count": "SUM(CASE WHEN q.kind = 'partial' THEN 1 ELSE 0 END)",
            "indirect_quote_count": "SUM(CASE WHEN q.kind = 'indirect' THEN 1 ELSE 0 END)",
            "unnamed_quote_count": "SUM(CASE WHEN q.speaker_id IS NULL THEN 1 ELSE 0 END)",
        }),
        Part("event_mentions AS em", "em.article_id", ("em.article_id",),
             {"event_count": "COUNT(DISTINCT em.event_id)", "event_mention_count": "COUNT(*)"}),
    ),
)

OUTLET_YEAR_STATS = Counter(
    OutletYearStats.__table__,
    keys=("outlet_key", "year_key"),
    sums=("articles", "quotes", "unnamed_quotes", "person_mentions", "event_mentions"),
    firsts=("first_published",),
    lasts=("last_published",),
    parts=(
        Part("articles AS a", "a.id", (OUTLET_KEY, YEAR_KEY), {
            "articles": "COUNT(*)", "first_published": "MIN(a.published_on)", "last_published": "MAX(a.published_on)",
        }),
        Part("quotes AS q JOIN articles AS a ON a.id = q.article_id", "q.article_id", (OUTLET_KEY, YEAR_KEY), {
            "quotes": "COUNT(*)", "unnamed_quotes": "SUM(CASE WHEN q.speaker_id IS NULL THEN 1 ELSE 0 END)",
        }),
        Part("mentions AS m JOIN articles AS a ON a.id = m.article_id", "m.article_id", (OUTLET_KEY, YEAR_KEY),
             {"person_mentions": "COUNT(*)"}),
        # Distinct (article, event) pairs: each article counts each of its events once.
        Part("event_mentions AS em JOIN articles AS a ON a.id = em.article_id", "em.article_id",
             (OUTLET_KEY, YEAR_KEY),
             {"event_mentions": "COUNT(DISTINCT CAST(em.article_id AS BIGINT) * 4294967296 + em.event_id)"}),
    ),
)

PERSON_OUTLET_STATS = Counter(
    PersonOutletStats.__table__,
    keys=("person_id", "outlet_key"),
    sums=("mentions", "mentioned_articles", "quotes", "direct_quotes", "quoted_articles"),
    firsts=("first_mentioned", "first_quoted"),
    lasts=("last_mentioned", "last_quoted"),
    parts=(
        Part("mentions AS m JOIN articles AS a ON a.id = m.article_id", "m.article_id", ("m.person_id", OUTLET_KEY), {
            "mentions": "COUNT(*)", "mentioned_articles": "COUNT(DISTINCT m.article_id)",
            "first_mentioned": "MIN(a.published_on)", "last_mentioned": "MAX(a.published_on)",
        }),
        Part("quotes AS q JOIN articles AS a ON a.id = q.article_id", "q.article_id", ("q.speaker_id", OUTLET_KEY), {
            "quotes": "COUNT(*)", "direct_quotes": "SUM(CASE WHEN q.kind = 'direct' THEN 1 ELSE 0 END)",
            "quoted_articles": "COUNT(DISTINCT q.article_id)",
            "first_quoted": "MIN(a.published_on)", "last_quoted": "MAX(a.published_on)",
        }, where="q.speaker_id IS NOT NULL"),
    ),
)

LABEL_OUTLET_STATS = Counter(
    LabelOutletStats.__table__,
    keys=("outlet_key", "speaker_label"),
    sums=("quotes", "articles"),
    parts=(
        Part("quotes AS q JOIN articles AS a ON a.id = q.article_id", "q.article_id",
             (OUTLET_KEY, _text_key(f"COALESCE(q.speaker_label, '{UNATTRIBUTED}')")),
             {"quotes": "COUNT(*)", "articles": "COUNT(DISTINCT q.article_id)"}, where="q.speaker_id IS NULL"),
    ),
)

CO_MENTION_STATS = Counter(
    CoMentionStats.__table__,
    keys=("person_id", "other_person_id", "outlet_key"),
    sums=("articles",),
    firsts=("first_together",),
    lasts=("last_together",),
    parts=(
        Part("mentions AS m1 JOIN mentions AS m2 ON m2.article_id = m1.article_id AND m2.person_id > m1.person_id "
             "JOIN articles AS a ON a.id = m1.article_id", "m1.article_id", ("m1.person_id", "m2.person_id", OUTLET_KEY),
             {"articles": "COUNT(DISTINCT m1.article_id)", "first_together": "MIN(a.published_on)",
              "last_together": "MAX(a.published_on)"}),
    ),
)

EVENT_OUTLET_STATS = Counter(
    EventOutletStats.__table__,
    keys=("event_id", "outlet_key"),
    sums=("mentions", "articles"),
    firsts=("first_published",),
    lasts=("last_published",),
    parts=(
        Part("event_mentions AS em JOIN articles AS a ON a.id = em.article_id", "em.article_id",
             ("em.event_id", OUTLET_KEY), {
                 "mentions": "COUNT(*)", "articles": "COUNT(DISTINCT em.article_id)",
                 "first_published": "MIN(a.published_on)", "last_published": "MAX(a.published_on)"}),
    ),
)

def _person_role_stats(where: str) -> Counter:
    return Counter(
        PersonRoleStats.__table__,
        keys=("person_id", "role", "year_key", "outlet_key"),
        sums=("mentions", "articles"),
        firsts=("first_seen",),
        lasts=("last_seen",),
        parts=(
            Part("mentions AS m JOIN articles AS a ON a.id = m.article_id", "m.article_id",
                 ("m.person_id", _text_key("m.role"), YEAR_KEY, OUTLET_KEY), {
                     "mentions": "COUNT(*)", "articles": "COUNT(DISTINCT m.article_id)",
                     "first_seen": "MIN(a.published_on)", "last_seen": "MAX(a.published_on)"},
                 where=where),
        ),
    )


# Migration 0005's definition, frozen (mentions had no kind then).
PERSON_ROLE_STATS_0005 = _person_role_stats("m.role IS NOT NULL")
# Since 0008: roles written next to a name only. A description mention (kind 'description', migration 0007) has
# the description itself ("the minister") as its role; it is no title the person was given beside their name.
PERSON_ROLE_STATS = _person_role_stats("m.role IS NOT NULL AND m.kind = 'name'")

COUNTERS: tuple[Counter, ...] = (
    ARTICLE_STATS, OUTLET_YEAR_STATS, PERSON_OUTLET_STATS, LABEL_OUTLET_STATS, CO_MENTION_STATS, EVENT_OUTLET_STATS,
    PERSON_ROLE_STATS,
)

PERSON_STATS = Rollup(
    PersonStats.__table__,
    "person_id",
    """SELECT person_id,
       SUM(mentions) AS mention_count,
       SUM(mentioned_articles) AS article_count,
       SUM(CASE WHEN outlet_key <> 0 AND mentioned_articles > 0 THEN 1 ELSE 0 END) AS outlet_count,
       SUM(quotes) AS quote_count,
       SUM(direct_quotes) AS direct_quote_count,
       SUM(quoted_articles) AS quoted_article_count,
       SUM(CASE WHEN outlet_key <> 0 AND quoted_articles > 0 THEN 1 ELSE 0 END) AS quoting_outlet_count,
       MIN(first_mentioned) AS first_mentioned,
       MAX(last_mentioned) AS last_mentioned,
       MIN(first_quoted) AS first_quoted,
       MAX(last_quoted) AS last_quoted
FROM person_outlet_stats {where}
GROUP BY person_id""",
)

EVENT_STATS = Rollup(
    EventStats.__table__,
    "event_id",
    """SELECT event_id,
       SUM(mentions) AS mention_count,
       SUM(articles) AS article_count,
       SUM(CASE WHEN outlet_key <> 0 THEN 1 ELSE 0 END) AS outlet_count,
       MIN(first_published) AS first_published,
       MAX(last_published) AS last_published
FROM event_outlet_stats {where}
GROUP BY event_id""",
)

ROLLUPS: tuple[tuple[Rollup, Counter], ...] = ((PERSON_STATS, PERSON_OUTLET_STATS), (EVENT_STATS, EVENT_OUTLET_STATS))
# What migration 0005 fills. Frozen like the view sets (db.views): a later change to a summary gets new constants
# and a migration of its own, so replaying 0005 always builds the summaries of that time.
COUNTERS_0005 = COUNTERS[:-1] + (PERSON_ROLE_STATS_0005,)
ROLLUPS_0005 = ROLLUPS
SUMMARY_TABLES: tuple[str, ...] = tuple(c.table.name for c in COUNTERS) + tuple(r.table.name for r, _ in ROLLUPS)


def _chunks(items: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _as_date(value):
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _rows(connection: Connection, sql: str, counter: Counter, **params) -> dict[tuple, list]:
    """Run a summary SELECT; {key tuple: [sums..., firsts..., lasts...]} with ints and dates normalised."""
    statement = text(sql)
    if "ids" in params:
        statement = statement.bindparams(bindparam("ids", expanding=True))
    found: dict[tuple, list] = {}
    width = len(counter.keys)
    sums = len(counter.sums)
    for row in connection.execute(statement, params):
        key = tuple(row[:width])
        values = [int(v or 0) for v in row[width:width + sums]] + [_as_date(v) for v in row[width + sums:]]
        found[key] = values
    return found


@dataclass
class ArticleFacts:
    """What the summaries need of one article: enough to compute its contribution to every counter in Python."""

    article_id: int
    outlet_id: int | None
    published_on: date | None
    mentions: list[tuple[int, str | None, str]]  # (person_id, role, kind: 'name' or 'description')
    quotes: list[tuple[int | None, str, str | None]]  # (speaker_id, kind, speaker_label)
    event_ids: list[int]


def load_facts(connection: Connection, article_ids: Sequence[int]) -> list[ArticleFacts]:
    """The stored facts of articles (before their rows are deleted or replaced)."""
    facts: dict[int, ArticleFacts] = {}
    for chunk in _chunks(sorted(set(article_ids))):
        params = {"ids": list(chunk)}
        for row in connection.execute(_IN("SELECT id, outlet_id, published_on FROM articles WHERE id IN :ids"),
                                      params):
            facts[row[0]] = ArticleFacts(row[0], row[1], _as_date(row[2]), [], [], [])
        for row in connection.execute(
                _IN("SELECT article_id, person_id, role, kind FROM mentions WHERE article_id IN :ids"), params):
            facts[row[0]].mentions.append((row[1], row[2], row[3]))
        for row in connection.execute(_IN(
                "SELECT article_id, speaker_id, kind, speaker_label FROM quotes WHERE article_id IN :ids"), params):
            facts[row[0]].quotes.append((row[1], row[2], row[3]))
        for row in connection.execute(_IN("SELECT article_id, event_id FROM event_mentions WHERE article_id IN :ids"),
                                      params):
            facts[row[0]].event_ids.append(row[1])
    return list(facts.values())


def _IN(sql: str):
    return text(sql).bindparams(bindparam("ids", expanding=True))


def _earlier(a, b):
    return b if a is None else a if b is None else min(a, b)


def _later(a, b):
    return b if a is None else a if b is None else max(a, b)


class Changes:
    """The summary changes of one write transaction: collect with add/remove, write once with `flush`.

    Contributions are computed in Python from `ArticleFacts` (the rows the store has just built, or the stored
    rows of an article about to be replaced or deleted), the twin of each counter's SQL; the tests check that
    the two agree (`verify`) after ingests, updates, deletes and orphan removal. Per key, a delta is one list:
    the net sums, then the earliest and latest dates added; keys that lost rows also note the dates removed,
    since those may have been the stored bounds.
    """

    def __init__(self, counters: Sequence[Counter] = COUNTERS) -> None:
        self.counters = counters
        self._deltas: dict[str, dict[tuple, list]] = {c.table.name: {} for c in counters}
        self._removed: dict[str, dict[tuple, set]] = {c.table.name: {} for c in counters}
        self._shape = {c.table.name: (len(c.sums), len(c.firsts), len(c.lasts)) for c in counters}

    def add(self, facts: Iterable[ArticleFacts]) -> None:
        for article in facts:
            self._contribute(article, +1)

    def remove_articles(self, connection: Connection, article_ids: Sequence[int]) -> None:
        """Call before the articles' rows are deleted or replaced."""
        for article in load_facts(connection, article_ids):
            self._contribute(article, -1)

    def _emit(self, table: str, key: tuple, sums: tuple, day: date | None, sign: int,
              slots: tuple[int, ...] | None = None) -> None:
        """Add `sign` times `sums` to a key; `day` widens the date bounds (all of them, or those in `slots`)."""
        deltas = self._deltas.get(table)
        if deltas is None:
            return
        nsums, nfirsts, nlasts = self._shape[table]
        delta = deltas.get(key)
        if delta is None:
            delta = deltas[key] = [0] * nsums + [None] * (nfirsts + nlasts)
        for i, value in enumerate(sums):
            delta[i] += sign * value
        slots = range(nfirsts) if slots is None else slots
        if sign < 0:
            removed = self._removed[table].setdefault(key, set())
            if day is not None:
                removed.update((slot, day) for slot in slots)
            return
        if day is None:
            return
        for slot in slots:
            first, last = nsums + slot, nsums + nfirsts + slot
            if delta[first] is None or day < delta[first]:
                delta[first] = day
            if delta[last] is None or day > delta[last]:
                delta[last] = day

    def _contribute(self, article: ArticleFacts, sign: int) -> None:
        """One article's contribution to each counter: the Python twin of the counters' SQL above."""
        emit = self._emit
        outlet = article.outlet_id or 0
        day = article.published_on
        year = day.year if day else 0
        mentions, quotes, events = article.mentions, article.quotes, article.event_ids
        people = {person_id for person_id, _, _ in mentions}
        distinct_events = set(events)
        kinds = [kind for _, kind, _ in quotes]
        unnamed = sum(1 for speaker, _, _ in quotes if speaker is None)
        if mentions or quotes or events:
            emit("article_stats", (article.article_id,), (
                len(people), len(mentions), len(quotes), kinds.count("direct"), kinds.count("partial"),
                kinds.count("indirect"), unnamed, len(distinct_events), len(events)), None, sign)
        emit("outlet_year_stats", (outlet, year),
             (1, len(quotes), unnamed, len(mentions), len(distinct_events)), day, sign)
        # person_outlet_stats: mentions and quotes, each with their own date bounds (slot 0 and slot 1).
        per_person: dict[int, int] = {}
        for person_id, _, _ in mentions:
            per_person[person_id] = per_person.get(person_id, 0) + 1
        for person_id, count in per_person.items():
            emit("person_outlet_stats", (person_id, outlet), (count, 1, 0, 0, 0), day, sign, (0,))
        per_speaker: dict[int, list[int]] = {}
        for speaker, kind, _ in quotes:
            if speaker is not None:
                counts = per_speaker.setdefault(speaker, [0, 0])
                counts[0] += 1
                counts[1] += kind == "direct"
        for speaker, (count, direct) in per_speaker.items():
            emit("person_outlet_stats", (speaker, outlet), (0, 0, count, direct, 1), day, sign, (1,))
        labels: dict[str, int] = {}
        for speaker, _, label in quotes:
            if speaker is None:
                key = (label if label is not None else UNATTRIBUTED)[:KEY_TEXT_CHARS]
                labels[key] = labels.get(key, 0) + 1
        for label, count in labels.items():
            emit("label_outlet_stats", (outlet, label), (count, 1), None, sign)
        self._pairs(sorted(people), outlet, day, sign)
        per_event: dict[int, int] = {}
        for event_id in events:
            per_event[event_id] = per_event.get(event_id, 0) + 1
        for event_id, count in per_event.items():
            emit("event_outlet_stats", (event_id, outlet), (count, 1), day, sign)
        roles: dict[tuple[int, str], int] = {}
        for person_id, role, kind in mentions:
            if role is not None and kind == "name":  # as PERSON_ROLE_STATS: a description is no role
                key = (person_id, role[:KEY_TEXT_CHARS])
                roles[key] = roles.get(key, 0) + 1
        for (person_id, role), count in roles.items():
            emit("person_role_stats", (person_id, role, year, outlet), (count, 1), day, sign)

    def _pairs(self, people: list[int], outlet: int, day, sign: int) -> None:
        """co_mention_stats, inlined: an article with n people has n(n-1)/2 pairs, the bulk of all keys."""
        deltas = self._deltas.get("co_mention_stats")
        if deltas is None or len(people) < 2:
            return
        if sign < 0:
            for i, first in enumerate(people):
                for second in people[i + 1:]:
                    self._emit("co_mention_stats", (first, second, outlet), (1,), day, sign)
            return
        for i, first in enumerate(people):
            for second in people[i + 1:]:
                key = (first, second, outlet)
                delta = deltas.get(key)
                if delta is None:
                    deltas[key] = [1, day, day]
                    continue
                delta[0] += 1
                if day is not None:
                    if delta[1] is None or day < delta[1]:
                        delta[1] = day
                    if delta[2] is None or day > delta[2]:
                        delta[2] = day

    def flush(self, connection: Connection) -> None:
        """Write every collected change, then recompute the rollups of the keys touched."""
        touched: dict[str, set] = {}
        for counter in self.counters:
            name = counter.table.name
            deltas = self._deltas[name]
            if not deltas:
                continue
            _apply(connection, counter, deltas, self._removed[name])
            touched[name] = {key[0] for key in deltas}
            deltas.clear()
            self._removed[name].clear()
        for rollup, source in ROLLUPS:
            keys = touched.get(source.table.name)
            if keys:
                refresh_rollup(connection, rollup, sorted(keys))


_UPSERTS: dict[tuple[str, str], str] = {}


def _upsert_sql(dialect: str, counter: Counter) -> str:
    """INSERT ... ON CONFLICT DO UPDATE adding the sums and widening the bounds (same syntax on both backends)."""
    cached = _UPSERTS.get((dialect, counter.table.name))
    if cached:
        return cached
    table = counter.table.name
    mark = "%s" if dialect == "postgresql" else "?"
    updates = [f"{c} = {table}.{c} + excluded.{c}" for c in counter.sums]
    for c in counter.firsts:
        updates.append(f"{c} = CASE WHEN excluded.{c} IS NOT NULL AND ({table}.{c} IS NULL OR excluded.{c} < "
                       f"{table}.{c}) THEN excluded.{c} ELSE {table}.{c} END")
    for c in counter.lasts:
        updates.append(f"{c} = CASE WHEN excluded.{c} IS NOT NULL AND ({table}.{c} IS NULL OR excluded.{c} > "
                       f"{table}.{c}) THEN excluded.{c} ELSE {table}.{c} END")
    if dialect == "postgresql":
        arrays = ", ".join(f"%s::{_pg_type(counter.table.c[name])}[]" for name in counter.columns)
        values = f"SELECT * FROM unnest({arrays})"
    else:
        values = f"VALUES ({', '.join([mark] * len(counter.columns))})"
    sql = (f"INSERT INTO {table} ({', '.join(counter.columns)}) {values} "
           f"ON CONFLICT ({', '.join(counter.keys)}) DO UPDATE SET {', '.join(updates)}")
    _UPSERTS[(dialect, counter.table.name)] = sql
    return sql


def _pg_type(column) -> str:
    python_type = column.type.python_type
    return "date" if python_type is date else "integer" if python_type is int else "text"


def _driver_date(value, sqlite: bool):
    return value.isoformat() if sqlite and value is not None else value


def _row(counter: Counter, key: tuple, sums, firsts, lasts) -> dict:
    return dict(zip(counter.columns, (*key, *sums, *firsts, *lasts)))


def _apply(connection: Connection, counter: Counter, deltas: dict[tuple, list], removals: dict[tuple, set]) -> None:
    table = counter.table
    sqlite = connection.dialect.name == "sqlite"
    nsums, nfirsts = len(counter.sums), len(counter.firsts)
    if sqlite:
        added = [(*key, *d[:nsums], *(None if v is None else v.isoformat() for v in d[nsums:]))
                 for key, d in deltas.items() if key not in removals]
    else:
        added = [(*key, *d) for key, d in deltas.items() if key not in removals]
    if added and sqlite:
        connection.exec_driver_sql(_upsert_sql("sqlite", counter), added)
    elif added:
        # PostgreSQL: one statement for the whole batch, the rows passed as one array per column.
        columns = list(zip(*added))
        connection.exec_driver_sql(_upsert_sql("postgresql", counter), tuple(list(c) for c in columns))
    removed = sorted(removals)
    if not removed:
        return
    # Keys with removals: read the stored rows, subtract, and recompute a row whose date bound was removed.
    key_columns = [table.c[name] for name in counter.keys]
    stored: dict[tuple, list] = {}
    for chunk in _chunks(removed, max(1, CHUNK // len(key_columns))):
        condition = tuple_(*key_columns).in_(list(chunk)) if len(key_columns) > 1 else key_columns[0].in_(
            [k[0] for k in chunk])
        for row in connection.execute(select(*(table.c[name] for name in counter.columns)).where(condition)):
            values = list(row)
            stored[tuple(values[:len(key_columns)])] = values[len(key_columns):]
    inserts, updates, deletes, recompute = [], [], [], []
    for key in removed:
        delta = deltas[key]
        delta_sums, delta_firsts, delta_lasts = delta[:nsums], delta[nsums:nsums + nfirsts], delta[nsums + nfirsts:]
        old = stored.get(key)
        old_sums = old[:nsums] if old else [0] * nsums
        old_firsts = [_as_date(v) for v in old[nsums:nsums + nfirsts]] if old else [None] * nfirsts
        old_lasts = [_as_date(v) for v in old[nsums + nfirsts:]] if old else [None] * len(counter.lasts)
        sums = [a + b for a, b in zip(old_sums, delta_sums)]
        if all(value <= 0 for value in sums):
            if old:
                deletes.append(key)
            continue
        # A removed date that was a bound breaks it, unless the batch adds that date (or a wider one) back.
        if any((slot < nfirsts and old_firsts[slot] == d and not (
                    delta_firsts[slot] is not None and delta_firsts[slot] <= d))
               or (slot < len(old_lasts) and old_lasts[slot] == d and not (
                    delta_lasts[slot] is not None and delta_lasts[slot] >= d))
               for slot, d in removals[key]):
            recompute.append(key)
            continue
        firsts = [_earlier(a, b) for a, b in zip(old_firsts, delta_firsts)]
        lasts = [_later(a, b) for a, b in zip(old_lasts, delta_lasts)]
        (updates if old else inserts).append(_row(counter, key, sums, firsts, lasts))
    for key in recompute:  # rare: only when a removed article held a first or last date
        fresh = _rows(connection, counter.for_key_sql(), counter, **{f"k{i}": v for i, v in enumerate(key)})
        values = fresh.get(key)
        if values is None:
            if key in stored:
                deletes.append(key)
            continue
        row = _row(counter, key, values[:nsums], values[nsums:nsums + nfirsts], values[nsums + nfirsts:])
        (updates if key in stored else inserts).append(row)
    if deletes:
        condition = and_(*(column == bindparam(f"k_{column.name}") for column in key_columns))
        connection.execute(table.delete().where(condition),
                           [{f"k_{c.name}": v for c, v in zip(key_columns, key)} for key in deletes])
    if updates:
        condition = and_(*(column == bindparam(f"k_{column.name}") for column in key_columns))
        values = {name: bindparam(name) for name in counter.sums + counter.firsts + counter.lasts}
        connection.execute(table.update().where(condition).values(values), [
            {**{f"k_{c.name}": row[c.name] for c in key_columns},
             **{name: row[name] for name in counter.sums + counter.firsts + counter.lasts}} for row in updates])
    if inserts:
        connection.execute(table.insert(), inserts)


def refresh_rollup(connection: Connection, rollup: Rollup, keys: Sequence[int]) -> None:
    statement_delete = text(f"DELETE FROM {rollup.table.name} WHERE {rollup.key} IN :ids").bindparams(
        bindparam("ids", expanding=True))
    columns = ", ".join(c.name for c in rollup.table.columns)
    statement_insert = text(
        f"INSERT INTO {rollup.table.name} ({columns}) {rollup.select_sql(f'{rollup.key} IN :ids')}"
    ).bindparams(bindparam("ids", expanding=True))
    for chunk in _chunks(list(keys)):
        connection.execute(statement_delete, {"ids": list(chunk)})
        connection.execute(statement_insert, {"ids": list(chunk)})


def rebuild(op_or_connection, counters: Sequence[Counter] = COUNTERS,
            rollups: Sequence[tuple[Rollup, Counter]] = ROLLUPS) -> None:
    """Empty every summary table and fill it from the base tables (one INSERT ... SELECT each).

    Takes a Connection or an Alembic `op` (migrations, online or --sql)."""
    _, execute = statement_runner(op_or_connection)
    for rollup, _ in rollups:
        execute(f"DELETE FROM {rollup.table.name}")
    for counter in counters:
        execute(f"DELETE FROM {counter.table.name}")
        execute(f"INSERT INTO {counter.table.name} ({', '.join(counter.columns)}) {counter.select_sql()}")
    for rollup, _ in rollups:
        columns = ", ".join(c.name for c in rollup.table.columns)
        execute(f"INSERT INTO {rollup.table.name} ({columns}) {rollup.select_sql()}")


def rebuild_by_articles(connection: Connection, chunk: int = 2000) -> None:
    """`rebuild`, computed the loader's way: every article's contribution in Python, a chunk of articles at a
    time. Much faster than the SQL on large databases (co-mentions are a self-join of `mentions` in SQL)."""
    for rollup, _ in ROLLUPS:
        connection.exec_driver_sql(f"DELETE FROM {rollup.table.name}")
    for counter in COUNTERS:
        connection.exec_driver_sql(f"DELETE FROM {counter.table.name}")
    last = 0
    while True:
        ids = connection.exec_driver_sql(
            f"SELECT id FROM articles WHERE id > {int(last)} ORDER BY id LIMIT {int(chunk)}").scalars().all()
        if not ids:
            break
        changes = Changes()
        changes.add(load_facts(connection, ids))
        changes.flush(connection)
        last = ids[-1]


def verify(connection: Connection) -> list[str]:
    """Differences between each summary table and a fresh computation; empty when all are exact."""
    faults = []
    for counter in COUNTERS:
        fresh = _rows(connection, counter.select_sql(), counter)
        stored = _rows(connection, f"SELECT {', '.join(counter.columns)} FROM {counter.table.name}", counter)
        faults.extend(_compare(counter.table.name, fresh, stored))
    for rollup, _ in ROLLUPS:
        names = [c.name for c in rollup.table.columns]
        shape = Counter(rollup.table, (rollup.key,), tuple(n for n in names[1:] if not _is_date(rollup.table, n)),
                        tuple(n for n in names[1:] if _is_date(rollup.table, n)))
        fresh = _rows(connection, f"SELECT {', '.join(shape.columns)} FROM ({rollup.select_sql()}) AS r", shape)
        stored = _rows(connection, f"SELECT {', '.join(shape.columns)} FROM {rollup.table.name}", shape)
        faults.extend(_compare(rollup.table.name, fresh, stored))
    return faults


def _is_date(table: Table, name: str) -> bool:
    return table.c[name].type.python_type is date


def _compare(name: str, fresh: dict, stored: dict) -> list[str]:
    faults = []
    for key in sorted(set(fresh) | set(stored), key=repr):
        if fresh.get(key) != stored.get(key):
            faults.append(f"{name} {key}: stored {stored.get(key)}, computed {fresh.get(key)}")
            if len(faults) >= 5:
                break
    return faults
