"""Many writers, one database: concurrent `newsdb ingest` runs end with the rows one run would have written.

The store's scheme (loaders.store): each batch takes the writers' lock (SQLite BEGIN IMMEDIATE, PostgreSQL a
transaction-level advisory lock), refreshes its in-memory people, event and outlet indexes with what other
writers stored since it last looked, and writes; an input another writer stored meanwhile is `unchanged`.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import make_engine
from db.migrate import upgrade
from db.summaries import verify
from loaders.records import ArticleRecord, EventRecord, ExtractedArticle, MentionRecord, PersonRecord
from loaders.store import Store
from tests.conftest import REPO, SEEDS

TABLES = ("articles", "outlets", "people", "person_aliases", "mentions", "quotes", "events", "event_mentions",
          "event_participants", "event_actors")
POLNEAR = REPO / "tests" / "data" / "dev" / "polnear.dev.jsonl"


def counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {table: connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() for table in TABLES}
    finally:
        engine.dispose()


def _parts(folder: Path) -> tuple[Path, Path]:
    """Two JSONL files of real news texts (dev records), written as plain records."""
    lines = POLNEAR.read_text(encoding="utf-8").splitlines()[:24]
    paths = []
    for number, chunk in enumerate((lines[:12], lines[12:])):
        path = folder / f"part{number}.jsonl"
        records = [json.loads(line) for line in chunk]
        path.write_text("\n".join(json.dumps({"id": r["id"], "text": r["text"], "outlet": "Dev Wire",
                                              "published": "2016-10-01"}) for r in records), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def _ingest(url: str, *paths) -> subprocess.Popen:
    env = {**os.environ, "NEWSDB_DATABASE_URL": url}
    return subprocess.Popen([sys.executable, "-m", "newsdb", "ingest", "--workers", "1", "--batch-size", "4",
                             "--no-progress", *map(str, paths)], env=env, cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _scratch_url(backend: str, request, tmp_path, name: str) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / (name + '.sqlite3')}"
    from tests.conftest import scratch_pg_database

    url, drop = scratch_pg_database("newsdb_writers")
    request.addfinalizer(drop)
    return url


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_three_concurrent_ingests_write_what_one_would(backend, request, tmp_path):
    first, second = _parts(tmp_path)
    single = _scratch_url(backend, request, tmp_path, "single")
    shared = _scratch_url(backend, request, tmp_path, "shared")
    run = _ingest(single, SEEDS, first, second)
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    # Overlapping inputs, started together on a new database (the first command creates the schema).
    runs = [_ingest(shared, SEEDS, first), _ingest(shared, first, second), _ingest(shared, second, SEEDS)]
    results = [process.communicate(timeout=600) for process in runs]
    for process, (out, err) in zip(runs, results):
        assert process.returncode == 0, err
        assert "0 failed" in out
    assert counts(shared) == counts(single)
    engine = make_engine(shared)
    try:
        with engine.connect() as connection:
            assert verify(connection) == []
            duplicates = connection.execute(text(
                "SELECT COUNT(*) FROM (SELECT name FROM outlets GROUP BY name HAVING COUNT(*) > 1) AS d")).scalar()
            assert duplicates == 0
            if backend == "sqlite":
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        engine.dispose()


def _extracted(tmp_path: Path, name: str, person: str, event: EventRecord | None = None):
    path = tmp_path / f"{name}.txt"
    path.write_text(name)
    body = f"{person} spoke."
    article = ArticleRecord(source_path=str(path), source_format="txt", raw_text=name, body=body)
    people = [PersonRecord(name=person, mentions=[MentionRecord(person, 0, len(person))])]
    return f"{name:0>64}", ExtractedArticle(article=article, people=people, events=[event] if event else [])


def test_a_writer_sees_what_another_stored_since_it_looked(engine, tmp_path):
    """Two stores with their indexes loaded: the second resolves to the person and event the first stored."""
    from datetime import date

    meeting = EventRecord(name="Talks in Oslo", event_type="meeting", start=0, end=5, start_date=date(2019, 5, 6),
                          date_precision="day", participants=["Ana Ruiz"], actors=["Norway"])
    one, two = Store(engine, "v1"), Store(engine, "v1")
    one.write_batch([_extracted(tmp_path, "a", "Maria Lopez")], None)
    two.write_batch([_extracted(tmp_path, "b", "Juan Perez")], None)  # both have loaded their indexes now
    one.write_batch([_extracted(tmp_path, "c", "Ana Ruiz", meeting)], None)
    two.write_batch([_extracted(tmp_path, "d", "Ana Ruiz", meeting)], None)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM people WHERE name = 'Ana Ruiz'")).scalar() == 1
        assert connection.execute(text("SELECT COUNT(*) FROM events")).scalar() == 1
        assert connection.execute(text("SELECT COUNT(*) FROM event_mentions")).scalar() == 2
        assert verify(connection) == []
    # A writer that deleted orphans makes the others reload whole (their indexes may hold what it deleted).
    assert two.delete_articles([1]) == 1
    two.remove_orphans()
    one.write_batch([_extracted(tmp_path, "e", "Maria Lopez")], None)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM people WHERE name = 'Maria Lopez'")).scalar() == 1


def test_sqlite_writer_that_gives_up_waiting_says_so(tmp_path):
    url = f"sqlite:///{tmp_path / 'locked.sqlite3'}"
    upgrade(url)
    holder = sqlite3.connect(tmp_path / "locked.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        env = {**os.environ, "NEWSDB_DATABASE_URL": url, "NEWSDB_BUSY_TIMEOUT": "0.2"}
        run = subprocess.run([sys.executable, "-m", "newsdb", "ingest", "--workers", "1", "--no-progress",
                              str(SEEDS)], env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run.returncode == 1
    assert "database is locked" in run.stderr and "busy timeout" in run.stderr
    assert counts(url)["articles"] == 0
