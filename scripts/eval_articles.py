"""Evaluate article extraction: the seeds against their gold, and the dev HTML pages against theirs.

Seeds: per article and field (outlet, title, subtitle, date with precision, byline, authors, body first and last
words, boilerplate lines left in the body), right or wrong. Dev HTML (`html.dev.jsonl`, gzip pages): body word
F1 (bag of lower-cased words), 4-word-shingle F1 on the `aeb:` pages (that benchmark's metric), headline accuracy
and date accuracy on the pages whose gold has them. Pages are processed on every core.

    .venv/bin/python scripts/eval_articles.py [--gold tests/data/seeds.gold.json] [--articles seeds/]
        [--dev tests/data/dev] [--skip-dev]

Any gold set in the seeds' format works, e.g. `--gold tests/data/synthetic/synthetic.gold.json
--articles tests/data/synthetic --skip-dev`.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import time
from collections import Counter
from multiprocessing import Pool, cpu_count
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.extract.article import extract_article  # noqa: E402
from loaders.records import SourceDocument  # noqa: E402
from loaders.registry import bundled_registry_dir, load_registry  # noqa: E402

_TOKEN = re.compile(r"\w+")
_REGISTRY = None


def _registry():
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = load_registry(bundled_registry_dir())
    return _REGISTRY


def _fold(text: str | None) -> str:
    text = (text or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().casefold()


def _f1(predicted: Counter, gold: Counter) -> tuple[float, float, float]:
    if not predicted and not gold:
        return 1.0, 1.0, 1.0
    overlap = sum((predicted & gold).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision = overlap / sum(predicted.values())
    recall = overlap / sum(gold.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def word_counts(text: str) -> Counter:
    return Counter(_TOKEN.findall(text.lower()))


def shingle_counts(text: str, size: int = 4) -> Counter:
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i:i + size]) for i in range(max(0, len(tokens) - size + 1)))


# --- seeds ---

def _manifest(folder: Path) -> dict[str, dict]:
    path = folder / "manifest.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    given = {}
    for row in rows:
        values = {key: value for key, value in row.items() if key != "file" and value}
        if "authors" in values:
            values["authors"] = [part.strip() for part in values["authors"].split(";") if part.strip()]
        given[row["file"]] = values
    return given


def evaluate_seeds(gold_path: Path, seeds_dir: Path) -> bool:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    manifest = _manifest(seeds_dir)
    registry = _registry()
    fields = ("outlet", "title", "subtitle", "date", "byline", "authors", "first", "last", "boilerplate")
    totals = Counter()
    print(f"Gold articles ({gold_path})")
    print("  " + "file".ljust(28) + " ".join(name.ljust(11) for name in fields))
    for item in gold:
        raw = (seeds_dir / item["file"]).read_text(encoding="utf-8")
        doc = SourceDocument(str(seeds_dir / item["file"]), "txt", raw, manifest.get(item["file"], {}))
        article = extract_article(doc, registry)
        published = article.published_on.isoformat() if article.published_on else None
        if published and article.date_precision == "month":
            published = published[:7]
        elif published and article.date_precision == "year":
            published = published[:4]
        paragraphs = article.body.split("\n\n") if article.body else []
        # A boilerplate entry is a whole line or a long prefix of one: it is left when a body line still is one
        # (a short entry such as "Russia" may well occur inside a body sentence).
        body_lines = [line.strip() for line in article.body.splitlines() if line.strip()]
        left = [entry for entry in item["boilerplate"]
                if any(line == entry or (len(entry) >= 30 and line.startswith(entry)) for line in body_lines)]
        checks = {
            "outlet": article.outlet_name == item["outlet"]["name"],
            "title": article.title == item["title"],
            "subtitle": article.subtitle == item["subtitle"],
            "date": (published, article.date_precision) == (item["published"], item["date_precision"]),
            "byline": article.byline == item["byline"],
            "authors": article.authors == item["authors"],
            "first": bool(paragraphs) and paragraphs[0].startswith(item["body_first_words"]),
            "last": bool(paragraphs) and paragraphs[-1].endswith(item["body_last_words"]),
            "boilerplate": not left,
        }
        totals.update(name for name, right in checks.items() if right)
        cells = " ".join(("ok" if checks[name] else "WRONG").ljust(11) for name in fields)
        print("  " + item["file"][:27].ljust(28) + cells)
        for name, right in checks.items():
            if not right:
                detail = {
                    "outlet": article.outlet_name, "title": article.title, "subtitle": article.subtitle,
                    "date": (published, article.date_precision), "byline": article.byline,
                    "authors": article.authors, "first": paragraphs[0][:60] if paragraphs else None,
                    "last": paragraphs[-1][-60:] if paragraphs else None, "boilerplate": left,
                }[name]
                print(f"      {name}: got {detail!r}")
    count = len(gold)
    print("  " + "overall".ljust(28) + " ".join(f"{totals[name]}/{count}".ljust(11) for name in fields))
    all_right = all(totals[name] == count for name in fields)
    print(f"  all seeds right on every field: {'yes' if all_right else 'no'}")
    return all_right


# --- dev HTML ---

def _evaluate_page(row: dict) -> dict:
    path = Path(row["_dir"]) / row["html"]
    html = gzip.open(path).read().decode("utf-8", "replace")
    given = {"url": row["url"]} if row.get("url") else {}
    started = time.perf_counter()
    article = extract_article(SourceDocument(str(path), "html", html, given), _registry())
    elapsed = time.perf_counter() - started
    gold = row["gold"]
    result = {"id": row["id"], "source": row["id"].split(":")[0], "seconds": elapsed}
    if gold.get("body"):
        result["word"] = _f1(word_counts(article.body), word_counts(gold["body"]))
        if result["source"] == "aeb":
            result["shingle"] = _f1(shingle_counts(article.body), shingle_counts(gold["body"]))
    if gold.get("title"):
        result["title_ok"] = _fold(article.title) == _fold(gold["title"])
        result["title"] = (article.title, gold["title"])
    if gold.get("authors"):
        result["authors_ok"] = sorted(map(_fold, article.authors)) == sorted(map(_fold, gold["authors"]))
        result["authors"] = (article.authors, gold["authors"])
    if gold.get("date"):
        predicted = article.published_on.isoformat() if article.published_on else None
        result["date_ok"] = predicted == gold["date"] and article.date_precision == "day"
        result["date"] = (predicted, article.date_precision, gold["date"])
    return result


def evaluate_dev(dev_dir: Path, verbose: bool) -> dict:
    rows = [json.loads(line) for line in (dev_dir / "html.dev.jsonl").open(encoding="utf-8")]
    for row in rows:
        row["_dir"] = str(dev_dir)
    started = time.perf_counter()
    with Pool(max(1, cpu_count())) as pool:
        results = pool.map(_evaluate_page, rows, chunksize=4)
    wall = time.perf_counter() - started
    print(f"\nDev HTML ({dev_dir / 'html.dev.jsonl'}): {len(results)} pages in {wall:.1f}s "
          f"({sum(r['seconds'] for r in results) / len(results) * 1000:.0f} ms/page of CPU)")
    figures = {}
    for source in ("aeb", "wcxb", None):
        chosen = [r for r in results if source is None or r["source"] == source]
        scored = [r["word"] for r in chosen if "word" in r]
        if scored:
            mean = [sum(values[i] for values in scored) / len(scored) for i in range(3)]
            label = source or "all"
            figures[f"word_f1_{label}"] = mean[2]
            print(f"  body word F1 [{label}] ({len(scored)} pages): F1 {mean[2]:.4f}  P {mean[0]:.4f}  R {mean[1]:.4f}")
    shingles = [r["shingle"] for r in results if "shingle" in r]
    if shingles:
        mean = [sum(values[i] for values in shingles) / len(shingles) for i in range(3)]
        figures["shingle_f1_aeb"] = mean[2]
        print(f"  body 4-shingle F1 [aeb] ({len(shingles)} pages): F1 {mean[2]:.4f}  P {mean[0]:.4f}  R {mean[1]:.4f}")
    titled = [r for r in results if "title_ok" in r]
    dated = [r for r in results if "date_ok" in r]
    figures["headline_accuracy"] = sum(r["title_ok"] for r in titled) / max(1, len(titled))
    figures["date_accuracy"] = sum(r["date_ok"] for r in dated) / max(1, len(dated))
    print(f"  headline accuracy ({len(titled)} pages): {figures['headline_accuracy']:.4f}")
    nulls = sum(r["date"][0] is None for r in dated)
    print(f"  date accuracy ({len(dated)} pages): {figures['date_accuracy']:.4f}  (no date given: {nulls})")
    authored = [r for r in results if "authors_ok" in r]
    figures["authors_accuracy"] = sum(r["authors_ok"] for r in authored) / max(1, len(authored))
    print(f"  authors accuracy ({len(authored)} pages, same set of names): {figures['authors_accuracy']:.4f}")
    if verbose:
        for r in authored:
            if not r["authors_ok"]:
                print(f"    authors {r['id']}: got {r['authors'][0]!r} want {r['authors'][1]!r}")
        for r in titled:
            if not r["title_ok"]:
                print(f"    title {r['id']}: got {r['title'][0]!r} want {r['title'][1]!r}")
        for r in dated:
            if not r["date_ok"]:
                print(f"    date {r['id']}: got {r['date'][0]} ({r['date'][1]}) want {r['date'][2]}")
        for r in sorted((r for r in results if "word" in r), key=lambda r: r["word"][2])[:25]:
            print(f"    body {r['id']}: F1 {r['word'][2]:.3f} P {r['word'][0]:.3f} R {r['word'][1]:.3f}")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "seeds.gold.json")
    parser.add_argument("--articles", "--seeds", dest="seeds", type=Path, default=ROOT / "seeds",
                        help="folder of the gold's article files (default: the seeds)")
    parser.add_argument("--dev", type=Path, default=ROOT / "tests" / "data" / "dev")
    parser.add_argument("--skip-dev", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the wrong dev titles and dates")
    options = parser.parse_args()
    evaluate_seeds(options.gold, options.seeds)
    if not options.skip_dev:
        evaluate_dev(options.dev, options.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
