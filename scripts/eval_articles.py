"""Evaluate article extraction: the seeds against their gold, and the dev pages (HTML and copied text) against theirs.

Seeds (or any gold set in their format): per article and field (outlet, title, subtitle, date with precision,
byline, authors, body first and last words, boilerplate lines left in the body), right or wrong. The files go
through the reader path `newsdb ingest` uses (`loaders.readers.iter_documents`, with the folder's manifest).
The byline column compares bylines without a leading credit word ("By", "Interview by", "Words by", ...:
`BYLINE_CREDIT_PREFIXES`) and without a trailing "| email"-style field (`| Staff Writer`): whether the gold keeps
them is a convention of each set, not an extractor error. The stored byline keeps them; the strict (exact)
byline count is printed on its own line below the overall line.

Dev HTML (`html.dev.jsonl`, gzip pages with their URL): body word F1 (bag of lower-cased words), 4-word-shingle
F1 on the `aeb:` pages (that benchmark's metric), headline accuracy and date accuracy on the pages whose gold
has them.

Dev copied text (`copied.dev.jsonl`), run as the hidden sets are: each page's `text` is written as a `.txt` file
with its `url` in the folder's `manifest.csv` and read back through `iter_documents`. Scored: headline exact
match (case and spacing ignored) on the `title_visible` pages; date exact to the day on the `date_visible`
pages; on the pages with a gold date whose day the text does not show, the share of stored dates that are
wrong (a date counts as right only when it is the gold day); body word F1. `--no-url` runs them again without
their URLs: the headline must stand on the page's layout alone (a reader may note no address).

Every dev figure is printed for the `tune` and the `check` half (`scripts/devsets.py`). `-v` lists the errors of
the tune half only: the check half is measured, never read. `--by-rule` counts which rule chose each headline
and date (the evidence's rule name), with its accuracy, on the tune half. Pages are processed on every core.

    .venv/bin/python scripts/eval_articles.py [--gold tests/data/seeds.gold.json] [--articles seeds/]
        [--dev tests/data/dev] [--skip-dev] [--only copied|html] [-v] [--by-rule] [--no-url] [--date-curve]
        [--probes]

`--date-curve` runs the copied pages again with every date candidate stored and prints, per half, the visible-day
date accuracy and the wrong share of stored dates where the day is not shown at each evidence strength taken as the
bar for storing (`article.STORE_DATE_AT`, marked with `*`): the trade-off the bar is chosen on (tune half).

`--probes` scores the blind page probes (`tests/data/probes/pages/{tune,check}`, made-up copied pages written
before the extractor ran on them) per half and field: outlet name (case and a leading "The" ignored), headline,
date to the day, byline, authors, body's first and last words. `-v` lists the tune half's misses only.

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
import tempfile
import time
from collections import Counter, defaultdict
from multiprocessing import Pool, cpu_count
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from devsets import HALVES, half  # noqa: E402
from loaders.extract.article import date_strength, extract_article  # noqa: E402
from loaders.readers import iter_documents  # noqa: E402
from loaders.records import FailedInput, SourceDocument  # noqa: E402
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


def _rule(evidence: str | None) -> str:
    return evidence or "(none)"


# --- seeds ---

# Credit words a byline may open with, lower-case, longest first: one gold set keeps "By Jo Roe", another writes
# "Jo Roe"; the byline column ignores the word on both sides. (A metric's own list, kept apart from the extractor's
# `loaders.extract.data.credits.CREDIT_PHRASES` on purpose: deriving it from there would change what the metric strips.)
BYLINE_CREDIT_PREFIXES = ("interview conducted by", "interview by", "reporting by", "written by", "words by",
                          "story by", "text by", "posted by", "by")
_CREDIT_PREFIX = re.compile(r"^(?:" + "|".join(re.escape(word) for word in BYLINE_CREDIT_PREFIXES) + r")\s+")
# A trailing field after a bar: "Jo Roe | jroe@example.com", "Jo Roe | Staff Writer".
_TRAILING_FIELD = re.compile(r"\s+\|\s.*$")


def byline_key(byline: str | None) -> str:
    """The byline as the byline column compares it: folded, without a leading credit word or a trailing
    "| field" (a gold convention, kept in the stored byline)."""
    folded = _TRAILING_FIELD.sub("", _fold(byline))
    return _CREDIT_PREFIX.sub("", folded, count=1)


def is_check_half(path: Path) -> bool:
    """A blind set's check half (a `check` folder anywhere on the path) is measured, never read: its got-values
    are not printed, only the per-field counts and the ok/WRONG marks."""
    return "check" in Path(path).parts


def evaluate_seeds(gold_path: Path, seeds_dir: Path) -> bool:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    show_values = not (is_check_half(gold_path) or is_check_half(seeds_dir))
    registry = _registry()
    documents = {Path(doc.source_path).name: doc for doc in iter_documents([seeds_dir])
                 if isinstance(doc, SourceDocument)}
    fields = ("outlet", "title", "subtitle", "date", "byline", "authors", "first", "last", "boilerplate")
    totals = Counter()
    strict_bylines = 0
    print(f"Gold articles ({gold_path})")
    print("  " + "file".ljust(28) + " ".join(name.ljust(11) for name in fields))
    for item in gold:
        doc = documents.get(item["file"])
        if doc is None:
            raw = (seeds_dir / item["file"]).read_text(encoding="utf-8")
            doc = SourceDocument(str(seeds_dir / item["file"]), "txt", raw, {})
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
        left = [entry for entry in item.get("boilerplate", [])
                if any(line == entry or (len(entry) >= 30 and line.startswith(entry)) for line in body_lines)]
        checks = {
            "outlet": article.outlet_name == item["outlet"]["name"],
            "title": article.title == item["title"],
            "subtitle": article.subtitle == item.get("subtitle"),
            "date": (published, article.date_precision) == (item["published"], item.get("date_precision")),
            "byline": byline_key(article.byline) == byline_key(item.get("byline")),
            "authors": article.authors == item.get("authors", []),
            "first": bool(paragraphs) and paragraphs[0].startswith(item["body_first_words"]),
            "last": bool(paragraphs) and paragraphs[-1].endswith(item["body_last_words"]),
            "boilerplate": not left,
        }
        totals.update(name for name, right in checks.items() if right)
        strict_bylines += article.byline == item.get("byline")
        cells = " ".join(("ok" if checks[name] else "WRONG").ljust(11) for name in fields)
        print("  " + item["file"][:27].ljust(28) + cells)
        for name, right in checks.items():
            if not right and show_values:
                detail = {
                    "outlet": article.outlet_name, "title": article.title, "subtitle": article.subtitle,
                    "date": (published, article.date_precision), "byline": article.byline,
                    "authors": article.authors, "first": paragraphs[0][:60] if paragraphs else None,
                    "last": paragraphs[-1][-60:] if paragraphs else None, "boilerplate": left,
                }[name]
                print(f"      {name}: got {detail!r}")
    count = len(gold)
    if not show_values:
        print("  (a check half: only measured, its wrong values are not shown)")
    print("  " + "overall".ljust(28) + " ".join(f"{totals[name]}/{count}".ljust(11) for name in fields))
    print(f"  byline column without a leading 'By'-style word or trailing '| field' (gold convention); "
          f"byline strict (exact) {strict_bylines}/{count}")
    all_right = all(totals[name] == count for name in fields)
    print(f"  all right on every field: {'yes' if all_right else 'no'}")
    return all_right


# --- blind page probes ---

PROBE_FIELDS = ("outlet", "title", "date", "byline", "authors", "first", "last")


def _outlet_key(name: str | None) -> str:
    return re.sub(r"^the\s+", "", _fold(name))


def _probe_checks(article, item: dict) -> dict[str, tuple[bool, object]]:
    published = article.published_on.isoformat() if article.published_on else None
    paragraphs = [p for p in article.body.split("\n\n") if p.strip()] if article.body else []
    first = _fold(paragraphs[0]) if paragraphs else ""
    last = _fold(paragraphs[-1]) if paragraphs else ""
    return {
        "outlet": (_outlet_key(article.outlet_name) == _outlet_key(item["outlet"]["name"]), article.outlet_name),
        "title": (_fold(article.title) == _fold(item["title"]), article.title),
        "date": (published == item["published"] and article.date_precision == "day",
                 (published, article.date_precision, article.date_evidence)),
        "byline": (_fold(article.byline) == _fold(item.get("byline")), article.byline),
        "authors": (sorted(map(_fold, article.authors)) == sorted(map(_fold, item.get("authors", []))),
                    article.authors),
        "first": (first.startswith(_fold(item["body_first_words"])), paragraphs[0][:70] if paragraphs else None),
        "last": (last.endswith(_fold(item["body_last_words"])), paragraphs[-1][-70:] if paragraphs else None),
    }


def evaluate_probes(folder: Path, verbose: bool) -> dict:
    registry = _registry()
    figures = {}
    print(f"\nBlind page probes ({folder})")
    for part in HALVES:
        gold = json.loads((folder / part / "fresh.gold.json").read_text(encoding="utf-8"))
        documents = {Path(doc.source_path).name: doc for doc in iter_documents([folder / part])
                     if isinstance(doc, SourceDocument)}
        totals = Counter()
        misses = []
        for item in gold:
            checks = _probe_checks(extract_article(documents[item["file"]], registry), item)
            totals.update(name for name, (right, _) in checks.items() if right)
            misses += [(item["file"], name, got, item) for name, (right, got) in checks.items() if not right]
        count = len(gold)
        figures[part] = {name: totals[name] / count for name in PROBE_FIELDS}
        print(f"  [{part}] {count} pages: " + "  ".join(f"{name} {totals[name]}/{count}" for name in PROBE_FIELDS))
        if verbose and not is_check_half(folder / part):
            wanted = {"outlet": lambda g: g["outlet"]["name"], "title": lambda g: g["title"],
                      "date": lambda g: g["published"], "byline": lambda g: g.get("byline"),
                      "authors": lambda g: g.get("authors"), "first": lambda g: g["body_first_words"],
                      "last": lambda g: g["body_last_words"]}
            for file, name, got, item in misses:
                print(f"    {file[:26]:26} {name}: got {got!r} want {wanted[name](item)!r}")
    return figures


# --- one dev page ---

def _score(article, row: dict, elapsed: float) -> dict:
    gold = row["gold"]
    result = {"id": row["id"], "half": half(row["id"]), "source": row["id"].split(":")[0], "seconds": elapsed,
              "title_rule": _rule(article.title_evidence), "date_rule": _rule(getattr(article, "date_rule", None)),
              "date_strength": date_strength(getattr(article, "date_rule", None))}
    if gold.get("body"):
        result["word"] = _f1(word_counts(article.body), word_counts(gold["body"]))
        if result["source"] == "aeb":
            result["shingle"] = _f1(shingle_counts(article.body), shingle_counts(gold["body"]))
    predicted = article.published_on.isoformat() if article.published_on else None
    right_day = predicted == gold.get("date") and article.date_precision == "day"
    result["date"] = (predicted, article.date_precision, gold.get("date"), article.date_evidence)
    if gold.get("title") and gold.get("title_visible", True):
        result["title_ok"] = _fold(article.title) == _fold(gold["title"])
        result["title"] = (article.title, gold["title"], article.title_evidence)
    if gold.get("date") and gold.get("date_visible", True):
        result["date_ok"] = right_day
    elif gold.get("date"):
        result["hidden_day"] = True
        result["stored"] = predicted is not None
        result["wrong"] = predicted is not None and not right_day
    if gold.get("authors"):
        result["authors_ok"] = sorted(map(_fold, article.authors)) == sorted(map(_fold, gold["authors"]))
        result["authors"] = (article.authors, gold["authors"])
    result["outlet"] = article.outlet_name
    return result


def _evaluate_html_page(row: dict) -> dict:
    path = Path(row["_dir"]) / row["html"]
    html = gzip.open(path).read().decode("utf-8", "replace")
    given = {"url": row["url"]} if row.get("url") else {}
    started = time.perf_counter()
    article = extract_article(SourceDocument(str(path), "html", html, given), _registry())
    return _score(article, row, time.perf_counter() - started)


def _evaluate_copied_page(item: tuple[dict, SourceDocument]) -> dict:
    row, doc = item
    started = time.perf_counter()
    article = extract_article(doc, _registry())
    return _score(article, row, time.perf_counter() - started)


def _copied_documents(rows: list[dict], folder: Path, with_url: bool = True) -> list[tuple[dict, SourceDocument]]:
    """Each page's text as `<n>.txt` with its URL in `manifest.csv` (or none: `with_url=False`), read back as
    `newsdb ingest` reads it."""
    names = {}
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "url"])
        for number, row in enumerate(rows):
            name = f"{number:04d}.txt"
            (folder / name).write_text(row["text"], encoding="utf-8")
            writer.writerow([name, (row.get("url") or "") if with_url else ""])
            names[name] = row
    pairs = []
    for doc in iter_documents([folder]):
        if isinstance(doc, FailedInput):
            print(f"  unreadable: {doc.source_path}: {doc.reason}")
            continue
        pairs.append((names[Path(doc.source_path).name], doc))
    return pairs


# --- dev figures per half ---

def _mean(values: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    return tuple(sum(v[i] for v in values) / len(values) for i in range(3)) if values else (0.0, 0.0, 0.0)


def _share(chosen: list[dict], key: str) -> tuple[float, int]:
    scored = [r[key] for r in chosen if key in r]
    return (sum(scored) / len(scored) if scored else 0.0), len(scored)


def _report(results: list[dict], kind: str) -> dict:
    figures = {}
    for part in HALVES:
        chosen = [r for r in results if r["half"] == part]
        headline, titled = _share(chosen, "title_ok")
        dated_share, dated = _share(chosen, "date_ok")
        body = _mean([r["word"] for r in chosen if "word" in r])
        figures[part] = {"headline": headline, "date": dated_share, "body": body[2]}
        line = (f"  [{part}] {len(chosen)} pages: headline {headline:.3f} ({titled})  date {dated_share:.3f} ({dated})")
        hidden = [r for r in chosen if r.get("hidden_day")]
        if kind == "copied":
            stored = sum(r["stored"] for r in hidden)
            wrong = sum(r["wrong"] for r in hidden)
            figures[part]["wrong_share"] = wrong / stored if stored else 0.0
            line += (f"  wrong where day not shown {wrong}/{stored} stored = "
                     f"{figures[part]['wrong_share']:.3f} ({wrong}/{len(hidden)} pages)")
        line += f"  body F1 {body[2]:.3f} (P {body[0]:.3f} R {body[1]:.3f})"
        if kind == "html":
            shingles = _mean([r["shingle"] for r in chosen if "shingle" in r])
            line += f"  aeb 4-shingle F1 {shingles[2]:.3f}"
        authored, with_authors = _share(chosen, "authors_ok")
        if with_authors:
            figures[part]["authors"] = authored
            line += f"  authors {authored:.3f} ({with_authors})"
        print(line)
    return figures


def _print_errors(results: list[dict], kind: str) -> None:
    tune = [r for r in results if r["half"] == "tune"]
    print(f"  errors of the tune half ({kind}):")
    for r in tune:
        if "title_ok" in r and not r["title_ok"]:
            print(f"    title {r['id'][:24]}: got {r['title'][0]!r} want {r['title'][1]!r}  [{r['title'][2]}]")
    for r in tune:
        if ("date_ok" in r and not r["date_ok"]) or r.get("wrong"):
            flag = "date" if "date_ok" in r else "hidden-day date"
            print(f"    {flag} {r['id'][:24]}: got {r['date'][0]} ({r['date'][1]}) want {r['date'][2]}  "
                  f"[{r['date'][3]!r} {r['date_rule']}]")
    for r in sorted((r for r in tune if "word" in r), key=lambda r: r["word"][2])[:15]:
        print(f"    body {r['id'][:24]}: F1 {r['word'][2]:.3f} P {r['word'][0]:.3f} R {r['word'][1]:.3f}")


def _print_rules(results: list[dict]) -> None:
    tune = [r for r in results if r["half"] == "tune"]
    for field, ok in (("title_rule", "title_ok"), ("date_rule", "date_ok")):
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in tune:
            if ok in r:
                counts[r[field]][0] += 1
                counts[r[field]][1] += r[ok]
        cells = ", ".join(f"{name} {right}/{total}" for name, (total, right) in
                          sorted(counts.items(), key=lambda item: -item[1][0]))
        print(f"  {field.split('_')[0]} rules on tune (right/total): {cells}")
    hidden = _hidden_day_rules(tune)
    if hidden:
        print(f"  hidden-day date rules on tune (wrong/stored): {hidden}")


def _hidden_day_rules(chosen: list[dict]) -> str:
    """Where the day is not shown, the rule of each stored date with how many of its dates were wrong: the
    evidence the wrong-date share stands on ('' when nothing was stored)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in chosen:
        if r.get("hidden_day") and r["stored"]:
            counts[r["date_rule"]][0] += r["wrong"]
            counts[r["date_rule"]][1] += 1
    return ", ".join(f"{name} {wrong}/{stored}" for name, (wrong, stored) in
                     sorted(counts.items(), key=lambda item: (-item[1][1], item[0])))


def _run(function, items: list) -> tuple[list[dict], float]:
    started = time.perf_counter()
    with Pool(max(1, cpu_count())) as pool:
        results = pool.map(function, items, chunksize=4)
    return results, time.perf_counter() - started


def _summarise(title: str, results: list[dict], wall: float, kind: str, verbose: bool, by_rule: bool) -> dict:
    print(f"\n{title}: {len(results)} pages in {wall:.1f}s "
          f"({sum(r['seconds'] for r in results) / len(results) * 1000:.1f} ms/page of CPU)")
    figures = _report(results, kind)
    if by_rule:
        _print_rules(results)
    if verbose:
        _print_errors(results, kind)
    return figures


def evaluate_html(dev_dir: Path, verbose: bool, by_rule: bool) -> dict:
    rows = [json.loads(line) for line in (dev_dir / "html.dev.jsonl").open(encoding="utf-8")]
    for row in rows:
        row["_dir"] = str(dev_dir)
    results, wall = _run(_evaluate_html_page, rows)
    return _summarise(f"Dev HTML ({dev_dir / 'html.dev.jsonl'})", results, wall, "html", verbose, by_rule)


def evaluate_copied(dev_dir: Path, verbose: bool, by_rule: bool, with_url: bool = True) -> dict:
    rows = [json.loads(line) for line in (dev_dir / "copied.dev.jsonl").open(encoding="utf-8")]
    with tempfile.TemporaryDirectory(prefix="newsdb-copied-") as folder:
        pairs = _copied_documents(rows, Path(folder), with_url)
        results, wall = _run(_evaluate_copied_page, pairs)
    how = "with a URL manifest" if with_url else "WITHOUT their URLs"
    return _summarise(f"Dev copied text ({dev_dir / 'copied.dev.jsonl'}, as .txt files {how})",
                      results, wall, "copied", verbose, by_rule)


def _store_every_date() -> None:
    """A worker's start for `evaluate_date_curve`: every date candidate stored, whatever its strength."""
    import loaders.extract.article as article_step

    article_step.STORE_DATE_AT = 0.0


def evaluate_date_curve(dev_dir: Path) -> None:
    """The copied pages' date trade-off per half: at each evidence strength (`article.date_strength`) as the bar
    for storing a date, the visible-day date accuracy and the share of wrong stored dates where the day is not
    shown; the bar in force (`article.STORE_DATE_AT`) is marked."""
    import loaders.extract.article as article_step

    rows = [json.loads(line) for line in (dev_dir / "copied.dev.jsonl").open(encoding="utf-8")]
    with tempfile.TemporaryDirectory(prefix="newsdb-copied-") as folder:
        pairs = _copied_documents(rows, Path(folder))
        with Pool(max(1, cpu_count()), initializer=_store_every_date) as pool:
            results = pool.map(_evaluate_copied_page, pairs, chunksize=4)
    print(f"\nDate evidence curve (copied dev; a date stored at strength >= bar; in force: "
          f"{article_step.STORE_DATE_AT:.2f})")
    for part in HALVES:
        chosen = [r for r in results if r["half"] == part]
        visible = [r for r in chosen if "date_ok" in r]
        hidden = [r for r in chosen if r.get("hidden_day") and r["stored"]]
        bars = sorted({0.0} | {r["date_strength"] for r in chosen if r["date"][0]})
        cells = []
        for bar in bars + [round(bars[-1] + 0.01, 2)]:
            right = sum(r["date_ok"] and r["date_strength"] >= bar for r in visible)
            stored = [r for r in hidden if r["date_strength"] >= bar]
            wrong = sum(r["wrong"] for r in stored)
            mark = "*" if bar <= article_step.STORE_DATE_AT < next((b for b in bars if b > bar), 9) else ""
            cells.append(f"{mark}{bar:.2f}: {right / len(visible) if visible else 0:.3f} {wrong}/{len(stored)}")
        print(f"  [{part}] bar: visible-day acc, wrong/stored where hidden -- " + "  ".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "seeds.gold.json")
    parser.add_argument("--articles", "--seeds", dest="seeds", type=Path, default=ROOT / "seeds",
                        help="folder of the gold's article files (default: the seeds)")
    parser.add_argument("--dev", type=Path, default=ROOT / "tests" / "data" / "dev")
    parser.add_argument("--skip-dev", action="store_true")
    parser.add_argument("--only", choices=("copied", "html"), help="evaluate one dev set only")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tune half's wrong titles and dates")
    parser.add_argument("--by-rule", action="store_true", help="which rule chose each headline and date (tune)")
    parser.add_argument("--no-url", action="store_true",
                        help="also run the copied pages without their URLs (a reader who noted no address)")
    parser.add_argument("--date-curve", action="store_true",
                        help="the copied pages' date accuracy vs wrong stored dates at each evidence strength")
    parser.add_argument("--probes", action="store_true",
                        help="score the blind page probes (tests/data/probes/pages) per half")
    options = parser.parse_args()
    evaluate_seeds(options.gold, options.seeds)
    if options.probes:
        evaluate_probes(ROOT / "tests" / "data" / "probes" / "pages", options.verbose)
    if not options.skip_dev:
        if options.only in (None, "copied"):
            evaluate_copied(options.dev, options.verbose, options.by_rule)
            if options.no_url:
                evaluate_copied(options.dev, options.verbose, options.by_rule, with_url=False)
            if options.date_curve:
                evaluate_date_curve(options.dev)
        if options.only in (None, "html"):
            evaluate_html(options.dev, options.verbose, options.by_rule)
    return 0


if __name__ == "__main__":
    sys.exit(main())
