"""`bench_extract.own_times`: a function's own time includes the C calls it makes, split by caller."""
from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "bench_extract.py"
spec = importlib.util.spec_from_file_location("bench_extract", SCRIPT)
bench_extract = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_extract)

# pstats layout: function -> (primitive calls, calls, own seconds, cumulative seconds, {caller: (pc, nc, tt, ct)})
READ = ("/x/loaders/extract/reader.py", 10, "read")
SCAN = ("/x/loaders/extract/scanner.py", 20, "scan")
TOP = ("/x/loaders/extract/__init__.py", 1, "run")
SEARCH = ("~", 0, "<method 'search' of 're.Pattern' objects>")
SPLIT = ("~", 0, "<method 'split' of 'str' objects>")


class _Stats:
    stats = {
        TOP: (1, 1, 0.1, 2.0, {}),
        READ: (5, 5, 0.2, 1.0, {TOP: (5, 5, 0.2, 1.0)}),
        SCAN: (50, 50, 0.4, 0.9, {TOP: (50, 50, 0.4, 0.9)}),
        SEARCH: (300, 300, 0.8, 0.8, {READ: (100, 100, 0.7, 0.7), SCAN: (200, 200, 0.1, 0.1)}),
        SPLIT: (10, 10, 0.05, 0.05, {READ: (10, 10, 0.05, 0.05)}),
    }


def test_c_calls_are_charged_to_their_callers():
    rows = bench_extract.own_times(_Stats(), top=10)
    assert [(place.split("/")[-1], round(seconds, 3), calls) for place, seconds, calls, _ in rows] == [
        ("reader.py:10(read)", 0.95, 5),  # 0.2 own + 0.7 of searches + 0.05 of splits
        ("scanner.py:20(scan)", 0.5, 50),  # 0.4 own + 0.1 of searches
        ("__init__.py:1(run)", 0.1, 1),
    ]


def test_top_cuts_the_list():
    assert len(bench_extract.own_times(_Stats(), top=2)) == 2


def test_each_step_runs_inside_its_own_wrapper(monkeypatch):
    """`--wrapped`: the article step runs in `sys.call_tracing`, people in `operator.call`, quotes in
    `functools.reduce`, events in `Context.run` (valgrind counts each wrapper's instructions as the step's)."""
    import contextvars
    import functools
    import operator
    import sys

    from loaders.registry import Registry

    entered = []

    def spy(name, real):
        def wrapper(*args, **kwargs):
            entered.append(name)
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(sys, "call_tracing", spy("article", sys.call_tracing))
    monkeypatch.setattr(operator, "call", spy("people", operator.call))
    monkeypatch.setattr(functools, "reduce", spy("quotes", functools.reduce))
    real_context = contextvars.Context

    class Context:
        def run(self, function, *args):
            entered.append("events")
            return real_context().run(function, *args)

    monkeypatch.setattr(contextvars, "Context", Context)
    bench_extract.wrapped_steps(1, Registry())
    assert entered == ["article", "people", "quotes", "events"]
    assert set(bench_extract.WRAPPERS) == set(bench_extract.STEPS)
