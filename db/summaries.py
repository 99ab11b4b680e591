"""Summary tables: counts over everything, kept exact by the loader in the same transaction as the rows they count.

Each summary is defined once, as the SQL that computes it from the base tables (`Counter.parts`). The same SQL
serves three purposes, so the three can never disagree:
- `rebuild` fills a summary from scratch (migration 0005, scripts/scale_db.py, repairs);
- `Changes.add_articles` / `Changes.remove_articles` compute what a batch of articles contributes, filtered by
  article id, after their rows are written or before they are deleted;
- `verify` compares the stored rows with a fresh computation (tests, `newsdb db check`).

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
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, Table, and_, bindparam, case, or_, text, tuple_

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

    def for_articles_sql(self) -> str:
        return self.select_sql([f"{part.article} IN :ids" for part in self.parts])

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

PERSON_ROLE_STATS = Counter(
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
             where="m.role IS NOT NULL"),
    ),
)

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
COUNTERS_0005 = COUNTERS
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
class _Delta:
    """What a batch changes in one counter: net sums, widened bounds, and bounds that removals may have broken."""

    sums: list[int]
    firsts: list[date | None]
    lasts: list[date | None]
    removed_firsts: set = field(default_factory=set)  # (column index, date) pairs removed
    removed_lasts: set = field(default_factory=set)
    removed: bool = False


def _earlier(a, b):
    return b if a is None else a if b is None else min(a, b)


def _later(a, b):
    return b if a is None else a if b is None else max(a, b)


class Changes:
    """The summary changes of one write transaction: collect with add/remove, write once with `flush`.

    Call `remove_articles` before an article's rows are deleted and `add_articles` after its new rows are
    written, both inside the transaction, then `flush` before commit.
    """

    def __init__(self, counters: Sequence[Counter] = COUNTERS) -> None:
        self.counters = counters
        self._deltas: dict[str, dict[tuple, _Delta]] = {c.table.name: {} for c in counters}

    def add_articles(self, connection: Connection, article_ids: Sequence[int]) -> None:
        self._collect(connection, article_ids, +1)

    def remove_articles(self, connection: Connection, article_ids: Sequence[int]) -> None:
        self._collect(connection, article_ids, -1)

    def _collect(self, connection: Connection, article_ids: Sequence[int], sign: int) -> None:
        ids = sorted(set(article_ids))
        if not ids:
            return
        for counter in self.counters:
            sql = counter.for_articles_sql()
            deltas = self._deltas[counter.table.name]
            nsums, nfirsts = len(counter.sums), len(counter.firsts)
            for chunk in _chunks(ids):
                for key, values in _rows(connection, sql, counter, ids=list(chunk)).items():
                    delta = deltas.get(key)
                    if delta is None:
                        delta = deltas[key] = _Delta([0] * nsums, [None] * nfirsts, [None] * len(counter.lasts))
                    for i in range(nsums):
                        delta.sums[i] += sign * values[i]
                    firsts, lasts = values[nsums:nsums + nfirsts], values[nsums + nfirsts:]
                    if sign > 0:
                        delta.firsts = [_earlier(a, b) for a, b in zip(delta.firsts, firsts)]
                        delta.lasts = [_later(a, b) for a, b in zip(delta.lasts, lasts)]
                    else:
                        delta.removed = True
                        delta.removed_firsts.update((i, d) for i, d in enumerate(firsts) if d is not None)
                        delta.removed_lasts.update((i, d) for i, d in enumerate(lasts) if d is not None)

    def flush(self, connection: Connection) -> None:
        """Write every collected change, then recompute the rollups of the keys touched."""
        touched: dict[str, set] = {}
        for counter in self.counters:
            deltas = self._deltas[counter.table.name]
            if not deltas:
                continue
            _apply(connection, counter, deltas)
            touched[counter.table.name] = {key[0] for key in deltas}
            deltas.clear()
        for rollup, source in ROLLUPS:
            keys = touched.get(source.table.name)
            if keys:
                refresh_rollup(connection, rollup, sorted(keys))


def _upsert(connection: Connection, counter: Counter):
    table = counter.table
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table)
    excluded = statement.excluded
    updates = {name: table.c[name] + excluded[name] for name in counter.sums}
    for name in counter.firsts:
        updates[name] = case(
            (and_(excluded[name].is_not(None), or_(table.c[name].is_(None), excluded[name] < table.c[name])),
             excluded[name]), else_=table.c[name])
    for name in counter.lasts:
        updates[name] = case(
            (and_(excluded[name].is_not(None), or_(table.c[name].is_(None), excluded[name] > table.c[name])),
             excluded[name]), else_=table.c[name])
    return statement.on_conflict_do_update(index_elements=list(counter.keys), set_=updates)


def _row(counter: Counter, key: tuple, sums, firsts, lasts) -> dict:
    return dict(zip(counter.columns, (*key, *sums, *firsts, *lasts)))


def _apply(connection: Connection, counter: Counter, deltas: dict[tuple, _Delta]) -> None:
    table = counter.table
    added = [_row(counter, key, d.sums, d.firsts, d.lasts) for key, d in deltas.items() if not d.removed]
    if added:
        connection.execute(_upsert(connection, counter), added)
    removed = sorted(key for key, d in deltas.items() if d.removed)
    if not removed:
        return
    # Keys with removals: read the stored rows, subtract, and recompute a row whose date bound was removed.
    key_columns = [table.c[name] for name in counter.keys]
    stored: dict[tuple, list] = {}
    for chunk in _chunks(removed, max(1, CHUNK // len(key_columns))):
        condition = tuple_(*key_columns).in_(list(chunk)) if len(key_columns) > 1 else key_columns[0].in_(
            [k[0] for k in chunk])
        for row in connection.execute(table.select().where(condition)):
            values = list(row)
            stored[tuple(values[:len(key_columns)])] = values[len(key_columns):]
    nsums, nfirsts = len(counter.sums), len(counter.firsts)
    inserts, updates, deletes, recompute = [], [], [], []
    for key in removed:
        delta = deltas[key]
        old = stored.get(key)
        old_sums = old[:nsums] if old else [0] * nsums
        old_firsts = [_as_date(v) for v in old[nsums:nsums + nfirsts]] if old else [None] * nfirsts
        old_lasts = [_as_date(v) for v in old[nsums + nfirsts:]] if old else [None] * len(counter.lasts)
        sums = [a + b for a, b in zip(old_sums, delta.sums)]
        if all(value <= 0 for value in sums):
            if old:
                deletes.append(key)
            continue
        # A removed date that was a bound breaks it, unless the batch adds that date (or a wider one) back.
        if any(old_firsts[i] == d and not (delta.firsts[i] is not None and delta.firsts[i] <= d)
               for i, d in delta.removed_firsts) or any(
                old_lasts[i] == d and not (delta.lasts[i] is not None and delta.lasts[i] >= d)
                for i, d in delta.removed_lasts):
            recompute.append(key)
            continue
        firsts = [_earlier(a, b) for a, b in zip(old_firsts, delta.firsts)]
        lasts = [_later(a, b) for a, b in zip(old_lasts, delta.lasts)]
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
