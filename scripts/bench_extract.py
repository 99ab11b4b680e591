"""Extraction cost: per step on real news texts, and per KB as inputs grow (natural and adversarial text).

    .venv/bin/python scripts/bench_extract.py                   # both tables
    .venv/bin/python scripts/bench_extract.py --steps-only      # per-step cost on PolNeAR dev texts
    .venv/bin/python scripts/bench_extract.py --sizes 4K,100K,1M --kinds natural,said --budget 60
    .venv/bin/python scripts/bench_extract.py --profile 15         # where the steps' time goes, by function
    valgrind --tool=callgrind ... scripts/bench_extract.py --wrapped 20  # instructions per step (`CALLGRIND`)

Figures are CPU time of this process (`time.process_time`), so other work on the machine inflates them less than
wall-clock time would; they are still indicative on a shared machine. No test times anything: this script is
where speed is measured.

`step_costs()` runs every step on the PolNeAR dev texts (given as JSON records, as the ingest reads them) and
returns milliseconds per article for the article step (`extract_article`), `people`, `quotes` and `events`
(the shared `ArticleAnalysis` is computed lazily, so tokenising is charged to the first step that reads it:
people). `scaling()` builds texts of each size and kind and returns milliseconds per KB for the article step
and for the body steps (people+quotes+events), so a linear step shows flat figures down a column:

- `natural`: PolNeAR texts concatenated (paragraphs kept) up to the size;
- `said`: one line, many "said", names and clauses and few commas or full stops;
- `marks`: quotation marks everywhere (10,000 in 100 KB): short quoted words on one line;
- `lines`: very many short lines ("Talks went on.\\n"), a million at 16 MB.

A run that takes longer than `--budget` seconds stops that kind's larger sizes (reported as such), so a
quadratic path shows up without hanging the benchmark. `scripts/benchmark.py` imports `step_costs` and
`scaling`; each returns plain dicts.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from loaders.records import ArticleRecord, SourceDocument  # noqa: E402
from loaders.registry import Registry, default_registry_dir, load_registry  # noqa: E402

POLNEAR = REPO / "tests" / "data" / "dev" / "polnear.dev.jsonl"
STEPS = ("article", "people", "quotes", "events")
KINDS = ("natural", "said", "marks", "lines")
SIZES = {"4K": 4_000, "100K": 100_000, "1M": 1_000_000, "10M": 10_000_000}
_UNITS = {"K": 1_000, "M": 1_000_000}


def parse_size(label: str) -> int:
    """ "500K" -> 500,000, "2M" -> 2,000,000, "4096" -> 4,096: any size, not only the default ones."""
    label = label.strip().upper()
    if label[-1:] in _UNITS:
        return int(float(label[:-1]) * _UNITS[label[-1]])
    return int(label)


def polnear_documents(path: Path = POLNEAR) -> list[SourceDocument]:
    """The PolNeAR dev texts as JSON records with their title, date and publisher."""
    documents = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            row = json.loads(line)
            meta = row.get("meta") or {}
            given = {key: value for key, value in (("title", meta.get("title")),
                                                    ("published", meta.get("publication_date")),
                                                    ("outlet", meta.get("publisher"))) if value}
            documents.append(SourceDocument(row["id"], "json", row["text"], given, number))
    return documents


def _body_steps(article: ArticleRecord, registry: Registry, clock: dict[str, float]) -> None:
    from loaders.extract.analysis import analyse
    from loaders.extract.events import extract_events
    from loaders.extract.people import extract_people
    from loaders.extract.quotes import extract_quotes

    t0 = time.process_time()
    analysis = analyse(article, registry)
    people = extract_people(article, registry, analysis)
    analysis.set_people(people)
    t1 = time.process_time()
    extract_quotes(article, people, registry, analysis)
    t2 = time.process_time()
    extract_events(article, people, registry, analysis)
    t3 = time.process_time()
    clock["people"] += t1 - t0
    clock["quotes"] += t2 - t1
    clock["events"] += t3 - t2


def step_costs(documents: list[SourceDocument] | None = None, registry: Registry | None = None,
               rounds: int = 2) -> dict[str, float]:
    """Milliseconds of CPU per article for each step (and `body`: people+quotes+events, `total`), the best of
    `rounds` passes over the documents (the first pass also warms the caches)."""
    from loaders.extract.article import extract_article

    documents = documents if documents is not None else polnear_documents()
    registry = registry if registry is not None else load_registry(default_registry_dir())
    articles = [extract_article(doc, registry) for doc in documents]  # warm-up of the article step
    best: dict[str, float] | None = None
    for _ in range(rounds):
        clock = dict.fromkeys(STEPS, 0.0)
        for doc in documents:
            t0 = time.process_time()
            extract_article(doc, registry)
            clock["article"] += time.process_time() - t0
        for article in articles:
            _body_steps(article, registry, clock)
        if best is None or sum(clock.values()) < sum(best.values()):
            best = clock
    figures = {step: 1000 * best[step] / max(1, len(documents)) for step in STEPS}
    figures["body"] = figures["people"] + figures["quotes"] + figures["events"]
    figures["total"] = figures["body"] + figures["article"]
    figures["articles"] = len(documents)
    return figures


# -- where the time goes ---------------------------------------------------------------------------------------


def own_times(stats, top: int = 15) -> list[tuple[str, float, int, float]]:
    """The `top` Python functions by own time in a `pstats.Stats`, each charged also with the time of the C
    functions it calls directly (a regex `search`, `str.split`, `dict.get`: the work a line of Python asks for),
    as (``file:line(function)``, own seconds, calls, cumulative seconds), largest first. Built-ins called by
    several functions are split between them as cProfile measured each caller."""
    own: dict[tuple, float] = {}
    for function, (_, calls, total, _cumulative, callers) in stats.stats.items():
        if function[0] == "~":  # a built-in: its time goes to the Python functions that called it
            for caller, (_, _, caller_share, _) in callers.items():
                own[caller] = own.get(caller, 0.0) + caller_share
        else:
            own[function] = own.get(function, 0.0) + total
    rows = []
    for function, seconds in own.items():
        if function[0] == "~" or function not in stats.stats:
            continue
        file_name, line, name = function
        _, calls, _, cumulative, _ = stats.stats[function]
        short = file_name.split(str(REPO) + "/")[-1]
        rows.append((f"{short}:{line}({name})", seconds, calls, cumulative))
    rows.sort(key=lambda row: -row[1])
    return rows[:top]


def profile_steps(documents: list[SourceDocument] | None = None, registry: Registry | None = None,
                  top: int = 15) -> tuple[list[tuple[str, float, int, float]], float, int]:
    """cProfile of every step (`run_steps`) over the documents after one warm-up pass: `own_times` rows, the
    profiled seconds in all, and the number of documents."""
    import cProfile
    import pstats

    from loaders.extract import run_steps

    documents = documents if documents is not None else polnear_documents()
    registry = registry if registry is not None else load_registry(default_registry_dir())
    for doc in documents:
        run_steps(doc, registry)
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in documents:
        run_steps(doc, registry)
    profiler.disable()
    stats = pstats.Stats(profiler)
    return own_times(stats, top), stats.total_tt, len(documents)


def _print_profile(rows, total: float, count: int) -> None:
    print(f"functions by own time (C calls they make included), cProfile of every step over {count} PolNeAR dev "
          f"texts; profiled {1000 * total / count:.1f} ms per article in all (profiling about doubles the cost):")
    for place, seconds, calls, cumulative in rows:
        print(f"  {100 * seconds / total:5.1f} %  {1000 * seconds / count:6.3f} ms/article  {calls / count:8.1f} calls/article"
              f"  cum {1000 * cumulative / count:6.3f}  {place}")


# -- instruction counts ---------------------------------------------------------------------------------------
# Each step runs inside its own C function that nothing else in an extraction calls, so valgrind can count the
# step alone: `--toggle-collect` on the four wrappers, then the inclusive count of each (`callgrind_annotate
# --inclusive=yes`). Instruction counts do not move with the machine's load, so two commits compare exactly.
WRAPPERS = {"article": "sys_call_tracing", "people": "_operator_call", "quotes": "functools_reduce",
            "events": "context_run"}
CALLGRIND = ("valgrind --tool=callgrind --callgrind-out-file=steps.cg "
             + " ".join(f"--toggle-collect={name}" for name in WRAPPERS.values())
             + " .venv/bin/python scripts/bench_extract.py --wrapped 20")


def wrapped_steps(count: int, registry: Registry) -> None:
    """Every step over the first `count` PolNeAR dev texts after a warm-up pass over them, each step inside its
    wrapper (`WRAPPERS`: the article step in `sys.call_tracing`, people with the analysis in `operator.call`,
    quotes in `functools.reduce`, events in `contextvars.Context.run`)."""
    import contextvars
    import functools
    import operator

    from loaders.extract.article import extract_article

    documents = polnear_documents()[:count]
    clock = dict.fromkeys(STEPS, 0.0)
    for document in documents:  # warm-up: caches filled, lazy imports done
        _body_steps(extract_article(document, registry), registry, clock)
    articles: list[ArticleRecord] = []
    sys.call_tracing(lambda: articles.extend(extract_article(document, registry) for document in documents), ())
    from loaders.extract.analysis import analyse
    from loaders.extract.events import extract_events
    from loaders.extract.people import extract_people
    from loaders.extract.quotes import extract_quotes

    read = []

    def people() -> None:
        for article in articles:
            analysis = analyse(article, registry)
            found = extract_people(article, registry, analysis)
            analysis.set_people(found)
            read.append((article, found, analysis))

    def quotes(_first: object, _second: object) -> None:
        for article, found, analysis in read:
            extract_quotes(article, found, registry, analysis)

    def events() -> None:
        for article, found, analysis in read:
            extract_events(article, found, registry, analysis)

    operator.call(people)
    functools.reduce(quotes, [None, None])
    contextvars.Context().run(events)


# -- texts that grow ------------------------------------------------------------------------------------------
_SAID_WORDS = ("Anna Berg said the council would meet and officials said that the plan was dead while "
               "Mr. Lund said it would not work and the minister told reporters the talks went on as critics "
               "said the deal had failed and Berg added that nobody had asked ")
_MARKS_WORDS = "“Yes” “no” he said ‘maybe’ \"fine\" she said “we will see” "
_LINE = "Talks went on.\n"


def make_text(kind: str, size: int) -> str:
    """A text of about `size` characters of the given kind."""
    if kind == "natural":
        texts = [document.raw_text for document in polnear_documents()]
        parts: list[str] = []
        total = 0
        index = 0
        while total < size:
            text = texts[index % len(texts)]
            parts.append(text)
            total += len(text) + 2
            index += 1
        return "\n\n".join(parts)[:size]
    unit = {"said": _SAID_WORDS, "marks": _MARKS_WORDS, "lines": _LINE}[kind]
    return (unit * (size // len(unit) + 1))[:size]


def _time_one(kind: str, size: int, registry: Registry) -> tuple[float, float]:
    """CPU seconds of the article step and of the body steps on one text."""
    from loaders.extract.article import extract_article

    text = make_text(kind, size)
    doc = SourceDocument(f"bench-{kind}-{size}.txt", "txt", text, {"published": "2016-03-01"})
    t0 = time.process_time()
    article = extract_article(doc, registry)
    t1 = time.process_time()
    clock = dict.fromkeys(STEPS, 0.0)
    _body_steps(article, registry, clock)
    return t1 - t0, clock["people"] + clock["quotes"] + clock["events"]


def scaling(sizes: dict[str, int] | None = None, kinds: tuple[str, ...] = KINDS, budget: float = 120.0,
            registry: Registry | None = None, on_row=None) -> dict[str, dict[str, dict[str, float | None]]]:
    """{kind: {size label: {"article": ms per KB, "body": ms per KB, "seconds": total}}}; None where skipped
    because a smaller size of that kind already took longer than `budget` seconds."""
    sizes = sizes or SIZES
    registry = registry if registry is not None else load_registry(default_registry_dir())
    _time_one("natural", 4_000, registry)  # warm-up
    results: dict[str, dict[str, dict[str, float | None]]] = {}
    for kind in kinds:
        results[kind] = {}
        over = False
        for label, size in sizes.items():
            if over:
                results[kind][label] = {"article": None, "body": None, "seconds": None}
                continue
            article_seconds, body_seconds = _time_one(kind, size, registry)
            kb = size / 1000
            row = {"article": 1000 * article_seconds / kb, "body": 1000 * body_seconds / kb,
                   "seconds": article_seconds + body_seconds}
            results[kind][label] = row
            if on_row:
                on_row(kind, label, row)
            over = row["seconds"] > budget
    return results


def _print_steps(figures: dict[str, float]) -> None:
    print(f"per-step cost on {figures['articles']} PolNeAR dev texts (ms of CPU per article, one core):")
    print("  " + ", ".join(f"{step} {figures[step]:.2f}" for step in (*STEPS, "body", "total")))


def _print_row(kind: str, label: str, row: dict) -> None:
    print(f"  {kind:8} {label:>5}: article {row['article']:8.2f} ms/KB   body steps {row['body']:8.2f} ms/KB   "
          f"({row['seconds']:.1f} s)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps-only", action="store_true")
    parser.add_argument("--scaling-only", action="store_true")
    parser.add_argument("--sizes", default=",".join(SIZES), help=f"sizes such as 500K or 2M (default {','.join(SIZES)})")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"of {', '.join(KINDS)}")
    parser.add_argument("--budget", type=float, default=120.0, help="seconds after which larger sizes are skipped")
    parser.add_argument("--empty-registry", action="store_true", help="run without the bundled registry")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="only print the N functions with the most own time over the PolNeAR dev texts")
    parser.add_argument("--wrapped", type=int, metavar="N",
                        help="run each step over the first N PolNeAR dev texts inside its own C wrapper, for "
                             "valgrind's --toggle-collect (see CALLGRIND); prints nothing")
    args = parser.parse_args(argv)
    registry = Registry() if args.empty_registry else load_registry(default_registry_dir())
    if args.wrapped:
        wrapped_steps(args.wrapped, registry)
        return 0
    if args.profile:
        _print_profile(*profile_steps(registry=registry, top=args.profile))
        return 0
    if not args.scaling_only:
        _print_steps(step_costs(registry=registry))
    if not args.steps_only:
        sizes = {label: parse_size(label) for label in args.sizes.split(",") if label}
        print("cost per KB as the text grows (a linear step keeps its figure; CPU ms per 1,000 characters):")
        results = scaling(sizes, tuple(k for k in args.kinds.split(",") if k), args.budget, registry, _print_row)
        for kind, rows in results.items():
            for label, row in rows.items():
                if row["seconds"] is None:
                    print(f"  {kind:8} {label:>5}: skipped (a smaller size took over {args.budget:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
