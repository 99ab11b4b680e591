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


def test_copies_of_the_extracted_corpus_are_new_articles():
    from benchmark import _copies

    from loaders.records import ArticleRecord, ExtractedArticle

    items = [(f"{n:064d}", ExtractedArticle(article=ArticleRecord(source_path="r.jsonl", source_format="json",
                                                                   raw_text="x", body="x", source_record=n,
                                                                   url=f"https://example.org/{n}")))
             for n in range(3)]
    grown = _copies(items, 4)
    assert len(grown) == 12 and grown[:3] == items
    assert len({digest for digest, _ in grown}) == 12 and all(len(digest) == 64 for digest, _ in grown)
    assert len({x.article.url for _, x in grown}) == 12
    assert len({(x.article.source_path, x.article.source_record) for _, x in grown}) == 12
    assert items[0][1].article.url == "https://example.org/0"  # the originals are left as they were
