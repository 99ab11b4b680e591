"""Check provenance: every extracted row's stored text is the stored body's text at its offsets.

Runs the ingest's extraction (`loaders.extract.run_steps`, as `newsdb ingest` does; PolNeAR texts through
`run_body_steps` on the given text, as `scripts/eval_quotes.py` reads them) and checks, per row kind:

- mention: `body[start:end] == surface`;
- quote: `body[start:end] == text`;
- quote speaker: the span lies in the body, is not empty and has no whitespace at its edges; the label the store
  writes (`speaker_label`, or a speaker name that is no person of the article) is
  `body[speaker_start:speaker_end]` (a label and its offsets name the same text);
- event: the span lies in the body, is not empty and has no whitespace at its edges; its `date_phrase`, when
  set, is written in the body (case aside: phrases such as 'Monday' keep their case; documented normalisation:
  runs of whitespace count as one space).

Usage: .venv/bin/python scripts/check_provenance.py [FOLDER_OR_FILE ...] [--polnear FILE] [--copied FILE]
    [--show N]
With no arguments: the seeds, every tests/data/fresh*/tune folder, the PolNeAR dev tune half, the copied
dev pages' tune half, the saved dev HTML pages' tune half and tests/data/synthetic. Never point it at a check half: it prints the text of mismatches.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from loaders.extract import run_body_steps, run_steps  # noqa: E402
from loaders.readers import iter_documents  # noqa: E402
from loaders.records import ArticleRecord, ExtractedArticle, SourceDocument  # noqa: E402
from loaders.registry import Registry, default_registry_dir, load_registry  # noqa: E402

KINDS = ("mention", "quote", "speaker", "event", "event_date")


@dataclass
class Mismatch:
    source: str
    kind: str
    start: int | None
    end: int | None
    stored: str | None
    found: str | None
    why: str

    def __str__(self) -> str:
        return (f"{self.source} {self.kind} [{self.start}:{self.end}] {self.why}: stored {self.stored!r} "
                f"body {self.found!r}")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _span_fault(body: str, start, end) -> str | None:
    if start is None or end is None:
        return "offset missing"
    if not (0 <= start <= end <= len(body)):
        return "outside the body"
    if start == end:
        return "empty span"
    piece = body[start:end]
    if piece != piece.strip():
        return "whitespace at an edge"
    return None


def check_extracted(extracted: ExtractedArticle, counts: Counter | None = None) -> list[Mismatch]:
    """The mismatches of one extracted article; `counts` gets the rows checked per kind."""
    counts = counts if counts is not None else Counter()
    body = extracted.article.body
    source = extracted.article.source_path
    faults: list[Mismatch] = []
    names = {person.name for person in extracted.people}

    def fault(kind, start, end, stored, why):
        ok = start is not None and end is not None and 0 <= start <= end <= len(body)
        faults.append(Mismatch(source, kind, start, end, stored, body[start:end] if ok else None, why))

    def check(kind, start, end, stored, text=None, differs="text differs"):
        """A row's span inside the body and, where the row stores its text (`text`), that text at the span."""
        counts[kind] += 1
        why = _span_fault(body, start, end)
        if why is None and text is not None and body[start:end] != text:
            why = differs
        if why:
            fault(kind, start, end, stored, why)

    for person in extracted.people:
        for mention in person.mentions:
            check("mention", mention.start, mention.end, mention.surface, mention.surface)
    for quote in extracted.quotes:
        check("quote", quote.start, quote.end, quote.text, quote.text)
        if quote.speaker_start is None and quote.speaker_end is None:
            continue
        # the label as the store writes it (loaders.store): a speaker name that is no person of the article
        # is stored as the label
        label = None if quote.speaker_name in names else (quote.speaker_label or quote.speaker_name)
        check("speaker", quote.speaker_start, quote.speaker_end, label or quote.speaker_name, label, "label differs")
    squashed = None
    for event in extracted.events:
        check("event", event.start, event.end, event.name)
        if event.date_phrase:
            counts["event_date"] += 1
            if squashed is None:
                squashed = _squash(body).casefold()
            phrase = _squash(event.date_phrase).casefold()
            if phrase not in squashed:
                article = extracted.article
                if any(phrase in _squash(text).casefold() for text in (article.title, article.subtitle) if text):
                    why = "date phrase from the title or standfirst, not the body"
                elif phrase in _squash(article.raw_text or "").casefold():
                    why = "date phrase from a line removed from the body (e.g. a live-blog stamp)"
                else:
                    why = "date phrase not in the article"
                fault("event_date", event.start, event.end, event.date_phrase, why)
    return faults


def _registry() -> Registry:
    try:
        return load_registry(default_registry_dir())
    except Exception:  # no registry folder: extract as with an empty one
        return Registry()


def folder_articles(paths: Iterable[str | Path], registry: Registry) -> Iterator[ExtractedArticle]:
    for doc in iter_documents([str(p) for p in paths]):
        if isinstance(doc, SourceDocument):
            yield run_steps(doc, registry)


def polnear_articles(path: Path, only_half: str | None = "tune") -> Iterator[ExtractedArticle]:
    sys.path.insert(0, str(REPO / "scripts"))
    from devsets import half

    registry = Registry()
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        record = json.loads(line)
        if only_half and half(record["id"]) != only_half:
            continue
        meta = record.get("meta") or {}
        try:
            published = date.fromisoformat(meta.get("publication_date") or "")
        except ValueError:
            published = None
        article = ArticleRecord(source_path=record["id"], source_format="json", raw_text=record["text"],
                                body=record["text"], published_on=published, outlet_name=meta.get("publisher"))
        yield run_body_steps(article, registry)


def copied_articles(path: Path, registry: Registry, only_half: str | None = "tune") -> Iterator[ExtractedArticle]:
    sys.path.insert(0, str(REPO / "scripts"))
    from devsets import half

    for line in path.read_text(encoding="utf-8").split("\n"):  # not splitlines: texts hold U+2028
        if not line.strip():
            continue
        record = json.loads(line)
        if only_half and half(record["id"]) != only_half:
            continue
        given = {"url": record["url"]} if record.get("url") else {}
        yield run_steps(SourceDocument(record["id"], "txt", record["text"], given), registry)


def html_articles(listing: Path, registry: Registry, only_half: str | None = "tune") -> Iterator[ExtractedArticle]:
    """The saved dev pages listed in `html.dev.jsonl` (its `id` decides the half, `html` is the page's file),
    read as the ingest reads a page."""
    sys.path.insert(0, str(REPO / "scripts"))
    from devsets import half

    pages = []
    for line in listing.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            if not only_half or half(record["id"]) == only_half:
                pages.append(listing.parent / record["html"])
    yield from folder_articles(pages, registry)


def check(articles: Iterable[ExtractedArticle]) -> tuple[Counter, list[Mismatch]]:
    counts: Counter = Counter()
    faults: list[Mismatch] = []
    for extracted in articles:
        faults.extend(check_extracted(extracted, counts))
    return counts, faults


def report(name: str, counts: Counter, faults: list[Mismatch], show: int) -> None:
    by_kind = Counter(f.kind for f in faults)
    print(f"== {name} ==")
    print("  " + ", ".join(f"{kind} {by_kind[kind]}/{counts[kind]}" for kind in KINDS) + "  (mismatches/rows)")
    for item in faults[:show]:
        print("  " + str(item))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="folders or files of articles (never a check half)")
    parser.add_argument("--polnear", help="PolNeAR JSONL (its tune half is checked)")
    parser.add_argument("--copied", help="copied dev pages JSONL (its tune half is checked)")
    parser.add_argument("--html", help="html.dev.jsonl listing the saved dev pages (its tune half is checked)")
    parser.add_argument("--show", type=int, default=10, help="mismatches printed per data set")
    args = parser.parse_args()
    sets: list[tuple[str, object]] = []
    registry = _registry()
    if args.paths:
        if any("check" in Path(p).parts or Path(p).suffix == ".jsonl" and "dev" in Path(p).parts
               for p in args.paths):
            parser.error("check halves are measure-only: give dev sets with --polnear/--copied (tune half only)")
        sets.append((" ".join(args.paths), lambda: folder_articles(args.paths, registry)))
    else:
        sets.append(("seeds", lambda: folder_articles([REPO / "seeds"], registry)))
        for tune in sorted((REPO / "tests" / "data").glob("fresh*/tune")):
            sets.append((str(tune.relative_to(REPO)), lambda tune=tune: folder_articles([tune], registry)))
        args.polnear = args.polnear or str(REPO / "tests" / "data" / "dev" / "polnear.dev.jsonl")
        args.copied = args.copied or str(REPO / "tests" / "data" / "dev" / "copied.dev.jsonl")
        args.html = args.html or str(REPO / "tests" / "data" / "dev" / "html.dev.jsonl")
        sets.append(("synthetic", lambda: folder_articles([REPO / "tests" / "data" / "synthetic"], registry)))
    if args.polnear and Path(args.polnear).exists():
        sets.append(("PolNeAR dev, tune half", lambda: polnear_articles(Path(args.polnear))))
    if args.copied and Path(args.copied).exists():
        sets.append(("copied dev pages, tune half", lambda: copied_articles(Path(args.copied), registry)))
    if args.html and Path(args.html).is_file():
        sets.append(("dev html pages, tune half", lambda: html_articles(Path(args.html), registry)))
    total = 0
    for name, articles in sets:
        counts, faults = check(articles())
        report(name, counts, faults, args.show)
        total += len(faults)
    print(f"total mismatches: {total}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
