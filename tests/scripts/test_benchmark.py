"""benchmark.py's corpus: seeds, then real news texts as JSONL records, dated on one day or spread over days."""
from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))

from benchmark import make_corpus  # noqa: E402


@pytest.mark.parametrize("spread_days, expected", [
    (0, {"2016-03-01"}),  # the figures in docs/performance.md: every record on one day
    (10, {f"2016-03-{day:02d}" for day in range(1, 11)}),
])
def test_corpus_dates(tmp_path, spread_days, expected):
    make_corpus(tmp_path, 300, spread_days=spread_days)
    records = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    dates = [record["published"] for record in records]
    assert set(dates) == expected
    assert dates == sorted(dates)  # the later the round of copies, the later the date
    assert len(records) + len(list((tmp_path / "txt").glob("*.txt"))) == 300
