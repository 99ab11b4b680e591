"""The garbage collector's pace while articles are extracted and written.

Python collects its youngest generation after 700 net allocations. An article's extraction holds a few thousand
objects at once (its tokens, spans, matches) and frees them by reference count when the article is done, and a
batch's rows do the same in the ingest process; at 700 the collector runs about once an article over objects
that are still live, and every tenth run over the older generation too, which holds the store's growing
in-memory indexes. Measured on the PolNeAR dev texts (`docs/performance.md`, fifteenth pass): a worker with
its heap frozen spent 0.14-0.18 ms of CPU per article in the collector, the ingest process of a two-worker
SQLite run 0.43 ms per article (11 % of its CPU). At `YOUNG_THRESHOLD` the collector runs once in hundreds of
articles; cyclic garbage waits a few thousand objects longer. Nothing an extraction or a write produces depends
on when the collector runs.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 10_000


def collect_less() -> None:
    """Collect the youngest generation after `YOUNG_THRESHOLD` allocations (or the threshold already set, if
    higher), for the rest of this process: a worker's whole life."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], YOUNG_THRESHOLD), *threshold[1:])


@contextmanager
def collecting_less() -> Iterator[None]:
    """`collect_less` while the block runs; the thresholds set before are put back after it."""
    threshold = gc.get_threshold()
    collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
