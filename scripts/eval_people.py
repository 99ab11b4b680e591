"""Measure the people step: precision/recall/F1 of people, surface forms, roles and countries on the seeds gold,
and a sanity sample of names found in the PolNeAR dev texts (which have no gold people).

    .venv/bin/python scripts/eval_people.py [--gold tests/data/seeds.gold.json] [--articles seeds/]
        [--polnear tests/data/dev/polnear.dev.jsonl] [--sample 60] [--article-step] [--no-registry] [-v]
        [--skip-fresh] [--skip-polnear] [--copied] [--probes]

Seed bodies are built from the gold (the raw text minus title, subtitle, date line, byline and boilerplate),
so this measures the people step alone; `--article-step` uses loaders.extract.article instead (with the folder
manifest's metadata, as ingest gives it).

The blind gold sets (`tests/data/fresh/{tune,check}`, `tests/data/fresh2/{tune,check}`) are scored per half,
both ways; -v lists their misses and extras (bylines and boilerplate people marked) for the tune halves only,
never for the check halves.

After the blind sets' figures comes their errors' breakdown by class, pooled per half and body kind (counts only,
so the check halves' can be shown): false positives as furniture (a byline or boilerplate person, or not written
in the gold body), boundary (a part or an extension of a gold name), shared token (a split or an unmerged
variant), title, one word, org/place word, given name first (a person by its look), other; false negatives as
outside body (the page step lost it), merged (into a person found for another), one word (in a line-up, in
prose, elsewhere), in body but not found (`classify_fp`, `classify_fn`).

`--copied` counts, per half of the copied dev pages, the people the article step lets through that the gold body
does not hold (page furniture: bylines, credits, author boxes, site lines) and the gold body's people it loses;
and the furniture people the people step alone lets through with the whole copied text as the body.

`--probes` scores the blind people probes (`tests/data/probes/people/probes.jsonl`: made-up copied snippets in
many outlet styles, written before the extractor ran on them) through the article step, per half (even ids tune,
odd ids check); -v lists the tune half's misses, extras and non-people taken for people, never the check half's.

PolNeAR has no gold people, so it prints: speed; a recall proxy (gold quote speakers written as a name should
hold a person mention; group words such as "Republicans" are skipped); the cross-article merges one
`PeopleIndex` makes over the 300 articles (as the store would); and a random sample of people to check by eye.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from devsets import blind_sets  # noqa: E402
from loaders.extract.names import PeopleIndex, person_key  # noqa: E402
from loaders.extract.people import extract_people  # noqa: E402
from loaders.extract.people_descriptions import is_description  # noqa: E402
from loaders.records import ArticleRecord, SourceDocument  # noqa: E402
from loaders.registry import Registry, default_registry_dir, load_registry  # noqa: E402


# A gold speaker written as a name: capitalised words (titles allowed), not a pronoun or a description.
_NAMED_SPEAKER = re.compile(r"^(?:(?:[A-Z][\w.’'-]*|of|the|de|al-\w+)\s+)*[A-Z][\w’'-]+$")
_DESCRIPTION = re.compile(r"^(?:The|A|An|This|That|His|Her|Their|Its|One|Some|Many|Other|Another|He|She|It|They|We|"
                          r"You|I|My|Our|Your|Who|Both|Everyone|Anyone|Someone|Nothing|Others)\b")
_LOWER_WORDS = re.compile(r"\b[a-z]+\b")


# Determiners a role may open with that are not what the role is about: articles and possessive pronouns (the gold
# writes "Its president", "his Finnish counterpart" exactly as written where the extractor stores "president").
_ROLE_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})


def role_key(role: str, strict: bool = False) -> str:
    """A role as the scorer compares it: the gold sets write "a former prosecutor" where the extractor stores
    "former prosecutor", and an article in front is not what a role is about. Unless `strict` (the scorer of
    rounds before #9 round 2, `--strict-roles`), case is folded ("Justice Minister" and "the justice minister"
    are one office; the gold lists both spellings when both are written) and a possessive pronoun in front goes
    as an article does."""
    words = role.split()
    if strict:
        if len(words) > 1 and words[0].lower() in {"a", "an", "the"}:
            words = words[1:]
        return " ".join(words)
    if len(words) > 1 and words[0].lower() in _ROLE_DETERMINERS:
        words = words[1:]
    return " ".join(words).casefold()


def gold_body(raw: str, gold: dict) -> str:
    """The raw text without the lines the gold says are not body."""
    skip = {s for s in (gold.get("title"), gold.get("subtitle"), gold.get("byline")) if s}
    boiler = gold.get("boilerplate") or []
    kept = []
    for line in raw.splitlines():
        text = line.strip()
        if not text or text in skip:
            continue
        if gold.get("date_evidence") and text.startswith(gold["date_evidence"]) and len(text) < 60:
            continue
        if any(text == b or (len(b) >= 30 and text.startswith(b)) for b in boiler):
            continue
        kept.append(text)
    return "\n".join(kept)


def _manifest(folder: Path) -> dict[str, dict]:
    """The folder manifest's metadata per file (url, outlet, ...), given to the article step as ingest does."""
    path = folder / "manifest.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: {k: v for k, v in row.items() if k != "file" and v} for row in csv.DictReader(handle)}


def seed_articles(gold_path: Path, seeds_dir: Path, article_step: bool, registry: Registry):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    given = _manifest(seeds_dir)
    for item in gold:
        raw = (seeds_dir / item["file"]).read_text(encoding="utf-8")
        if article_step:
            from loaders.extract.article import extract_article

            record = extract_article(SourceDocument(str(seeds_dir / item["file"]), "txt", raw,
                                                    given.get(item["file"], {})), registry)
        else:
            record = ArticleRecord(source_path=item["file"], source_format="txt", raw_text=raw,
                                   body=gold_body(raw, item))
        yield item, record


def matches(pred, gold: dict) -> bool:
    keys = {person_key(gold["name"])} | {person_key(s) for s in gold["surface_forms"] if len(s.split()) > 1}
    pred_keys = {person_key(pred.name)} | {person_key(a) for a in pred.aliases} | {
        person_key(m.surface) for m in pred.mentions if len(m.surface.split()) > 1}
    return bool(keys & pred_keys)


# The classes an error falls in, computed from the gold alone, so the check halves' errors can be counted by kind
# without a name being shown: which mechanism the unseen errors need.
FP_CLASSES = ("furniture", "boundary", "shared token", "title", "one word", "org/place word", "given name first",
              "other")
FN_CLASSES = ("outside body", "merged", "one word in a line-up", "one word in prose", "one word elsewhere",
              "in body, not found")


def _words_of(name: str) -> tuple[str, ...]:
    return tuple(person_key(name).split())


def _gold_word_names(g: dict) -> list[tuple[str, ...]]:
    return [w for w in {_words_of(g["name"]), *map(_words_of, g["surface_forms"])} if w]


def _contains(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def classify_fp(pred, gold: dict, body_text: str, gold_text: str) -> str:
    """The class of a person found that no gold person matched: 'furniture' (a byline or boilerplate person of
    the gold, or no mention of it written in the gold body), 'boundary' (its name a part or an extension of a
    gold person's name), 'shared token' (a word shared with a gold person's name: a split or an unmerged
    variant), 'title' (a title or an honorific opens its name or stands before a mention), 'one word', 'org/place word' (an organisation's or a place's word in it), 'given name first' (it looks like a
    person), 'other'."""
    from loaders.extract.data.lexicon import ADDRESS_TITLES, HONORIFICS, TITLE_HEADS

    authors = {person_key(a) for a in gold.get("authors") or []}
    if (person_key(pred.name) in authors or any(matches(pred, b) for b in gold.get("boilerplate_people", []))
            or not any(m.surface in gold_text for m in pred.mentions)):
        return "furniture"
    names = [w for w in {_words_of(pred.name), *(_words_of(m.surface) for m in pred.mentions)} if w]
    golds = [w for g in gold["people"] for w in _gold_word_names(g)]
    if any(a != b and (_contains(a, b) or _contains(b, a)) for a in names for b in golds):
        return "boundary"
    tokens = {t for w in names for t in w}
    if tokens & {t for w in golds for t in w}:
        return "shared token"
    titles = TITLE_HEADS | HONORIFICS | ADDRESS_TITLES
    first = pred.name.split()[0].lower() if pred.name.split() else ""
    before = [body_text[max(0, m.start - 40):m.start].split()[-1:] for m in pred.mentions]
    if first in titles or any(w and (w[0].lower() in titles or w[0].lower().rstrip(".") in titles) for w in before):
        return "title"
    if len(_words_of(pred.name)) == 1:
        return "one word"
    from loaders.extract.data.given_names import is_given_name
    from loaders.extract.data.lexicon import ORG_WORDS, PLACES
    from loaders.extract.data.not_people import OFFICE_BODY_WORDS

    words = _words_of(pred.name)
    if any(w in ORG_WORDS or w in OFFICE_BODY_WORDS or w in PLACES for w in words) or " ".join(words) in PLACES:
        return "org/place word"
    if is_given_name(words[0]):
        return "given name first"  # a person by its look: a non-person with a given-name word, or one the gold omits
    return "other"


def classify_fn(g: dict, people, used: set[int], body_text: str) -> str:
    """The class of a gold person not found: 'outside body' (none of its surface forms is written in the body
    the people step was given: the page step lost it), 'merged' (a person found for another gold person holds
    one of its names), 'one word' (the gold name is one word: in a line-up line, in a sentence of prose or on
    another line), 'in body, not found'."""
    if not any(s in body_text for s in g["surface_forms"] + [g["name"]]):
        return "outside body"
    golds = _gold_word_names(g)
    for i in used:
        names = [w for w in {_words_of(people[i].name), *(_words_of(m.surface) for m in people[i].mentions)} if w]
        if any(_contains(a, b) for a in names for b in golds):
            return "merged"
    if len(_words_of(g["name"])) == 1:
        from loaders.extract.prose_names import ProseLines, lineup_items

        at = min(body_text.find(s) for s in g["surface_forms"] + [g["name"]] if s in body_text)
        if any(start <= at < end for start, end, _ in lineup_items(body_text)):
            return "one word in a line-up"
        lowered = set(re.findall(r"\b[a-z][\w'-]*", body_text))
        return "one word in prose" if ProseLines(body_text, lowered).in_prose(at + 1) else "one word elsewhere"
    return "in body, not found"


def eval_seeds(args, registry: Registry, title: str = "seeds", verbose: bool | None = None,
               classes: dict | None = None) -> dict[str, float]:
    """`classes`, when given, counts each false positive and false negative by class ({"fp": Counter,
    "fn": Counter}; `classify_fp`, `classify_fn`)."""
    verbose = args.verbose if verbose is None else verbose
    strict = getattr(args, "strict_roles", False)
    tp = fp = fn = 0
    surf_hit = surf_total = surf_extra = 0
    role_hit = role_total = role_pred = role_pred_ok = 0
    country_hit = country_total = 0
    boiler_found = 0
    offsets_bad = 0
    for gold, article in seed_articles(Path(args.gold), Path(args.seeds), args.article_step, registry):
        authors = {person_key(a) for a in article.authors}
        people = extract_people(article, registry)
        for person in people:
            for mention in person.mentions:
                if article.body[mention.start:mention.end] != mention.surface:
                    offsets_bad += 1
        used = set()
        missed = []
        for g in gold["people"]:
            found = next((p for i, p in enumerate(people) if i not in used and matches(p, g)), None)
            if found is None:
                fn += 1
                missed.append(g)
                surf_total += len(g["surface_forms"])
                role_total += len(g["roles"]) if strict else len({role_key(r) for r in g["roles"]})
                country_total += 1
                if verbose:
                    print(f"  MISSED {gold['file']}: {g['name']}")
                continue
            used.add(people.index(found))
            tp += 1
            # a later description's mention ("The minister") is a role, not a name's surface form
            surfaces = {m.surface for m in found.mentions if not is_description(m)}
            roles = {role_key(r, strict) for m in found.mentions for r in (m.role, m.apposition) if r}
            gold_roles = {role_key(r, strict) for r in g["roles"]}
            surf_total += len(g["surface_forms"])
            surf_hit += len(set(g["surface_forms"]) & surfaces)
            surf_extra += len(surfaces - set(g["surface_forms"]))
            role_total += len(gold_roles)
            role_hit += len(gold_roles & roles)
            role_pred += len(roles)
            role_pred_ok += len(roles & gold_roles)
            country_total += 1
            country_hit += found.country == g["country"]
            if verbose and (surfaces != set(g["surface_forms"]) or roles != gold_roles
                                 or found.country != g["country"]):
                print(f"  DIFF {gold['file']}: {g['name']}: surfaces {sorted(surfaces)} vs {g['surface_forms']}; "
                      f"roles {sorted(roles)} vs {g['roles']}; country {found.country} vs {g['country']}")
        for i, p in enumerate(people):
            if i not in used:
                fp += 1
                if verbose:
                    why = " (a byline author)" if person_key(p.name) in authors else (
                        " (a boilerplate person)" if any(matches(p, b) for b in gold.get("boilerplate_people", []))
                        else "")
                    print(f"  EXTRA {gold['file']}: {p.name} {[m.surface for m in p.mentions]}{why}")
        for g in gold.get("boilerplate_people", []):
            boiler_found += any(matches(p, g) for p in people)
        if classes is not None:
            gold_text = gold_body(article.raw_text, gold)
            for g in missed:
                classes["fn"][classify_fn(g, people, used, article.body)] += 1
            for i, p in enumerate(people):
                if i not in used:
                    classes["fp"][classify_fp(p, gold, article.body, gold_text)] += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{title} people: P={precision:.3f} R={recall:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})")
    print(f"{title} surface forms: recall={surf_hit / max(surf_total, 1):.3f} ({surf_hit}/{surf_total}), "
          f"extra surfaces={surf_extra}")
    print(f"{title} roles: recall={role_hit / max(role_total, 1):.3f} ({role_hit}/{role_total}), "
          f"precision={role_pred_ok / max(role_pred, 1):.3f} ({role_pred_ok}/{role_pred})")
    print(f"{title} country accuracy: {country_hit / max(country_total, 1):.3f} ({country_hit}/{country_total})")
    print(f"{title} boilerplate people found in body: {boiler_found}; mention offsets wrong: {offsets_bad}")
    return {"p": precision, "r": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn, "role_hit": role_hit,
            "role_total": role_total, "role_pred": role_pred, "role_pred_ok": role_pred_ok,
            "country_hit": country_hit, "country_total": country_total}


FRESH_DIRS = blind_sets()


def eval_fresh(args, registry: Registry) -> None:
    """People P/R/F1 on the blind gold sets (fresh, fresh2), each half on its own, with the gold bodies (the people step alone)
    and through the article step (bylines, credits and page furniture left in the body count too, as they do
    for a user). Misses and extras are listed with -v for the tune half only."""
    rows = []
    from collections import Counter

    breakdown = {(which, kind): {"fp": Counter(), "fn": Counter()}
                 for which in ("tune", "check") for kind in ("gold body", "article step")}
    for set_name, root in FRESH_DIRS.items():
        for which in ("tune", "check"):
            folder = root / which
            if not (folder / "fresh.gold.json").is_file():
                continue
            for article_step in (False, True):
                local = argparse.Namespace(**{**vars(args), "gold": str(folder / "fresh.gold.json"),
                                              "seeds": str(folder), "article_step": article_step})
                name = f"{set_name} {which} ({'article step' if article_step else 'gold body'})"
                figures = eval_seeds(local, registry, title=name, verbose=args.verbose and which == "tune",
                                     classes=breakdown[which, "article step" if article_step else "gold body"])
                rows.append((name, figures))
    print("\n== people summary (blind gold sets) ==")
    for name, f in rows:
        print(f"{name:<31} P {f['p']:.3f} R {f['r']:.3f} F1 {f['f1']:.3f} (tp {f['tp']} fp {f['fp']} fn {f['fn']})")
    # Pooled over every set: one figure per half and body kind (the tune halves are tuned on, the check halves
    # only measured).
    for which in ("tune", "check"):
        for kind in ("gold body", "article step"):
            tp, fp, fn = (sum(f[k] for name, f in rows if f" {which} ({kind})" in name) for k in ("tp", "fp", "fn"))
            p = tp / max(tp + fp, 1)
            r = tp / max(tp + fn, 1)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"pooled {which} ({kind}){'':<{12 - len(kind) + 5 - len(which)}} P {p:.3f} R {r:.3f} F1 {f1:.3f} "
                  f"(tp {tp} fp {fp} fn {fn})")
    # Roles and countries pooled per half and body kind (sums of the per-set lines).
    for which in ("tune", "check"):
        for kind in ("gold body", "article step"):
            picked = [f for name, f in rows if f" {which} ({kind})" in name]
            hit, total, pred, ok, c_hit, c_total = (sum(f[k] for f in picked) for k in (
                "role_hit", "role_total", "role_pred", "role_pred_ok", "country_hit", "country_total"))
            print(f"pooled {which} ({kind}){'':<{12 - len(kind) + 5 - len(which)}} roles: recall "
                  f"{hit / max(total, 1):.3f} ({hit}/{total}) precision {ok / max(pred, 1):.3f} ({ok}/{pred}); "
                  f"country {c_hit / max(c_total, 1):.3f} ({c_hit}/{c_total})")
    # The errors by class, pooled (counts only: no name of a check half is shown).
    print("\n== people errors by class (pooled; counts only) ==")
    for (which, kind), counts in breakdown.items():
        fps = " ".join(f"{c}={counts['fp'][c]}" for c in FP_CLASSES)
        fns = " ".join(f"{c}={counts['fn'][c]}" for c in FN_CLASSES)
        print(f"{which} ({kind}): fp {sum(counts['fp'].values())}: {fps}")
        print(f"{which} ({kind}): fn {sum(counts['fn'].values())}: {fns}")


def _keys(person) -> set[str]:
    return {person_key(person.name)} | {person_key(m.surface) for m in person.mentions}


def eval_copied(args, registry: Registry) -> None:
    """Page furniture as people, per half of the copied dev pages (`--copied`): the people found through the
    article step whose names are found nowhere among the people of the gold body (bylines, credits, author
    boxes, site lines that reached the body), and the gold body's people lost on the way; then the same furniture
    count with the whole copied text as the body (the people step's own furniture rules, whatever the article
    step cuts). No gold people exist for these pages, so all are counts per 100 pages; -v lists the tune half's
    furniture and lost people, never the check half's."""
    from loaders.extract.article import extract_article
    from scripts.devsets import dev_path, half, read_jsonl

    path = dev_path("copied.dev.jsonl")
    if not path.is_file():
        print(f"copied: {path} not found, skipped")
        return
    counts = {which: [0, 0, 0] for which in ("tune", "check")}  # pages, furniture people, lost people
    whole = {which: 0 for which in ("tune", "check")}  # furniture people when the whole copied text is the body
    for row in read_jsonl(path):
        which = half(row["id"])
        article = extract_article(SourceDocument(row["id"] + ".txt", "txt", row["text"], {"url": row["url"]}),
                                  registry)
        body = row["gold"]["body"] or ""
        gold_people = extract_people(ArticleRecord(source_path=row["id"], source_format="txt", raw_text=body,
                                                   body=body), registry)
        found = extract_people(article, registry)
        gold_keys = set().union(*map(_keys, gold_people)) if gold_people else set()
        found_keys = set().union(*map(_keys, found)) if found else set()
        extra = [p for p in found if not _keys(p) & gold_keys]
        lost = [p for p in gold_people if not _keys(p) & found_keys]
        # The people step alone on the whole copied text: the furniture it lets through wherever the article step
        # leaves the body's edges (a page the article step cuts well hides what the people step would pass).
        text = row["text"]
        loose = [p for p in extract_people(ArticleRecord(source_path=row["id"], source_format="txt", raw_text=text,
                                                         body=text), registry) if not _keys(p) & gold_keys]
        whole[which] += len(loose)
        counts[which][0] += 1
        counts[which][1] += len(extra)
        counts[which][2] += len(lost)
        if args.verbose and which == "tune":
            for person in extra:
                print(f"  FURNITURE {row['id'][:28]}: {person.name} {[m.surface for m in person.mentions][:3]}")
            for person in lost:
                print(f"  LOST {row['id'][:28]}: {person.name} {[m.surface for m in person.mentions][:3]}")
            for person in loose:
                start = person.mentions[0].start
                line = text[text.rfind("\n", 0, start) + 1:].split("\n", 1)[0]
                print(f"  WHOLE-TEXT FURNITURE {row['id'][:28]}: {person.name} | {line[:120]!r}")
    for which, (pages, extra, lost) in counts.items():
        print(f"copied {which}: {pages} pages, furniture people {extra} ({100 * extra / max(pages, 1):.1f} per 100 "
              f"pages), gold-body people lost {lost} ({100 * lost / max(pages, 1):.1f} per 100 pages)")
    for which, loose in whole.items():
        pages = counts[which][0]
        print(f"copied {which} (whole text as body): furniture people {loose} "
              f"({100 * loose / max(pages, 1):.1f} per 100 pages)")


PROBES = ROOT / "tests" / "data" / "probes" / "people" / "probes.jsonl"


def _probe_key_words(name: str) -> tuple[str, ...]:
    return tuple(person_key(name).split())


def _probe_match(found_names: set[str], gold_name: str) -> bool:
    """A found person is the gold person when a name of it equals the gold name or one holds the other as whole
    words ("Sophie in 't Veld" / "in 't Veld"; "Albanese" / "Anthony Albanese")."""
    gold = _probe_key_words(gold_name)
    for name in found_names:
        words = _probe_key_words(name)
        if not words:
            continue
        short, long_ = (words, gold) if len(words) <= len(gold) else (gold, words)
        if any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
            return True
    return False


def eval_probes(args, registry: Registry) -> dict[str, dict[str, float]]:
    """People P/R/F1 and country accuracy on the blind people probes, per half, through the article step; and
    (second) the people step alone on each whole snippet, furniture left in, which no headline choice of the
    article step can hide from it."""
    results = _eval_probes(args, registry, article_step=True)
    _eval_probes(args, registry, article_step=False)
    return results


def _eval_probes(args, registry: Registry, article_step: bool) -> dict[str, dict[str, float]]:
    from loaders.extract.article import extract_article

    if not PROBES.is_file():
        print(f"probes: {PROBES} not found, skipped")
        return {}
    counts = {which: dict(tp=0, fp=0, fn=0, country_hit=0, country_total=0, not_people=0) for which in ("tune", "check")}
    for line in PROBES.open(encoding="utf-8"):
        probe = json.loads(line)
        if args.probe_ids:
            first, last = (int(x) for x in args.probe_ids.split("-"))
            if not first <= probe["id"] <= last:
                continue
        which = "tune" if probe["id"] % 2 == 0 else "check"
        show = args.verbose and which == "tune"
        if article_step:
            article = extract_article(SourceDocument(f"probe-{probe['id']}.txt", "txt", probe["text"], {}), registry)
        else:
            article = ArticleRecord(source_path=f"probe-{probe['id']}.txt", source_format="txt",
                                    raw_text=probe["text"], body=probe["text"])
        people = extract_people(article, registry)
        names = [{p.name, *p.aliases, *(m.surface for m in p.mentions)} for p in people]
        used: set[int] = set()
        tally = counts[which]
        for gold in probe["people"]:
            index = next((i for i, found in enumerate(names) if i not in used and _probe_match(found, gold["name"])),
                         None)
            if index is None:
                tally["fn"] += 1
                if show:
                    print(f"  MISSED {'' if article_step else '(whole text) '}probe {probe['id']} ({probe['style']}): {gold['name']}")
                continue
            used.add(index)
            tally["tp"] += 1
            if gold.get("country"):
                tally["country_total"] += 1
                tally["country_hit"] += people[index].country == gold["country"]
                if show and people[index].country != gold["country"]:
                    print(f"  COUNTRY probe {probe['id']}: {gold['name']}: {people[index].country} vs {gold['country']}")
        for i, person in enumerate(people):
            if i in used:
                continue
            tally["fp"] += 1
            is_not_person = any(_probe_match(names[i], text) for text in probe.get("not_people", ()))
            tally["not_people"] += is_not_person
            if show:
                print(f"  EXTRA {'' if article_step else '(whole text) '}probe {probe['id']} ({probe['style']}): {person.name} "
                      f"{[m.surface for m in person.mentions][:3]}{' (listed not-person)' if is_not_person else ''}")
    results = {}
    for which, t in counts.items():
        precision = t["tp"] / max(t["tp"] + t["fp"], 1)
        recall = t["tp"] / max(t["tp"] + t["fn"], 1)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        country = t["country_hit"] / max(t["country_total"], 1)
        results[which] = {"p": precision, "r": recall, "f1": f1, "country": country}
        print(f"probes {which:<5} ({'article step' if article_step else 'whole text'}) people: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
              f"(tp {t['tp']} fp {t['fp']} fn {t['fn']}; listed non-people taken {t['not_people']}); "
              f"country {country:.3f} ({t['country_hit']}/{t['country_total']})")
    return results


def eval_polnear(args, registry: Registry) -> None:
    path = Path(args.polnear)
    if not path.is_file():
        print(f"polnear: {path} not found, skipped")
        return
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    started = time.perf_counter()
    found: list[tuple[str, str, list[str]]] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    mentions = 0
    chars = 0
    for row in rows:
        article = ArticleRecord(source_path=row["id"], source_format="json", raw_text=row["text"], body=row["text"])
        chars += len(row["text"])
        for person in extract_people(article, registry):
            mentions += len(person.mentions)
            spans.setdefault(row["id"], []).extend((m.start, m.end) for m in person.mentions)
            found.append((row["id"], person.name,
                          sorted({r for m in person.mentions for r in (m.role, m.apposition) if r})))
    elapsed = time.perf_counter() - started
    print(f"polnear: {len(rows)} articles, {len(found)} people, {mentions} mentions, "
          f"{elapsed:.2f}s ({chars / max(elapsed, 1e-9) / 1e6:.2f} M chars/s)")
    # Recall proxy: gold quote speakers written as a name ("Sen. Ted Cruz", "Clinton") should hold a mention.
    named = hit = 0
    missed: list[str] = []
    for row in rows:
        lower_words = set(_LOWER_WORDS.findall(row["text"]))
        for quote in row.get("quotes", []):
            speaker = quote.get("speaker")
            if (not speaker or quote.get("speaker_start") is None or not _NAMED_SPEAKER.match(speaker)
                    or _DESCRIPTION.match(speaker) or speaker.upper() == speaker):
                continue
            last = speaker.split()[-1].lower()
            if last in lower_words or last.endswith("s") and last[:-1] in lower_words:
                continue  # "Republicans", "Police", "Twitter"-like common words: groups, not names
            named += 1
            start, end = quote["speaker_start"], quote["speaker_end"]
            if any(start <= s and e <= end for s, e in spans.get(row["id"], ())):
                hit += 1
            else:
                missed.append(speaker)
    print(f"polnear named-speaker recall (a mention inside the gold speaker span): "
          f"{hit / max(named, 1):.3f} ({hit}/{named})")
    if args.verbose:
        print("  missed speakers:", " | ".join(sorted(set(missed))[:200]))
    # Cross-article resolution as the store does it: one PeopleIndex over all articles, in order.
    index = PeopleIndex()
    known: dict[int, set[str]] = {}
    for row in rows:
        article = ArticleRecord(source_path=row["id"], source_format="json", raw_text=row["text"], body=row["text"])
        for person in extract_people(article, registry):
            person_id = index.match(person.name, person.aliases)
            if person_id is None:
                person_id = len(known) + 1
                known[person_id] = set()
            index.add(person_id, person.name, person.aliases)
            known[person_id].add(person.name)
    merges = sorted(sorted(names) for names in known.values() if len(names) > 1)
    print(f"polnear cross-article: {len(found)} article people -> {len(known)} database people; "
          f"{len(merges)} merged under different names (check by eye):")
    for names in merges[:args.sample]:
        print("  " + " = ".join(names))
    rng = random.Random(args.seed)
    sample = rng.sample(found, min(args.sample, len(found)))
    print(f"polnear sample of {len(sample)} found people (check by eye):")
    for article_id, name, roles in sample:
        print(f"  {name!r:40} roles={roles}  [{article_id.split('/')[-1][:40]}]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(ROOT / "tests" / "data" / "seeds.gold.json"))
    parser.add_argument("--articles", "--seeds", dest="seeds", default=str(ROOT / "seeds"),
                        help="folder of the gold's article files (default: the seeds)")
    parser.add_argument("--polnear", default=str(ROOT / "tests" / "data" / "dev" / "polnear.dev.jsonl"))
    parser.add_argument("--skip-polnear", action="store_true")
    parser.add_argument("--skip-fresh", action="store_true", help="leave out the blind gold sets (fresh, fresh2)")
    parser.add_argument("--copied", action="store_true",
                        help="count page furniture taken for people on the copied dev pages, per half")
    parser.add_argument("--probes", action="store_true", help="score the blind people probes, per half")
    parser.add_argument("--probe-ids", default="",
                        help="score only probes of this id range, FIRST-LAST (a round's first run: 91-120)")
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--article-step", action="store_true", help="build seed bodies with the article step")
    parser.add_argument("--no-registry", action="store_true", help="run with an empty registry")
    parser.add_argument("--strict-roles", action="store_true",
                        help="compare roles as written (only a leading a/an/the dropped), as before #9 round 2")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    registry = Registry() if args.no_registry else load_registry(default_registry_dir())
    print(f"registry: {len(registry.people)} people")
    eval_seeds(args, registry)
    if not args.skip_fresh:
        eval_fresh(args, registry)
    if args.copied:
        eval_copied(args, registry)
    if args.probes:
        eval_probes(args, registry)
    if not args.skip_polnear:
        eval_polnear(args, registry)


if __name__ == "__main__":
    main()
