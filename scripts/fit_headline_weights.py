"""Fit the weights of `pageblocks.HEADLINE_SIGNALS` on the tune half of the copied dev set; print them beside the
current ones and the headline accuracy of both on each half.

Every tune page whose gold headline is one of its candidate lines is one training example, read twice: with its
URL and without it (a reader may note no address, so the layout alone must find the headline). The layouts of
`test_pageblocks.test_find_headline_on_layouts` and the headlines of the gold sets in `GOLD_SETS` (seeds,
synthetic, fresh tune half) join as examples too (three times each), so the fit keeps what they teach. The model is the one `find_headline` applies: the candidate with the highest weighted sum of its
signals wins, fitted as a softmax over a page's candidates (a conditional logit) by gradient descent, with an
L2 pull toward the current weights (`--prior`), so a signal seldom seen on the tune half keeps its hand-set
weight. Weights are rounded to 0.5 so the table stays readable. The check half is only measured.

The table's weights come from one pass started from the hand-set weights with `--prior 2 --layouts 5`: the
fewest repetitions that keep every test layout and gold-set headline right. Each pass
pulls toward the weights it starts from, so passes repeated on the same data drift (the positive weights grow
against `MIN_HEADLINE_SCORE`); take a pass's output only when it helps the check half as a whole.

    .venv/bin/python scripts/fit_headline_weights.py [--prior 2.0] [--layouts 5]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from devsets import dev_path, half, read_jsonl  # noqa: E402
from eval_articles import _fold  # noqa: E402
from loaders.extract import article, boilerplate, pageblocks  # noqa: E402
from loaders.extract.outlets import domain_of  # noqa: E402
from loaders.registry import bundled_registry_dir, load_registry  # noqa: E402

_REGISTRY = load_registry(bundled_registry_dir())


def candidates(text: str, url: str | None, gold: str, *, as_ingested: bool = True) -> list[tuple[tuple, bool]]:
    """(signal vector, is the gold headline) for every line `find_headline` would score."""
    lines = [line.strip() for line in text.splitlines()]
    labels = boilerplate.scan_lines(lines)
    if as_ingested:  # the labels `extract_text_article` hands to the page blocks
        url = url or article._source_url_line(lines, labels)
        article._outlet_banners(lines, labels, _REGISTRY, text, domain_of(url))
    page = pageblocks.Page(lines, labels, url)
    limit = min(len(page), page.body_start + pageblocks._CANDIDATES_AFTER_BODY + 1, pageblocks._MAX_CANDIDATES)
    found = []
    for i in range(limit):
        line = page.lines[i]
        if not line.shaped or (line.prose and (i > page.body_start or (
                line.words >= pageblocks._LONG_SENTENCE and line.text.endswith(".")))):
            continue
        vector = tuple(int(signal.test(page, i)) for signal in pageblocks.HEADLINE_SIGNALS)
        found.append((vector, _fold(line.text) == _fold(gold)))
    return found


def _page_examples(item: tuple[dict, bool]) -> tuple[str, bool, list]:
    row, with_url = item
    return half(row["id"]), with_url, candidates(row["text"], row["url"] if with_url else None, row["gold"]["title"])


def _layout_examples() -> list[list]:
    sys.path.insert(0, str(ROOT / "tests" / "loaders" / "extract"))
    import test_pageblocks

    mark = next(m for m in test_pageblocks.test_find_headline_on_layouts.pytestmark if m.name == "parametrize")
    return [candidates(text, url, headline, as_ingested=False) for text, url, headline in mark.args[1] if headline]


# Gold sets in the seeds' format whose layouts the fit must keep (the fresh check half is only measured).
GOLD_SETS = (("seeds.gold.json", "seeds"), ("tests/data/synthetic/synthetic.gold.json", "tests/data/synthetic"),
             ("tests/data/fresh/tune/fresh.gold.json", "tests/data/fresh/tune"))


def _gold_examples() -> list[list]:
    import csv

    examples = []
    for gold_file, folder in GOLD_SETS:
        gold_path = ROOT / "tests" / "data" / gold_file if "/" not in gold_file else ROOT / gold_file
        manifest_path = ROOT / folder / "manifest.csv"
        urls = {}
        if manifest_path.exists():
            with manifest_path.open(encoding="utf-8", newline="") as handle:
                urls = {row["file"]: row.get("url") or None for row in csv.DictReader(handle)}
        for item in json.loads(gold_path.read_text(encoding="utf-8")):
            if item.get("title"):
                text = (ROOT / folder / item["file"]).read_text(encoding="utf-8")
                examples.append(candidates(text, urls.get(item["file"]), item["title"]))
    return examples


def _score(weights: list[float], vector: tuple) -> float:
    return sum(w * x for w, x in zip(weights, vector))


def accuracy(weights: list[float], pages: list[list]) -> float:
    right = 0
    for page in pages:
        scored = [(_score(weights, vector), gold) for vector, gold in page]
        scored = [item for item in scored if item[0] >= pageblocks.MIN_HEADLINE_SCORE]
        right += bool(scored) and max(scored, key=lambda item: item[0])[1]  # ties: max keeps the earliest
    return right / len(pages) if pages else 0.0


def fit(pages: list[list], prior: list[float], strength: float, steps: int = 400, rate: float = 0.5) -> list[float]:
    """Gradient descent on the pages' softmax loss plus `strength` times the squared distance to `prior`."""
    weights = list(prior)
    trainable = [page for page in pages if any(gold for _, gold in page)]
    for _ in range(steps):
        gradient = [2 * strength * (w - p) for w, p in zip(weights, prior)]
        for page in trainable:
            scores = [_score(weights, vector) for vector, _ in page]
            top = max(scores)
            exps = [math.exp(score - top) for score in scores]
            total = sum(exps)
            for (vector, gold), e in zip(page, exps):
                delta = e / total - gold
                for k, x in enumerate(vector):
                    if x:
                        gradient[k] += delta
        weights = [w - rate * g / len(trainable) for w, g in zip(weights, gradient)]
    return weights


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prior", type=float, default=2.0, help="pull toward the current weights (L2)")
    parser.add_argument("--layouts", type=int, default=5, help="times each test layout counts as an example")
    options = parser.parse_args()
    rows = [row for row in read_jsonl(dev_path("copied.dev.jsonl"))
            if row["gold"].get("title") and row["gold"].get("title_visible")]
    with Pool() as pool:
        examples = pool.map(_page_examples, [(row, with_url) for with_url in (True, False) for row in rows],
                            chunksize=4)
    layouts = _layout_examples() + _gold_examples()
    current = [signal.weight for signal in pageblocks.HEADLINE_SIGNALS]
    train = [page for part, _, page in examples if part == "tune"] + layouts * options.layouts
    fitted = [round(w * 2) / 2 for w in fit(train, current, options.prior)]
    for with_url in (True, False):
        cells = []
        for part in ("tune", "check"):
            pages = [page for p, u, page in examples if p == part and u == with_url]
            cells.append(f"{part} {accuracy(current, pages):.3f} -> {accuracy(fitted, pages):.3f}")
        print(f"{'with URL' if with_url else 'no URL':9} " + "  ".join(cells))
    print(f"test layouts and gold sets right: {accuracy(current, layouts):.3f} -> {accuracy(fitted, layouts):.3f}")
    for signal, weight in zip(pageblocks.HEADLINE_SIGNALS, fitted):
        mark = "" if weight == signal.weight else f"  (now {signal.weight})"
        print(f"  {signal.name:22} {weight:5.1f}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
