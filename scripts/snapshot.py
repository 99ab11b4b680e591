"""Regression snapshots of the extraction: every output record over a fixed corpus, as canonical JSONL.

A refactoring or a speed-up must not change what is extracted. Take a snapshot before the change, one after,
and compare them:

    .venv/bin/python scripts/snapshot.py /tmp/before.jsonl          # on the old code
    .venv/bin/python scripts/snapshot.py /tmp/after.jsonl           # on the new code
    .venv/bin/python scripts/snapshot.py --compare /tmp/before.jsonl /tmp/after.jsonl [--show 20]
    .venv/bin/python scripts/snapshot.py --compare A B --sections people,quotes,events   # body steps only

The corpus (all in the repository, so a fresh clone can run it):
- `seeds`: the seed articles (`seeds/*.txt` with their manifest), through `loaders.extract.run_steps` with the
  bundled registry, as the ingest runs them;
- `synthetic`: `tests/data/synthetic/*.txt`, the same way;
- `copied`: the copied dev pages (`tests/data/dev/copied.dev.jsonl`), each as a .txt input with its URL given,
  as a user who noted the page's address would ingest it;
- `polnear`: the PolNeAR dev texts (`tests/data/dev/polnear.dev.jsonl`), through the body steps only
  (`run_body_steps`) with the body as given, its publication date and publisher, and an empty registry, as
  `scripts/eval_quotes.py` measures them.

Each line is one input: `{"set", "id", "article", "people", "quotes", "events"}`. `article` holds the
`ArticleRecord` fields (the body and raw text as a length and a SHA-1, with the body's first 80 characters);
`people` each person with its mentions; `quotes` and `events` every field of their records. Keys are sorted
and dates written in ISO form, so two snapshots of the same output are byte-identical.

`--compare A B` prints, per section (article, people, quotes, events), how many inputs differ, then the first
`--show` differences (fields that only one snapshot's records have, as when a record gained a field between the
two runs, are named and left out): for a list section the items only in A (`-`) and only in B (`+`), for `article` the
fields that changed. It exits 1 when anything in the compared sections differs, so it can gate a script.
`--sets` restricts a run to some of the sets (a comparison then covers the sets both files hold); `--workers 2` splits the inputs over two processes.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import multiprocessing
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from loaders.readers import decode_text, iter_documents  # noqa: E402
from loaders.records import ArticleRecord, ExtractedArticle, SourceDocument  # noqa: E402
from loaders.registry import Registry, default_registry_dir, load_registry  # noqa: E402

SETS = ("seeds", "synthetic", "copied", "polnear")
SECTIONS = ("article", "people", "quotes", "events")
DEV = REPO / "tests" / "data" / "dev"


# -- the corpus -----------------------------------------------------------------------------------------------
def corpus(sets: tuple[str, ...] = SETS) -> list[tuple[str, str, object]]:
    """(set, id, input) for every input of the chosen sets, in a fixed order; an input is a `SourceDocument`
    (full extraction) or an `ArticleRecord` (body steps only)."""
    items: list[tuple[str, str, object]] = []
    for name, folder in (("seeds", REPO / "seeds"), ("synthetic", REPO / "tests" / "data" / "synthetic")):
        if name in sets:
            for doc in iter_documents(sorted(folder.glob("*.txt"))):
                if isinstance(doc, SourceDocument):
                    items.append((name, Path(doc.source_path).name, doc))
    if "copied" in sets and (DEV / "copied.dev.jsonl").is_file():
        for row in _jsonl(DEV / "copied.dev.jsonl"):
            text = decode_text(row["text"].encode("utf-8"))
            given = {"url": row["url"]} if row.get("url") else {}
            items.append(("copied", row["id"], SourceDocument(f"copied/{row['id']}.txt", "txt", text, given)))
    if "polnear" in sets and (DEV / "polnear.dev.jsonl").is_file():
        for row in _jsonl(DEV / "polnear.dev.jsonl"):
            items.append(("polnear", row["id"], polnear_article(row)))
    return items


def polnear_article(row: dict) -> ArticleRecord:
    """A PolNeAR text as the quotes evaluation reads it: the body as given, with its date and publisher."""
    meta = row.get("meta") or {}
    try:
        published = date.fromisoformat(meta.get("publication_date") or "")
    except ValueError:
        published = None
    return ArticleRecord(source_path=row["id"], source_format="json", raw_text=row["text"], body=row["text"],
                         published_on=published, outlet_name=meta.get("publisher"))


def _jsonl(path: Path):
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


# -- extraction and canonical records -------------------------------------------------------------------------
_REGISTRY: Registry | None = None


def _bundled_registry() -> Registry:
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = load_registry(default_registry_dir())
    return _REGISTRY


def extract(item: tuple[str, str, object]) -> ExtractedArticle:
    from loaders.extract import run_body_steps, run_steps

    _, _, source = item
    if isinstance(source, SourceDocument):
        return run_steps(source, _bundled_registry())
    return run_body_steps(source, Registry())


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def record(item: tuple[str, str, object]) -> dict:
    """The canonical snapshot record of one input."""
    name, item_id, _ = item
    try:
        extracted = extract(item)
    except Exception as error:  # a crash is an output too: the comparison shows it
        return {"set": name, "id": item_id, "error": f"{type(error).__name__}: {error}"}
    article = _plain(extracted.article)
    body, raw = article.pop("body"), article.pop("raw_text")
    article.update(body_length=len(body), body_sha1=_digest(body), body_head=body[:80],
                   raw_length=len(raw), raw_sha1=_digest(raw))
    return {"set": name, "id": item_id, "article": article, "people": _plain(extracted.people),
            "quotes": _plain(extracted.quotes), "events": _plain(extracted.events)}


def _line(item) -> str:
    return json.dumps(record(item), sort_keys=True, ensure_ascii=False)


def take(path: Path, sets: tuple[str, ...] = SETS, workers: int = 1) -> int:
    """Write the snapshot of `sets` to `path`; the number of inputs."""
    items = corpus(sets)
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            lines = pool.map(_line, items, chunksize=8)
    else:
        lines = [_line(item) for item in items]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(items)


# -- comparison -----------------------------------------------------------------------------------------------
def load(path: Path) -> dict[tuple[str, str], dict]:
    return {(r["set"], r["id"]): r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _item_key(item, fields: frozenset[str] | None = None) -> str:
    if fields is not None and isinstance(item, dict):
        item = {key: value for key, value in item.items() if key in fields}
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def _fields(items) -> set[str]:
    return {key for item in items or () if isinstance(item, dict) for key in item}


def section_diff(section: str, left: dict | None, right: dict | None,
                 only_one_side: set[str] | None = None) -> list[str]:
    """Lines describing how one input's section differs ('-' only in the first, '+' only in the second).
    Fields that only one snapshot's records have (a record that gained a field since) are left out and
    collected in `only_one_side`."""
    if left is None or right is None:
        return [f"  {'only in B' if left is None else 'only in A'}"]
    if "error" in left or "error" in right:
        if left.get("error") == right.get("error"):
            return []
        return [f"  - error: {left.get('error')}", f"  + error: {right.get('error')}"]
    a, b = left.get(section), right.get(section)
    if a == b:
        return []
    if isinstance(a, dict):
        if only_one_side is not None:
            only_one_side.update(f"{section}.{key}" for key in set(a) ^ set(b))
        return [f"  {key}: {a.get(key)!r} -> {b.get(key)!r}" for key in sorted(set(a) & set(b))
                if a.get(key) != b.get(key)]
    fields_a, fields_b = _fields(a), _fields(b)
    common = frozenset(fields_a & fields_b) if fields_a and fields_b else None
    if common is not None and only_one_side is not None:
        only_one_side.update(f"{section}.{key}" for key in fields_a ^ fields_b)
    keys_a = Counter(_item_key(item, common) for item in a)
    keys_b = Counter(_item_key(item, common) for item in b)
    if keys_a == keys_b:
        return []
    only_a, only_b = keys_a - keys_b, keys_b - keys_a
    lines = [f"  - {_short(key)}" for key in only_a.elements()] + [f"  + {_short(key)}" for key in only_b.elements()]
    return lines or ["  (same items, another order)"]


def _short(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[:limit] + " …"


def compare(path_a: Path, path_b: Path, sections: tuple[str, ...] = SECTIONS, show: int = 10,
            out=sys.stdout) -> int:
    """Print the differences between two snapshots; the number of (input, section) pairs that differ."""
    a, b = load(path_a), load(path_b)
    # A snapshot of some sets only (`--sets`) is compared on those sets.
    shared_sets = {key[0] for key in a} & {key[0] for key in b}
    keys = sorted(key for key in set(a) | set(b) if key[0] in shared_sets)
    differing: Counter = Counter()
    only_one_side: set[str] = set()
    shown = 0
    details: list[str] = []
    for key in keys:
        for section in sections:
            lines = section_diff(section, a.get(key), b.get(key), only_one_side)
            if not lines:
                continue
            differing[section] += 1
            if shown < show:
                details.append(f"[{key[0]}] {key[1]} · {section}")
                details.extend(lines[:12] + ([f"  … {len(lines) - 12} more lines"] if len(lines) > 12 else []))
                shown += 1
    per_set = Counter(key[0] for key in keys)
    print(f"A {path_a}: {len(a)} inputs; B {path_b}: {len(b)} inputs "
          f"({', '.join(f'{name} {count}' for name, count in sorted(per_set.items()))})", file=out)
    for section in sections:
        print(f"{section:8} {differing[section]} inputs differ", file=out)
    if only_one_side:
        print(f"(fields in one snapshot only, not compared: {', '.join(sorted(only_one_side))})", file=out)
    for line in details:
        print(line, file=out)
    total = sum(differing.values())
    print("identical" if not total else f"{total} differences", file=out)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", nargs="?", type=Path, help="where to write the snapshot (JSONL)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"), help="compare two snapshots")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, of {', '.join(SETS)}")
    parser.add_argument("--sections", default=",".join(SECTIONS), help="sections to compare")
    parser.add_argument("--show", type=int, default=10, help="differences to print in full")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    if args.compare:
        sections = tuple(s for s in args.sections.split(",") if s)
        return 1 if compare(*args.compare, sections=sections, show=args.show) else 0
    if args.output is None:
        parser.error("give an output file, or --compare A B")
    sets = tuple(s for s in args.sets.split(",") if s)
    count = take(args.output, sets, args.workers)
    print(f"{count} inputs written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
