"""Check the fresh gold sets against their article files (stdlib only).

Run: python tests/data/fresh/validate.py [SET_FOLDER ...]   (default: this folder; `tests/data/fresh2` checks the
second blind set; exit 1 and one line per problem when anything is wrong)

It checks the gold's own promises, not any extractor: every string the gold takes from an article is a
byte-exact substring of the file; boilerplate entries are whole lines or 30+ character prefixes; the body
the gold implies starts and ends with `body_first_words` / `body_last_words`; every quote speaker is one of
the article's people; direct and partial quotes sit between quotation marks (Q&A answers excepted: they
follow a `Name:` label); quotes come in order of appearance; keys, kinds, types and statuses are the
allowed ones; event dates agree with their precision and actors are among the participants.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

ARTICLE_KEYS = ["file", "outlet", "title", "subtitle", "published", "date_precision", "date_evidence", "byline",
                "authors", "body_first_words", "body_last_words", "boilerplate", "subheadings", "people",
                "boilerplate_people", "quotes", "not_quotes", "events"]
OPTIONAL_ARTICLE_KEYS = ["not_events", "events_annotated", "quotes_annotated"]  # events_annotated: false = events not annotated
PERSON_KEYS = ["name", "surface_forms", "roles", "country"]
QUOTE_KEYS = ["text", "speaker", "speaker_label", "kind", "cue", "pronoun_resolved", "speaker_ref"]
EVENT_KEYS = ["name", "type", "date", "date_precision", "date_evidence", "participants", "location", "role",
              "status", "actors", "trigger"]
KINDS = {"direct", "partial", "indirect"}
REFS = {"name", "role", "pronoun", "continuation", "label"}
TYPES = {"meeting", "visit", "agreement_signing", "phone_call", "statement", "press_conference", "attack", "war",
         "election", "vote_veto", "diplomatic_relations", "delegation_visit", "other"}
STATUSES = {"occurred", "planned", "cancelled", "denied"}
ROLES = {"reported", "background"}
OPEN_MARKS = "\"“‘'«„\x9c\x98"  # \x9c, \x98: the last byte of a curly mark read as Latin-1 (real copied pages)
CLOSE_MARKS = "\"”’'»“\x9d\x99â"  # â: the first byte of a Latin-1-read curly mark
DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def check_article(folder: Path, a: dict, problems: list[str]) -> None:
    name = a.get("file", "?")

    def bad(msg: str) -> None:
        problems.append(f"{folder.name}/{name}: {msg}")

    extra = set(a) - set(ARTICLE_KEYS) - set(OPTIONAL_ARTICLE_KEYS)
    missing = [k for k in ARTICLE_KEYS if k not in a]
    if extra or missing:
        bad(f"keys: extra {sorted(extra)} missing {missing}")
        return
    path = folder / a["file"]
    if not path.exists():
        bad("file missing")
        return
    raw = path.read_bytes()
    text = raw.decode("utf-8")

    def sub(value, what: str) -> None:
        if value is not None and value not in text:
            bad(f"{what} not in file: {value!r}")

    sub(a["outlet"]["evidence"], "outlet.evidence")
    for k in ("title", "subtitle", "date_evidence", "byline", "body_first_words", "body_last_words"):
        sub(a[k], k)
    for au in a["authors"]:
        sub(au, "author")
    if a["published"] is None:
        if a["date_precision"] is not None:
            bad("published null but date_precision set")
    elif not re.fullmatch(DATE_RE.get(a["date_precision"] or "", "x"), a["published"]):
        bad(f"published {a['published']} does not fit precision {a['date_precision']}")

    lines = [ln.strip() for ln in text.splitlines()]
    for b in a["boilerplate"]:
        if not any(ln == b or (len(b) >= 30 and ln.startswith(b)) for ln in lines):
            bad(f"boilerplate is not a line or a 30+ char prefix: {b!r}")

    def excluded(ln: str) -> bool:
        if not ln:
            return True
        if ln in (a["title"], a["subtitle"]):
            return True
        if a["byline"] and a["byline"] in ln and len(ln) <= len(a["byline"]) + 60:
            return True
        if a["date_evidence"] and a["date_evidence"] in ln and len(ln) <= 110:
            return True
        return any(ln == b or (len(b) >= 30 and ln.startswith(b)) for b in a["boilerplate"])

    body_lines = [ln for ln in lines if not excluded(ln)]
    if not body_lines:
        bad("empty body")
        return
    if not body_lines[0].startswith(a["body_first_words"]):
        bad(f"body starts with {body_lines[0][:60]!r}, not body_first_words")
    if not body_lines[-1].endswith(a["body_last_words"]):
        bad(f"body ends with {body_lines[-1][-60:]!r}, not body_last_words")
    body = "\n".join(body_lines)
    for sh in a["subheadings"]:
        if sh not in body_lines:
            bad(f"subheading is not a body line: {sh!r}")

    names = set()
    for group in ("people", "boilerplate_people"):
        for p in a[group]:
            if list(p) != PERSON_KEYS:
                bad(f"{group} keys {list(p)}")
                continue
            if group == "people":
                names.add(p["name"])
            for s in p["surface_forms"]:
                if group == "people" and s not in body:
                    bad(f"surface form not in body: {s!r}")
                sub(s, "surface form")
            for r in p["roles"]:
                sub(r, f"role of {p['name']}")
            if group == "people" and not p["surface_forms"]:
                bad(f"no surface form for {p['name']}")

    pos = 0
    last_by_speaker: dict[str, dict] = {}
    for q in a["quotes"]:
        if list(q) != QUOTE_KEYS:
            bad(f"quote keys {list(q)}")
            continue
        t = q["text"]
        if (q["speaker"] is None) == (q["speaker_label"] is None):
            bad(f"quote needs exactly one of speaker/speaker_label: {t[:50]!r}")
        if q["speaker"] is not None and q["speaker"] not in names:
            bad(f"speaker {q['speaker']!r} not in people")
        if q["kind"] not in KINDS:
            bad(f"kind {q['kind']!r}")
        if q["speaker_ref"] not in REFS:
            bad(f"speaker_ref {q['speaker_ref']!r}")
        if q["speaker_label"] is not None and q["speaker_ref"] not in ("label", "pronoun", "continuation"):
            bad(f"labelled speaker with speaker_ref {q['speaker_ref']!r}: {t[:50]!r}")
        if q["speaker"] is not None and q["speaker_ref"] == "label":
            bad(f"named speaker with speaker_ref label: {t[:50]!r}")
        if q["speaker_ref"] in ("role", "pronoun") and not q["pronoun_resolved"]:
            bad(f"speaker_ref {q['speaker_ref']} but pronoun_resolved false: {t[:50]!r}")
        if q["speaker_ref"] == "name" and q["pronoun_resolved"]:
            bad(f"speaker_ref name but pronoun_resolved true: {t[:50]!r}")
        if q["kind"] == "indirect" and q["speaker"] is None:
            bad(f"indirect quote of an unnamed speaker: {t[:50]!r}")
        key = q["speaker"] or q["speaker_label"]
        if q["speaker_ref"] == "continuation":
            prev = last_by_speaker.get(key)
            if prev is None:
                bad(f"continuation without an earlier quote of {key!r}: {t[:50]!r}")
            elif (prev["cue"], prev["pronoun_resolved"]) != (q["cue"], q["pronoun_resolved"]):
                bad(f"continuation does not repeat cue/pronoun_resolved of {key!r}: {t[:50]!r}")
        last_by_speaker[key] = q
        sub(q["cue"], "cue")
        sub(q["speaker_label"], "speaker_label")
        i = body.find(t, pos)
        if i < 0:
            i = body.find(t)
            if i < 0:
                bad(f"quote text not in body: {t[:60]!r}")
                continue
            bad(f"quote out of order: {t[:60]!r}")
        else:
            pos = i
        if q["kind"] in ("direct", "partial"):
            before = body[i - 1] if i > 0 else "\n"
            after = body[i + len(t)] if i + len(t) < len(body) else "\n"
            opened = before in OPEN_MARKS
            closed = after in CLOSE_MARKS or after == "\n"
            qa_answer = before == " " and re.search(r"(^|\n)[^\n:]{1,40}: $", body[max(0, i - 42):i])
            para_start = before == "\n"
            if not (opened and closed) and not qa_answer and not (para_start and q["cue"] is None):
                bad(f"{q['kind']} quote not between marks: {before!r}…{after!r} {t[:50]!r}")

    for nq in a["not_quotes"]:
        sub(nq, "not_quote")
        if nq in text and not any(text[m.start() - 1] in OPEN_MARKS
                                  for m in re.finditer(re.escape(nq), text) if m.start()):
            bad(f"not_quote is not in quotation marks: {nq!r}")

    seen = set()
    for e in a["events"]:
        if list(e) != EVENT_KEYS:
            bad(f"event keys {list(e)}")
            continue
        if e["type"] not in TYPES:
            bad(f"event type {e['type']!r}")
        if e["status"] not in STATUSES:
            bad(f"event status {e['status']!r}")
        if e["role"] not in ROLES:
            bad(f"event role {e['role']!r}")
        if e["date"] is None:
            if e["date_precision"] is not None or e["date_evidence"] is not None:
                bad(f"undated event with precision/evidence: {e['name']}")
        elif not re.fullmatch(DATE_RE.get(e["date_precision"] or "", "x"), e["date"]):
            bad(f"event date {e['date']} does not fit precision {e['date_precision']}: {e['name']}")
        sub(e["date_evidence"], "event date_evidence")
        sub(e["trigger"], "event trigger")
        if not e["trigger"]:
            bad(f"event without trigger: {e['name']}")
        for act in e["actors"]:
            if act not in e["participants"]:
                bad(f"actor {act!r} not among participants: {e['name']}")
            if act in names:
                bad(f"actor {act!r} is a person: {e['name']}")
        if e["name"] in seen:
            bad(f"event twice: {e['name']}")
        seen.add(e["name"])
    for ne in a.get("not_events", []):
        if list(ne) != ["trigger", "reason"]:
            bad(f"not_event keys {list(ne)}")
        else:
            sub(ne["trigger"], "not_event trigger")


def main(sets: list[str]) -> int:
    problems: list[str] = []
    count = 0
    roots = [Path(name) for name in sets] or [HERE]
    for folder in (root / half for root in roots for half in ("tune", "check")):
        gold = json.loads((folder / "fresh.gold.json").read_text(encoding="utf-8"))
        files = sorted(p.name for p in folder.glob("*.txt"))
        if sorted(a["file"] for a in gold) != files:
            problems.append(f"{folder.name}: gold files {sorted(a['file'] for a in gold)} != {files}")
        for a in gold:
            check_article(folder, a, problems)
            count += 1
        manifest = folder / "manifest.csv"
        if manifest.exists():
            with manifest.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    if row["file"] not in files:
                        problems.append(f"{folder.name}/manifest.csv: unknown file {row['file']}")
                    if not row.get("url", "").startswith("https://"):
                        problems.append(f"{folder.name}/manifest.csv: bad url for {row['file']}")
    for p in problems:
        print(p)
    print(f"{count} articles, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
