"""Measure the quotes step: the seed-format gold sets (seeds, the tune and check halves of the blind sets fresh and
fresh2, any other given with --gold) and PolNeAR dev (direct and partial quotes), each half on its own.

Seed format: articles are built with `extract_article` from the files (with the folder manifest's metadata) and
people with `extract_people`; direct+partial quotes are matched to gold on their text (trailing ",.;:" and
whitespace stripped), indirect ones on text or on >=50% of the gold clause's characters. Speaker accuracy is
over matched quotes, for gold named speakers (`speaker`: the same person, a bare surname proving nothing) and
unnamed ones (`speaker_label`, case-insensitive), on direct+partial quotes and also with the indirect clauses
found; where the gold has `speaker_ref` (the fresh set) also per reference kind (name, role, pronoun,
continuation, label).

PolNeAR: gold quotes of type direct or mixed; a gold quote is found when predicted direct/partial quotes cover
at least 30% (lenient) or 80% (strict) of its characters; a prediction is correct when at least half of it lies
in a found gold quote. Gold spans include the quotation marks and ours (the words between them, by contract)
do not, so predictions are compared together with the marks around them (figures without: also printed).
Speakers are scored as the acceptance does (`speaker_gold`): a found quote's speaker is right when it is the
person the gold phrase names, titles and appositions aside, compared as the same person (so "Hillary Clinton"
is not "Bill Clinton"; a bare surname is the article's person of that surname); phrases that name no person
(organisations, documents, "the president") are counted apart; a pronoun is scored against the person it stands
for (the nearest preceding gold speaker of compatible gender, or a person the text makes a sentence's subject
after it). The former token-overlap figures are printed beside them as "old scorer".
The README-faithful line reads the dev set's README literally, as the scorer audit recommends: a gold quote is
found only when ONE prediction covers at least 30% of it (the lenient line adds several up), a prediction is
right when it covers 30% of some gold quote (and, more kindly, when half of it lies in a found one), and a
speaker is right only when the predicted person is the gold one: a label, even one holding the name
("Mr. Obama"), or no speaker is wrong.
Once the extractor fills `QuoteRecord.speaker_reference` and `speaker_confidence`, accuracy is also given per
predicted reference kind and per confidence bucket (a calibration table); until then those lines say n/a.
The figures are also given with gold "indirect" spans that contain ''-quoted fragments typed mixed: the
conversion missed doubled single marks (the NYT archive's), which the README's own definition of the types
counts as quotes. A summary block at the end collects the figures, with the blind sets pooled per half (quote F1, named speakers, labels). Error samples (--errors) come from tune data
only: never from PolNeAR's check half or a fresh set's check half (fresh, fresh2).

Speaker probes (--probes, `tests/data/probes/speakers/probes.jsonl`): made-up mini-articles written blind, each
quote a distinctive substring of the quoted words with its speaker and the kind of reference (name, role,
pronoun, continuation, label). A gold quote is found when a predicted quote covers at least half of the
substring; its speaker is right when the predicted person is the gold one (same name, or a single-word gold
name among the predicted name's words, or an `also` alternative), and for a label when no person is named
and the predicted label shares a content word with the gold label or an alternative. Even ids are the tune
half, odd ids the check half (figures only, errors never printed); a probe's own "half" key overrides that
(`probes2.jsonl`, written after reading the speaker code, is all tune).

`--quote-errors` lists every lenient quote error of PolNeAR's tune half (never the check half's), grouped by
mechanism (`QUOTE_ERROR_CLASSES`): a quoted piece of a longer gold clause, a span the gold types indirect, no gold
span, a missed gold quote we hold a piece of, one only our indirect clause covers, one we miss entirely.

Usage: .venv/bin/python scripts/eval_quotes.py [--gold FILE --articles DIR] [--polnear FILE] [--errors N]
    [--quote-errors] [--skip-polnear] [--skip-fresh] [--probes [FILE]] [--only-probes]

Any gold set in the seeds' format works (`--articles` is its folder of article files, with an optional
manifest.csv of given metadata), e.g. `--gold tests/data/synthetic/synthetic.gold.json --articles
tests/data/synthetic`; the seeds are then evaluated too, and the summary has a line for each set.
"""
from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from loaders.extract.article import extract_article  # noqa: E402
from loaders.extract.names import same_person, split_name  # noqa: E402
from loaders.extract.people import extract_people  # noqa: E402
from loaders.extract.quotemarks import find_quoted_spans  # noqa: E402
from loaders.extract.quotes import extract_quotes  # noqa: E402
from loaders.extract.speakers import first_name_gender  # noqa: E402
from loaders.records import ArticleRecord, SourceDocument  # noqa: E402
from loaders.registry import Registry, default_registry_dir, load_registry  # noqa: E402

from devsets import HALVES, SEEDS_DIR, SEEDS_GOLD, blind_sets, dev_path, half  # noqa: E402
from speaker_gold import antecedent as speaker_antecedent  # noqa: E402
from speaker_gold import read_speaker, same_speaker  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "i", "we", "who", "you"}
_DETERMINERS = {"the", "a", "an", "some", "one", "two", "many", "several", "other", "another", "most", "all",
                "these", "those", "this", "that", "his", "her", "their", "its", "our", "my"}


def norm(text: str) -> str:
    return text.strip().rstrip(",.;: \n\t").strip()


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- seeds ----------------------------------------------------------------------------------------------------
def seed_documents(folder: Path) -> dict[str, SourceDocument]:
    given: dict[str, dict] = {}
    manifest = folder / "manifest.csv"
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                given[row["file"]] = {k: v for k, v in row.items() if k != "file" and v}
    docs = {}
    for path in sorted(folder.glob("*.txt")):
        docs[path.name] = SourceDocument(str(path), "txt", path.read_text(encoding="utf-8"), given.get(path.name, {}))
    return docs


def evaluate_seeds(seeds: Path, gold_path: Path, registry: Registry, errors: int,
                   title: str = "seeds") -> dict[str, str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = seed_documents(seeds)
    counts = Counter()
    samples: list[str] = []
    for entry in gold:
        if entry.get("quotes_annotated") is False:  # a set annotated for people only (freshreal2)
            continue
        doc = docs.get(entry["file"])
        if doc is None:
            print(f"missing seed file {entry['file']}")
            continue
        article = extract_article(doc, registry)
        people = extract_people(article, registry)
        predicted = extract_quotes(article, people, registry)
        body = article.body
        pred_dp = [q for q in predicted if q.kind in ("direct", "partial")]
        gold_dp = [q for q in entry["quotes"] if q["kind"] in ("direct", "partial")]
        used: set[int] = set()
        for g in gold_dp:
            match = next((i for i, q in enumerate(pred_dp) if i not in used and norm(q.text) == norm(g["text"])), None)
            counts["dp_gold"] += 1
            if match is None:
                samples.append(f"[{entry['file'][:3]}] MISSED {g['kind']}: {g['text'][:80]!r}")
                continue
            used.add(match)
            q = pred_dp[match]
            counts["dp_matched"] += 1
            counts["kind_ok"] += q.kind == g["kind"]
            if q.kind != g["kind"]:
                samples.append(f"[{entry['file'][:3]}] KIND {q.kind} (gold {g['kind']}): {g['text'][:60]!r}")
            _score_speaker(counts, samples, entry["file"], q, g)
        for i, q in enumerate(pred_dp):
            counts["dp_pred"] += 1
            if i not in used:
                samples.append(f"[{entry['file'][:3]}] EXTRA {q.kind}: {q.text[:80]!r} ({q.speaker_name or q.speaker_label})")
        not_quotes = {norm(t) for t in entry.get("not_quotes", [])}
        counts["not_quotes"] += sum(norm(q.text) in not_quotes for q in pred_dp)
        # Indirect speech: recall, exact text or >=50% of the gold clause's characters.
        pred_ind = [q for q in predicted if q.kind == "indirect"]
        counts["ind_pred"] += len(pred_ind)
        cursor = 0
        for g in (q for q in entry["quotes"] if q["kind"] == "indirect"):
            counts["ind_gold"] += 1
            g_start = body.find(g["text"], cursor)
            if g_start < 0:
                g_start = body.find(g["text"])
            g_end = g_start + len(g["text"])
            if g_start >= 0:
                cursor = g_start
            exact = [q for q in pred_ind if norm(q.text) == norm(g["text"]) and q.speaker_name == g["speaker"]]
            located = [q for q in pred_ind
                       if g_start >= 0 and min(q.end, g_end) - max(q.start, g_start) >= 0.5 * (g_end - g_start)]
            overlapping = [q for q in located if q.speaker_name == g["speaker"]]
            counts["ind_exact"] += bool(exact)
            counts["ind_overlap"] += bool(overlapping)
            if located:
                # The speaker of an indirect clause found whoever the extractor named: scored like the others.
                _score_speaker(counts, samples, entry["file"], max(located, key=lambda q: min(q.end, g_end)
                                                                   - max(q.start, g_start)), g, prefix="ind_")
            if not overlapping:
                samples.append(f"[{entry['file'][:3]}] MISSED indirect ({g['speaker']}, {g['cue']}): {g['text'][:70]!r}")
    p, r, f = prf(counts["dp_matched"], counts["dp_pred"], counts["dp_matched"], counts["dp_gold"])

    def share(prefix: str, key: str) -> str:
        ok, n = sum(counts[f"{x}{key}_ok"] for x in prefix), sum(counts[f"{x}{key}"] for x in prefix)
        return f"{ok / max(1, n):.3f} ({ok}/{n})"

    both = ("", "ind_")
    refs = [ref for ref in SPEAKER_REFS if counts[f"ref_{ref}"] + counts[f"ind_ref_{ref}"]]
    by_ref = ", ".join(f"{ref} {share(both, f'ref_{ref}')}" for ref in refs) or "n/a (no speaker_ref in the gold)"
    by_kind, calibration = reference_figures(counts)
    print(f"== {title} (direct+partial exact text) ==")
    print(f"direct+partial: gold {counts['dp_gold']} predicted {counts['dp_pred']} matched {counts['dp_matched']}"
          f"  P {p:.3f} R {r:.3f} F1 {f:.3f}  kind accuracy {counts['kind_ok'] / max(1, counts['dp_matched']):.3f}")
    print(f"speaker accuracy (direct+partial): named {share(('',), 'named')}; unnamed {share(('',), 'unnamed')}"
          f" (loosely, articles and extent aside: {share(('',), 'unnamed_near')})")
    print(f"speaker accuracy (with the indirect clauses found, whatever their speaker): named {share(both, 'named')};"
          f" unnamed {share(both, 'unnamed')}")
    print(f"speaker accuracy by gold speaker_ref (all kinds): {by_ref}")
    print(f"speaker accuracy by predicted speaker_reference: {by_kind}")
    print(f"speaker accuracy by speaker_confidence: {calibration}")
    print(f"not_quotes extracted: {counts['not_quotes']}")
    print(f"indirect: gold {counts['ind_gold']} predicted {counts['ind_pred']}  recall exact "
          f"{counts['ind_exact'] / max(1, counts['ind_gold']):.3f}  recall >=50% overlap "
          f"{counts['ind_overlap'] / max(1, counts['ind_gold']):.3f}")
    for line in samples[:errors]:
        print("  " + line)
    return {
        "dp": f"P {p:.3f} R {r:.3f} F1 {f:.3f}",
        "speakers": f"named {share(('',), 'named')}, unnamed {share(('',), 'unnamed')}"
                    f" (loosely {share(('',), 'unnamed_near')})",
        "speakers_all": f"named {share(both, 'named')}, unnamed {share(both, 'unnamed')}",
        "by_ref": by_ref,
        "by_kind": by_kind,
        "calibration": calibration,
        "not_quotes": str(counts["not_quotes"]),
        "indirect": f"{counts['ind_exact'] / max(1, counts['ind_gold']):.3f} exact, "
                    f"{counts['ind_overlap'] / max(1, counts['ind_gold']):.3f} at >=50% overlap",
        "counts": counts,  # (raw, for the pooled lines of the summary)
    }


def pooled_line(counts: Counter) -> str:
    """One line of figures over several sets' counts added up: quote F1, named speakers, labels (exact and
    loosely), named with the indirect clauses, indirect recall at >=50% overlap."""
    p, r, f = prf(counts["dp_matched"], counts["dp_pred"], counts["dp_matched"], counts["dp_gold"])

    def share(keys: tuple[str, ...]) -> str:
        ok, n = sum(counts[f"{key}_ok"] for key in keys), sum(counts[key] for key in keys)
        return f"{ok / max(1, n):.3f} ({ok}/{n})"

    return (f"direct+partial P {p:.3f} R {r:.3f} F1 {f:.3f} | named {share(('named',))} | labels "
            f"{share(('unnamed',))} (loosely {share(('unnamed_near',))}) | named with indirect "
            f"{share(('named', 'ind_named'))} | indirect recall {counts['ind_overlap'] / max(1, counts['ind_gold']):.3f}"
            f" ({counts['ind_overlap']}/{counts['ind_gold']})")


SPEAKER_REFS = ("name", "role", "pronoun", "continuation", "label")


def same_named(predicted: str | None, gold: str) -> bool:
    """The gold person: the same canonical name, or names that are the same person (both with a given name:
    "Sergei"/"Sergey Petrov"; a bare surname proves nothing)."""
    if not predicted:
        return False
    if predicted == gold:
        return True
    left, right = split_name(predicted), split_name(gold)
    return bool(left.given and right.given) and same_person(left, right)


_LABEL_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def same_label_loosely(predicted: str | None, gold: str) -> bool:
    """For information only (the exact, case-insensitive label is the figure): the same label once a leading
    article is dropped, or one label's words run inside the other's ("the Blue Lagoon" / "The Blue Lagoon
    geothermal spa"), as gold sets written by different hands cut a label's extent differently."""
    if not predicted:
        return False
    left = _LABEL_ARTICLE.sub("", predicted.casefold()).strip()
    right = _LABEL_ARTICLE.sub("", gold.casefold()).strip()
    if not left or not right:
        return False
    pad = lambda text: f" {' '.join(text.split())} "  # noqa: E731 - whole words only
    return left == right or pad(left) in pad(right) or pad(right) in pad(left)


def _score_speaker(counts: Counter, samples: list[str], file: str, q, g: dict, prefix: str = "") -> None:
    if g["speaker"]:
        counts[f"{prefix}named"] += 1
        ok = same_named(q.speaker_name, g["speaker"])
        counts[f"{prefix}named_ok"] += ok
    elif g["speaker_label"]:
        counts[f"{prefix}unnamed"] += 1
        ok = q.speaker_name is None and (q.speaker_label or "").casefold() == g["speaker_label"].casefold()
        counts[f"{prefix}unnamed_ok"] += ok
        counts[f"{prefix}unnamed_near"] += 1
        counts[f"{prefix}unnamed_near_ok"] += q.speaker_name is None and same_label_loosely(q.speaker_label,
                                                                                             g["speaker_label"])
    else:
        return
    if g.get("speaker_ref"):
        counts[f"{prefix}ref_{g['speaker_ref']}"] += 1
        counts[f"{prefix}ref_{g['speaker_ref']}_ok"] += ok
    _score_reference(counts, q, ok)
    if not ok:
        samples.append(f"[{file[:3]}] SPEAKER{' (indirect)' if prefix else ''} "
                       f"{q.speaker_name or q.speaker_label!r} (gold {g['speaker'] or g['speaker_label']!r}"
                       f"{', ' + g['speaker_ref'] if g.get('speaker_ref') else ''}): {g['text'][:50]!r}")


# -- PolNeAR --------------------------------------------------------------------------------------------------
_STOP = PRONOUNS | {"the", "a", "an", "of", "for", "to", "in", "on", "and", "who", "mr", "mrs", "ms", "dr", "sen",
                    "rep", "gov", "president", "former", "said", "his", "her", "their", "its", "that", "with"}


def _tokens(text: str | None) -> set[str]:
    """Content words of a speaker phrase: names and the head of a label ('an industry lobbyist')."""
    words = re.findall(r"[A-Za-z][\w-]*", (text or "").replace("’s", "").replace("'s", ""))
    return {w.lower() for w in words if w.lower() not in _STOP}


_RELATIVE_HEAD = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)(?:\s*\([^()]{1,20}\))?\s*,?\s*$")


def _antecedent(quote: dict, gold: list[dict], text: str) -> str | None:
    pronoun = (quote["speaker"] or "").lower()
    if pronoun == "who":
        # A relative pronoun stands for the name right before it: "Indiana Gov. Mike Pence, who called …"
        head = _RELATIVE_HEAD.search(text, max(0, quote["speaker_start"] - 80), quote["speaker_start"])
        if head:
            return head.group(1)
    wanted = {"he": "male", "she": "female"}.get(pronoun)
    best = None
    for other in gold:
        surface = other.get("speaker")
        if not surface or other["speaker_start"] is None or other["speaker_start"] >= quote["speaker_start"]:
            continue
        # A name: a capitalised word that is not a determiner opening the phrase ("The senator").
        names = [w for w in surface.split() if w[:1].isupper() and w.lower() not in _DETERMINERS | PRONOUNS]
        if not names:
            continue
        if wanted:
            gender = _gold_gender(names, text)
            if gender and gender != wanted:
                continue
        if best is None or other["speaker_start"] > best["speaker_start"]:
            best = other
    return best["speaker"] if best else None


_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female"}


def _gold_gender(names: list[str], text: str) -> str | None:
    """Gender of a gold speaker: an honorific or a first name in the phrase, else (a bare surname such as
    'Sanders') the honorifics and first names that go with that surname elsewhere in the article."""
    gender = _HONORIFIC_GENDER.get(names[0].rstrip(".").lower())
    if gender is None and len(names) >= 2:
        gender = first_name_gender(names[-2])
    if gender is not None or len(names) != 1 or len(names[0]) < 3:
        return gender
    surname = re.escape(names[0].strip(",.’'"))
    found = set()
    for match in re.finditer(r"\b(Mr|Mrs|Ms|[A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?" + surname + r"\b", text):
        word = match.group(1)
        found.add(_HONORIFIC_GENDER.get(word.lower()) or first_name_gender(word))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _polnear_one(line: str) -> dict:
    record = json.loads(line)
    text = record["text"]
    meta = record.get("meta") or {}
    published = None
    try:
        published = date.fromisoformat(meta.get("publication_date") or "")
    except ValueError:
        pass
    article = ArticleRecord(source_path=record["id"], source_format="json", raw_text=text, body=text,
                            published_on=published, outlet_name=meta.get("publisher"))
    registry = Registry()
    started = time.perf_counter()
    try:
        people = extract_people(article, registry)
    except Exception:  # the people step is developed concurrently; measure quotes even when it breaks
        people = []
    extracted = extract_quotes(article, people, registry)
    elapsed = time.perf_counter() - started
    predicted = [q for q in extracted if q.kind in ("direct", "partial")]
    indirect = [q for q in extracted if q.kind == "indirect"]
    result, samples = _score(record, record["quotes"], predicted, indirect)
    # The conversion typed a span as mixed only for double marks: NYT archive spans quote with doubled
    # single marks (''…''), so their fragments inside reported speech came out as indirect. Score again
    # with those spans typed mixed, as the README's definition of the types says they are.
    retyped = [dict(g, type="mixed") if g["type"] == "indirect" and g["quote"].count("''") >= 2 else g
               for g in record["quotes"]]
    result2, _ = _score(record, retyped, predicted, indirect)
    result.update({f"x_{key}": value for key, value in result2.items()})
    result3, _ = _score(record, record["quotes"], predicted, indirect, marks=False)
    result.update({f"m_{key}": value for key, value in result3.items() if key.endswith("_tp")})
    # Diagnostic only: PolNeAR's mixed span is the reported clause around its quoted words, ours the words; score
    # again with each partial quote given the span of our indirect clause holding it (the clause-extent reading).
    hosted = hosted_spans(predicted, indirect)
    result4, _ = _score(record, record["quotes"], hosted, indirect)
    result.update({f"h_{key}": value for key, value in result4.items() if key.endswith("_tp") or key == "pred"})
    result["people_failed"] = int(not people and bool(text))
    result["seconds"] = elapsed
    result["chars"] = len(text)
    return {"counts": result, "samples": samples}


def hosted_spans(quotes: list, indirect: list) -> list:
    """The direct and partial quotes, each partial one lying inside one of our indirect clauses given that clause's
    span (the widest holding it), duplicates of a span kept once: how PolNeAR spans a mixed quote."""
    spans, seen = [], set()
    for q in quotes:
        if q.kind == "partial":
            hosts = [c for c in indirect if c.start <= q.start and q.end <= c.end]
            if hosts:
                host = max(hosts, key=lambda c: c.end - c.start)
                q = replace(q, start=host.start, end=host.end)
        if (q.start, q.end) not in seen:
            seen.add((q.start, q.end))
            spans.append(q)
    return spans


_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a"


@dataclass
class _Span:
    """A predicted quote compared with its quotation marks, as PolNeAR's gold spans include theirs."""

    start: int
    end: int
    quote: object


def _with_marks(text: str, quote) -> _Span:
    start, end = quote.start, quote.end
    for _ in range(2):  # a doubled mark: ''like this''
        if start > 0 and text[start - 1] in _MARKS:
            start -= 1
        if end < len(text) and text[end] in _MARKS:
            end += 1
    return _Span(start, end, quote)


def _score(record: dict, gold_all: list[dict], quotes: list, indirect: list,
           marks: bool = True) -> tuple[Counter, list]:
    text = record["text"]
    predicted = [_with_marks(text, q) if marks else _Span(q.start, q.end, q) for q in quotes]
    gold = [q for q in gold_all if q["type"] in ("direct", "mixed")]
    result = Counter(gold=len(gold), pred=len(predicted))
    # Diagnostics: a quote extractor returns the words between the marks, while PolNeAR's mixed spans are
    # the whole reported clause; count the gold quotes whose quoted words are under 30% of the span, and
    # predictions that lie inside some gold quote even when that quote is not matched.
    marks = [(span.open_mark, span.outer_end) for span in find_quoted_spans(text)]
    for g in gold:
        inside = sum(max(0, min(e, g["end"]) - max(s, g["start"])) for s, e in marks)
        result["unreachable"] += inside < 0.3 * (g["end"] - g["start"])
    # Indirect speech: PolNeAR marks every attribution, so only the precision of ours is telling:
    # a row is right when half of it lies in a gold attribution whose speaker it names.
    result["ind_pred"] = len(indirect)
    for q in indirect:
        hits = [g for g in gold_all if min(q.end, g["end"]) - max(q.start, g["start"]) >= 0.5 * (q.end - q.start)]
        result["ind_inside"] += bool(hits)
        result["ind_speaker"] += any(
            _tokens(q.speaker_name) & _tokens(g["speaker"] if (g["speaker"] or "").lower() not in PRONOUNS
                                                else _antecedent(g, gold_all, text)) for g in hits)
        result["ind_speaker_strict"] += any(_strict_speaker(g, gold_all, text, q.speaker_name)[1] for g in hits)
    result["pred_inside_gold"] = sum(
        any(min(q.end, g["end"]) - max(q.start, g["start"]) >= 0.5 * (q.end - q.start) for g in gold)
        for q in predicted)
    samples = []
    spans = [(q.start, q.end) for q in predicted]
    ind_spans = [(q.start, q.end) for q in indirect]
    for threshold, tag in ((0.3, "len"), (0.8, "str")):
        found = []
        for g in gold:
            covered = sum(max(0, min(q.end, g["end"]) - max(q.start, g["start"])) for q in predicted)
            found.append(covered >= threshold * (g["end"] - g["start"]))
        result[f"{tag}_gold_tp"] = sum(found)
        for q in predicted:
            inside = [i for i, g in enumerate(gold) if found[i]
                      and min(q.end, g["end"]) - max(q.start, g["start"]) >= 0.5 * (q.end - q.start)]
            result[f"{tag}_pred_tp"] += bool(inside)
            if tag == "len" and not inside:
                cls = quote_error_class("FP", q.start, q.end, gold_all, found_spans(gold, found), spans, ind_spans)
                samples.append(("FP", record["id"], f"[{cls}] {q.quote.text[:160]}"))
        if tag == "len":
            for i, g in enumerate(gold):
                if not found[i]:
                    cls = quote_error_class("FN", g["start"], g["end"], gold_all, found_spans(gold, found), spans,
                                            ind_spans)
                    samples.append(("FN", record["id"], f"[{cls}] {g['quote'][:160]}"))
                    continue
                best = max(predicted, key=lambda q: min(q.end, g["end"]) - max(q.start, g["start"])).quote
                predicted_speaker = best.speaker_name or best.speaker_label
                surface = g["speaker"]
                if not surface:
                    continue
                _score_old(result, g, gold_all, text, predicted_speaker)
                bucket, ok, target = _strict_speaker(g, gold_all, text, predicted_speaker)
                if bucket is None:
                    continue
                result[bucket] += 1
                result[f"{bucket}_ok"] += ok
                if bucket == "described" and not ok:  # organisation/description phrases: why a label is wrong
                    samples.append(("SPK-described", record["id"], f"{predicted_speaker!r} vs gold {surface!r}: "
                                    f"{g['quote'][:60]}"))
                if bucket in ("named", "pronoun"):
                    _score_reference(result, best, ok)
                    if not ok:
                        samples.append((f"SPK-{bucket}", record["id"], f"{predicted_speaker!r} vs gold {surface!r}"
                                        f"->{target!r}: {g['quote'][:60]}"))
    _score_readme(result, samples, record["id"], gold, gold_all, text, predicted)
    return result, samples


# Mechanism classes of the lenient quote errors (`--quote-errors`, tune half only).
QUOTE_ERROR_CLASSES = {
    "FP fragment": "a quoted piece of a longer gold quote (a reported clause or an interrupted quotation) that our "
                   "pieces together cover under 30% of",
    "FP gold-indirect": "inside a gold span typed indirect (the NYT's ''-quoted fragments among them)",
    "FP no-gold": "no gold quote there: not a quotation, or one the gold leaves out",
    "FN fragment": "a gold clause or interrupted quotation of which we keep only shorter quoted pieces",
    "FN fragment+indirect": "as 'FN fragment', and our indirect clause covers the gold span",
    "FN indirect-only": "no quote of ours there, but our indirect clause covers the gold span",
    "FN missed": "nothing of ours there (a term or name in marks, an unattributed fragment, a missed quote)",
}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def found_spans(gold: list[dict], found: list[bool]) -> list[tuple[int, int]]:
    """The spans of the gold quotes that the predictions found."""
    return [(g["start"], g["end"]) for g, hit in zip(gold, found) if hit]


def quote_error_class(kind: str, start: int, end: int, gold_all: list[dict], found: list[tuple[int, int]],
                      predicted: list[tuple[int, int]], indirect: list[tuple[int, int]]) -> str:
    """The mechanism behind one lenient quote error (a key of `QUOTE_ERROR_CLASSES`): for a false prediction
    (`kind` "FP", its span with its marks) whether it lies in a gold quote it is too short a piece of, in a gold
    span typed indirect, or in no gold span; for a missed gold quote ("FN") whether we hold a shorter piece of it
    and whether one of our indirect clauses covers half of it."""
    span = (start, end)
    if kind == "FP":
        half = 0.5 * (end - start)
        for g in gold_all:
            if _overlap(span, (g["start"], g["end"])) >= half and (g["start"], g["end"]) not in found:
                return "FP fragment" if g["type"] in ("direct", "mixed") else "FP gold-indirect"
        return "FP no-gold"
    piece = any(_overlap(span, p) for p in predicted)
    covered = any(_overlap(span, c) >= 0.5 * (end - start) for c in indirect)
    if piece:
        return "FN fragment+indirect" if covered else "FN fragment"
    return "FN indirect-only" if covered else "FN missed"


def _score_readme(result: Counter, samples: list, ident: str, gold: list[dict], gold_all: list[dict], text: str,
                  predicted: list[_Span]) -> None:
    """The figures as the dev set's README defines them (the audit's reading): a gold quote is found when ONE
    prediction covers at least 30% of its characters (not several added up); a prediction is right, taken
    literally, when it covers at least 30% of some gold quote, and, more kindly, when half of it lies in a
    found gold quote. The speaker of a found quote is the one of the prediction overlapping it most, and only
    a predicted person counts: a label, even one holding the name, or no speaker is wrong."""
    def overlap(q: _Span, g: dict) -> int:
        return max(0, min(q.end, g["end"]) - max(q.start, g["start"]))

    covering = [[q for q in predicted if overlap(q, g) >= 0.3 * (g["end"] - g["start"])] for g in gold]
    result["rf_gold_tp"] = sum(bool(c) for c in covering)
    result["rf_pred_tp"] = sum(any(q in c for c in covering) for q in predicted)
    result["rf_pred_kind_tp"] = sum(any(c and overlap(q, g) >= 0.5 * (q.end - q.start)
                                        for g, c in zip(gold, covering)) for q in predicted)
    for g, candidates in zip(gold, covering):
        if not candidates or not g["speaker"]:
            continue
        best = max(candidates, key=lambda q: overlap(q, g)).quote
        bucket, ok, target = _strict_speaker(g, gold_all, text, best.speaker_name)
        if bucket not in ("named", "pronoun"):
            continue
        if bucket == "pronoun" and not ok and best.speaker_name is None:
            # "it" for a company, "which" for a police department: a body's label is the right answer there
            standing_for = speaker_antecedent(g, gold_all, text)
            if standing_for is not None and standing_for.kind != "person":
                ok = _strict_speaker(g, gold_all, text, best.speaker_label)[1]
        result[f"rf_{bucket}"] += 1
        result[f"rf_{bucket}_ok"] += ok
        if not ok:
            samples.append((f"RF-{bucket}", ident, f"name {best.speaker_name!r} label {best.speaker_label!r} vs "
                            f"gold {g['speaker']!r}->{target!r}: {g['quote'][:60]}"))


def _score_old(result: Counter, g: dict, gold_all: list[dict], text: str, predicted_speaker: str | None) -> None:
    """The former scoring, kept for comparison: any shared content word between the predicted speaker and
    the gold phrase (or the pronoun's antecedent) counts as right ("Hillary Clinton" for "Bill Clinton")."""
    surface = g["speaker"]
    if surface.lower() in PRONOUNS:
        kind, target = "pronoun", _antecedent(g, gold_all, text)
        if target is None:
            return
    else:
        kind, target = "named", surface
    result[f"old_{kind}"] += 1
    result[f"old_{kind}_ok"] += bool(_tokens(predicted_speaker) & _tokens(target)) or (
        not _tokens(target) and (predicted_speaker or "").lower() == target.lower())


def _strict_speaker(g: dict, gold_all: list[dict], text: str,
                    predicted_speaker: str | None) -> tuple[str | None, bool, str | None]:
    """(bucket, right, target) for one gold attribution, as the acceptance scores it: the predicted speaker
    must be the person the gold phrase names (titles and appositions aside; a bare surname is the article's
    person of that surname), and for a pronoun the person it stands for. Buckets: `named` and `pronoun`
    (scored), `described` (the phrase names no person: an organisation, document or description; scored by a
    shared content word, for information only), `pronoun_unnamed` (the pronoun's antecedent is an unnamed
    person, e.g. "a spokeswoman": not scored) or None (no antecedent found)."""
    surface = g["speaker"]
    if not surface:
        return None, False, None
    reading = read_speaker(surface, text, g.get("speaker_start"))
    if reading.kind == "person":
        return "named", same_speaker(predicted_speaker, reading, text), reading.full_name
    if reading.kind == "described":
        return "described", bool(_tokens(predicted_speaker) & _tokens(surface)), surface
    target = speaker_antecedent(g, gold_all, text)
    if target is None:
        return None, False, None
    if target.kind == "person":
        return "pronoun", same_speaker(predicted_speaker, target, text), target.full_name
    if target.person_like and target.indefinite:
        return "pronoun_unnamed", False, target.surface
    return "pronoun", bool(_tokens(predicted_speaker) & _tokens(target.surface)), target.surface


_BUCKETS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.01)


def _bucket(confidence: float) -> str:
    for low, high in zip(_BUCKETS, _BUCKETS[1:]):
        if confidence < high:
            return f"{low:.1f}-{min(high, 1.0):.1f}"
    return "1.0"


def _score_reference(result: Counter, quote, ok: bool) -> None:
    """Accuracy by the predicted reference kind and by confidence bucket, once the extractor fills them."""
    reference = getattr(quote, "speaker_reference", None)
    confidence = getattr(quote, "speaker_confidence", None)
    result["ref:" + (reference or "none")] += 1
    result["ref:" + (reference or "none") + ":ok"] += ok
    if confidence is not None:
        result["conf:" + _bucket(confidence)] += 1
        result["conf:" + _bucket(confidence) + ":ok"] += ok


def reference_figures(total: Counter) -> tuple[str, str]:
    """'accuracy per predicted reference kind' and 'accuracy per confidence bucket' lines ('n/a' when the
    extractor does not fill `speaker_reference` / `speaker_confidence` yet)."""
    kinds = sorted({key.split(":")[1] for key in total if key.startswith("ref:")})
    if not kinds or kinds == ["none"]:
        by_kind = "n/a (speaker_reference not filled)"
    else:
        by_kind = ", ".join(f"{kind} {total[f'ref:{kind}:ok'] / max(1, total[f'ref:{kind}']):.3f} "
                            f"({total[f'ref:{kind}:ok']}/{total[f'ref:{kind}']})" for kind in kinds)
    buckets = sorted({key.split(":")[1] for key in total if key.startswith("conf:")})
    if not buckets:
        calibration = "n/a (speaker_confidence not filled)"
    else:
        calibration = ", ".join(f"[{b}] {total[f'conf:{b}:ok'] / max(1, total[f'conf:{b}']):.3f} "
                                f"({total[f'conf:{b}:ok']}/{total[f'conf:{b}']})" for b in buckets)
    return by_kind, calibration


def evaluate_polnear(path: Path, errors: int, quote_errors: bool = False) -> dict[str, dict[str, str]]:
    """Figures for each half of the dev set (`devsets.half`) and for all of it; error samples from the tune half
    (with `quote_errors`, every lenient quote error of the tune half, grouped by `QUOTE_ERROR_CLASSES`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    with multiprocessing.Pool(2) as pool:
        outputs = pool.map(_polnear_one, lines, chunksize=8)
    totals = {name: Counter() for name in (*HALVES, "all")}
    samples = []
    for line, output in zip(lines, outputs):
        which = half(json.loads(line)["id"])
        totals[which].update(output["counts"])
        totals["all"].update(output["counts"])
        if which == "tune":
            samples.extend(output["samples"])
    figures = {}
    for name, total in totals.items():
        print(f"\n== PolNeAR dev, {name} half ({sum(half(json.loads(l)['id']) == name for l in lines) if name != 'all' else len(lines)} articles) ==")
        figures[name] = _polnear_figures(total)
    by_kind = Counter(kind for kind, _, _ in samples)
    print(f"errors (tune half only): {dict(by_kind)}")
    if quote_errors:
        print_quote_errors(samples)
    if errors:
        import random

        random.Random(7).shuffle(samples)
        for kind, ident, text in samples[:errors]:
            print(f"  {kind} {ident.split('/')[-1][:40]}: {text}")
    return figures


def print_quote_errors(samples: list[tuple[str, str, str]]) -> None:
    """Every lenient quote error among `samples` (the tune half's), grouped by mechanism class, with counts."""
    grouped: dict[str, list[str]] = {}
    for kind, ident, text in samples:
        if kind in ("FP", "FN"):
            cls, _, quote = text[1:].partition("] ")
            grouped.setdefault(cls, []).append(f"{ident.split('/')[-1][:40]}: {quote}")
    print("lenient quote errors by class (tune half only): "
          + ", ".join(f"{cls} {len(grouped.get(cls, []))}" for cls in QUOTE_ERROR_CLASSES))
    for cls, meaning in QUOTE_ERROR_CLASSES.items():
        print(f"-- {cls} ({len(grouped.get(cls, []))}): {meaning}")
        for line in grouped.get(cls, []):
            print(f"  {line}")


def _polnear_figures(total: Counter) -> dict[str, str]:
    figures = {}
    print(f"direct+mixed gold {total['gold']}, predicted {total['pred']}")
    for tag, name in (("len", "lenient (30%)"), ("str", "strict (80%)")):
        p, r, f = prf(total[f"{tag}_pred_tp"], total["pred"], total[f"{tag}_gold_tp"], total["gold"])
        figures[tag] = f"P {p:.3f} R {r:.3f} F1 {f:.3f}"
        print(f"{name}: {figures[tag]}")
    for tag in ("len", "str"):
        p, r, f = prf(total[f"x_{tag}_pred_tp"], total["pred"], total[f"x_{tag}_gold_tp"], total["x_gold"])
        figures[f"x_{tag}"] = f"P {p:.3f} R {r:.3f} F1 {f:.3f}"
    p, r, f = prf(total["m_len_pred_tp"], total["pred"], total["m_len_gold_tp"], total["gold"])
    figures["m_len"] = f"P {p:.3f} R {r:.3f} F1 {f:.3f}"
    p, r, f = prf(total["h_len_pred_tp"], total["h_pred"], total["h_len_gold_tp"], total["gold"])
    figures["h_len"] = f"P {p:.3f} R {r:.3f} F1 {f:.3f}"
    print(f"  (predicted spans are compared with their quotation marks, as the gold spans include theirs; "
          f"without them: lenient {figures['m_len']})")
    print(f"  with ''-quoted indirect spans typed mixed (gold {total['x_gold']}): lenient {figures['x_len']}; "
          f"strict {figures['x_str']}")
    print(f"  (diagnostics: {total['unreachable']} gold quotes have quoted words under 30% of their span, so "
          f"recall is at most {1 - total['unreachable'] / max(1, total['gold']):.3f}; "
          f"{total['pred_inside_gold'] / max(1, total['pred']):.3f} of predictions lie inside a gold quote)")
    print(f"indirect speech (named speakers only): {total['ind_pred']} predicted, "
          f"{total['ind_inside'] / max(1, total['ind_pred']):.3f} inside a gold attribution, "
          f"{total['ind_speaker_strict'] / max(1, total['ind_pred']):.3f} with its speaker too (same person; "
          f"old scorer {total['ind_speaker'] / max(1, total['ind_pred']):.3f})")
    def share(ok: int, n: int) -> str:
        return f"{ok / max(1, n):.3f} ({ok}/{n})"

    figures["speakers"] = (f"named {share(total['named_ok'], total['named'])}, pronoun->antecedent "
                           f"{share(total['pronoun_ok'], total['pronoun'])}, all "
                           f"{share(total['named_ok'] + total['pronoun_ok'], total['named'] + total['pronoun'])}")
    figures["old_speakers"] = (f"named {share(total['old_named_ok'], total['old_named'])}, pronoun->antecedent "
                               f"{share(total['old_pronoun_ok'], total['old_pronoun'])}")
    print(f"speaker accuracy (lenient matches; same person, titles and appositions aside): {figures['speakers']}")
    print(f"  phrases naming no person (organisations, documents, descriptions), by a shared word: "
          f"{share(total['described_ok'], total['described'])}; pronouns whose antecedent is an unnamed person "
          f"(not scored): {total['pronoun_unnamed']}")
    print(f"  old scorer (a shared word with the gold phrase counts): {figures['old_speakers']}")
    p, r, f = prf(total["rf_pred_tp"], total["pred"], total["rf_gold_tp"], total["gold"])
    p2, _, f2 = prf(total["rf_pred_kind_tp"], total["pred"], total["rf_gold_tp"], total["gold"])
    figures["readme"] = (f"quote F1 {f:.3f} (P {p:.3f} R {r:.3f}; a prediction right when half of it lies in a "
                         f"found quote: P {p2:.3f} F1 {f2:.3f}) | named {share(total['rf_named_ok'], total['rf_named'])}"
                         f", pronoun {share(total['rf_pronoun_ok'], total['rf_pronoun'])}")
    print(f"README-faithful (one prediction covers >=30% of a gold quote; only a predicted person counts): "
          f"{figures['readme']}")
    by_kind, calibration = reference_figures(total)
    figures["by_reference"], figures["calibration"] = by_kind, calibration
    print(f"  named+pronoun accuracy by predicted speaker_reference: {by_kind}")
    print(f"  by speaker_confidence: {calibration}")
    if total["people_failed"]:
        print(f"(people step gave nothing or failed on {total['people_failed']} articles)")
    figures["time"] = f"{total['seconds']:.2f}s for {total['chars'] / 1e6:.2f}M chars"
    print(f"time: {figures['time']} (people + quotes)")
    return figures


# -- speaker probes ------------------------------------------------------------------------------------------
PROBES = REPO / "tests" / "data" / "probes" / "speakers" / "probes.jsonl"


def probe_half(probe_id: str) -> str:
    """Even ids are the tune half, odd ids the check half."""
    return "tune" if int(re.sub(r"\D", "", probe_id)) % 2 == 0 else "check"


def _probe_person_ok(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    if predicted.casefold() == gold.casefold() or same_named(predicted, gold):
        return True
    gold_words = gold.casefold().split()
    return len(gold_words) == 1 and gold_words[0] in predicted.casefold().split()


def _probe_speaker_ok(q, g: dict) -> bool:
    answers = [g["speaker"], *g.get("also", [])]
    if g["kind"] != "label" and any(_probe_person_ok(q.speaker_name, a) for a in answers):
        return True
    if g["kind"] == "label" or g.get("also"):
        if q.speaker_name is not None and g["kind"] == "label":
            return False
        said = _tokens(q.speaker_label) | _tokens(q.speaker_name)
        return any(said & _tokens(a) for a in answers)
    return False


def evaluate_probes(path: Path, registry: Registry, errors: int) -> dict[str, str]:
    """Quote recall and speaker accuracy (overall and per reference kind) on each half of the speaker probes."""
    counts = {which: Counter() for which in HALVES}
    samples: list[str] = []
    for probe in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()):
        which = probe.get("half") or probe_half(probe["id"])
        text = probe["text"]
        article = ArticleRecord(source_path=probe["id"], source_format="txt", raw_text=text, body=text)
        people = extract_people(article, registry)
        predicted = extract_quotes(article, people, registry)
        matched: set[int] = set()
        for g in probe["quotes"]:
            c = counts[which]
            c["gold"] += 1
            start = text.find(g["quote"])
            end = start + len(g["quote"])
            overlaps = [(min(q.end, end) - max(q.start, start), i) for i, q in enumerate(predicted)]
            best = max(overlaps, default=(0, -1))
            if best[0] < 0.5 * (end - start):
                if which == "tune":
                    samples.append(f"{probe['id']} MISSED ({g['kind']}): {g['quote'][:60]!r}")
                continue
            matched.add(best[1])
            q = predicted[best[1]]
            c["found"] += 1
            c[f"{g['kind']}"] += 1
            ok = _probe_speaker_ok(q, g)
            c["ok"] += ok
            c[f"{g['kind']}_ok"] += ok
            if not ok and which == "tune":
                samples.append(f"{probe['id']} SPEAKER ({g['kind']}) {q.speaker_name or q.speaker_label!r} "
                               f"[{q.speaker_reference}] (gold {g['speaker']!r}): {g['quote'][:50]!r}")
        counts[which]["pred"] += sum(q.kind in ("direct", "partial") for q in predicted)
        counts[which]["pred_matched"] += sum(predicted[i].kind in ("direct", "partial") for i in matched)
    figures = {}
    for which in HALVES:
        c = counts[which]
        kinds = ", ".join(f"{kind} {c[kind + '_ok'] / c[kind]:.3f} ({c[kind + '_ok']}/{c[kind]})"
                          for kind in SPEAKER_REFS if c[kind])
        figures[which] = (f"quotes found {c['found'] / max(1, c['gold']):.3f} ({c['found']}/{c['gold']}), "
                          f"direct+partial predicted {c['pred']} | speakers {c['ok'] / max(1, c['found']):.3f} "
                          f"({c['ok']}/{c['found']}) | {kinds}")
        print(f"== speaker probes, {which} half == {figures[which]}")
    for line in samples[:errors]:
        print("  " + line)
    return figures


# The blind gold sets, each split into a tune and a check half: fresh, and fresh2 (written blind like the hidden sets).
FRESH_SETS = blind_sets()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", "--seeds", dest="articles", type=Path, default=SEEDS_DIR,
                        help="folder of the gold's article files (default: the seeds)")
    parser.add_argument("--gold", type=Path, default=SEEDS_GOLD, help="gold in the seeds' format")
    parser.add_argument("--polnear", type=Path, default=dev_path("polnear.dev.jsonl"))
    parser.add_argument("--registry", type=Path, default=None, help="registry folder (default: the bundled one)")
    parser.add_argument("--errors", type=int, default=0,
                        help="print this many error samples per data set (never for a fresh set's check half)")
    parser.add_argument("--quote-errors", action="store_true",
                        help="list every lenient quote error of PolNeAR's tune half, grouped by mechanism class")
    parser.add_argument("--skip-polnear", action="store_true")
    parser.add_argument("--skip-fresh", action="store_true", help="leave out the fresh gold sets' halves (fresh, fresh2)")
    parser.add_argument("--probes", nargs="?", type=Path, const=PROBES, default=None,
                        help="also score the speaker probes (default file: tests/data/probes/speakers/probes.jsonl)")
    parser.add_argument("--only-probes", action="store_true", help="score only the speaker probes")
    args = parser.parse_args()
    registry_dir = args.registry or default_registry_dir()
    registry = load_registry(registry_dir) if registry_dir else Registry()
    if args.only_probes:
        evaluate_probes(args.probes or PROBES, registry, args.errors)
        return
    probes = evaluate_probes(args.probes, registry, args.errors) if args.probes else None
    sets: dict[str, dict[str, str]] = {}
    if args.gold.resolve() != SEEDS_GOLD.resolve():
        sets[args.gold.stem.split(".")[0]] = evaluate_seeds(args.articles, args.gold, registry, args.errors,
                                                            title=args.gold.name)
        sets["seeds"] = evaluate_seeds(SEEDS_DIR, SEEDS_GOLD, registry, args.errors)
    else:
        sets["seeds"] = evaluate_seeds(args.articles, args.gold, registry, args.errors)
    if not args.skip_fresh:
        for set_name, set_dir in FRESH_SETS.items():
            for which in HALVES:
                folder = set_dir / which
                if (folder / "fresh.gold.json").is_file():
                    # Errors are read on the tune half only: the check half is measured, never looked into.
                    sets[f"{set_name} {which}"] = evaluate_seeds(folder, folder / "fresh.gold.json", registry,
                                                                 args.errors if which == "tune" else 0,
                                                                 title=f"{set_name} gold, {which} half")
    polnear = None if args.skip_polnear else evaluate_polnear(args.polnear, args.errors, args.quote_errors)
    # A compact block to paste into a note.
    print("\n== summary ==")
    for name, figures in sets.items():
        print(f"{name:<12} direct+partial {figures['dp']} | speakers {figures['speakers']} | not_quotes "
              f"{figures['not_quotes']} | indirect recall {figures['indirect']}")
        print(f"{name:<12} speakers with indirect: {figures['speakers_all']} | by speaker_ref: {figures['by_ref']}")
        print(f"{name:<12} by predicted speaker_reference: {figures['by_kind']} | by confidence: "
              f"{figures['calibration']}")
    # The blind sets pooled per half: the tune halves' errors are read, the check halves' only measured.
    for which in HALVES:
        pooled = Counter()
        for name, figures in sets.items():
            if name.startswith("fresh") and name.endswith(f" {which}"):
                pooled.update(figures["counts"])
        if pooled:
            print(f"fresh* {which:<5} pooled: {pooled_line(pooled)}")
    for name, figures in (polnear or {}).items():
        print(f"polnear {name:<5} lenient {figures['len']} | strict {figures['str']} (spans with their marks; "
              f"lenient without marks {figures['m_len']})")
        print(f"polnear {name:<5} (''-quoted spans typed mixed) lenient {figures['x_len']} | strict {figures['x_str']}")
        print(f"polnear {name:<5} (diagnostic: a partial quote scored with the span of our indirect clause holding "
              f"it) lenient {figures['h_len']}")
        print(f"polnear {name:<5} speakers {figures['speakers']} | old scorer {figures['old_speakers']}")
        print(f"polnear {name:<5} README-faithful {figures['readme']}")
        print(f"polnear {name:<5} by speaker_reference: {figures['by_reference']} | by confidence: "
              f"{figures['calibration']}")
    for which, line in (probes or {}).items():
        print(f"probes {which:<6} {line}")
    if polnear:
        print(f"polnear  time {polnear['all']['time']}")


if __name__ == "__main__":
    main()
