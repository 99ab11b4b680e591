"""Verify a database before trusting it: what `newsdb db check` runs (with the re-extraction in `loaders.check`).

Each check returns faults, one line each, naming the rows so a person can look: the schema is at the newest
migration; every stored offset holds (a mention's or quote's span in `articles.body` is its text, every span
lies inside the body); every foreign key resolves; the full-text indexes are in sync with their tables (SQLite:
FTS5's own integrity check against the content table, and the triggers that keep it; PostgreSQL: the GIN
indexes exist and are valid); no run is left `running` by a process that is gone; and, on SQLite, the file
itself is sound (`PRAGMA quick_check`). All work is done in SQL, so checking a million articles costs seconds.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlalchemy import Connection, Engine, text

from db.views import CURRENT_FTS
from db.models import Base

EXAMPLES = 3  # rows named per fault; the count says how many there are


def _rows(connection: Connection, sql: str) -> list:
    return connection.execute(text(sql)).all()


def _report(label: str, rows: list, describe: Callable) -> Iterator[str]:
    if rows:
        examples = "; ".join(describe(row) for row in rows[:EXAMPLES])
        more = f" (and {len(rows) - EXAMPLES} more)" if len(rows) > EXAMPLES else ""
        yield f"{label}: {len(rows)} row{'s' * (len(rows) != 1)}, e.g. {examples}{more}"


def _short(value) -> str:
    value = "" if value is None else str(value)
    return repr(value if len(value) <= 40 else value[:37] + "...")


def check_schema(connection: Connection) -> Iterator[str]:
    from alembic.runtime.migration import MigrationContext

    from db.migrate import head_revision

    current = MigrationContext.configure(connection).get_current_revision()
    if current != head_revision():
        yield f"schema at revision {current or 'base'}, the newest is {head_revision()}: run `newsdb db upgrade`"


# (table, text column or None, start, end): spans into articles.body
_SPANS = (
    ("mentions", "surface", "start_char", "end_char"),
    ("quotes", "text", "start_char", "end_char"),
    ("quotes", None, "speaker_start_char", "speaker_end_char"),
    ("event_mentions", None, "start_char", "end_char"),
)


def check_offsets(connection: Connection) -> Iterator[str]:
    for table, column, start, end in _SPANS:
        outside = _rows(connection, f"""
            SELECT t.id, t.article_id, t.{start}, t.{end}, length(a.body)
            FROM {table} t JOIN articles a ON a.id = t.article_id
            WHERE t.{start} IS NOT NULL AND (t.{start} < 0 OR t.{end} < t.{start} OR t.{end} > length(a.body))
            ORDER BY t.id""")
        yield from _report(f"{table}.{start}/{end} outside the article body", outside,
                           lambda r: f"id {r[0]} (article {r[1]}): {r[2]}-{r[3]} in a body of {r[4]}")
        if column is None:
            continue
        wrong = _rows(connection, f"""
            SELECT t.id, t.article_id, t.{column}, substr(a.body, t.{start} + 1, t.{end} - t.{start})
            FROM {table} t JOIN articles a ON a.id = t.article_id
            WHERE t.{start} >= 0 AND t.{end} >= t.{start} AND t.{end} <= length(a.body)
              AND substr(a.body, t.{start} + 1, t.{end} - t.{start}) <> t.{column}
            ORDER BY t.id""")
        yield from _report(f"{table}.{column} is not the body's text at its offsets", wrong,
                           lambda r: f"id {r[0]} (article {r[1]}): {_short(r[2])} but the body has {_short(r[3])}")


def check_foreign_keys(connection: Connection) -> Iterator[str]:
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_key_constraints:
            if len(key.elements) != 1:
                continue
            element = key.elements[0]
            column, target = element.parent.name, element.column
            broken = _rows(connection, f"""
                SELECT c.{column} FROM {table.name} c
                LEFT JOIN {target.table.name} p ON p.{target.name} = c.{column}
                WHERE c.{column} IS NOT NULL AND p.{target.name} IS NULL""")
            yield from _report(f"{table.name}.{column} points to {target.table.name} rows that do not exist", broken,
                               lambda r: f"{target.table.name}.{target.name} = {r[0]}")


def check_fts(connection: Connection) -> Iterator[str]:
    dialect = connection.dialect.name
    for index in CURRENT_FTS.indexes:
        if dialect == "sqlite":
            exists = connection.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"),
                                        {"n": index.fts_table}).scalar()
            if not exists:
                yield f"full-text index {index.fts_table} is missing"
                continue
            triggers = {row[0] for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"), {"t": index.table})}
            for name, _ in index.sqlite_triggers():
                if name not in triggers:
                    yield f"trigger {name} that keeps {index.fts_table} in sync with {index.table} is missing"
            savepoint = connection.begin_nested()
            try:
                connection.exec_driver_sql(
                    f"INSERT INTO {index.fts_table}({index.fts_table}, rank) VALUES ('integrity-check', 1)")
            except Exception:
                yield (f"full-text index {index.fts_table} is out of sync with {index.table}; fix it with: INSERT "
                       f"INTO {index.fts_table}({index.fts_table}) VALUES ('rebuild')")
            finally:
                savepoint.rollback()
        elif dialect == "postgresql":
            valid = connection.execute(text(
                "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = :n"),
                {"n": index.pg_index}).scalar()
            if valid is None:
                yield f"full-text index {index.pg_index} on {index.table} is missing"
            elif not valid:
                yield f"full-text index {index.pg_index} on {index.table} is invalid; fix it with: REINDEX INDEX {index.pg_index}"


def check_runs(engine: Engine) -> Iterator[str]:
    from db.runs import dead_runs

    for run_id in dead_runs(engine):
        yield (f"ingest run {run_id} is left 'running' by a process that is gone (the next ingest marks it "
               "abandoned; run the same ingest again to complete its inputs)")


def check_file(connection: Connection) -> Iterator[str]:
    if connection.dialect.name != "sqlite":
        return
    results = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    if results != ["ok"]:
        yield "SQLite file damaged: " + "; ".join(results[:EXAMPLES])


def check_database(engine: Engine) -> list[str]:
    """Every fault found, one line each; an empty list means the database is sound."""
    faults: list[str] = []
    with engine.connect() as connection:
        faults.extend(check_file(connection))
        faults.extend(check_schema(connection))
        if faults:
            return faults  # the other checks read tables that a damaged or older schema may lack
        for check in (check_offsets, check_foreign_keys, check_fts):
            faults.extend(check(connection))
    faults.extend(check_runs(engine))
    return faults
