"""Where extraction runs: results in order, bounded work in flight, the time budget per input, worker deaths."""
from __future__ import annotations

import os
import signal
import time

import pytest

from loaders.records import FailedInput, SourceDocument
from loaders.workers import InProcess, RunStopped, WorkerPool


def _doc(text: str) -> SourceDocument:
    return SourceDocument(f"{text}.txt", "txt", text)


def echo(doc: SourceDocument) -> str:
    if doc.raw_text.startswith("slow"):
        time.sleep(30)  # interruptible: the soft budget (SIGALRM) stops it
    if doc.raw_text.startswith("stuck"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # like a long C call: no signal gets in
        time.sleep(30)
    if doc.raw_text.startswith("die"):
        os.kill(os.getpid(), signal.SIGKILL if doc.raw_text == "die-kill" else signal.SIGTERM)
    return doc.raw_text.upper()


def _batches(count: int, size: int, pulled: list | None = None):
    for number in range(count):
        if pulled is not None:
            pulled.append(number)
        yield number, [_doc(f"b{number}d{i}") for i in range(size)]


@pytest.mark.parametrize("make", [lambda: InProcess(echo, 5), lambda: WorkerPool(2, echo, 5)], ids=["in-process", "pool"])
def test_results_come_back_in_order_with_bounded_work_in_flight(make):
    executor = make()
    pulled: list = []
    try:
        stream = executor.run(_batches(500, 3, pulled))
        key, results = next(stream)
        assert (key, results) == (0, ["B0D0", "B0D1", "B0D2"])
        assert len(pulled) <= 5  # not the 500 batches: memory does not grow with the input
        assert [k for k, _ in stream] == list(range(1, 500))
    finally:
        executor.close()


@pytest.mark.parametrize("make", [lambda: InProcess(echo, 0.5), lambda: WorkerPool(2, echo, 0.5)], ids=["in-process", "pool"])
def test_an_input_over_its_time_budget_fails_alone(make):
    executor = make()
    start = time.monotonic()
    try:
        [(_, results)] = list(executor.run([(0, [_doc("a"), _doc("slow one"), _doc("b")])]))
    finally:
        executor.close()
    assert results[0] == "A" and results[2] == "B"
    assert isinstance(results[1], FailedInput)
    assert results[1].reason == "over the time budget: extraction took more than 0.5 s (--time-limit)"
    assert time.monotonic() - start < 10


def test_a_worker_stuck_past_its_budget_is_replaced_and_its_input_fails():
    pool = WorkerPool(2, echo, 0.5, kill_grace=0.5)
    start = time.monotonic()
    try:
        results = [r for _, batch in pool.run(_batches_with("stuck", 4)) for r in batch]
    finally:
        pool.close()
    assert [r for r in results if not isinstance(r, FailedInput)] == [f"X{i}" for i in range(8)]
    [failure] = [r for r in results if isinstance(r, FailedInput)]
    assert failure.reason.endswith("(--time-limit); its worker was stopped")
    assert time.monotonic() - start < 15


def _batches_with(special: str, size: int):
    yield 0, [_doc(f"x{i}") for i in range(size)]
    yield 1, [_doc(special)]
    yield 2, [_doc(f"x{i}") for i in range(size, 2 * size)]


@pytest.mark.parametrize("special, status, reason", [
    ("die-term", "interrupted", r"worker process \d+ was stopped by SIGTERM"),
    ("die-kill", "failed", r"worker process \d+ was killed by SIGKILL while extracting die-kill.txt"),
])
def test_a_worker_that_dies_stops_the_run_with_its_reason(special, status, reason):
    pool = WorkerPool(2, echo, 5)
    try:
        with pytest.raises(RunStopped, match=reason) as stopped:
            list(pool.run(_batches_with(special, 2)))
    finally:
        pool.close(abort=True)
    assert stopped.value.status == status
    assert not [w for w in pool.workers]  # closed: no process left behind


class _Warmed:
    """An extractor that loads something on first use; the pool warms it in this process before forking."""

    def __init__(self) -> None:
        self.loaded_in: int | None = None

    def warm_up(self) -> None:
        self.loaded_in = os.getpid()

    def __call__(self, doc: SourceDocument) -> str:
        if self.loaded_in is None:
            self.loaded_in = os.getpid()
        return f"{doc.raw_text}:{self.loaded_in}"


def test_the_pool_warms_the_extractor_once_before_forking_its_workers():
    extract = _Warmed()
    pool = WorkerPool(2, extract, 5)
    try:
        [(_, results)] = list(pool.run([(0, [_doc("a"), _doc("b"), _doc("c")])]))
    finally:
        pool.close()
    assert results == [f"{name}:{os.getpid()}" for name in "abc"]  # loaded here, inherited by every worker


def test_a_run_with_nothing_to_extract_warms_nothing():
    extract = _Warmed()
    pool = WorkerPool(2, extract, 5)
    try:
        assert list(pool.run([(0, []), (1, [])])) == [(0, []), (1, [])]
    finally:
        pool.close()
    assert extract.loaded_in is None
