"""newsdb benchmarks: ingest throughput, the write path alone, memory, and canned queries at scale. Prints figures.

Ingest (default): a corpus of real news texts (PolNeAR dev, as JSONL records; each round of copies under its own
outlet) is ingested into fresh SQLite and PostgreSQL databases with 1 and 2 workers; each run reports articles/s
(wall) and the CPU seconds of the whole process tree, then re-ingests the unchanged input (three times: the
median, with its CPU time; the skip path reads no input it finds stored, see loaders.readers.RawInput). Figures
on a shared machine are noisy: compare CPU per article, which other processes disturb less than wall time.

    .venv/bin/python scripts/benchmark.py --articles 2000 --pg postgresql+psycopg://postgres@127.0.0.1:5432/test
    .venv/bin/python scripts/benchmark.py --write-path --articles 2000 --pg URL  # extraction stubbed
    .venv/bin/python scripts/benchmark.py --write-path --articles 2000 --copies 10  # the same at 20,000 articles
    .venv/bin/python scripts/benchmark.py --memory 2000 20000                  # peak RSS, cost per article
    .venv/bin/python scripts/benchmark.py --queries sqlite:///big.sqlite3 URL... # see scripts/scale_db.py
    .venv/bin/python scripts/benchmark.py --extraction                         # per-step extraction cost
    .venv/bin/python scripts/benchmark.py --parts --articles 600 --pg URL      # CPU per article by part

--write-path extracts the corpus once, then times `Store.write_batch` alone (batches of 64) on fresh databases,
and on PostgreSQL compares the bulk paths (COPY, multi-row INSERT, executemany). --queries runs every canned
query (with parameters taken from the data: the most quoted person's surname, a common and a rare word) and
every view's first 1,000 rows, a warm-up then the median of 3, process start excluded: wall time, and CPU time
(the benchmark process's, plus the PostgreSQL backend's when the server is on this machine).
"""
from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from db.engine import make_engine  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.models import Article, Mention, Quote  # noqa: E402

POLNEAR = REPO / "tests" / "data" / "dev" / "polnear.dev.jsonl"
FIRST_DAY = datetime.date(2016, 3, 1)  # every record's date, or the first with --spread-days


def make_corpus(folder: Path, count: int, polnear: Path = POLNEAR, spread_days: int = 0) -> None:
    """The seed .txt files once, then JSONL records of real news texts (PolNeAR dev) up to `count`; each round of
    copies gets its own outlet, so no outlet repeats a text (which newsdb would learn as boilerplate).

    Every record is published 2016-03-01 (the figures in docs/performance.md), so every copy of an event falls in
    the same weeks: the hardest case for cross-article event matching. With `spread_days`, the records' dates
    rise evenly over that many days from 2016-03-01 (the round of copies later, the date later), as a corpus
    gathered over time would be; relative dates in the texts move with them.
    """
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
            published = FIRST_DAY + datetime.timedelta(days=i * spread_days // max(1, count))
            record = {"url": f"https://example.org/a/{i}", "title": title or f"Article {i}", "text": body,
                      "published": published.isoformat(), "outlet": f"Bench Outlet {i // len(texts)}"}
            handle.write(json.dumps(record) + "\n")


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


def _cpu() -> float:
    """CPU seconds of this process and its finished children (worker processes)."""
    return sum(_cpu_parts())


def _cpu_parts() -> tuple[float, float]:
    """CPU seconds of this process, and of its finished children (worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _backends(args, scratch: str, label: str):
    yield "sqlite", f"sqlite:///{scratch}/{label}.sqlite3", (lambda: None)
    if args.pg:
        url, drop = fresh_pg(args.pg)
        yield "postgresql", url, drop


# -- ingest -----------------------------------------------------------------------------------------------------


def run_ingest(label: str, url: str, corpus: Path, workers: int, registry) -> None:
    from loaders.ingest import ingest

    upgrade(url)
    engine = make_engine(url)
    cpu, started = _cpu(), time.perf_counter()
    first = ingest(engine, [str(corpus)], registry, workers=workers)
    first_seconds, first_cpu = time.perf_counter() - started, _cpu() - cpu
    server_cpu = _server_cpu(engine)
    # Re-ingest of the unchanged input, three times (the median): a run of it takes tens of milliseconds, which
    # a busy machine disturbs by as much; the CPU time of this process is given beside it.
    again = []
    for _ in range(3):
        cpu, started = time.process_time(), time.perf_counter()
        second = ingest(engine, [str(corpus)], registry, workers=workers)
        again.append((time.perf_counter() - started, time.process_time() - cpu))
    second_seconds, second_cpu = sorted(again)[1]
    with engine.connect() as connection:
        counts = [connection.execute(select(func.count()).select_from(m)).scalar_one() for m in (Article, Mention, Quote)]
    engine.dispose()
    total = first.processed
    print(f"{label:<10} workers={workers}  ingest {total} inputs in {first_seconds:6.1f} s = "
          f"{total / first_seconds:6.1f} articles/s ({1000 * first_cpu / total:5.1f} ms CPU per article"
          + (f" + {1000 * server_cpu / total:.1f} ms of the server's" if server_cpu is not None else "") + "; added "
          f"{first.added}, failed {first.failed}); re-ingest {second.unchanged} unchanged in {second_seconds:5.3f} s "
          f"= {total / second_seconds:8.0f}/s ({1e6 * second_cpu / total:4.0f} µs CPU per input, median of 3); rows: "
          f"{counts[0]} articles, {counts[1]} mentions, {counts[2]} quotes; load average {os.getloadavg()[0]:.1f}",
          flush=True)


def _server_cpu(engine) -> float | None:
    """PostgreSQL: CPU seconds of the server processes serving this (scratch) database, read from /proc when the
    server runs on this machine; None on SQLite or when unknown. Connections closed before are not counted."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as connection:
        pids = connection.exec_driver_sql(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()").scalars().all()
    seconds = [_backend_cpu(pid) for pid in pids]
    return sum(seconds) if any(seconds) else None


def bench_ingest(args, registry) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.articles, spread_days=args.spread_days)
        for workers in args.workers:
            for backend, url, drop in _backends(args, scratch, f"ingest-{workers}"):
                try:
                    run_ingest(backend, url, corpus, workers, registry)
                finally:
                    drop()


# -- the write path alone -----------------------------------------------------------------------------------------


def _extract(doc):
    from loaders.ingest import extract_one
    from loaders.registry import default_registry_dir, load_registry
    from loaders.store import content_hash

    global _REGISTRY
    if "_REGISTRY" not in globals():
        _REGISTRY = load_registry(default_registry_dir())
    return content_hash(doc), extract_one(doc, _REGISTRY)


def extracted_corpus(corpus: Path) -> list:
    from loaders.readers import iter_documents
    from loaders.records import ExtractedArticle, SourceDocument

    docs = [d for d in iter_documents([str(corpus)]) if isinstance(d, SourceDocument)]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        items = pool.map(_extract, docs, chunksize=16)
    return [item for item in items if isinstance(item[1], ExtractedArticle)]


def time_write_path(label: str, url: str, items: list, pg_bulk: str = "copy") -> None:
    from loaders.store import Store

    upgrade(url)
    engine = make_engine(url)
    store = Store(engine, "benchmark", pg_bulk=pg_bulk)
    rows = sum(1 + sum(len(p.mentions) + 1 + len(p.aliases) for p in x.people) + len(x.quotes) + 2 * len(x.events)
               for _, x in items)
    cpu, started = time.process_time(), time.perf_counter()
    failed = 0
    for start in range(0, len(items), 64):
        failed += sum(result.status == "failed" for result in store.write_batch(items[start:start + 64], None))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if failed:
        raise SystemExit(f"{label}: {failed} articles failed to write")
    engine.dispose()
    print(f"{label:<24} {len(items)} articles in {seconds:6.2f} s = {len(items) / seconds:7.0f} articles/s, "
          f"{rows / seconds:8.0f} rows/s ({1000 * seconds / len(items):.2f} ms wall, {1000 * cpu / len(items):.2f} ms "
          f"client CPU per article)", flush=True)


def _copies(items: list, copies: int) -> list:
    """The extracted corpus `copies` times over, each copy with its own hashes, URLs and record numbers: a
    database `copies` times larger without extracting more (every copy's events fall on the same dates)."""
    import copy
    import hashlib

    if copies <= 1:
        return items
    grown = list(items)
    for number in range(1, copies):
        for digest, extracted in items:
            twin = copy.deepcopy(extracted)
            twin.article.url = f"{twin.article.url or 'https://example.org/'}#copy{number}"
            twin.article.source_record += 1_000_000 * number
            grown.append((hashlib.sha256(f"{digest}#copy{number}".encode()).hexdigest(), twin))
    return grown


def bench_write_path(args) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.articles, spread_days=args.spread_days)
        if args.extracted and args.extracted.is_file():
            from loaders.records import ExtractedArticle

            items = [item for item in pickle.loads(args.extracted.read_bytes()) if isinstance(item[1], ExtractedArticle)]
        else:
            items = extracted_corpus(corpus)
            if args.extracted:
                args.extracted.write_bytes(pickle.dumps(items))
        items = _copies(items, args.copies)
        print(f"write path alone (extraction done beforehand), {len(items)} articles, batches of 64:")
        time_write_path("sqlite", f"sqlite:///{scratch}/write.sqlite3", items)
        if args.pg:
            for method in ("copy", "values", "executemany"):
                url, drop = fresh_pg(args.pg)
                try:
                    time_write_path(f"postgresql ({method})", url, items, method)
                finally:
                    drop()


# -- memory and cost per article at two sizes ------------------------------------------------------------------


def _ingest_in_child(url: str, corpus: str, workers: int, queue) -> None:
    from loaders.ingest import ingest
    from loaders.registry import default_registry_dir, load_registry

    upgrade(url)
    engine = make_engine(url)
    started, (main_cpu, workers_cpu) = time.perf_counter(), _cpu_parts()
    summary = ingest(engine, [corpus], load_registry(default_registry_dir()), workers=workers)
    seconds = time.perf_counter() - started
    main_cpu, workers_cpu = (now - before for now, before in zip(_cpu_parts(), (main_cpu, workers_cpu)))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    queue.put((summary.processed, seconds, main_cpu, workers_cpu, own, workers_rss))


def bench_memory(args) -> None:
    """Ingest N articles in a fresh process per size; peak RSS of the main process and of the largest worker."""
    context = multiprocessing.get_context("fork")
    for size in args.memory:
        with tempfile.TemporaryDirectory() as scratch:
            corpus = Path(scratch) / "corpus"
            corpus.mkdir()
            make_corpus(corpus, size, spread_days=args.spread_days)
            for backend, url, drop in _backends(args, scratch, f"memory-{size}"):
                try:
                    queue = context.Queue()
                    child = context.Process(target=_ingest_in_child, args=(url, str(corpus), args.workers[-1], queue))
                    child.start()
                    processed, seconds, main_cpu, workers_cpu, own, workers_rss = queue.get()
                    child.join()
                    print(f"{backend:<10} {processed:6d} articles, workers={args.workers[-1]}: {seconds:7.1f} s = "
                          f"{1000 * seconds / processed:5.2f} ms wall and {1000 * (main_cpu + workers_cpu) / processed:5.2f}"
                          f" ms CPU per article (main {1000 * main_cpu / processed:.2f}, workers "
                          f"{1000 * workers_cpu / processed:.2f}); peak RSS main {own / 1024:6.0f} MB, largest worker "
                          f"{workers_rss / 1024:6.0f} MB", flush=True)
                finally:
                    drop()


# -- CPU per article by part -------------------------------------------------------------------------------------

# (module, attribute, label): the functions timed by --parts; an indented label is a part of the one above it.
PARTS = (
    ("loaders.ingest", "extract_one", "extraction (all steps)"),
    ("loaders.store:Store", "write_batch", "store: write batches"),
    ("loaders.extract.eventmatch:EventIndex", "match", "  event matching (EventIndex.match)"),
    ("loaders.extract.names:PeopleIndex", "match", "  people matching (PeopleIndex.match)"),
    ("loaders.store:Store", "_flush_rows", "  bulk inserts and full-text index"),
    ("db.summaries:Changes", "flush", "  summary tables"),
    ("loaders.store:RepeatedParagraphs", "learn", "repeated paragraphs learned at the end"),
    ("loaders.ingest", "extractor_version", "extractor fingerprint"),
)


def bench_parts(args, registry) -> None:
    """A full ingest in this process (one worker: every part on one clock), CPU per article of each part."""
    import functools
    import importlib

    from loaders import ingest as ingest_module

    spent: dict[str, float] = dict.fromkeys([label for _, _, label in PARTS], 0.0)
    originals = []
    for where, name, label in PARTS:
        module_name, _, class_name = where.partition(":")
        owner = importlib.import_module(module_name)
        owner = getattr(owner, class_name) if class_name else owner
        original = getattr(owner, name)

        def timed(*a, __original=original, __label=label, **k):
            started = time.process_time()
            try:
                return __original(*a, **k)
            finally:
                spent[__label] += time.process_time() - started

        originals.append((owner, name, original))
        setattr(owner, name, functools.wraps(original)(timed))
    try:
        with tempfile.TemporaryDirectory() as scratch:
            corpus = Path(scratch) / "corpus"
            corpus.mkdir()
            make_corpus(corpus, args.articles, spread_days=args.spread_days)
            for backend, url, drop in _backends(args, scratch, "parts"):
                try:
                    upgrade(url)
                    engine = make_engine(url)
                    for label in spent:
                        spent[label] = 0.0
                    cpu = time.process_time()
                    summary = ingest_module.ingest(engine, [str(corpus)], registry, workers=1)
                    cpu = time.process_time() - cpu
                    engine.dispose()
                    count = summary.processed
                    top = sum(seconds for label, seconds in spent.items() if not label.startswith(" "))
                    print(f"{backend}: {count} articles, one process, {1000 * cpu / count:.2f} ms of CPU per article "
                          f"(load average {os.getloadavg()[0]:.1f}):")
                    for label, seconds in spent.items():
                        print(f"  {label:<42} {1000 * seconds / count:6.2f} ms")
                    print(f"  {'reading, hashing, batching, the run (rest)':<42} {1000 * (cpu - top) / count:6.2f} ms",
                          flush=True)
                finally:
                    drop()
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


# -- extraction ---------------------------------------------------------------------------------------------------


def bench_extraction(args) -> None:
    """Per-step extraction cost and the 4 KB / 1 MB linearity rows, from scripts/bench_extract.py when it exists."""
    try:
        import bench_extract  # written by the extraction work (issue 11 item 1); not every checkout has it yet
    except ImportError:
        bench_extract = None
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, min(args.articles, 300), spread_days=args.spread_days)
        if bench_extract is not None and hasattr(bench_extract, "main"):
            bench_extract.main([str(corpus)]) if _takes_args(bench_extract.main) else bench_extract.main()
            return
        print("extraction (scripts/bench_extract.py not found; fallback):", time_steps(corpus))


def _takes_args(function) -> bool:
    import inspect

    return bool(inspect.signature(function).parameters)


def time_steps(corpus: Path) -> str:
    """Milliseconds per article spent in each extraction step, on one core (fallback for bench_extract)."""
    from loaders.extract.article import extract_article
    from loaders.extract.events import extract_events
    from loaders.extract.people import extract_people
    from loaders.extract.quotes import extract_quotes
    from loaders.readers import iter_documents
    from loaders.registry import default_registry_dir, load_registry

    registry = load_registry(default_registry_dir())
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


# -- canned queries and views at scale ----------------------------------------------------------------------------


def query_parameters(engine) -> dict[str, dict[str, str]]:
    """Parameters per query, taken from the data so every query has real work to do."""
    with engine.connect() as connection:
        speaker = connection.execute(text(
            "SELECT p.name FROM person_stats s JOIN people p ON p.id = s.person_id ORDER BY s.quote_count DESC LIMIT 1"
        )).scalar() or "x"
        article_id = connection.execute(text("SELECT MAX(id) FROM articles")).scalar() or 1
    surname = speaker.split()[-1]
    return {
        "quotes_by_person": {"person": surname},
        "co_mentioned_people": {"person": surname},
        "people_roles_over_time": {"person": surname},
        "article_in_full": {"article_id": str(article_id)},
        "full_text_search": {"words": "said"},
    }


def _backend_cpu(pid: int | None) -> float:
    """CPU seconds used so far by a PostgreSQL backend on this machine (from /proc), 0 when unknown."""
    if not pid:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _timed(run, backend_pid: int | None = None) -> tuple[float, float, int]:
    """Median wall and CPU seconds of 3 runs after a warm-up. CPU is this process's plus, on PostgreSQL, the
    serving backend's (read from /proc when the server is local): the work itself, which a busy machine
    disturbs less than wall time."""
    run()  # warm-up
    times, cpus = [], []
    rows = 0
    for _ in range(3):
        started, cpu, server = time.perf_counter(), time.process_time(), _backend_cpu(backend_pid)
        rows = run()
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu + _backend_cpu(backend_pid) - server)
    return statistics.median(times), statistics.median(cpus), rows


def bench_queries(urls: list[str]) -> None:
    from db.queries import load_queries
    from db.views import CURRENT_VIEWS

    queries = load_queries()
    for url in urls:
        engine = make_engine(url)
        with engine.connect() as connection:
            sizes = {t: connection.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
                     for t in ("articles", "quotes", "mentions", "event_mentions", "people")}
        print(f"{engine.dialect.name}: " + ", ".join(f"{n} {t}" for t, n in sizes.items()))
        parameters = query_parameters(engine)
        cases = [(name, parameters.get(name, {})) for name in queries]
        cases += [("full_text_search", {"words": "zzyzx"}),  # a word no article has
                  ("people_roles_over_time", {}), ("event_timeline", {}), ("event_across_outlets", {})]
        seen = set()
        for name, values in cases:
            label = name + (" " + " ".join(f"{k}={v}" for k, v in values.items()) if values else "")
            if label in seen:
                continue
            seen.add(label)
            query = queries[name]
            bound = query.bind(values)
            sql = text(query.executable_sql(engine.dialect.name))
            with engine.connect() as connection:
                pid = (connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
                       if engine.dialect.name == "postgresql" else None)
                seconds, cpu, rows = _timed(lambda: len(connection.execute(sql, bound).all()), pid)
            print(f"  {1000 * seconds:8.1f} ms  {1000 * cpu:7.1f} ms CPU  {rows:5d} rows  {label}", flush=True)
        for view in CURRENT_VIEWS:
            with engine.connect() as connection:
                pid = (connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
                       if engine.dialect.name == "postgresql" else None)
                page = text(f"SELECT * FROM {view.name} LIMIT 1000")
                seconds, cpu, rows = _timed(lambda: len(connection.execute(page).all()), pid)
            print(f"  {1000 * seconds:8.1f} ms  {1000 * cpu:7.1f} ms CPU  {rows:5d} rows  "
                  f"SELECT * FROM {view.name} LIMIT 1000", flush=True)
        engine.dispose()


def bench_cli(url: str | None) -> None:
    """Wall time of `newsdb --help`, `newsdb queries` and a canned query (median of 5, process start included),
    and the command's CPU (user + system, median of the same runs): on a shared machine the wall time is mostly
    waiting for a core, the CPU is the work."""
    import resource

    newsdb = [sys.executable, "-m", "newsdb"]
    commands = [newsdb + ["--help"], newsdb + ["queries"]]
    if url:
        commands.append(newsdb + ["--db", url, "query", "most_quoted_people", "--format", "csv"])
    for command in commands:
        times, cpu = [], []
        for _ in range(6):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        print(f"  {statistics.median(times[1:]):6.3f} s wall, {statistics.median(cpu[1:]):6.3f} s CPU  "
              f"{' '.join(command[2:])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--spread-days", type=int, default=0, metavar="DAYS",
                        help="date the corpus's records evenly over DAYS days (default: all on 2016-03-01)")
    parser.add_argument("--pg", help="PostgreSQL server URL (scratch databases are created and dropped)")
    parser.add_argument("--write-path", action="store_true", help="time the store alone, extraction done beforehand")
    parser.add_argument("--copies", type=int, default=1, metavar="K",
                        help="with --write-path: write the extracted corpus K times over (new hashes and URLs)")
    parser.add_argument("--extracted", type=Path, metavar="FILE",
                        help="with --write-path: keep the extracted corpus in FILE (pickle) and reuse it next time")
    parser.add_argument("--memory", type=int, nargs="+", metavar="N", help="peak RSS and cost per article at N articles")
    parser.add_argument("--extraction", action="store_true", help="per-step extraction cost")
    parser.add_argument("--parts", action="store_true", help="CPU per article by part of a one-process ingest")
    parser.add_argument("--queries", nargs="+", metavar="URL", help="time the canned queries and views on databases")
    parser.add_argument("--cli", nargs="?", const="", metavar="URL", help="time the command line's start")
    args = parser.parse_args()
    if args.queries:
        bench_queries(args.queries)
    elif args.cli is not None:
        bench_cli(args.cli or None)
    elif args.write_path:
        bench_write_path(args)
    elif args.memory:
        bench_memory(args)
    elif args.extraction:
        bench_extraction(args)
    elif args.parts:
        from loaders.registry import default_registry_dir, load_registry

        bench_parts(args, load_registry(default_registry_dir()))
    else:
        from loaders.registry import default_registry_dir, load_registry

        bench_ingest(args, load_registry(default_registry_dir()))


if __name__ == "__main__":
    main()
