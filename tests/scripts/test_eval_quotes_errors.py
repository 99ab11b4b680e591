"""The lenient quote-error classes of `scripts/eval_quotes.py --quote-errors` and the clause-extent diagnostic
(`hosted_spans`), on made-up spans (no extraction runs here)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from loaders.records import QuoteRecord

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import eval_quotes  # noqa: E402

# Made-up gold: a reported clause (mixed) at 100-200, a direct quote at 300-340, a span typed indirect at 500-600.
GOLD = [
    {"type": "mixed", "start": 100, "end": 200},
    {"type": "direct", "start": 300, "end": 340},
    {"type": "indirect", "start": 500, "end": 600},
]


@pytest.mark.parametrize(
    "kind, start, end, found, predicted, indirect, expected",
    [
        # a short quoted piece inside the clause, which nothing found
        ("FP", 150, 170, [], [(150, 170)], [], "FP fragment"),
        ("FP", 310, 320, [], [(310, 320)], [], "FP fragment"),
        ("FP", 520, 560, [], [(520, 560)], [], "FP gold-indirect"),
        # near misses: outside every gold span, or only a third of it inside one
        ("FP", 700, 740, [], [(700, 740)], [], "FP no-gold"),
        ("FP", 80, 110, [], [(80, 110)], [], "FP no-gold"),
        ("FP", 190, 230, [(300, 340)], [(190, 230)], [], "FP no-gold"),
        # a found gold quote does not explain a false prediction (it lies in it only by less than half)
        ("FP", 150, 170, [(100, 200)], [(150, 170)], [], "FP no-gold"),
        # missed gold quotes
        ("FN", 100, 200, [], [(150, 170)], [], "FN fragment"),
        ("FN", 100, 200, [], [(150, 170)], [(90, 200)], "FN fragment+indirect"),
        ("FN", 100, 200, [], [], [(100, 180)], "FN indirect-only"),
        # near misses: no piece of ours, and an indirect clause under half of the gold span
        ("FN", 100, 200, [], [], [(100, 140)], "FN missed"),
        ("FN", 100, 200, [], [(200, 230)], [], "FN missed"),
        ("FN", 300, 340, [], [], [], "FN missed"),
    ],
)
def test_quote_error_class(kind, start, end, found, predicted, indirect, expected):
    assert eval_quotes.quote_error_class(kind, start, end, GOLD, found, predicted, indirect) == expected
    assert expected in eval_quotes.QUOTE_ERROR_CLASSES


def _quote(kind: str, start: int, end: int) -> QuoteRecord:
    return QuoteRecord(text="x" * (end - start), kind=kind, start=start, end=end)


@pytest.mark.parametrize(
    "quotes, indirect, expected",
    [
        # a partial quote inside our indirect clause takes the clause's span (the widest holding it)
        ([("partial", 50, 60)], [(40, 80)], [(40, 80)]),
        ([("partial", 50, 60)], [(45, 70), (40, 80)], [(40, 80)]),
        # two pieces of one clause count once
        ([("partial", 50, 60), ("partial", 65, 75)], [(40, 80)], [(40, 80)]),
        # near misses: a direct quote keeps its span; a partial quote no clause holds whole keeps its own
        ([("direct", 50, 60)], [(40, 80)], [(50, 60)]),
        ([("partial", 50, 90)], [(40, 80)], [(50, 90)]),
        ([("partial", 50, 60)], [], [(50, 60)]),
        ([("partial", 50, 60), ("direct", 100, 120)], [(40, 80)], [(40, 80), (100, 120)]),
    ],
)
def test_hosted_spans(quotes, indirect, expected):
    hosted = eval_quotes.hosted_spans([_quote(*q) for q in quotes],
                                      [_quote("indirect", start, end) for start, end in indirect])
    assert [(q.start, q.end) for q in hosted] == expected


def test_print_quote_errors_groups_by_class(capsys):
    samples = [("FP", "polnear/a", "[FP fragment] made-up words"), ("FN", "polnear/b", "[FN missed] other words"),
               ("SPK-named", "polnear/c", "not a quote error")]
    eval_quotes.print_quote_errors(samples)
    out = capsys.readouterr().out
    assert "FP fragment 1" in out and "FN missed 1" in out and "FP no-gold 0" in out
    assert "a: made-up words" in out and "not a quote error" not in out
