"""Check that the event gold (`events.gold.jsonl`) is well-formed and anchored in the article texts.

Stdlib only; run from anywhere: `python3 tests/data/events_gold/validate.py`. It reads the articles from the
project's dev sets (`tests/data/dev/`), checks every field of every event against the guidelines in the README
(enumerations, ISO dates that agree with their precision, byte-exact `trigger` inside `evidence` inside the text,
`date_evidence` in the text, each comma-separated part of a `location` in the text), that each article sits in
the half `scripts/devsets.py` gives it, and prints the counts per source, half, type and status. Exit status 1
and one line per problem when anything is wrong.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from devsets import dev_path, half, read_jsonl  # noqa: E402

GOLD = HERE / "events.gold.jsonl"
ARTICLE_KEYS = {"id", "source", "half", "published", "events"}
EVENT_KEYS = {"name", "type", "status", "date", "date_precision", "date_evidence", "participants", "actors",
              "location", "role", "trigger", "evidence"}
TYPES = {"meeting", "visit", "agreement_signing", "phone_call", "statement", "press_conference", "attack", "war",
         "election", "vote_veto", "diplomatic_relations", "delegation_visit", "other"}
STATUSES = {"occurred", "planned", "cancelled", "denied", "hypothetical"}
ROLES = {"reported", "background"}
DATE_FORMS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def load_articles() -> dict[str, tuple[str, str, str | None]]:
    """id -> (source, text, publication date) for the copied pages (gold body) and PolNeAR (text)."""
    articles = {}
    for item in read_jsonl(dev_path("copied.dev.jsonl")):
        articles[item["id"]] = ("copied", item["gold"]["body"], item["gold"]["date"])
    for item in read_jsonl(dev_path("polnear.dev.jsonl")):
        articles[item["id"]] = ("polnear", item["text"], item["meta"]["publication_date"])
    return articles


def check_event(event: dict, text: str, where: str) -> list[str]:
    problems = []
    if set(event) != EVENT_KEYS:
        return [f"{where}: keys {sorted(set(event) ^ EVENT_KEYS)} missing or unexpected"]
    for key in ("name", "trigger", "evidence"):
        if not isinstance(event[key], str) or not event[key].strip():
            problems.append(f"{where}: {key} must be a non-empty string")
    if problems:
        return problems
    if event["type"] not in TYPES:
        problems.append(f"{where}: type {event['type']!r}")
    if event["status"] not in STATUSES:
        problems.append(f"{where}: status {event['status']!r}")
    if event["role"] not in ROLES:
        problems.append(f"{where}: role {event['role']!r}")
    date, precision, evidence = event["date"], event["date_precision"], event["date_evidence"]
    if date is None:
        if precision is not None or evidence is not None:
            problems.append(f"{where}: an undated event has a precision or date evidence")
    elif precision not in DATE_FORMS or not re.fullmatch(DATE_FORMS[precision], date):
        problems.append(f"{where}: date {date!r} does not match precision {precision!r}")
    elif evidence is None or evidence not in text:
        problems.append(f"{where}: date_evidence {evidence!r} is not in the text")
    for key in ("participants", "actors"):
        names = event[key]
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            problems.append(f"{where}: {key} must be a list of names")
        elif len(set(names)) != len(names):
            problems.append(f"{where}: {key} repeats a name")
    location = event["location"]
    if location is not None:
        missing = [part for part in location.split(", ") if part not in text]
        if not isinstance(location, str) or missing:
            problems.append(f"{where}: location part(s) {missing} not in the text")
    if event["evidence"] not in text:
        problems.append(f"{where}: evidence is not a substring of the text")
    if event["trigger"] not in event["evidence"]:
        problems.append(f"{where}: trigger {event['trigger']!r} is not in its evidence")
    return problems


def main() -> int:
    articles = load_articles()
    problems: list[str] = []
    counts: Counter = Counter()
    seen: set[str] = set()
    for number, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines(), 1):
        gold = json.loads(line)
        where = f"line {number} ({gold.get('id')})"
        if set(gold) != ARTICLE_KEYS:
            problems.append(f"{where}: keys {sorted(set(gold) ^ ARTICLE_KEYS)} missing or unexpected")
            continue
        if gold["id"] in seen:
            problems.append(f"{where}: article listed twice")
        seen.add(gold["id"])
        if gold["id"] not in articles:
            problems.append(f"{where}: no such article in the dev sets")
            continue
        source, text, published = articles[gold["id"]]
        if gold["source"] != source:
            problems.append(f"{where}: source is {source!r}")
        if gold["half"] != half(gold["id"]):
            problems.append(f"{where}: half is {half(gold['id'])!r}")
        if gold["published"] != published:
            problems.append(f"{where}: published is {published!r}")
        names = [event.get("name") for event in gold["events"]]
        if len(set(names)) != len(names):
            problems.append(f"{where}: two events with the same name")
        counts[("articles", source, gold["half"])] += 1
        for index, event in enumerate(gold["events"]):
            problems.extend(check_event(event, text, f"{where} event {index}"))
            counts[("events", source, gold["half"])] += 1
            counts[("type", event.get("type"))] += 1
            counts[("status", event.get("status"))] += 1
            counts[("dated", event.get("date") is not None)] += 1
    for problem in problems:
        print(problem)
    for source in ("copied", "polnear"):
        for part in ("tune", "check"):
            print(f"{source:8} {part:5} articles {counts[('articles', source, part)]:3}"
                  f"  events {counts[('events', source, part)]:4}")
    print("types:   ", ", ".join(f"{k[1]} {v}" for k, v in sorted(counts.items(), key=str) if k[0] == "type"))
    print("statuses:", ", ".join(f"{k[1]} {v}" for k, v in sorted(counts.items(), key=str) if k[0] == "status"))
    print(f"dated events: {counts[('dated', True)]} of {counts[('dated', True)] + counts[('dated', False)]}")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
