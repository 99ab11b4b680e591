"""Extraction on a dask.distributed cluster (`newsdb ingest --dask ADDRESS|local`).

The ingest process reads the inputs, skips what is stored already and writes the results, exactly as a local
run does; only extraction moves to the cluster. Each batch of documents becomes one task, sent with its data
(and the extractor, ~50 KB with the registry) inside the task itself rather than scattered, so the scheduler can
run it again elsewhere: a worker that dies mid-task costs a retry, and since only the ingest process writes, and
only once per batch, no article is lost or written twice. A few batches per worker are in flight, so memory stays
bounded on both sides. `local` starts a `LocalCluster` of worker processes on this machine.

Why the ingest process reads: deciding what is unchanged needs the input's content hash before any extraction
is spent on it, and reading is ~1,000 times cheaper than extracting; the inputs need only be where `newsdb
ingest` runs (no shared storage for workers). The time budget per input is not enforced on a cluster (Dask runs
tasks on threads, where no signal can interrupt them); the size limit is, by the reader.
"""
from __future__ import annotations

import logging
import os
import warnings
from collections import deque
from collections.abc import Iterator

INSTALL_HINT = ("--dask needs the optional Dask extra: pip install 'newsdb[dask]' "
                "(in a checkout: pip install -e '.[dask]')")


class DaskUnavailable(RuntimeError):
    pass


def _extract_batch(extract, docs):
    return [extract(doc) for doc in docs]


class DaskExecutor:
    def __init__(self, address: str, extract, workers: int | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise DaskUnavailable(INSTALL_HINT) from None
        # Large task payloads are expected here (batches of article texts); the warning would only be noise.
        warnings.filterwarnings("ignore", message=".*Large object of size.*")
        warnings.filterwarnings("ignore", message=".*Sending large graph.*")
        self.extract = extract
        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                        processes=True, dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        else:
            self.client = Client(address, timeout="30s")
        self.size = max(1, len(self.client.scheduler_info().get("workers", {})) or (workers or 1))
        self.ahead = 2 * self.size + 1
        self._in_flight: deque = deque()

    def run(self, batches) -> Iterator[tuple[object, list]]:
        for key, docs in batches:
            future = self.client.submit(_extract_batch, self.extract, docs, pure=False) if docs else None
            self._in_flight.append((key, future))
            while len(self._in_flight) > self.ahead:
                yield self._result(self._in_flight.popleft())
        while self._in_flight:
            yield self._result(self._in_flight.popleft())

    def _result(self, item) -> tuple[object, list]:
        key, future = item
        if future is None:
            return key, []
        results = future.result()
        future.release()
        return key, results

    def close(self, abort: bool = False) -> None:
        if abort:
            for _, future in self._in_flight:
                if future is not None:
                    future.cancel()
        self._in_flight.clear()
        try:
            self.client.close(timeout=5)
        finally:
            if self.cluster is not None:
                self.cluster.close(timeout=10)
