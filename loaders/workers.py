"""Where extraction runs: in this process, or in a pool of worker processes that the ingest watches.

An executor takes the ingest's batches, `(key, documents)`, and yields `(key, results)` in the same order, one
result per document, holding only a few batches in flight so memory stays bounded. Each input has a time budget:
a worker raises inside the extraction when it is spent (SIGALRM) and the input fails alone; if the extraction is
stuck where Python cannot interrupt it, the pool kills that worker a few seconds later, fails the input and
starts a new worker. A worker that dies otherwise ends the run (`RunStopped`): stopped by SIGTERM, SIGINT or
SIGHUP, the run is `interrupted`; killed by another signal or crashed, it is `failed` with that reason. Workers
ignore nothing: Ctrl-C or a signal to the process group stops them at once, and the ingest's own handler stops
the run. Workers leave on their own within a second when the ingest process is gone (even after SIGKILL).
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait

from loaders.collector import collect_less
from loaders.records import ExtractedArticle, FailedInput, SourceDocument

DEFAULT_TIME_LIMIT = 120.0  # seconds per input; a 5 MB article (the size limit) extracts in well under a minute
KILL_GRACE = 10.0  # seconds past the budget before a worker stuck in C code is killed
INTERRUPTING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

Extract = Callable[[SourceDocument], "ExtractedArticle | FailedInput"]
Batches = Iterable[tuple[object, list[SourceDocument]]]


class RunStopped(Exception):
    """The run cannot go on; `status` is 'interrupted' or 'failed' and the message the one-line reason."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def over_budget(time_limit: float) -> str:
    return f"over the time budget: extraction took more than {time_limit:g} s (--time-limit)"


class _OverBudget(BaseException):
    """Raised into the extraction by SIGALRM; a BaseException so that no extractor's `except Exception` eats it."""


_budget_active = False


def _on_alarm(_signum, _frame) -> None:
    if _budget_active:
        raise _OverBudget


def extract_within(doc: SourceDocument, extract: Extract, time_limit: float | None) -> ExtractedArticle | FailedInput:
    """`extract(doc)`, or a failure once `time_limit` seconds are spent (only on the main thread, where signals
    are delivered; elsewhere the limit is not enforced here)."""
    global _budget_active
    usable = (time_limit and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        return extract(doc)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        try:
            _budget_active = True
            signal.setitimer(signal.ITIMER_REAL, time_limit)
            return extract(doc)
        finally:
            _budget_active = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    except _OverBudget:
        return FailedInput(doc.source_path, over_budget(time_limit), doc.source_record)


class InProcess:
    """Extraction in this process, one batch at a time (`--workers 1`)."""

    def __init__(self, extract: Extract, time_limit: float | None) -> None:
        self.extract = extract
        self.time_limit = time_limit

    def run(self, batches: Batches) -> Iterator[tuple[object, list]]:
        for key, docs in batches:
            yield key, [extract_within(doc, self.extract, self.time_limit) for doc in docs]

    def close(self, abort: bool = False) -> None:
        pass


def _receive_tasks(connection, tasks: queue.SimpleQueue, parent: int) -> None:
    """Read tasks as soon as they come, so the ingest never blocks sending one while this worker blocks
    sending a result (two full pipes would wait on each other); None ends the worker."""
    while True:
        try:
            if not connection.poll(1.0):
                if os.getppid() != parent:
                    break  # the ingest process is gone
                continue
            message = connection.recv()
        except (EOFError, OSError):
            break
        tasks.put(message)
        if message is None:
            return
    tasks.put(None)


def _worker_main(connection, extract: Extract, time_limit: float | None, parent: int) -> None:
    for signum in INTERRUPTING_SIGNALS:
        signal.signal(signum, signal.SIG_DFL)  # inherited from the ingest by fork; a worker just stops
    collect_less()  # (see loaders.collector: the collector ran about once an article)
    tasks: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive_tasks, args=(connection, tasks, parent), daemon=True).start()
    while (message := tasks.get()) is not None:
        task, doc = message
        try:
            result = extract_within(doc, extract, time_limit)
        except _OverBudget:  # the alarm rang between the extraction's end and its cancellation
            result = FailedInput(doc.source_path, over_budget(time_limit), doc.source_record)
        try:
            connection.send((task, result))
        except (OSError, ValueError):
            return


@dataclass
class _Worker:
    process: multiprocessing.Process
    connection: object
    assigned: deque = field(default_factory=deque)  # task ids sent and not answered, oldest first
    started: float = 0.0  # when its oldest assigned task started


@dataclass
class _Batch:
    key: object
    results: list
    remaining: int


class WorkerPool:
    """`size` worker processes; documents are sent one at a time (`PER_WORKER` queued per worker), results
    collected as they come and batches yielded in order once complete. The workers' queues are topped up before a
    batch is yielded, and are deep enough (eight inputs, about 110 ms of extraction) to keep a worker busy while
    the caller writes a batch of 64 (about 90 ms): with two queued, the workers sat idle through every write.
    The processes start with the first document to extract: a re-ingest of unchanged input, whose batches are
    all empty, forks none."""

    PER_WORKER = 8

    def __init__(self, size: int, extract: Extract, time_limit: float | None, ahead: int | None = None,
                 kill_grace: float = KILL_GRACE) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.context = multiprocessing.get_context(method)
        self.extract = extract
        self.time_limit = time_limit
        self.ahead = ahead or size + 2
        self.kill_grace = kill_grace
        self.workers: list[_Worker] = []
        self.tasks: dict[int, tuple[_Batch, int, SourceDocument]] = {}
        self.queue: deque[int] = deque()
        self._next_task = 0
        self.size = size

    def _start(self) -> _Worker:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(target=_worker_main, args=(theirs, self.extract, self.time_limit, os.getpid()),
                                       daemon=True, name="newsdb-extract")
        process.start()
        theirs.close()
        return _Worker(process, ours)

    def _start_all(self) -> list[_Worker]:
        """Start the workers. Forked, they first share what this process loaded: the extractor is warmed up
        here once (`warm_up`, when it has one) instead of in every worker, and the heap is frozen across the
        fork so that the workers' garbage collector neither scans nor copies the pages they inherit."""
        forking = self.context.get_start_method() == "fork"
        if forking and hasattr(self.extract, "warm_up"):
            self.extract.warm_up()
        if forking:
            gc.freeze()
        try:
            return [self._start() for _ in range(self.size)]
        finally:
            if forking:
                gc.unfreeze()  # this process collects as before; only the children keep the frozen heap

    @property
    def pids(self) -> list[int]:
        return [worker.process.pid for worker in self.workers]

    def run(self, batches: Batches) -> Iterator[tuple[object, list]]:
        source = iter(batches)
        pending: deque[_Batch] = deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.ahead:
                try:
                    key, docs = next(source)
                except StopIteration:
                    exhausted = True
                    break
                batch = _Batch(key, [None] * len(docs), len(docs))
                pending.append(batch)
                for index, doc in enumerate(docs):
                    self.tasks[self._next_task] = (batch, index, doc)
                    self.queue.append(self._next_task)
                    self._next_task += 1
            if pending and pending[0].remaining == 0:
                batch = pending.popleft()
                self._dispatch()  # the workers' queues full before the caller writes the batch
                yield batch.key, batch.results
                continue
            if not pending:
                return
            self._dispatch()
            self._collect(0.5)
            self._watch()

    def _dispatch(self) -> None:
        if self.queue and not self.workers and self.size:
            self.workers = self._start_all()
        for worker in self.workers:
            while self.queue and len(worker.assigned) < self.PER_WORKER:
                task = self.queue.popleft()
                try:
                    worker.connection.send((task, self.tasks[task][2]))
                except (OSError, ValueError):
                    self.queue.appendleft(task)
                    break  # the worker is dead; _collect reports it
                if not worker.assigned:
                    worker.started = time.monotonic()
                worker.assigned.append(task)

    def _finish(self, worker: _Worker, task: int, result) -> None:
        batch, index, _ = self.tasks.pop(task)
        batch.results[index] = result
        batch.remaining -= 1
        if worker.assigned and worker.assigned[0] == task:
            worker.assigned.popleft()
        worker.started = time.monotonic()

    def _drain(self, worker: _Worker) -> bool:
        """Take every result the worker has sent; False when its end of the pipe is closed."""
        try:
            while worker.connection.poll():
                task, result = worker.connection.recv()
                self._finish(worker, task, result)
        except (EOFError, OSError):
            return False
        return True

    def _collect(self, timeout: float) -> None:
        by_handle = {}
        for worker in self.workers:
            by_handle[worker.connection] = worker
            by_handle[worker.process.sentinel] = worker
        for handle in wait(list(by_handle), timeout):
            worker = by_handle[handle]
            alive = self._drain(worker)
            if not alive or not worker.process.is_alive():
                self._died(worker)

    def _died(self, worker: _Worker) -> None:
        worker.process.join(1.0)
        code = worker.process.exitcode
        doing = f" while extracting {self.tasks[worker.assigned[0]][2].source_path}" if worker.assigned else ""
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            if -code in INTERRUPTING_SIGNALS:
                raise RunStopped("interrupted", f"worker process {worker.process.pid} was stopped by {name}")
            raise RunStopped("failed", f"worker process {worker.process.pid} was killed by {name}{doing}")
        raise RunStopped("failed", f"worker process {worker.process.pid} exited with code {code}{doing}")

    def _watch(self) -> None:
        """Kill a worker whose current input is past its budget and the grace period; fail that input alone."""
        if not self.time_limit:
            return
        now = time.monotonic()
        for position, worker in enumerate(self.workers):
            if not worker.assigned or now - worker.started < self.time_limit + self.kill_grace:
                continue
            if not self._drain(worker) or not worker.assigned or now - worker.started < self.time_limit + self.kill_grace:
                continue
            worker.process.kill()
            worker.process.join(5.0)
            stuck = worker.assigned.popleft()
            doc = self.tasks[stuck][2]
            self._finish(worker, stuck, FailedInput(
                doc.source_path, over_budget(self.time_limit) + "; its worker was stopped", doc.source_record))
            self.queue.extendleft(reversed(worker.assigned))  # the tasks queued behind it go to other workers
            worker.connection.close()
            self.workers[position] = self._start()

    def close(self, abort: bool = False) -> None:
        """Stop the workers: politely after a completed run, at once (SIGTERM, then SIGKILL) when aborting."""
        for worker in self.workers:
            if not abort:
                try:
                    worker.connection.send(None)
                except (OSError, ValueError):
                    pass
            elif worker.process.is_alive():
                worker.process.terminate()
        deadline = time.monotonic() + (5.0 if not abort else 2.0)
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(2.0)
            worker.connection.close()
        self.workers = []
        self.size = 0  # closed: a later run starts no process
