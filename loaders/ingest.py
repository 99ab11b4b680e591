"""The ingest run: read inputs, skip what is stored already, extract on all cores (or a Dask cluster), write in batches.

Documents stream from the readers in batches (at most `batch_size` inputs and `BATCH_TEXT_LIMIT` characters).
For each batch the main process drops the inputs already stored by this extractor version — first by the hash of
their raw bytes (`loaders.readers.RawInput`), one look-up per batch before any input is decoded or parsed, then by
the content hash of those it had to read — hands the rest to an executor (`loaders.workers`: this process, a
watched pool of worker processes, or `loaders.dask_run`), which keeps a few batches in flight, and writes each
batch's results in one transaction.
Every failure — unreadable or oversized input, extraction error or time budget spent, database error on one
article — is counted, reported through `on_failure` and recorded in `ingest_failures`; warnings likewise through
`on_warning` (kind 'warning'). The run goes on.

The run itself is a row of `ingest_runs`. A stop ends it within seconds with its status and reason: SIGINT,
SIGTERM or SIGHUP to this process, its process group or a worker make it `interrupted`; a worker killed or
crashed, the database gone or any other error make it `failed`. Each batch is one transaction, so only whole
articles are stored, and running the same ingest again completes the job. A run whose process was killed
outright (SIGKILL) cannot say so itself: while it runs it holds a lock (a PostgreSQL advisory lock, or a byte
lock on a file beside the SQLite database) and the next run that finds it `running` without its lock held marks
it `abandoned`.
"""
from __future__ import annotations

import os
import signal
import threading
import time
import traceback
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Engine, insert, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from db.models import IngestFailure, IngestRun, utcnow
from db.runs import RunLock, mark_abandoned
from loaders.collector import collecting_less
from loaders.extract import extractor_version, run_steps
from loaders.readers import DEFAULT_MAX_SIZE, InputWarning, RawInput, iter_inputs
from loaders.records import ExtractedArticle, FailedInput, SourceDocument
from loaders.registry import Registry
from loaders.store import RepeatedParagraphs, Store, content_hash
from loaders.workers import DEFAULT_TIME_LIMIT, InProcess, RunStopped, WorkerPool

BATCH_TEXT_LIMIT = 16_000_000  # characters of input text per batch, so a batch of large inputs stays small
LOOKUP_BATCHES = 16  # batches of raw inputs whose hashes are looked up together (one query per window)
# A made-up article that reaches every extraction step (a headline, people with roles, quotes, a dated event):
# extracted once before worker processes are forked (`Extractor.warm_up`); its result is thrown away.
WARM_UP_TEXT = """Mayor Meets Governor Over Flood Relief

Mayor Ana Ruiz met Governor Paul Ode in Springfield on Monday to discuss flood relief, officials said.
"We will rebuild every bridge," Ruiz told reporters after the meeting. Ode said the state would send aid.
A spokeswoman for the ministry said talks with Canada would continue next week.
"""


@dataclass
class IngestSummary:
    run_id: int | None = None
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[FailedInput] = field(default_factory=list)
    warnings: int = 0
    skipped: int = 0  # records passed over on purpose (e.g. non-HTML records of a web archive)
    recleaned: int = 0  # stored articles cleaned of paragraphs their outlet was found to repeat
    status: str = "running"
    reason: str | None = None
    status_recorded: bool = True  # False when the database could not take the final status (it was unreachable)

    @property
    def processed(self) -> int:
        return self.added + self.updated + self.unchanged + self.failed


class Interrupted(KeyboardInterrupt):
    """A signal stopped the run."""

    def __init__(self, signal_name: str) -> None:
        super().__init__(f"stopped by {signal_name}")
        self.reason = f"stopped by {signal_name}"


# -- extraction (runs in workers) -----------------------------------------------------------------------------


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


class Extractor:
    """`extract_one` bound to a registry and the known repeated paragraphs: picklable, for worker processes."""

    def __init__(self, registry: Registry, repeated: dict[str, frozenset[str]] | None) -> None:
        self.registry = registry
        self.repeated = repeated

    def __call__(self, doc: SourceDocument) -> ExtractedArticle | FailedInput:
        return extract_one(doc, self.registry, self.repeated)

    def warm_up(self) -> None:
        """Extract a small made-up article once, so that what the steps load on first use (their modules, lazily
        compiled patterns, the given-name list) is loaded in this process: worker processes forked after this
        share it instead of each loading it again (about half a second of CPU per worker)."""
        extract_one(SourceDocument("warm-up.txt", "txt", WARM_UP_TEXT, {"published": "2020-03-02"}), self.registry)


def _chunks(items: Iterable, size: int, text_limit: int = BATCH_TEXT_LIMIT) -> Iterator[list]:
    chunk, characters = [], 0
    for item in items:
        chunk.append(item)
        characters += len(item.data) if isinstance(item, RawInput) else len(getattr(item, "raw_text", ""))
        if len(chunk) >= size or characters >= text_limit:
            yield chunk
            chunk, characters = [], 0
    if chunk:
        yield chunk


# -- the run's row and its lock -------------------------------------------------------------------------------


def _one_line(error: BaseException) -> str:
    message = " ".join(str(getattr(error, "orig", None) or error).split())
    return f"{type(getattr(error, 'orig', None) or error).__name__}: {message}"[:500]


# What a driver's message says when the connection to the server was lost (psycopg: "the connection is closed",
# "server closed the connection unexpectedly", the server's "terminating connection due to administrator command").
LOST_CONNECTION_WORDS = ("terminat", "connection is closed", "closed the connection", "connection was closed",
                         "connection lost", "lost connection", "lost the connection", "connection reset",
                         "broken pipe", "connection has been closed")
# SQLSTATEs the server sends as it closes the connection: class 08 (connection exception), and the shutdowns
# (57P01 admin_shutdown, e.g. pg_terminate_backend; 57P02 crash_shutdown; 57P03 cannot_connect_now).
LOST_CONNECTION_STATES = ("08", "57P01", "57P02", "57P03")


def _chain(error: BaseException) -> list[BaseException]:
    """`error` and every exception behind it (`__cause__`, then `__context__`), outermost first, each once."""
    found, seen, pending = [], set(), [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        found.append(current)
        pending += [current.__context__, current.__cause__]  # popped cause first
    return found


def _says_connection_lost(error: BaseException) -> bool:
    return any(word in _one_line(error).lower() for word in LOST_CONNECTION_WORDS)


def _is_disconnect(error: BaseException, drivers: set[str]) -> bool:
    """Whether `error` tells that the connection to the database was lost: SQLAlchemy found the driver's
    connection closed or broken (`connection_invalidated`), or a driver error (of a module in `drivers`) carries
    a lost-connection SQLSTATE, or has no SQLSTATE (the driver's own error) and says so."""
    if isinstance(error, DBAPIError):
        return bool(error.connection_invalidated)
    if isinstance(error, SQLAlchemyError) or type(error).__module__.split(".")[0] not in drivers:
        return False
    state = getattr(error, "sqlstate", None)  # the server's errors carry one, the driver's own errors do not
    if isinstance(state, str) and state:
        return state.startswith(LOST_CONNECTION_STATES)
    return _says_connection_lost(error)


def _drivers(chain: list[BaseException]) -> set[str]:
    """The top-level modules of the driver errors SQLAlchemy wrapped in `chain` (e.g. "psycopg")."""
    return {type(e.orig).__module__.split(".")[0] for e in chain if isinstance(e, DBAPIError) and e.orig is not None}


def _database_error(error: BaseException) -> BaseException | None:
    """The database's own error behind `error`, or None when it is not a database error. The whole chain counts:
    an error telling that the connection was lost comes first (the one that says so in its message, else the
    outermost; e.g. the lost connection behind SQLAlchemy's "can't reconnect until invalid transaction is rolled
    back", or behind psycopg's "cannot exit pipeline mode while busy" when a pipeline's connection is cut), then
    the outermost DBAPI error, then the outermost other SQLAlchemy error."""
    chain = _chain(error)
    drivers = _drivers(chain)
    lost = [e for e in chain if _is_disconnect(e, drivers)]
    if lost:
        return next((e for e in lost if _says_connection_lost(e)), lost[0])
    return (next((e for e in chain if isinstance(e, DBAPIError)), None)
            or next((e for e in chain if isinstance(e, SQLAlchemyError)), None))


def _database_reason(error: BaseException) -> str | None:
    """The run's failure reason for a database error ("database error: …"), or None when `error` is not one.
    A lost connection is said so even when the driver's message does not tell it."""
    cause = _database_error(error)
    if cause is None:
        return None
    if _is_disconnect(cause, _drivers(_chain(error))) and not _says_connection_lost(cause):
        return f"database error: the connection is closed (lost): {_one_line(cause)}"[:500]
    return f"database error: {_one_line(cause)}"


# -- the run ----------------------------------------------------------------------------------------------------


class _SignalGuard:
    """While the run is going: SIGINT, SIGTERM and SIGHUP raise `Interrupted` once. Inside a `critical()` section
    (a database transaction) the signal waits for the section to end, so that no transaction is cut where
    SQLAlchemy cannot close it (a connection left holding SQLite's write lock would block the run's own status
    update). Later signals, while the run is being stopped and its status written, are noted and ignored.
    Only installable on the main thread."""

    SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None),
                                getattr(signal, "SIGHUP", None)) if s is not None)

    def __init__(self) -> None:
        self.stopping = False
        self.pending: str | None = None
        self.depth = 0
        self.previous: dict[int, object] = {}

    def __enter__(self) -> _SignalGuard:
        if threading.current_thread() is threading.main_thread():
            for signum in self.SIGNALS:
                self.previous[signum] = signal.signal(signum, self._handle)
        return self

    def _handle(self, signum, _frame) -> None:
        name = signal.Signals(signum).name
        self.pending = self.pending or name
        if not self.stopping and not self.depth:
            self.stopping = True
            raise Interrupted(name)

    def __exit__(self, *_exc) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    @contextmanager
    def critical(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
        if not self.depth and self.pending and not self.stopping:
            self.stopping = True
            raise Interrupted(self.pending)


def ingest(
    engine: Engine,
    paths: list[str],
    registry: Registry,
    *,
    workers: int | None = None,
    batch_size: int = 64,
    max_size: int = DEFAULT_MAX_SIZE,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    dask: str | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_failure: Callable[[FailedInput], None] | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
) -> IngestSummary:
    """Ingest `paths`; returns the summary of a completed run. A run that stops raises (`Interrupted`, a
    KeyboardInterrupt, or the error) after recording its status; the exception's `ingest_summary` attribute
    holds the summary, whose `status_recorded` says whether the database took the final status."""
    version = extractor_version(registry)
    store = Store(engine, version, registry)
    repeated_paragraphs = RepeatedParagraphs(store)
    repeated = repeated_paragraphs.known()
    summary = IngestSummary()
    lock = RunLock(engine)
    with engine.begin() as connection:
        summary.run_id = connection.execute(
            insert(IngestRun).returning(IngestRun.id),
            {"paths": "\n".join(map(str, paths)), "extractor_version": version, "status": "running",
             "started_at": utcnow(), "added": 0, "updated": 0, "unchanged": 0, "failed": 0},
        ).scalar_one()
    lock.hold(summary.run_id)
    mark_abandoned(engine, lock)

    def fail(failures: list[FailedInput]) -> None:
        summary.failed += len(failures)
        summary.failures.extend(failures)
        store.record_failures(summary.run_id, failures)
        for failure in failures:
            if on_failure:
                on_failure(failure)

    def warn(warnings: list[InputWarning]) -> None:
        if not warnings:
            return
        summary.warnings += len(warnings)
        summary.skipped += sum(warning.skipped for warning in warnings)
        with engine.begin() as connection:
            connection.execute(insert(IngestFailure), [
                {"run_id": summary.run_id, "source_path": w.source_path, "source_record": w.source_record,
                 "reason": w.reason, "kind": "warning", "failed_at": utcnow()} for w in warnings])
        for warning in warnings:
            if on_warning:
                on_warning(warning)

    def read(chunk: list) -> tuple[list, dict[int, str], int]:
        """Skip the raw inputs stored as they are (one look-up of their hashes, before any is read or parsed);
        read the others. Returns the chunk's items read, the raw input hash of each document whose read gave no
        warning or failure (by id of the document), and how many inputs were skipped."""
        raw_hashes = [item.input_hash for item in chunk if isinstance(item, RawInput) and item.input_hash]
        known = store.known_input_versions(raw_hashes) if raw_hashes else {}
        items, input_hashes, skipped = [], {}, 0
        for item in chunk:
            if not isinstance(item, RawInput):
                items.append(item)
            elif item.input_hash and known.get(item.input_hash) == version:
                skipped += 1
            else:
                read_items = list(item.read())
                if item.input_hash and len(read_items) == 1 and isinstance(read_items[0], SourceDocument):
                    input_hashes[id(read_items[0])] = item.input_hash
                items.extend(read_items)
        return items, input_hashes, skipped

    def prepare(chunk: list, input_hashes: dict[int, str]) -> tuple[list[tuple[str, str | None]], list[SourceDocument]]:
        """Record read failures and warnings, skip stored inputs; return the (content hash, raw input hash) pairs
        and documents to extract."""
        warn([item for item in chunk if isinstance(item, InputWarning)])
        failures = [item for item in chunk if isinstance(item, FailedInput)]
        fail(failures)
        docs = [item for item in chunk if isinstance(item, SourceDocument)]
        hashes = [content_hash(doc) for doc in docs]
        known = store.known_versions(hashes)
        todo, todo_hashes, seen, remember = [], [], set(), []
        for doc, digest in zip(docs, hashes):
            if known.get(digest) == version or digest in seen:
                summary.unchanged += 1  # stored as it is, or a duplicate of an input in this chunk
                if known.get(digest) == version and id(doc) in input_hashes:
                    remember.append((input_hashes[id(doc)], digest))  # stored before its raw hash was kept
                continue
            seen.add(digest)
            todo.append(doc)
            todo_hashes.append((digest, input_hashes.get(id(doc))))
        store.remember_inputs(remember)
        if on_progress:
            on_progress(len(failures) + len(docs) - len(todo))
        return todo_hashes, todo

    def write(results: list[ExtractedArticle | FailedInput], hashes: list[tuple[str, str | None]]) -> None:
        extracted = []
        for (digest, input_hash), result in zip(hashes, results):
            if isinstance(result, ExtractedArticle):
                result.input_hash = input_hash
                extracted.append((digest, result))
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

    def batches() -> Iterator[tuple[list[str], list[SourceDocument]]]:
        # Raw inputs are looked up a window of several batches at a time: a re-ingest of unchanged input makes
        # one query per window, and only what must be read is cut into batches.
        for window in _chunks(iter_inputs(paths, max_size), LOOKUP_BATCHES * batch_size):
            with guard.critical():
                items, input_hashes, skipped = read(window)
                summary.unchanged += skipped
                if on_progress and skipped:
                    on_progress(skipped)
            for chunk in _chunks(items, batch_size):
                with guard.critical():
                    prepared = prepare(chunk, input_hashes)
                yield prepared

    workers = workers if workers is not None else (os.cpu_count() or 1)
    executor = None
    guard = _SignalGuard()
    with guard, collecting_less():  # (see loaders.collector)
        try:
            extract = Extractor(registry, repeated)
            if dask:
                from loaders.dask_run import DaskExecutor

                executor = DaskExecutor(dask, extract, workers=workers)
            elif workers <= 1:
                executor = InProcess(extract, time_limit)
            else:
                executor = WorkerPool(workers, extract, time_limit)
            for hashes, results in executor.run(batches()):
                if results:
                    with guard.critical():
                        write(results, hashes)
            executor.close()
            executor = None
            with guard.critical():
                summary.recleaned = repeated_paragraphs.learn()
                store.remove_orphans()
            summary.status = "completed"
        except BaseException as error:
            guard.stopping = True
            if isinstance(error, KeyboardInterrupt):
                summary.status, summary.reason = "interrupted", getattr(error, "reason", None) or "interrupted (Ctrl-C)"
            elif isinstance(error, RunStopped):
                summary.status, summary.reason = error.status, error.reason
                if error.status == "interrupted" and guard.pending:  # the signal reached us and our workers
                    summary.reason = f"stopped by {guard.pending}"
            elif (reason := _database_reason(error)) is not None:
                summary.status, summary.reason = "failed", reason
            else:
                summary.status, summary.reason = "failed", _one_line(error)
            error.ingest_summary = summary
            raise
        finally:
            guard.stopping = True
            if executor is not None:
                executor.close(abort=True)
            summary.status_recorded = _finish_run(engine, summary)
            lock.close()
    return summary


def _finish_run(engine: Engine, summary: IngestSummary, attempts: int = 3) -> bool:
    """Write the run's final status and counts; a few tries a second apart if the database is unreachable."""
    for attempt in range(attempts):
        try:
            with engine.begin() as connection:
                connection.execute(
                    update(IngestRun).where(IngestRun.id == summary.run_id).values(
                        status=summary.status, reason=summary.reason, finished_at=utcnow(), added=summary.added,
                        updated=summary.updated, unchanged=summary.unchanged, failed=summary.failed))
            return True
        except DBAPIError:
            if attempt + 1 < attempts:
                time.sleep(1.0)
        except Exception:
            return False
    return False
