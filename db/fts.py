"""Full-text search over article titles and bodies and over quotations, kept in sync by the database itself.

SQLite: FTS5 tables `fts_articles(title, body)` and `fts_quotes(text)` with external content (they index the
rows of `articles` and `quotes` without storing a second copy) and triggers that update the index on every
insert, update and delete, cascades included, so the ingest needs no extra step (FTS5 buffers a transaction's
entries and writes them as one segment, so a bulk batch is indexed in bulk). PostgreSQL: a GIN index on the
stored generated columns `articles.fts_document` and `quotes.fts_document` (`ARTICLE_DOCUMENT`,
`QUOTE_DOCUMENT`; since 0005, before which they were expression indexes); see
`db/queries/full_text_search.postgresql.sql`. GIN's pending list takes a batch's entries in bulk. Both stem English words (FTS5's porter tokenizer,
PostgreSQL's 'english' configuration), so 'negotiations' finds 'negotiated' on either backend.

All names start with `fts_` / `ix_fts_`, which `db.schema_objects` hides from Alembic's autogenerate. As with the
views, a set of definitions is frozen once a migration uses it (`FTS_0002`); see `db.views` for the rules.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import text

# PostgreSQL index expressions; queries must repeat them character for character for the planner to match.
ARTICLE_DOCUMENT = "to_tsvector('english', COALESCE(title, '') || ' ' || body)"
QUOTE_DOCUMENT = "to_tsvector('english', text)"
FTS5_TOKENIZER = "porter unicode61 remove_diacritics 2"
# SQLite (since 0005): while this one-column table holds a row (only ever inside a writer's transaction), the
# insert triggers stand aside and the writer indexes its new rows with one INSERT ... SELECT per FTS table
# (`indexed_in_bulk`). A trigger per row costs FTS5 a statement each, about four times the bulk insert.
FTS_BULK_TABLE = "fts_bulk_load"


@dataclass(frozen=True)
class FtsIndex:
    """One indexed table: the FTS5 table name and columns on SQLite, the GIN index and expression on PostgreSQL."""

    table: str
    columns: tuple[str, ...]
    fts_table: str
    pg_index: str
    pg_expression: str
    # PostgreSQL: when set, the document is a stored generated column of this name and the GIN index is on it,
    # so ranking reads the stored tsvector instead of parsing the text again for every candidate.
    pg_column: str | None = None
    # SQLite: the insert trigger stands aside while FTS_BULK_TABLE holds a row (see indexed_in_bulk).
    sqlite_bulk: bool = False

    def _fts5_values(self, prefix: str) -> str:
        return ", ".join(f"{prefix}.{column}" for column in self.columns)

    def sqlite_create_table(self) -> str:
        return (
            f"CREATE VIRTUAL TABLE {self.fts_table} USING fts5({', '.join(self.columns)}, "
            f"content='{self.table}', content_rowid='id', tokenize='{FTS5_TOKENIZER}')"
        )

    def sqlite_triggers(self) -> tuple[tuple[str, str], ...]:
        """(name, CREATE TRIGGER statement); external-content FTS5 needs the old values to delete an entry."""
        columns = ", ".join(self.columns)
        insert_new = f"INSERT INTO {self.fts_table}(rowid, {columns}) VALUES (new.id, {self._fts5_values('new')});"
        delete_old = (
            f"INSERT INTO {self.fts_table}({self.fts_table}, rowid, {columns}) "
            f"VALUES ('delete', old.id, {self._fts5_values('old')});"
        )
        when = f"WHEN NOT EXISTS (SELECT 1 FROM {FTS_BULK_TABLE}) " if self.sqlite_bulk else ""
        return (
            (f"{self.fts_table}_ai",
             f"CREATE TRIGGER {self.fts_table}_ai AFTER INSERT ON {self.table} {when}BEGIN {insert_new} END"),
            (f"{self.fts_table}_ad", f"CREATE TRIGGER {self.fts_table}_ad AFTER DELETE ON {self.table} BEGIN {delete_old} END"),
            (
                f"{self.fts_table}_au",
                f"CREATE TRIGGER {self.fts_table}_au AFTER UPDATE OF {columns} ON {self.table} "
                f"BEGIN {delete_old} {insert_new} END",
            ),
        )

    def pg_create(self) -> tuple[str, ...]:
        if self.pg_column:
            return (
                f"ALTER TABLE {self.table} ADD COLUMN {self.pg_column} tsvector "
                f"GENERATED ALWAYS AS ({self.pg_expression}) STORED",
                f"CREATE INDEX {self.pg_index} ON {self.table} USING GIN ({self.pg_column})",
                f"COMMENT ON COLUMN {self.table}.{self.pg_column} IS 'Full-text search document (PostgreSQL only, "
                f"generated from {', '.join(self.columns)}; English stemming), indexed by {self.pg_index}.'",
            )
        return (f"CREATE INDEX {self.pg_index} ON {self.table} USING GIN ({self.pg_expression})",)

    def pg_drop(self) -> tuple[str, ...]:
        statements = (f"DROP INDEX IF EXISTS {self.pg_index}",)
        if self.pg_column:
            statements += (f"ALTER TABLE {self.table} DROP COLUMN IF EXISTS {self.pg_column}",)
        return statements


def statement_runner(op_or_connection) -> tuple[str, Callable[[str], None]]:
    """The dialect name and a statement runner, for an Alembic `op` (online or --sql offline) or a Connection."""
    if hasattr(op_or_connection, "get_context"):
        # text() would read ':word' inside comment literals as a bind parameter; escape every colon.
        return op_or_connection.get_context().dialect.name, lambda sql: op_or_connection.execute(
            text(sql.replace(":", "\\:"))
        )
    return op_or_connection.dialect.name, op_or_connection.exec_driver_sql


@dataclass(frozen=True)
class FtsSet:
    indexes: tuple[FtsIndex, ...]

    def create(self, op_or_connection) -> None:
        """Create the indexes and fill them from the rows already stored."""
        dialect, execute = statement_runner(op_or_connection)
        for index in self.indexes:
            if dialect == "sqlite":
                execute(index.sqlite_create_table())
            elif dialect == "postgresql":
                for statement in index.pg_create():
                    execute(statement)
        self.create_triggers(op_or_connection)
        self.rebuild(op_or_connection)

    def drop(self, op_or_connection) -> None:
        dialect, execute = statement_runner(op_or_connection)
        self.drop_triggers(op_or_connection)
        if dialect == "sqlite" and any(index.sqlite_bulk for index in self.indexes):
            execute(f"DROP TABLE IF EXISTS {FTS_BULK_TABLE}")
        for index in reversed(self.indexes):
            if dialect == "sqlite":
                execute(f"DROP TABLE IF EXISTS {index.fts_table}")
            elif dialect == "postgresql":
                for statement in index.pg_drop():
                    execute(statement)

    def create_triggers(self, op_or_connection) -> None:
        dialect, execute = statement_runner(op_or_connection)
        if dialect != "sqlite":
            return  # PostgreSQL maintains expression indexes itself
        if any(index.sqlite_bulk for index in self.indexes):
            execute(f"CREATE TABLE IF NOT EXISTS {FTS_BULK_TABLE} (active INTEGER)")
        for index in self.indexes:
            for _, statement in index.sqlite_triggers():
                execute(statement)

    def drop_triggers(self, op_or_connection) -> None:
        dialect, execute = statement_runner(op_or_connection)
        if dialect != "sqlite":
            return
        for index in self.indexes:
            for name, _ in index.sqlite_triggers():
                execute(f"DROP TRIGGER IF EXISTS {name}")

    def rebuild(self, op_or_connection) -> None:
        """Re-read every row into the FTS5 tables (SQLite); PostgreSQL indexes never drift."""
        dialect, execute = statement_runner(op_or_connection)
        if dialect != "sqlite":
            return
        for index in self.indexes:
            execute(f"INSERT INTO {index.fts_table}({index.fts_table}) VALUES ('rebuild')")


FTS_ARTICLES = FtsIndex("articles", ("title", "body"), "fts_articles", "ix_fts_articles", ARTICLE_DOCUMENT)
FTS_QUOTES = FtsIndex("quotes", ("text",), "fts_quotes", "ix_fts_quotes", QUOTE_DOCUMENT)

# Created by migration 0002. Frozen: change through a new set and a new migration (see db.views).
FTS_0002 = FtsSet((FTS_ARTICLES, FTS_QUOTES))

# Migration 0005: on PostgreSQL the documents are stored (`articles.fts_document`, `quotes.fts_document`:
# generated columns the GIN indexes cover), so ranking a search's candidates reads them instead of parsing each
# text again. SQLite keeps its FTS5 tables; their insert triggers stand aside for bulk writes.
FTS_ARTICLES_0005 = FtsIndex("articles", ("title", "body"), "fts_articles", "ix_fts_articles_document",
                             ARTICLE_DOCUMENT, pg_column="fts_document", sqlite_bulk=True)
FTS_QUOTES_0005 = FtsIndex("quotes", ("text",), "fts_quotes", "ix_fts_quotes_document", QUOTE_DOCUMENT,
                           pg_column="fts_document", sqlite_bulk=True)
FTS_0005 = FtsSet((FTS_ARTICLES_0005, FTS_QUOTES_0005))


@contextmanager
def indexed_in_bulk(connection, fts: FtsSet) -> Iterator[None]:
    """Around a writer's inserts (SQLite): index the new rows with one INSERT ... SELECT per FTS table instead of
    a trigger per row. New rows get ids above the largest one (the writer holds the write lock), so they are
    found by id; updates and deletes inside the block still go through their triggers. A no-op elsewhere."""
    indexes = [index for index in fts.indexes if index.sqlite_bulk]
    if connection.dialect.name != "sqlite" or not indexes:
        yield
        return
    before = {index.table: connection.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {index.table}").scalar()
              for index in indexes}
    connection.exec_driver_sql(f"INSERT INTO {FTS_BULK_TABLE} (active) VALUES (1)")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"DELETE FROM {FTS_BULK_TABLE}")
    for index in indexes:
        columns = ", ".join(index.columns)
        connection.exec_driver_sql(
            f"INSERT INTO {index.fts_table}(rowid, {columns}) SELECT id, {columns} FROM {index.table} WHERE id > ?",
            (before[index.table],))
