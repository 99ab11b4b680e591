"""Evaluate the events step against every event gold set, per half and per field (issue 15's measures).

Sets (each article runs through the real article, people and events steps, as `ingest` would):
- `seeds`: the seed articles and their gold events (`tests/data/seeds.gold.json`), tuned on;
- `synthetic`: `tests/data/synthetic/` (seeds' format), tuned on;
- `fresh`: `tests/data/fresh/{tune,check}/` (seeds' format plus `status`, `actors`, `trigger`, `not_events`);
- `fresh2`: `tests/data/fresh2/{tune,check}/`, a second blind set in `fresh`'s format;
- `events_gold`: `tests/data/events_gold/events.gold.jsonl`, 40 dev articles with `half` (copied pages run from
  the copied `text` with their URL; PolNeAR texts as the body, with their publication date and publisher);
- `probes` (only with `--probes` or `--sets probes`): `tests/data/probes/events/probes.jsonl`, 60 made-up
  paragraphs written blind (even ids tune, odd ids check), each the body of an article of its `published` date.
When the article step misses the gold publication date, the gold one is used (reported), as events are measured.

First the seeds block exactly as before (the `legacy` figures): dated-event recall with and without type,
precision, role agreement and cross-article merges. Then one summary block per set and half:

(a) stored events: the share that are real (match a gold event, first matches and duplicates alike) and the
    share of stored `occurred` events that match a gold `occurred` one; stored events on a gold `not_events`
    trigger are counted too.
(b) fields of each matched pair (gold event and the stored event first matched to it): type; date (only for
    dated gold: the stored date equal at the gold precision, with that precision); status (gold `hypothetical`
    is right when the stored status is not `occurred`: the database has no such status); participants (the
    named people: right when the two sets are equal under name matching); actors (countries and organisations
    through the gazetteer: equal sets); location (right when both are empty, or the stored place is one part of
    the gold "Venue, City" or the country that holds it); name acceptable (a PROXY, see `name_problems`).
(c) dated-event recall: gold `occurred` events with a date, found by a matched stored event with that date and
    precision (planned ones with a date are shown beside it).
(d) duplicates: gold events matched by two or more stored events of one article, and those extra events.

Matching. With a gold `evidence` sentence (events_gold) or a `trigger` located in the body (fresh: the
trigger's occurrences whose sentence holds its `date_evidence`, else all its occurrences), a stored event is a
candidate for a gold event of its article when its mention span overlaps that sentence, or when it has the
gold type and the gold date (at the gold precision). Pairs are taken best first (the span on the trigger
itself, then in the sentence, then same type, same date, shared parties), one to one; a stored event left over
whose candidate is already taken is a duplicate of it only on evidence that it is the same event (round
eventsE, one to one by evidence: it sits on the gold's trigger; or it has the gold's type and a shared party and
no date a week off; or the gold's type, date and place), and is not real otherwise (before,
any left-over of the gold's type in its sentence or with its date was a duplicate, and real). Without evidence (seeds, synthetic) the legacy rule matches: same type, date right when the
gold has one, a shared participant when both name any; a left-over stored event is a duplicate when it passes
that rule for a taken gold event and shares its date or a party. Actors in the seeds' format are derived: the
gold participants that are not among the gold's people.

`--errors` lists, for tune halves only, every stored event with its match and field errors and every gold event
left unmatched: the material of an error study. Check halves are only ever summed.
Usage: .venv/bin/python scripts/eval_events.py [--sets seeds,synthetic,fresh,fresh2,events_gold] [--probes] [--errors]
       [--gold PATH --articles DIR] [--registry DIR|none] [-v]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from devsets import blind_sets, dev_path, read_jsonl  # noqa: E402
from loaders.extract.article import extract_article  # noqa: E402
from loaders.extract.eventmatch import EventIndex, KnownEvent  # noqa: E402
from loaders.extract.events import extract_events  # noqa: E402
from loaders.extract.gazetteer import country_of_demonym, find_places_and_organisations  # noqa: E402
from loaders.extract.people import extract_people  # noqa: E402
from loaders.records import ArticleRecord, EventRecord, SourceDocument  # noqa: E402
from loaders.registry import Registry, default_registry_dir, load_registry  # noqa: E402

DATA = ROOT / "tests" / "data"
BLIND_SETS = tuple(blind_sets())
ALL_SETS = ("seeds", "synthetic", *BLIND_SETS, "events_gold")


# --- names -------------------------------------------------------------------------------------------------

def key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^\w]+", " ", folded).strip()


_NAME_STOP = {"the", "of", "and", "a", "an", "mr", "mrs", "ms", "dr", "de", "del", "la", "le", "al", "el", "s"}


def _tokens(name: str) -> set[str]:
    return {token for token in key(name).split() if token not in _NAME_STOP}


def same_name(a: str, b: str) -> bool:
    """Two writings of one name: equal keys, or one's words inside the other's ('Trump' / 'Donald Trump')."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb and (ta <= tb or tb <= ta))


def participant_hit(gold_name: str, names: list[str]) -> bool:
    wanted = key(gold_name)
    for name in names:
        have = key(name)
        if have and (wanted == have or f" {wanted} " in f" {have} " or f" {have} " in f" {wanted} "):
            return True
    return False


def canonical_party(name: str) -> str:
    """A country or organisation as the gazetteer names it ('U.S.', 'Washington' -> 'United States')."""
    text = re.sub(r"^(?:the|The)\s+", "", name.strip())
    # a state's government by its demonym is that state as a party ("Greek government" = Greece)
    government = re.fullmatch(r"([A-Z][\w-]+)\s+[Gg]overnment", text)
    if government and (state := country_of_demonym(government.group(1))):
        return state
    hits = find_places_and_organisations(text)
    if len(hits) == 1 and hits[0].end - hits[0].start >= len(text) - 2:
        hit = hits[0]
        return hit.canonical if hit.kind in ("organisation", "ministry") else (hit.country or hit.canonical)
    return text


# "King Abdullah University of Science and Technology (KAUST)", "Namibia Power Corporation (NamPower)": a name the
# article itself defines for a body is that body (its capitals, in order, are the initials of the body's words).
_DEFINED_ALIAS = re.compile(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|and|for|the|de|du|la)\s+)*){1,9}[A-Z][\w’'&.-]*)\s+\(([A-Z][A-Za-z&]{1,11})\)")


def defined_aliases(body: str) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for match in _DEFINED_ALIAS.finditer(body):
        name, alias = match.group(1), match.group(2)
        capitals = "".join(ch for ch in alias if ch.isupper())
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        if len(capitals) >= 2 and (initials.startswith(capitals) or initials.endswith(capitals)
                                   or any(initials[i:].startswith(capitals) for i in range(len(initials)))):
            aliases[key(alias)] = canonical_party(name)
    return aliases


def place_country(name: str) -> str | None:
    hits = find_places_and_organisations(name)
    if len(hits) == 1 and hits[0].kind in ("country", "capital", "region") and (
            hits[0].end - hits[0].start >= len(name) - 2):
        return hits[0].country or hits[0].canonical
    return None


def same_set(stored: list[str], gold: list[str], canon=lambda n: n) -> bool:
    """Whether every stored name is a gold one and every gold name is stored, under `same_name` after `canon`."""
    have = [canon(n) for n in stored]
    want = [canon(n) for n in gold]
    return all(any(same_name(h, w) for w in want) for h in have) and all(any(same_name(w, h) for h in have)
                                                                          for w in want)


# --- dates -------------------------------------------------------------------------------------------------

def date_at(value: date | None, precision: str | None, gold_precision: str) -> str | None:
    if value is None or precision is None:
        return None
    rank = {"day": 0, "month": 1, "year": 2}
    if rank[precision] > rank[gold_precision]:
        return None  # coarser than the gold: not right at the gold precision
    return {"day": value.isoformat(), "month": value.strftime("%Y-%m"), "year": str(value.year)}[gold_precision]


def date_right(event, gold: dict) -> bool:
    """Legacy: right (or unchecked) at the gold precision, a finer stored precision allowed."""
    if not gold.get("date"):
        return True
    return date_at(event.start_date, event.date_precision, gold["date_precision"]) == gold["date"]


def date_exact(event, gold: dict) -> bool:
    """The gold date, at the gold precision and with that precision (issue 15: 'with that date and its precision')."""
    return bool(gold.get("date")) and event.date_precision == gold["date_precision"] and date_right(event, gold)


def people_right(event, gold: dict) -> bool:
    names = list(event.participants) + list(event.actors)
    if not gold["participants"] or not names:
        return not gold["participants"] or not names
    return any(participant_hit(p, names) for p in gold["participants"])


# --- the name proxy ----------------------------------------------------------------------------------------

_TYPE_WORDS = {
    "meeting": {"meeting", "talks", "summit", "met", "meet"}, "visit": {"visit", "trip", "tour"},
    "agreement_signing": {"agreement", "signing", "deal", "accord", "treaty", "memorandum", "contract"},
    "phone_call": {"call", "phone"}, "statement": {"statement", "announcement", "remarks", "speech"},
    "press_conference": {"conference", "briefing"}, "attack": {"attack", "bombing", "strike", "siege"},
    "war": {"war", "invasion", "offensive"}, "election": {"election", "vote", "primary", "referendum"},
    "vote_veto": {"vote", "veto", "passage"}, "diplomatic_relations": {"relations", "ties"},
    "delegation_visit": {"delegation", "visit"}, "other": set(),
}
# A name headed by a verb phrase with no subject ("took office of X", "inaugurate of X", "signed", "ruled last
# November that of X"), a clause ("lawsuit was brought") or the bare label "vote veto": not a name a person writes.
_VERBS = {"take", "took", "taken", "takes", "taking", "sworn", "swear", "go", "went", "goes", "come", "came", "comes",
          "lay", "laid", "lays", "strike", "struck", "strikes", "bring", "brought", "brings", "seize", "seizes",
          "stay", "stays", "win", "won", "wins", "begin", "began", "make", "made", "hold", "held", "meet", "met",
          "lead", "led", "run", "ran", "send", "sent", "tell", "told", "say", "said", "speak", "spoke", "file",
          "files", "rule", "rules", "launch", "launches", "sign", "signs", "open", "opens", "walk", "walks", "appeal",
          "appeals", "assume", "assumes", "block", "blocks", "inaugurate", "inaugurates", "resign", "resigns"}
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|has|have|had|been|be)\b", re.I)


def verb_headed(head: str) -> bool:
    """Whether a name's head (before 'of') is a verb phrase or clause; a capitalised start is a subject or a
    proper name ('Yildirim takes office', 'Six-Day War') and passes."""
    if head[:1].isupper():
        return False
    words = re.findall(r"[\w’'-]+", head.lower())
    while words and words[0].endswith("ly") and len(words) > 1:
        words = words[1:]  # "temporarily blocked ..."
    if not words:
        return False
    first = words[0]
    if " ".join(words[:2]) == "vote veto" or _AUXILIARY.search(head):
        return True
    return (first.endswith("ed") or first in _VERBS) or (first.endswith("ing") and len(words) > 1
                                                          and first not in ("meeting", "briefing", "signing"))


_DATE_TAIL = re.compile(r"\s*\((?:\d{4}(?:-\d{2}){0,2})\)\s*$")
_CONTENT = re.compile(r"[A-Za-z][\w’'-]{2,}")
_SMALL = {"the", "and", "for", "with", "from", "into", "between", "over", "after", "its", "his", "her", "their"}


def _stem(word: str) -> str:
    return key(word)[:5]


def name_problems(name: str, gold: dict, trigger: str | None = None) -> list[str]:
    """Why a stored name would not be acceptable; empty when it passes. A PROXY for a reader's judgement:
    - place: an 'in X' that is not the event's place (X must be a part, or the country, of the gold location);
    - repeated: a content word twice ('visit of Freedonia in Freedonia');
    - head: neither the type's word nor the trigger's or gold name's head words in it (it names something else);
    - grammar: a subjectless verb phrase or a clause as the head ('took office of X', 'signed', 'lawsuit was
      brought', 'vote veto of X');
    - parties: a named party (after 'of', split at commas and 'and'; or before the noun: "A–B meeting",
      "X's visit") that is not a gold participant or actor."""
    problems = []
    text = _DATE_TAIL.sub("", name).strip()
    place = None
    where = re.search(r"\s+in\s+(?=[A-Z\d])(.+)$", text)
    if where:
        place, text = where.group(1), text[:where.start()]
        parts = [p.strip() for p in (gold.get("location") or "").split(",") if p.strip()]
        if not any(same_name(place, p) or place_country(p) == canonical_party(place) for p in parts):
            problems.append("place")
    words = [w.lower() for w in _CONTENT.findall(_DATE_TAIL.sub("", name)) if w.lower() not in _SMALL]
    if any(count > 1 for count in Counter(words).values()):
        problems.append("repeated")
    head, _, who = text.partition(" of ")
    stems = {_stem(w) for w in _CONTENT.findall(text)}
    wanted = {_stem(w) for w in _TYPE_WORDS.get(gold["type"], set())}
    wanted |= {_stem(w) for w in _CONTENT.findall(trigger or "")}
    wanted |= {_stem(w) for w in _CONTENT.findall(gold.get("name") or "") if w[0].islower() and w not in _SMALL}
    if not stems & wanted:
        problems.append("head")
    if verb_headed(head):
        problems.append("grammar")
    if not who:
        # parties written before the noun: "Kowal–Ezra meeting", "Ezra's visit to Warsaw", "Havtind Energy statement"
        possessor = re.match(r"^(.+?)['’]s?\s+(?:[a-z][\w-]*\s*)+(?:\s+to\s+.*)?$", text)
        if possessor:
            who = possessor.group(1)
        elif "–" in text:
            who = re.sub(r"(?:\s+[a-z][\w-]*)+$", "", text).replace("–", ", ")
    if who:
        parties = [p.strip() for p in re.split(r",\s*|\s+and\s+", who) if p.strip()]
        known = list(gold["persons"]) + list(gold["actors"]) + list(gold.get("participants_raw") or [])
        for party in parties:
            if not any(same_name(canonical_party(party), canonical_party(k)) for k in known):
                problems.append("parties")
                break
    return problems


# --- gold, articles and cases ------------------------------------------------------------------------------

@dataclass
class Case:
    set: str
    half: str
    id: str
    article: ArticleRecord
    events: list[EventRecord]
    golds: list[dict]
    not_events: list[tuple[int, int, str]] = field(default_factory=list)
    with_evidence: bool = False
    note: str = ""


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n")


def sentence_around(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding body[start:end]: a plain splitter, not the extractor's."""
    left = 0
    for match in _SENTENCE_END.finditer(body, max(0, start - 1500), start):
        left = match.end()
    right_match = _SENTENCE_END.search(body, end)
    return left, (right_match.start() + 1 if right_match else len(body))


def find_loose(body: str, text: str) -> tuple[int, int] | None:
    """`text` in `body`, spacing and quote marks ignored."""
    at = body.find(text)
    if at >= 0:
        return at, at + len(text)
    words = re.findall(r"\w+", text)
    if not words:
        return None
    pattern = r"\W+".join(re.escape(w) for w in words)
    match = re.search(pattern, body)
    return match.span() if match else None


def locate(gold: dict, body: str) -> None:
    """Fill `spans` (evidence sentences) and `trigger_spans` of a gold event in this body."""
    gold["spans"], gold["trigger_spans"] = [], []
    trigger = gold.get("trigger")
    if gold.get("evidence"):
        span = find_loose(body, gold["evidence"])
        if span:
            gold["spans"].append(span)
            inner = find_loose(body[span[0]:span[1]], trigger) if trigger else None
            if inner:
                gold["trigger_spans"].append((span[0] + inner[0], span[0] + inner[1]))
        return
    if not trigger:
        return
    occurrences = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", body)]
    if len(occurrences) > 1:
        # a bare trigger word written more than once: the occurrences whose sentence names a detail of the event
        # (its place, a party, its date evidence), when that tells one occurrence from the others
        details = [d for d in [gold.get("location"), gold.get("date_evidence")] + list(gold.get("actors") or [])
                   + list(gold.get("persons") or []) if d]
        naming = [o for o in occurrences if any(
            find_loose(body[slice(*sentence_around(body, *o))], detail) for detail in details)]
        if naming and len(naming) < len(occurrences):
            occurrences = naming
    for occurrence in occurrences:
        gold["spans"].append(sentence_around(body, *occurrence))
        gold["trigger_spans"].append(occurrence)


def split_parties(gold: dict, people: list[dict] | None) -> dict:
    """Normalise a gold event: `persons` (named people) and `actors` (countries, organisations)."""
    gold = dict(gold)
    gold.setdefault("status", None)
    gold["participants_raw"] = list(gold.get("participants") or [])
    if "actors" in gold and people is None:  # events_gold: participants are people already
        gold["persons"] = list(gold["participants"])
    elif "actors" in gold and people:  # fresh: the participants that are the gold's people are its persons;
        # a country or body listed among the participants but not among the actors is an actor all the same
        # (scoring it as a person made a stored actor wrong twice: once as a missing person, once as an extra actor)
        names = [n for person in people for n in [person["name"], *person.get("surface_forms", [])]]
        gold["persons"] = [p for p in gold["participants"] if p not in gold["actors"]
                           and any(same_name(p, n) for n in names)]
        gold["actors"] = list(gold["actors"]) + [p for p in gold["participants"] if p not in gold["actors"]
                                                 and p not in gold["persons"]]
    elif "actors" in gold:  # fresh without a people list: actors are the non-person subset of participants
        gold["persons"] = [p for p in gold["participants"] if p not in gold["actors"]]
    else:  # seeds' format: people are the gold people, the rest are actors (derived)
        names = [n for person in (people or []) for n in [person["name"], *person.get("surface_forms", [])]]
        gold["persons"] = [p for p in gold["participants"] if any(same_name(p, n) for n in names)]
        gold["actors"] = [p for p in gold["participants"] if p not in gold["persons"]]
        gold["derived_actors"] = True
        gold["person_countries"] = [person["country"] for person in (people or []) if person.get("country")
                                    and any(same_name(p, person["name"]) for p in gold["persons"])]
    return gold


def load_given(folder: Path) -> dict[str, dict]:
    manifest = folder / "manifest.csv"
    given: dict[str, dict] = {}
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                given[row["file"]] = {k: v for k, v in row.items() if k != "file" and v}
    return given


def _fix_published(article: ArticleRecord, gold_published: str | None) -> str:
    """Give the article the gold publication date; a gold month or year ("2026-11", "2026") keeps its precision."""
    if not gold_published:
        return ""
    parts = [int(part) for part in gold_published.split("-")]
    precision = {1: "year", 2: "month", 3: "day"}[len(parts)]
    wanted = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if article.published_on == wanted and (article.date_precision or "day") == precision:
        return ""
    note = f"published {article.published_on} ({article.date_precision}) -> gold {gold_published}"
    article.published_on = wanted
    article.date_precision = precision
    return note


def _run(article: ArticleRecord, registry: Registry) -> list[EventRecord]:
    people = extract_people(article, registry)
    return extract_events(article, people, registry)


def seeds_format_cases(set_name: str, half_name: str, gold_path: Path, folder: Path, registry: Registry
                       ) -> list[Case]:
    gold_articles = json.loads(gold_path.read_text(encoding="utf-8"))
    given_by_file = load_given(folder) or load_given(ROOT / "seeds")
    cases = []
    for item in gold_articles:
        if item.get("events_annotated") is False:  # a set annotated for people and quotes only (freshreal)
            continue
        path = folder / item["file"]
        doc = SourceDocument(str(path), "txt", path.read_text(encoding="utf-8"),
                             dict(given_by_file.get(item["file"], {})))
        article = extract_article(doc, registry)
        note = _fix_published(article, item.get("published"))
        events = _run(article, registry)
        has_trigger = any("trigger" in g for g in item["events"])
        people = [*(item.get("people") or []), *(item.get("boilerplate_people") or []),
                  *({"name": a} for a in item.get("authors") or [] if isinstance(a, str))]
        golds = [split_parties(g, people) for g in item["events"]]
        aliases = defined_aliases(article.body)
        for gold in golds:
            gold["aliases"] = aliases
        case = Case(set_name, half_name, item["file"], article, events, golds, with_evidence=has_trigger, note=note)
        if has_trigger:
            for gold in golds:
                locate(gold, article.body)
        for entry in item.get("not_events") or []:
            for match in re.finditer(r"(?<!\w)" + re.escape(entry["trigger"]) + r"(?!\w)", article.body):
                case.not_events.append((match.start(), match.end(), entry.get("reason", "")))
        cases.append(case)
    return cases


def events_gold_cases(registry: Registry) -> list[Case]:
    copied = {row["id"]: row for row in read_jsonl(dev_path("copied.dev.jsonl"))}
    polnear = {row["id"]: row for row in read_jsonl(dev_path("polnear.dev.jsonl"))}
    cases = []
    for item in read_jsonl(DATA / "events_gold" / "events.gold.jsonl"):
        if item["source"] == "copied":
            row = copied[item["id"]]
            doc = SourceDocument(item["id"] + ".txt", "txt", row["text"], {"url": row["url"]} if row.get("url") else {})
            article = extract_article(doc, registry)
        else:
            row = polnear[item["id"]]
            meta = row.get("meta") or {}
            published = date.fromisoformat(meta["publication_date"]) if meta.get("publication_date") else None
            article = ArticleRecord(source_path=item["id"], source_format="json", raw_text=row["text"],
                                    body=row["text"], outlet_name=meta.get("publisher"), published_on=published,
                                    date_precision="day" if published else None)
        note = _fix_published(article, item.get("published"))
        events = _run(article, registry)
        golds = [split_parties(g, None) for g in item["events"]]
        for gold in golds:
            locate(gold, article.body)
        cases.append(Case("events_gold", item["half"], item["id"], article, events, golds, with_evidence=True,
                          note=note))
    return cases


def probe_cases(registry: Registry, path: Path | None = None) -> list[Case]:
    """The blind probes: each paragraph is the body of an article published on its `published` date."""
    cases = []
    for item in read_jsonl(path or DATA / "probes" / "events" / "probes.jsonl"):
        published = date.fromisoformat(item["published"])
        article = ArticleRecord(source_path=f"probe-{item['id']}", source_format="txt", raw_text=item["text"],
                                body=item["text"], published_on=published, date_precision="day")
        events = _run(article, registry)
        golds = [split_parties(g, None) for g in item["events"]]
        for gold in golds:
            locate(gold, article.body)
        case = Case("probes", "tune" if item["id"] % 2 == 0 else "check", f"probe-{item['id']}", article, events,
                    golds, with_evidence=True)
        for entry in item.get("not_events") or []:
            for match in re.finditer(r"(?<!\w)" + re.escape(entry["trigger"]) + r"(?!\w)", article.body):
                case.not_events.append((match.start(), match.end(), entry.get("reason", "")))
        cases.append(case)
    return cases


# --- matching ----------------------------------------------------------------------------------------------

def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _parties(event: EventRecord) -> list[str]:
    return list(event.participants) + list(event.actors)


def _shared_parties(event: EventRecord, gold: dict) -> int:
    have = [canonical_party(n) for n in _parties(event)]
    return sum(any(same_name(canonical_party(g), h) for h in have) for g in gold["persons"] + gold["actors"])


def _pair_score(event: EventRecord, gold: dict) -> int | None:
    on_trigger = _overlaps(event.start, event.end, gold.get("trigger_spans", []))
    in_sentence = _overlaps(event.start, event.end, gold.get("spans", []))
    same_type = event.event_type == gold["type"]
    same_date = bool(gold.get("date")) and date_right(event, gold) and event.start_date is not None
    # A later mention may carry a nearby day (the end of a multi-day meeting): only a date a week off excludes it.
    other_date = (bool(gold.get("date")) and event.start_date is not None and not same_date
                  and abs((event.start_date - date.fromisoformat(_first_day(gold))).days) > 7)
    shared = _shared_parties(event, gold)
    if not (in_sentence or (same_type and same_date) or (same_type and shared and not other_date)):
        return None
    return 100 * on_trigger + 50 * in_sentence + 20 * same_type + 10 * same_date + 3 * shared


def _same_event_evidence(event: EventRecord, gold: dict) -> bool:
    """Whether a left-over stored event is a second row of a taken gold event, by evidence: it sits on the gold's
    trigger; or it has the gold's type and shares a party with it, with no date a week off the gold's; or it has
    the gold's type, carries its date and is at its place. Another act of the
    gold's sentence (other words, no shared party), or another event of the same type and day with no party or
    place in common, is no duplicate (and no real event either)."""
    if _overlaps(event.start, event.end, gold.get("trigger_spans", [])):
        return True
    if event.event_type != gold["type"]:
        return False
    same_date = bool(gold.get("date")) and event.start_date is not None and date_right(event, gold)
    other_date = (bool(gold.get("date")) and event.start_date is not None and not same_date
                  and abs((event.start_date - date.fromisoformat(_first_day(gold))).days) > 7)
    if _shared_parties(event, gold) and not other_date:
        return True
    return same_date and bool(event.location) and location_right(event, gold)


def _first_day(gold: dict) -> str:
    return {"day": gold["date"], "month": gold["date"] + "-01", "year": gold["date"] + "-01-01"}[gold["date_precision"]]


@dataclass
class Matching:
    primary: dict[int, int]  # gold index -> stored index
    duplicates: dict[int, int]  # stored index -> gold index (a second stored event of a taken gold event)
    by_party: int = 0  # first matches made only by type and a shared party (outside the sentence, no date)


def match_case(case: Case) -> Matching:
    events, golds = case.events, case.golds
    if case.with_evidence:
        pairs = []
        for e, event in enumerate(events):
            for g, gold in enumerate(golds):
                score = _pair_score(event, gold)
                if score is not None:
                    pairs.append((score, e, g))
        primary: dict[int, int] = {}
        taken: set[int] = set()
        for score, e, g in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            if e in taken or g in primary:
                continue
            primary[g] = e
            taken.add(e)
        duplicates = {}
        for score, e, g in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            if e in taken or e in duplicates:
                continue
            event, gold = events[e], golds[g]
            if _same_event_evidence(event, gold):
                duplicates[e] = g
        by_party = sum(1 for g, e in primary.items() if not _overlaps(events[e].start, events[e].end,
                                                                      golds[g].get("spans", []))
                       and not (golds[g].get("date") and date_right(events[e], golds[g])))
        return Matching(primary, duplicates, by_party)
    accept = lambda e, g: e.event_type == g["type"] and date_right(e, g) and people_right(e, g)  # noqa: E731
    primary = assign(events, golds, accept, overlap_score)
    taken = set(primary.values())
    duplicates = {}
    for e, event in enumerate(events):
        if e in taken:
            continue
        for g in primary:
            gold = golds[g]
            shared = _shared_parties(event, gold) or (gold.get("date") and event.start_date is not None)
            if accept(event, gold) and shared:
                duplicates[e] = g
                break
    return Matching(primary, duplicates)


def assign(events: list, golds: list[dict], accept, score=None) -> dict[int, int]:
    """One-to-one matching, gold index -> event index: the most constrained gold first (a dated gold before an
    undated one with as many candidates: its date makes it the more specific), its best candidate."""
    options = {g: [i for i, event in enumerate(events) if accept(event, gold)] for g, gold in enumerate(golds)}
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for gold_index in sorted(options, key=lambda g: (len(options[g]), not golds[g].get("date"), g)):
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


# --- field scores ------------------------------------------------------------------------------------------

def status_right(event: EventRecord, gold: dict) -> bool:
    if gold["status"] == "hypothetical":
        return event.status != "occurred"
    return event.status == gold["status"]


def location_right(event: EventRecord, gold: dict) -> bool:
    stored, wanted = event.location, gold.get("location")
    if not stored or not wanted:
        return not stored and not wanted
    parts = [p.strip() for p in wanted.split(",") if p.strip()]
    if any(same_name(stored, part) for part in parts):
        return True
    hits = find_places_and_organisations(stored)
    if not (len(hits) == 1 and hits[0].kind == "country" and hits[0].end - hits[0].start >= len(stored) - 2):
        return False
    return any(place_country(part) == hits[0].canonical for part in parts)  # the country holding the place


def actors_right(event: EventRecord, gold: dict) -> bool:
    aliases = gold.get("aliases") or {}
    if not gold.get("derived_actors"):
        return same_set(event.actors, gold["actors"],
                        lambda n: aliases.get(key(n)) or aliases.get(key(canonical_party(n))) or canonical_party(n))
    # Seeds' format: no actor list; every stored actor must be a gold participant or a gold person's country,
    # and one of the gold's non-person participants must be there when it has any.
    allowed = [canonical_party(n) for n in gold["actors"] + gold.get("person_countries", [])]
    have = [canonical_party(n) for n in event.actors]
    if not all(any(same_name(h, a) for a in allowed) for h in have):
        return False
    return not gold["actors"] or any(same_name(canonical_party(g), h) for g in gold["actors"] for h in have)


def field_errors(event: EventRecord, gold: dict) -> dict[str, bool | None]:
    """Field -> right (True/False), or None when the gold does not judge it."""
    participants = same_set(event.participants, gold["persons"])
    actors = actors_right(event, gold)
    return {
        "type": event.event_type == gold["type"],
        "date": date_exact(event, gold) if gold.get("date") else None,
        "status": status_right(event, gold) if gold.get("status") else None,
        "participants": participants,
        "actors": actors,
        "location": location_right(event, gold),
        "name": not name_problems(event.name, gold, gold.get("trigger")),
    }


FIELDS = ("type", "date", "status", "participants", "actors", "location", "name")


def score_cases(cases: list[Case]) -> tuple[Counter, dict]:
    totals: Counter = Counter()
    details = {}
    for case in cases:
        matching = match_case(case)
        details[case.id] = matching
        of_event = {e: g for g, e in matching.primary.items()} | matching.duplicates
        totals["articles"] += 1
        totals["gold"] += len(case.golds)
        totals["stored"] += len(case.events)
        totals["real"] += len(of_event)
        totals["matched"] += len(matching.primary)
        totals["by_party"] += matching.by_party
        totals["extra"] += len(matching.duplicates)
        totals["dup_gold"] += len(set(matching.duplicates.values()))
        for e, event in enumerate(case.events):
            if event.status == "occurred":
                totals["stored_occurred"] += 1
                gold = case.golds[of_event[e]] if e in of_event else None
                if gold is not None and (gold.get("status") or "occurred") == "occurred":
                    totals["occurred_real"] += 1
            if _overlaps(event.start, event.end, [(a, b) for a, b, _ in case.not_events]):
                totals["on_not_event"] += 1
        for g, e in matching.primary.items():
            for name, right in field_errors(case.events[e], case.golds[g]).items():
                if right is not None:
                    totals[f"{name}_n"] += 1
                    totals[f"{name}_ok"] += bool(right)
        for g, gold in enumerate(case.golds):
            status = gold.get("status") or "occurred"
            totals[f"gold_{status}"] += 1
            totals[f"found_{status}"] += g in matching.primary
            if not gold.get("date"):
                continue
            group = "dated" if status == "occurred" else ("dated_planned" if status == "planned" else "dated_other")
            totals[group] += 1
            stored = [e for e, gg in of_event.items() if gg == g]
            totals[group + "_found"] += any(date_exact(case.events[e], gold) for e in stored)
    return totals, details


def _share(ok: int, n: int) -> str:
    return f"{ok / n:.3f} ({ok}/{n})" if n else "-"


def print_block(title: str, totals: Counter, derived_actors: bool, has_status: bool) -> None:
    t = totals
    print(f"== {title}: {t['articles']} articles, {t['gold']} gold events, {t['stored']} stored ==")
    print(f"  (a) real {_share(t['real'], t['stored'])}; stored occurred that are gold occurred "
          f"{_share(t['occurred_real'], t['stored_occurred'])}" + ("" if has_status else " [gold has no status]")
          + (f"; on not_events {t['on_not_event']}" if t["on_not_event"] else ""))
    statuses = [s for s in ("occurred", "planned", "hypothetical", "denied", "cancelled") if t[f"gold_{s}"]]
    print("      gold matched: " + _share(t["matched"], t["gold"]) + " — "
          + ", ".join(f"{s} {t[f'found_{s}']}/{t[f'gold_{s}']}" for s in statuses)
          + (f" ({t['by_party']} by type and party only)" if t["by_party"] else ""))
    fields = []
    for name in FIELDS:
        if t[f"{name}_n"]:
            label = "actors*" if name == "actors" and derived_actors else ("name~" if name == "name" else name)
            fields.append(f"{label} {_share(t[f'{name}_ok'], t[f'{name}_n'])}")
    print("  (b) " + "; ".join(fields))
    print(f"  (c) dated-event recall {_share(t['dated_found'], t['dated'])}"
          + (f"; dated planned {t['dated_planned_found']}/{t['dated_planned']}" if t["dated_planned"] else ""))
    print(f"  (d) duplicates: {t['dup_gold']} gold events stored more than once ({t['extra']} extra rows)")


# --- the legacy seeds block --------------------------------------------------------------------------------

def legacy_block(cases: list[Case], registry: Registry, verbose: bool) -> None:
    totals = {"dated": 0, "found": 0, "found_typed": 0, "extracted": 0, "correct": 0, "roles": 0, "role_ok": 0}
    per_article = []
    for case in cases:
        events, golds = case.events, case.golds
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
        per_article.append((case, judged))
        print(f"{case.id}: {len(events)} extracted, {len(golds)} gold ({len(dated)} dated); "
              f"dated found {len(untyped)} (typed {len(typed)}); correct {len(judged)}"
              + (f"; {case.note}" if case.note else ""))
        if verbose:
            matched = {e: g for g, e in judged.items()}
            for index, event in enumerate(events):
                mark = f"= {golds[matched[index]]['name']}" if index in matched else "FALSE"
                print(f"   [{event.event_type}] {event.start_date} {event.date_precision} {event.date_phrase!r} "
                      f"{event.role} P={event.participants} A={event.actors} L={event.location} "
                      f"<{case.article.body[event.start:event.end]}>  {mark}")
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
    cross_article(per_article, registry, verbose)


def cross_article(per_article: list[tuple[Case, dict]], registry: Registry, verbose: bool) -> None:
    """Cross-article matching, articles in publication order (undated last)."""
    def published(case: Case) -> str | None:
        return case.article.published_on.isoformat() if case.article.published_on else None

    order = sorted(per_article, key=lambda item: (published(item[0]) is None, published(item[0]) or ""))
    index = EventIndex({entry.name for entry in registry.events})
    next_id = 1
    owner: dict[int, list[tuple[str, dict | None]]] = {}
    merges = []
    for case, judged in order:
        gold_of = {e: case.golds[g] for g, e in judged.items()}
        # An article's events are matched against the earlier articles' only, then added.
        found_ids = [index.match(event) for event in case.events]
        for event_index, (event, found) in enumerate(zip(case.events, found_ids)):
            gold = gold_of.get(event_index)
            if found is None:
                found = next_id
                next_id += 1
                index.add(KnownEvent.from_record(found, event))
                owner[found] = [(case.id, gold)]
            else:
                merges.append((found, case.id, event, gold, list(owner[found])))
                owner[found].append((case.id, gold))
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
        if verbose or not ok:
            print(f"   merge #{found}: {file} {event.event_type} {event.start_date} -> "
                  f"{[(f, g['name'] if g else None) for f, g in earlier]} {'right' if ok else 'WRONG'}")
    print(f"cross-article merges: {len(merges)} ({right} right, {len(merges) - right} wrong)")

    expected = 0
    achieved = 0
    for a_case, _ in per_article:
        for b_case, _ in per_article:
            if a_case.id >= b_case.id:
                continue
            for a in a_case.golds:
                for b in b_case.golds:
                    if same_real_event(a, b):
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
    if any(is_2004_visit(g) for case, _ in per_article for g in case.golds):  # the seeds' own check
        print(f"2004 visit is one event with mentions in both 2004 articles: {'yes' if visit_ids else 'no'}")


# --- the error listing (tune halves only) ------------------------------------------------------------------

def _describe(event: EventRecord, body: str) -> str:
    when = f"{event.start_date} {event.date_precision} {event.date_phrase!r}" if event.start_date else "undated"
    return (f"[{event.event_type}/{event.status}] {when} P={event.participants} A={event.actors} "
            f"L={event.location!r} name={event.name!r} <{body[event.start:event.end]}>")


def print_errors(case: Case, matching: Matching) -> None:
    if case.half != "tune":
        return  # check halves are measured, never read
    body = case.article.body
    print(f"--- {case.set}/{case.half} {case.id}" + (f" ({case.note})" if case.note else ""))
    of_event = {e: g for g, e in matching.primary.items()}
    for e, event in enumerate(case.events):
        sentence = body[slice(*sentence_around(body, event.start, event.end))].strip()
        if e in of_event:
            gold = case.golds[of_event[e]]
            wrong = [name for name, right in field_errors(event, gold).items() if right is False]
            problems = name_problems(event.name, gold, gold.get("trigger"))
            print(f"  MATCH {_describe(event, body)}\n     = {gold['name']!r} [{gold['type']}/{gold.get('status')}] "
                  f"{gold.get('date')} P={gold['persons']} A={gold['actors']} L={gold.get('location')!r}"
                  + (f"\n     WRONG {wrong}" + (f" name:{problems}" if problems else "") if wrong else ""))
        elif e in matching.duplicates:
            print(f"  DUPLICATE {_describe(event, body)}\n     of {case.golds[matching.duplicates[e]]['name']!r}")
        else:
            hit = [r for a, b, r in case.not_events if event.start < b and a < event.end]
            print(f"  NOT-REAL {_describe(event, body)}" + (f" (not_event: {hit[0]})" if hit else "")
                  + f"\n     in: {sentence[:300]!r}")
    for g, gold in enumerate(case.golds):
        if g not in matching.primary:
            print(f"  MISSED [{gold['type']}/{gold.get('status')}] {gold.get('date')} {gold['name']!r} "
                  f"trigger={gold.get('trigger')!r} date_evidence={gold.get('date_evidence')!r}"
                  + ("" if gold.get("spans") or not case.with_evidence else " (evidence not in the body)"))


MISS_CLASSES = ("matched but undated", "matched with another date", "date given to another event",
                "merged into another", "stored but unmatched", "no trigger found")


def classify_dated_miss(case: Case, matching: Matching, g: int, statuses: tuple[str, ...] = ("occurred",)) -> str | None:
    """Why a dated gold event of a tune half (of `statuses`) is not found (None when found): the map of issue 15."""
    gold = case.golds[g]
    if (gold.get("status") or "occurred") not in statuses or not gold.get("date"):
        return None
    of_event = {e: gg for gg, e in matching.primary.items()} | matching.duplicates
    if any(date_exact(case.events[e], gold) for e, gg in of_event.items() if gg == g):
        return None
    if g in matching.primary:
        return "matched but undated" if case.events[matching.primary[g]].start_date is None \
            else "matched with another date"
    near = [e for e, event in enumerate(case.events) if _overlaps(event.start, event.end, gold.get("spans", []))]
    elsewhere = [e for e in near if e in of_event]
    if any(date_exact(case.events[e], gold) for e in elsewhere):
        return "date given to another event"
    if elsewhere:
        return "merged into another"
    return "stored but unmatched" if near else "no trigger found"


def print_dated_misses(groups: list[tuple[str, list[Case]]], details: dict) -> None:
    """Every dated `occurred` gold event of the tune halves that is not found, with its class (tune halves only)."""
    counts: Counter = Counter()
    print("\n== dated-event misses, tune halves ==")
    for title, cases in groups:
        for case in cases:
            if case.half != "tune" or case.set in ("seeds", "synthetic", "custom"):
                continue
            for g, gold in enumerate(case.golds):
                why = classify_dated_miss(case, details[(title, case.id)], g)
                if why:
                    counts[why] += 1
                    print(f"  {title} {case.id[:40]} [{why}] {gold['name']!r} {gold.get('date')} "
                          f"trigger={gold.get('trigger')!r} date_evidence={gold.get('date_evidence')!r}")
    print("  classes: " + "; ".join(f"{name} {counts[name]}" for name in MISS_CLASSES))
    counts = Counter()
    print("\n== dated planned and cancelled misses, tune halves ==")
    for title, cases in groups:
        for case in cases:
            if case.half != "tune" or case.set in ("seeds", "synthetic", "custom"):
                continue
            for g, gold in enumerate(case.golds):
                why = classify_dated_miss(case, details[(title, case.id)], g, ("planned", "cancelled"))
                if why:
                    counts[why] += 1
                    print(f"  {title} {case.id[:40]} [{gold.get('status')}; {why}] {gold['name']!r} {gold.get('date')} "
                          f"trigger={gold.get('trigger')!r} date_evidence={gold.get('date_evidence')!r}")
    print("  classes: " + "; ".join(f"{name} {counts[name]}" for name in MISS_CLASSES))


# --- main --------------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(ALL_SETS), help="comma-separated: " + ", ".join(ALL_SETS))
    parser.add_argument("--gold", help="a gold file in the seeds' format, instead of the sets")
    parser.add_argument("--articles", "--seeds", dest="seeds", default=str(ROOT / "seeds"),
                        help="folder of --gold's article files (default: the seeds)")
    parser.add_argument("--registry", default=None,
                        help="registry folder, or 'none' for an empty registry (default: the bundled one)")
    parser.add_argument("--errors", action="store_true", help="list tune-half errors, event by event")
    parser.add_argument("--misses", action="store_true",
                        help="list and classify every dated gold event of the tune halves that is not found")
    parser.add_argument("-v", "--verbose", action="store_true", help="the legacy block's event listing")
    parser.add_argument("--probes", action="store_true", help="score only the blind probes (tests/data/probes/events)")
    options = parser.parse_args()
    registry = Registry() if options.registry == "none" else load_registry(options.registry or default_registry_dir())

    groups: list[tuple[str, list[Case]]] = []
    if options.probes:
        options.sets = "probes"
    if options.gold:
        cases = seeds_format_cases("custom", "tune", Path(options.gold), Path(options.seeds), registry)
        print("== legacy figures ==")
        legacy_block(cases, registry, options.verbose)
        groups.append(("custom", cases))
    else:
        wanted = [s.strip() for s in options.sets.split(",") if s.strip()]
        for name in wanted:
            if name == "seeds":
                cases = seeds_format_cases("seeds", "tune", DATA / "seeds.gold.json", ROOT / "seeds", registry)
                print("== seeds: legacy figures ==")
                legacy_block(cases, registry, options.verbose)
                groups.append(("seeds", cases))
            elif name == "synthetic":
                folder = DATA / "synthetic"
                groups.append(("synthetic", seeds_format_cases("synthetic", "tune", folder / "synthetic.gold.json",
                                                               folder, registry)))
            elif name in BLIND_SETS:
                for half_name in ("tune", "check"):
                    folder = DATA / name / half_name
                    groups.append((f"{name}/{half_name}", seeds_format_cases(
                        name, half_name, folder / "fresh.gold.json", folder, registry)))
            elif name == "probes":
                cases = probe_cases(registry)
                for half_name in ("tune", "check"):
                    groups.append((f"probes/{half_name}", [c for c in cases if c.half == half_name]))
            elif name == "events_gold":
                cases = events_gold_cases(registry)
                for half_name in ("tune", "check"):
                    groups.append((f"events_gold/{half_name}", [c for c in cases if c.half == half_name]))
            else:
                parser.error(f"unknown set {name!r}")

    print()
    all_details: dict = {}
    pooled: dict[str, Counter] = {}
    for title, cases in groups:
        totals, details = score_cases(cases)
        half = title.rsplit("/", 1)[-1]
        if half in ("tune", "check") and title.split("/")[0] in (*BLIND_SETS, "events_gold"):
            pooled.setdefault(half, Counter()).update(totals)
        all_details.update({(title, k): v for k, v in details.items()})
        fixed = sum(bool(case.note) for case in cases)
        lost = sum(1 for case in cases if case.with_evidence for g in case.golds if not g.get("spans"))
        print_block(title, totals, derived_actors=any(g.get("derived_actors") for c in cases for g in c.golds),
                    has_status=any(g.get("status") for c in cases for g in c.golds))
        if fixed or lost:
            print(f"      ({fixed} articles given the gold publication date; "
                  f"{lost} gold events whose evidence is not in the extracted body)")
        if options.errors:
            for case in cases:
                print_errors(case, details[case.id])
    for half, totals in pooled.items():  # (summary figures only: the check halves are never read)
        print()
        print_block(f"pooled {half} halves (fresh sets and events_gold)", totals, derived_actors=False,
                    has_status=True)
    if options.misses:
        print_dated_misses(groups, all_details)
    print("\n* actors derived from the seeds-format gold (participants that are not gold people); "
          "~ name acceptability is an automatic proxy (see name_problems)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
