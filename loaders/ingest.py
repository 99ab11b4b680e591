"""The ingest run: read inputs, skip what is stored already, extract on all cores, write in batches.

Documents stream from the readers in chunks. For each chunk the main process drops the inputs whose content
hash is already stored by this extractor version, hands the rest to worker processes (a few chunks in flight,
so memory stays bounded), and writes their results in one transaction per chunk. Every failure — unreadable
file, extraction error, database error — is counted, reported through `on_failure` and recorded in
`ingest_failures`; the run goes on. The run itself is a row of `ingest_runs`, marked `interrupted` on Ctrl-C.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import Engine, insert, update

from db.models import IngestRun, utcnow
from loaders.extract import extractor_version, run_steps
from loaders.readers import iter_documents
from loaders.records import ExtractedArticle, FailedInput, SourceDocument
from loaders.registry import Registry
from loaders.store import RepeatedParagraphs, Store, content_hash


@dataclass
class IngestSummary:
    run_id: int | None = None
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[FailedInput] = field(default_factory=list)
    recleaned: int = 0  # stored articles cleaned of paragraphs their outlet was found to repeat

    @property
    def processed(self) -> int:
        return self.added + self.updated + self.unchanged + self.failed


_worker_registry: Registry | None = None
_worker_repeated: dict[str, frozenset[str]] | None = None


def _init_worker(registry: Registry, repeated: dict[str, frozenset[str]] | None = None,
                 in_subprocess: bool = False) -> None:
    global _worker_registry, _worker_repeated
    _worker_registry = registry
    _worker_repeated = repeated
    if in_subprocess:
        # Ctrl-C and kill are the main process's to handle: it stops the pool and marks the run interrupted.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def extract_one(doc: SourceDocument, registry: Registry,
                repeated: dict[str, frozenset[str]] | None = None) -> ExtractedArticle | FailedInput:
    """Run the extraction steps; any error becomes a one-line failure naming the step's exception."""
    try:
        return run_steps(doc, registry, repeated)
    except Exception as error:  # an extractor bug must cost one input, not the run
        where = traceback.extract_tb(error.__traceback__)[-1]
        return FailedInput(
            doc.source_path,
            f"extraction failed: {type(error).__name__}: {error} ({os.path.basename(where.filename)}:{where.lineno})",
            doc.source_record,
        )


def _extract_chunk(docs: list[SourceDocument]) -> list[ExtractedArticle | FailedInput]:
    return [extract_one(doc, _worker_registry, _worker_repeated) for doc in docs]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ingest(
    engine: Engine,
    paths: list[str],
    registry: Registry,
    *,
    workers: int | None = None,
    batch_size: int = 64,
    on_progress: Callable[[int], None] | None = None,
    on_failure: Callable[[FailedInput], None] | None = None,
) -> IngestSummary:
    version = extractor_version(registry)
    store = Store(engine, version, registry)
    repeated_paragraphs = RepeatedParagraphs(store)
    repeated = repeated_paragraphs.known()
    summary = IngestSummary()
    with engine.begin() as connection:
        summary.run_id = connection.execute(
            insert(IngestRun).returning(IngestRun.id),
            {"paths": "\n".join(map(str, paths)), "extractor_version": version, "status": "running",
             "started_at": utcnow(), "added": 0, "updated": 0, "unchanged": 0, "failed": 0},
        ).scalar_one()

    def fail(failures: list[FailedInput]) -> None:
        summary.failed += len(failures)
        summary.failures.extend(failures)
        store.record_failures(summary.run_id, failures)
        for failure in failures:
            if on_failure:
                on_failure(failure)

    def prepare(chunk: list) -> tuple[list[SourceDocument], list[str]]:
        """Record read failures and skip stored inputs; return the documents to extract and their hashes."""
        fail([item for item in chunk if isinstance(item, FailedInput)])
        docs = [item for item in chunk if isinstance(item, SourceDocument)]
        hashes = [content_hash(doc) for doc in docs]
        known = store.known_versions(hashes)
        todo, todo_hashes, seen = [], [], set()
        for doc, digest in zip(docs, hashes):
            if known.get(digest) == version or digest in seen:
                summary.unchanged += 1  # stored as it is, or a duplicate of an input in this chunk
                continue
            seen.add(digest)
            todo.append(doc)
            todo_hashes.append(digest)
        if on_progress:
            on_progress(len(chunk) - len(todo))
        return todo, todo_hashes

    def write(results: list[ExtractedArticle | FailedInput], hashes: list[str]) -> None:
        extracted = [(h, r) for h, r in zip(hashes, results) if isinstance(r, ExtractedArticle)]
        fail([r for r in results if isinstance(r, FailedInput)])
        for (digest, item), outcome in zip(extracted, store.write_batch(extracted, summary.run_id)):
            if outcome.status == "added":
                summary.added += 1
            elif outcome.status == "updated":
                summary.updated += 1
            elif outcome.status == "unchanged":  # a concurrent run stored the same input first
                summary.unchanged += 1
            else:
                fail([FailedInput(item.article.source_path, outcome.reason or "not stored", item.article.source_record)])
        if on_progress:
            on_progress(len(results))

    workers = workers if workers is not None else (os.cpu_count() or 1)
    status = "failed"
    pool = None
    try:
        chunks = _chunks(iter_documents(paths), batch_size)
        if workers <= 1:
            _init_worker(registry, repeated)
            for chunk in chunks:
                todo, hashes = prepare(chunk)
                if todo:
                    write(_extract_chunk(todo), hashes)
        else:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            pool = multiprocessing.get_context(method).Pool(workers, _init_worker, (registry, repeated, True))
            in_flight: deque = deque()
            for chunk in chunks:
                todo, hashes = prepare(chunk)
                if todo:
                    in_flight.append((pool.apply_async(_extract_chunk, (todo,)), hashes))
                while len(in_flight) > workers * 2:  # bounded: a few chunks ahead of the writer
                    pending, pending_hashes = in_flight.popleft()
                    write(pending.get(), pending_hashes)
            while in_flight:
                pending, pending_hashes = in_flight.popleft()
                write(pending.get(), pending_hashes)
        if pool is not None:
            pool.close()
            pool.join()
            pool = None
        summary.recleaned = repeated_paragraphs.learn()
        store.remove_orphans()
        status = "completed"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        with engine.begin() as connection:
            connection.execute(
                update(IngestRun)
                .where(IngestRun.id == summary.run_id)
                .values(status=status, finished_at=utcnow(), added=summary.added, updated=summary.updated,
                        unchanged=summary.unchanged, failed=summary.failed)
            )
    return summary
