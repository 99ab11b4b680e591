"""Ingest benchmark: prints throughput for a synthetic corpus on SQLite and, when given, PostgreSQL.

The corpus is made from the seed articles, each copy made unique (so every copy is a new input), written as
.txt files and as one .jsonl file. For each backend and worker count it times a first ingest (extract and
write), a second ingest (everything unchanged) and reports articles per second and rows written.

    .venv/bin/python scripts/benchmark.py --articles 2000 \
        --pg postgresql+psycopg://postgres@127.0.0.1:5432/test
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from db.engine import make_engine  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.models import Article, Mention, Quote  # noqa: E402
from loaders.ingest import ingest  # noqa: E402
from loaders.registry import default_registry_dir, load_registry  # noqa: E402


def make_corpus(folder: Path, count: int, polnear: Path) -> None:
    """The seed .txt files once, then JSONL records of real news texts (PolNeAR dev) up to `count`; each round of
    copies gets its own outlet, so no outlet repeats a text (which newsdb would learn as boilerplate)."""
    txt_dir = folder / "txt"
    txt_dir.mkdir()
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    for path in seeds[:count]:
        (txt_dir / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    if polnear.is_file():
        texts = [json.loads(line) for line in polnear.open(encoding="utf-8")]
        texts = [(t["meta"].get("title"), t["text"]) for t in texts]
    else:  # without the dev set, the seeds' bodies stand in
        texts = [(None, path.read_text(encoding="utf-8")) for path in seeds]
    with (folder / "records.jsonl").open("w", encoding="utf-8") as handle:
        for i in range(max(0, count - len(seeds))):
            title, body = texts[i % len(texts)]
            record = {"url": f"https://example.org/a/{i}", "title": title or f"Article {i}", "text": body,
                      "published": "2016-03-01", "outlet": f"Bench Outlet {i // len(texts)}"}
            handle.write(json.dumps(record) + "\n")


def time_steps(corpus: Path, registry) -> str:
    """Milliseconds per article spent in each extraction step, on one core."""
    from loaders.extract.article import extract_article
    from loaders.extract.events import extract_events
    from loaders.extract.people import extract_people
    from loaders.extract.quotes import extract_quotes
    from loaders.readers import iter_documents

    totals = dict.fromkeys(("article", "people", "quotes", "events"), 0.0)
    docs = [d for d in iter_documents([str(corpus)]) if hasattr(d, "raw_text")][:300]
    for doc in docs:
        t0 = time.perf_counter()
        article = extract_article(doc, registry)
        t1 = time.perf_counter()
        people = extract_people(article, registry)
        t2 = time.perf_counter()
        extract_quotes(article, people, registry)
        t3 = time.perf_counter()
        extract_events(article, people, registry)
        t4 = time.perf_counter()
        for key, seconds in zip(totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            totals[key] += seconds
    return ", ".join(f"{key} {1000 * seconds / len(docs):.1f} ms" for key, seconds in totals.items()) + \
        f" per article (over {len(docs)} articles, one core)"


def fresh_pg(server_url: str):
    server = make_url(server_url)
    name = f"newsdb_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)

    def drop():
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


def run(label: str, url: str, corpus: Path, workers: int, registry) -> None:
    upgrade(url)
    engine = make_engine(url)
    started = time.perf_counter()
    first = ingest(engine, [str(corpus)], registry, workers=workers)
    first_seconds = time.perf_counter() - started
    started = time.perf_counter()
    second = ingest(engine, [str(corpus)], registry, workers=workers)
    second_seconds = time.perf_counter() - started
    with engine.connect() as connection:
        counts = [connection.execute(select(func.count()).select_from(m)).scalar_one() for m in (Article, Mention, Quote)]
    engine.dispose()
    total = first.processed
    print(f"{label:<11} workers={workers}  first ingest {total} inputs in {first_seconds:6.1f} s = "
          f"{total / first_seconds:7.1f} articles/s (added {first.added}, failed {first.failed}); "
          f"re-ingest {second.unchanged} unchanged in {second_seconds:5.1f} s = {total / second_seconds:8.1f}/s; "
          f"rows: {counts[0]} articles, {counts[1]} mentions, {counts[2]} quotes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--pg", help="PostgreSQL server URL (a scratch database is created and dropped)")
    parser.add_argument("--polnear", type=Path, default=REPO / "tests" / "data" / "dev" / "polnear.dev.jsonl",
                        help="news texts to build the corpus from (default: tests/data/dev/polnear.dev.jsonl)")
    args = parser.parse_args()
    registry = load_registry(default_registry_dir())
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.articles, args.polnear)
        print("extraction:", time_steps(corpus, registry))
        for workers in args.workers:
            run("sqlite", f"sqlite:///{scratch}/bench-{workers}.sqlite3", corpus, workers, registry)
            if args.pg:
                url, drop = fresh_pg(args.pg)
                try:
                    run("postgresql", url, corpus, workers, registry)
                finally:
                    drop()


if __name__ == "__main__":
    main()
