"""Evaluate the events step and cross-article event matching against the seeds' gold events.

Builds each seed article with the real article and people steps (the publication date from the gold file when
the article step gets it wrong, reported as such), runs `extract_events`, and prints:
- recall of dated gold events (date right at the gold precision and at least one gold participant among the
  event's participants/actors), with and without the type;
- precision: extracted events that match a gold event (same type, date right when the gold has one, a shared
  participant when both name any), one-to-one;
- role agreement on matched events;
- cross-article merges: `EventIndex` over the articles in publication order; a merge is right when both events
  match gold events that are the same real event (same gold name, or same type, date and participants).
Usage: .venv/bin/python scripts/eval_events.py [--gold PATH] [--articles DIR] [--registry DIR|none] [-v]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.extract.article import extract_article  # noqa: E402
from loaders.extract.eventmatch import EventIndex, KnownEvent  # noqa: E402
from loaders.extract.events import extract_events  # noqa: E402
from loaders.extract.people import extract_people  # noqa: E402
from loaders.records import SourceDocument  # noqa: E402
from loaders.registry import Registry, default_registry_dir, load_registry  # noqa: E402


def key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^\w]+", " ", folded).strip()


def participant_hit(gold_name: str, names: list[str]) -> bool:
    wanted = key(gold_name)
    for name in names:
        have = key(name)
        if have and (wanted == have or f" {wanted} " in f" {have} " or f" {have} " in f" {wanted} "):
            return True
    return False


def date_at(value: date | None, precision: str | None, gold_precision: str) -> str | None:
    if value is None or precision is None:
        return None
    rank = {"day": 0, "month": 1, "year": 2}
    if rank[precision] > rank[gold_precision]:
        return None  # coarser than the gold: not right at the gold precision
    return {"day": value.isoformat(), "month": value.strftime("%Y-%m"), "year": str(value.year)}[gold_precision]


def date_right(event, gold: dict) -> bool:
    if not gold.get("date"):
        return True
    return date_at(event.start_date, event.date_precision, gold["date_precision"]) == gold["date"]


def people_right(event, gold: dict) -> bool:
    names = list(event.participants) + list(event.actors)
    if not gold["participants"] or not names:
        return not gold["participants"] or not names
    return any(participant_hit(p, names) for p in gold["participants"])


def assign(events: list, golds: list[dict], accept, score=None) -> dict[int, int]:
    """One-to-one matching, gold index -> event index: the most constrained gold first, its best candidate."""
    options = {g: [i for i, event in enumerate(events) if accept(event, gold)] for g, gold in enumerate(golds)}
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for gold_index in sorted(options, key=lambda g: (len(options[g]), g)):
        candidates = [i for i in options[gold_index] if i not in used]
        if not candidates:
            continue
        if score is not None:
            candidates.sort(key=lambda i: -score(events[i], golds[gold_index]))
        used.add(candidates[0])
        pairs[gold_index] = candidates[0]
    return pairs


def overlap_score(event, gold: dict) -> int:
    names = list(event.participants) + list(event.actors)
    hits = sum(participant_hit(p, names) for p in gold["participants"])
    dated = bool(gold.get("date")) and event.start_date is not None
    return hits * 2 + (event.event_type == gold["type"]) * 10 + dated * 5


def load_given(seeds: Path) -> dict[str, dict]:
    manifest = seeds / "manifest.csv"
    given: dict[str, dict] = {}
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                given[row["file"]] = {k: v for k, v in row.items() if k != "file" and v}
    return given


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT / "tests" / "data" / "seeds.gold.json"))
    parser.add_argument("--articles", "--seeds", dest="seeds", default=str(ROOT / "seeds"),
                        help="folder of the gold's article files (default: the seeds)")
    parser.add_argument("--registry", default=None,
                        help="registry folder, or 'none' for an empty registry (default: the bundled one)")
    parser.add_argument("-v", "--verbose", action="store_true")
    options = parser.parse_args()

    registry = Registry() if options.registry == "none" else load_registry(options.registry or default_registry_dir())
    gold_articles = json.loads(Path(options.gold).read_text(encoding="utf-8"))
    seeds = Path(options.seeds)
    given_by_file = load_given(seeds) or load_given(ROOT / "seeds")

    totals = {"dated": 0, "found": 0, "found_typed": 0, "extracted": 0, "correct": 0, "roles": 0, "role_ok": 0}
    per_article = []
    for gold_article in gold_articles:
        path = seeds / gold_article["file"]
        doc = SourceDocument(str(path), "txt", path.read_text(encoding="utf-8"),
                             dict(given_by_file.get(gold_article["file"], {})))
        article = extract_article(doc, registry)
        gold_published = gold_article.get("published")
        note = ""
        if gold_published and (article.published_on is None or article.published_on.isoformat() != gold_published):
            note = f"published {article.published_on} ({article.date_precision}) -> gold {gold_published}"
            article.published_on = date.fromisoformat(gold_published)
            article.date_precision = "day"
        people = extract_people(article, registry)
        events = extract_events(article, people, registry)
        golds = gold_article["events"]

        dated = [g for g in golds if g.get("date")]
        typed = assign(events, dated, lambda e, g: e.event_type == g["type"] and date_right(e, g)
                       and people_right(e, g), overlap_score)
        untyped = assign(events, dated, lambda e, g: date_right(e, g) and people_right(e, g), overlap_score)
        judged = assign(events, golds, lambda e, g: e.event_type == g["type"] and date_right(e, g)
                        and people_right(e, g), overlap_score)
        role_ok = sum(events[e].role == golds[g]["role"] for g, e in judged.items())

        totals["dated"] += len(dated)
        totals["found"] += len(untyped)
        totals["found_typed"] += len(typed)
        totals["extracted"] += len(events)
        totals["correct"] += len(judged)
        totals["roles"] += len(judged)
        totals["role_ok"] += role_ok
        per_article.append((gold_article, article, events, judged))
        print(f"{gold_article['file']}: {len(events)} extracted, {len(golds)} gold ({len(dated)} dated); "
              f"dated found {len(untyped)} (typed {len(typed)}); correct {len(judged)}"
              + (f"; {note}" if note else ""))
        if options.verbose:
            matched = {e: g for g, e in judged.items()}
            for index, event in enumerate(events):
                mark = f"= {golds[matched[index]]['name']}" if index in matched else "FALSE"
                print(f"   [{event.event_type}] {event.start_date} {event.date_precision} {event.date_phrase!r} "
                      f"{event.role} P={event.participants} A={event.actors} L={event.location} "
                      f"<{article.body[event.start:event.end]}>  {mark}")
            for gold_index, gold in enumerate(dated):
                if gold_index not in typed:
                    print(f"   MISSED {gold['type']} {gold['date']} {gold['name']}")

    recall = totals["found"] / totals["dated"] if totals["dated"] else 0.0
    recall_typed = totals["found_typed"] / totals["dated"] if totals["dated"] else 0.0
    precision = totals["correct"] / totals["extracted"] if totals["extracted"] else 0.0
    print(f"dated-event recall: {recall:.3f} ({totals['found']}/{totals['dated']})")
    print(f"dated-event recall with type: {recall_typed:.3f} ({totals['found_typed']}/{totals['dated']})")
    print(f"precision: {precision:.3f} ({totals['correct']}/{totals['extracted']})")
    if totals["roles"]:
        print(f"role agreement on matched events: {totals['role_ok'] / totals['roles']:.3f} "
              f"({totals['role_ok']}/{totals['roles']})")

    # Cross-article matching, articles in publication order (undated last).
    order = sorted(per_article, key=lambda item: (item[0].get("published") is None, item[0].get("published") or ""))
    index = EventIndex({entry.name for entry in registry.events})
    next_id = 1
    owner: dict[int, list[tuple[str, dict | None]]] = {}
    merges = []
    for gold_article, article, events, judged in order:
        gold_of = {e: gold_article["events"][g] for g, e in judged.items()}
        # An article's events are matched against the earlier articles' only, then added.
        found_ids = [index.match(event) for event in events]
        for event_index, (event, found) in enumerate(zip(events, found_ids)):
            gold = gold_of.get(event_index)
            if found is None:
                found = next_id
                next_id += 1
                index.add(KnownEvent.from_record(found, event))
                owner[found] = [(gold_article["file"], gold)]
            else:
                merges.append((found, gold_article["file"], event, gold, list(owner[found])))
                owner[found].append((gold_article["file"], gold))
                index.extend(found, event)

    def same_real_event(a: dict | None, b: dict | None) -> bool:
        if a is None or b is None:
            return False
        if a["name"] == b["name"]:
            return True
        return (a["type"] == b["type"] and a.get("date") and a.get("date") == b.get("date")
                and len(set(a["participants"]) & set(b["participants"])) >= 2)

    right = 0
    for found, file, event, gold, earlier in merges:
        ok = any(same_real_event(gold, other) for _, other in earlier)
        right += ok
        if options.verbose or not ok:
            print(f"   merge #{found}: {file} {event.event_type} {event.start_date} -> "
                  f"{[(f, g['name'] if g else None) for f, g in earlier]} {'right' if ok else 'WRONG'}")
    print(f"cross-article merges: {len(merges)} ({right} right, {len(merges) - right} wrong)")

    expected = 0
    achieved = 0
    seen_pairs = set()
    for a_article in per_article:
        for b_article in per_article:
            if a_article[0]["file"] >= b_article[0]["file"]:
                continue
            for a in a_article[0]["events"]:
                for b in b_article[0]["events"]:
                    if same_real_event(a, b) and (a["name"], b["name"]) not in seen_pairs:
                        expected += 1
                        ids = [fid for fid, members in owner.items()
                               if any(g is a for _, g in members) and any(g is b for _, g in members)]
                        achieved += bool(ids)
                        print(f"   gold cross-article event: {a['name']!r} / {b['name']!r}: "
                              f"{'one event' if ids else 'NOT merged'}")
    print(f"gold cross-article identities merged: {achieved}/{expected}")
    def is_2004_visit(gold: dict | None) -> bool:
        return bool(gold) and gold["type"] == "visit" and (gold.get("date") or "").startswith("2004-09")

    visit_ids = [fid for fid, members in owner.items()
                 if len({f for f, g in members if is_2004_visit(g)}) >= 2]
    if any(is_2004_visit(g) for item in gold_articles for g in item["events"]):  # the seeds' own check
        print(f"2004 visit is one event with mentions in both 2004 articles: {'yes' if visit_ids else 'no'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
