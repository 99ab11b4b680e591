"""Grow an ingested newsdb database to any size by copying its articles, for measuring queries at scale.

Each copy of the corpus gets new article ids, URLs, content hashes, source paths and publication dates (shifted
by a number of days per copy), with all of its mentions, quotes and event mentions; people and events are
shared, as they would be in a larger corpus of the same news. Everything is generated in the database with
`INSERT ... SELECT` (one statement per table and copy; SQLite's full-text index is filled in bulk), then the
summary tables are rebuilt and the planner's statistics refreshed. Works on SQLite and PostgreSQL, in place:

    .venv/bin/newsdb --db sqlite:///big.sqlite3 ingest corpus/          # any ingested corpus
    .venv/bin/python scripts/scale_db.py --db sqlite:///big.sqlite3 --quotes 1000000

Stops at the first copy that reaches the target (articles or quotes, whichever is given).
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import Connection, func, select  # noqa: E402

from db.engine import make_engine  # noqa: E402
from db.fts import indexed_in_bulk  # noqa: E402
from db.migrate import ensure_current  # noqa: E402
from db.models import Article, EventMention, Mention, Quote  # noqa: E402
from db.summaries import rebuild_by_articles  # noqa: E402
from db.views import CURRENT_FTS  # noqa: E402

DAYS_PER_COPY = 53  # each copy is published this many days after the previous one


def _copy_sql(connection: Connection, table, overrides: dict[str, str], where: str) -> str:
    names = [c.name for c in table.columns if not (c.primary_key and c.name == "id" and c.name not in overrides)]
    values = [overrides.get(name, name) for name in names]
    return f"INSERT INTO {table.name} ({', '.join(names)}) SELECT {', '.join(values)} FROM {table.name} WHERE {where}"


def copy_corpus(connection: Connection, copy: int, base_max_id: int) -> None:
    """Copy the articles with id <= base_max_id (the original corpus) once more, as copy number `copy`."""
    offset = copy * base_max_id
    days = copy * DAYS_PER_COPY
    postgresql = connection.dialect.name == "postgresql"
    suffix = f"'#copy{copy}'"
    if postgresql:
        shifted = f"published_on + {days}"
        digest = f"SUBSTR(content_hash, 1, 52) || LPAD('{copy}', 12, '0')"
    else:
        shifted = f"date(published_on, '+{days} days')"
        digest = f"SUBSTR(content_hash, 1, 52) || SUBSTR('000000000000' || '{copy}', -12)"
    connection.exec_driver_sql(_copy_sql(connection, Article.__table__, {
        "id": f"id + {offset}",
        "url": f"url || {suffix}",
        "content_hash": digest,
        "source_path": f"source_path || {suffix}",
        "published_on": shifted,
    }, f"id <= {base_max_id}"))
    for table in (Mention.__table__, Quote.__table__, EventMention.__table__):
        overrides = {"article_id": f"article_id + {offset}"}
        if "published_on" in table.c:
            overrides["published_on"] = shifted
        connection.exec_driver_sql(_copy_sql(connection, table, overrides, f"article_id <= {base_max_id}"))


def _drop_search_indexes(connection: Connection) -> list[str]:
    """PostgreSQL: drop the GIN indexes while copying (one build at the end is much faster than growing them
    row by row); returns the statements that recreate them."""
    if connection.dialect.name != "postgresql":
        return []
    recreate = []
    for index in CURRENT_FTS.indexes:
        definition = connection.exec_driver_sql(
            f"SELECT indexdef FROM pg_indexes WHERE indexname = '{index.pg_index}'").scalar()
        if definition:
            connection.exec_driver_sql(f"DROP INDEX {index.pg_index}")
            recreate.append(definition)
    return recreate


def _skip_foreign_key_checks(connection: Connection) -> None:
    """PostgreSQL: the copies point at rows that exist by construction; skip the per-row foreign-key triggers
    when allowed (a superuser), for this transaction only."""
    if connection.dialect.name != "postgresql":
        return
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
    except Exception:
        pass  # not allowed: the checks run, only slower


def counts(connection: Connection) -> tuple[int, int, int]:
    return tuple(connection.execute(select(func.count()).select_from(model)).scalar_one()
                 for model in (Article, Quote, Mention))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database URL of an ingested newsdb database (grown in place)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--articles", type=int, help="grow until at least this many articles")
    target.add_argument("--quotes", type=int, help="grow until at least this many quotes")
    args = parser.parse_args()

    engine = make_engine(args.db)
    ensure_current(engine)
    started = time.perf_counter()
    with engine.connect() as connection:
        articles, quotes, mentions = counts(connection)
        base_max_id = connection.execute(select(func.max(Article.id))).scalar() or 0
    if not articles:
        sys.exit("the database has no articles: ingest a corpus first")
    per_copy = articles if args.articles else quotes
    wanted = args.articles or args.quotes
    copies = max(0, math.ceil(wanted / per_copy) - 1) if per_copy else 0
    print(f"{articles} articles, {quotes} quotes, {mentions} mentions; adding {copies} copies", flush=True)
    with engine.begin() as connection:
        dropped = _drop_search_indexes(connection)
    for copy in range(1, copies + 1):
        with engine.begin() as connection, indexed_in_bulk(connection, CURRENT_FTS):
            _skip_foreign_key_checks(connection)
            copy_corpus(connection, copy, base_max_id)
        if copy % 5 == 0 or copy == copies:
            print(f"  copy {copy}/{copies} ({time.perf_counter() - started:.0f} s)", flush=True)
    with engine.begin() as connection:
        for statement in dropped:
            print(f"  {statement}", flush=True)
            connection.exec_driver_sql(statement)
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT MAX(id) FROM articles))")
        print("rebuilding the summary tables", flush=True)
        rebuild_by_articles(connection)
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    else:
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
    with engine.connect() as connection:
        articles, quotes, mentions = counts(connection)
    engine.dispose()
    print(f"{articles} articles, {quotes} quotes, {mentions} mentions in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
