"""A mutation check you can rerun: small bugs put into the extractors, one at a time, to see which the tests catch.

`MUTANTS` is a fixed list of small bugs, each a text replacement in one extractor source file (a pattern that
must occur exactly once, and what replaces it). For each mutant the script copies the repository into a scratch
directory (never touching the working tree), applies the replacement there, runs a fast subset of the test
suite against the copy (`-x`, so it stops at the first failure, with a time limit per mutant) and prints a table:
the mutant, whether the tests caught it or it survived, and the first test that failed. Tests that already fail
without any mutant are run once first and deselected (and named), so they do not make every mutant look caught.
A mutant whose pattern no
longer occurs exactly once is reported "not applicable" (the extractors change; `tests/scripts/test_mutants.py`
keeps the list in step with them).

Usage: .venv/bin/python scripts/mutants.py [--only NAME ...] [--timeout SECONDS] [-- PYTEST TARGETS ...]
The default targets are the extractor tests and the seeds' tests (`DEFAULT_TARGETS`).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TARGETS = ("tests/loaders/extract", "tests/test_seeds_gold.py", "tests/test_seeds_extraction_gold.py")
_SKIP = shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.pyc", ".pytest_cache", "*.egg-info")


@dataclass(frozen=True)
class Mutant:
    name: str
    area: str  # quotes, speakers, people, events, dates, boilerplate
    path: str  # relative to the repository
    pattern: str  # must occur exactly once in the file
    replacement: str


MUTANTS: tuple[Mutant, ...] = (
    # -- quotes -------------------------------------------------------------------------------------------------
    Mutant("cue verbs without warn and insist", "quotes", "loaders/extract/data/speech_verbs.py",
           "LEMMAS = tuple(dict.fromkeys((*IRREGULAR, *REGULAR)))",
           "LEMMAS = tuple(lemma for lemma in dict.fromkeys((*IRREGULAR, *REGULAR))"
           ' if lemma not in ("warn", "insist"))'),
    Mutant("plural 'credits' becomes a cue", "quotes", "loaders/extract/data/speech_verbs.py",
           '"slam", "praise", "welcome", "stress", "repeat", "credit",',
           '"slam", "praise", "welcome", "stress", "repeat",'),
    Mutant("judging verbs become inverted cues", "quotes", "loaders/extract/quotes.py",
           "if cue.group(0).lower() in _OBJECT_VERB_FORMS:", "if False:"),
    Mutant("no short sentence after an attributed quote", "quotes", "loaders/extract/quotes.py",
           "keep[index] = True  #", "keep[index] = False  #"),
    Mutant("no continuity between quote segments", "quotes", "loaders/extract/quotes.py",
           "attributions[index] = _inherited(body, spans, index, attributions, keep)", "attributions[index] = None"),
    Mutant("guillemets open no quote", "quotes", "loaders/extract/quotemarks.py",
           '_DOUBLE_OPEN = "\\u201c\\u00ab\\u201e"', '_DOUBLE_OPEN = "\\u201c\\u201e"'),
    # -- speakers -----------------------------------------------------------------------------------------------
    Mutant("pronoun speaker span one too long", "speakers", "loaders/extract/speakers.py",
           'return Resolution(name=mention.person.name, start=start, end=end, via="pronoun",',
           'return Resolution(name=mention.person.name, start=start, end=end + 1, via="pronoun",'),
    Mutant("unnamed-source label span starts one late", "speakers", "loaders/extract/speakers.py",
           'return Resolution(label=head, start=head_start, end=head_end, via="label")',
           'return Resolution(label=head, start=head_start + 1, end=head_end, via="label")'),
    Mutant("he and she swapped", "speakers", "loaders/extract/speakers.py",
           'gender = "male" if pronoun == "he" else "female"', 'gender = "female" if pronoun == "he" else "male"'),
    Mutant("descriptions ('the minister') never resolved", "speakers", "loaders/extract/speakers.py",
           "            described = self._definite_description(head_words[1:], start)\n",
           "            described = None\n"),
    # -- people -------------------------------------------------------------------------------------------------
    Mutant("Dr is no honorific", "people", "loaders/extract/data/lexicon.py",
           'HONORIFICS = _words("mr mr. mrs mrs. ms ms. miss mx mx. messrs messrs. mme m. dr dr.")',
           'HONORIFICS = _words("mr mr. mrs mrs. ms ms. miss mx mx. messrs messrs. mme m.")'),
    Mutant("'Order' is no organisation word", "people", "loaders/extract/data/lexicon.py", "order orders", "orders"),
    Mutant("any two given names are one person", "people", "loaders/extract/names.py",
           "first_ok = given_compatible(left.given[0], right.given[0])", "first_ok = True"),
    # -- events -------------------------------------------------------------------------------------------------
    Mutant("'cold war' is a war", "events", "loaders/extract/eventtriggers.py",
           '"war": re.compile(r"(?:\\bcold|\\btrade|', '"war": re.compile(r"(?:\\bxcold|\\btrade|'),
    Mutant("'heart attack' is an attack", "events", "loaders/extract/eventtriggers.py",
           "|\\bheart|\\bpanic|", "|\\bpanic|"),
    Mutant("'a band called X' is a phone call", "events", "loaders/extract/eventtriggers.py",
           'if match.group(0) == "called" and _NAMING_CALLED.search(', 'if False and _NAMING_CALLED.search('),
    Mutant("'if' clauses are events", "events", "loaders/extract/data/clauses.py",
           '    ("if", "condition"),\n', ''),
    Mutant("no narrative window: news dated days ago is background", "events", "loaders/extract/events.py",
           "_NARRATIVE_WINDOW_DAYS = 4", "_NARRATIVE_WINDOW_DAYS = 0"),
    # -- dates --------------------------------------------------------------------------------------------------
    Mutant("yesterday is today", "dates", "loaders/extract/reldates.py",
           '"yesterday": -1, "tomorrow": 1,', '"yesterday": 0, "tomorrow": 1,'),
    Mutant("a bare weekday one day off", "dates", "loaders/extract/reldates.py",
           "back = (anchor.weekday() - weekday) % 7", "back = (anchor.weekday() - weekday + 1) % 7"),
    Mutant("'N days ago' counts forward", "dates", "loaders/extract/reldates.py",
           'return "deictic", shift(day_value(anchor), -amount, unit, fuzzy)',
           'return "deictic", shift(day_value(anchor), amount, unit, fuzzy)'),
    Mutant("an update date wins over the publication date", "dates", "loaders/extract/pubdates.py",
           'for wanted in ("published", None, "updated"):', 'for wanted in ("updated", None, "published"):'),
    Mutant("'Sept' is October", "dates", "loaders/extract/data/dateforms.py",
           '"sept": 9, "febr": 2,', '"sept": 10, "febr": 2,'),
    # -- boilerplate --------------------------------------------------------------------------------------------
    Mutant("HTML path skips the boilerplate step", "boilerplate", "loaders/extract/html_article.py",
           "labels = boilerplate.scan_lines(lines, truncate_related=False)", "labels = [None] * len(lines)"),
    Mutant("credit lines are kept", "boilerplate", "loaders/extract/boilerplate.py",
           "if _is_credit_line(text):", "if False:"),
    Mutant("'Dear reader' appeals are kept", "boilerplate", "loaders/extract/boilerplate.py",
           "if _SALUTATION.match(text):", "if False:"),
    Mutant("no sandwiched boilerplate", "boilerplate", "loaders/extract/boilerplate.py",
           "    _label_sandwiched(lines, labels)\n", "\n"),
)


def occurrences(mutant: Mutant, root: Path = REPO) -> int:
    path = root / mutant.path
    return path.read_text(encoding="utf-8").count(mutant.pattern) if path.is_file() else 0


_FAILED = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.M)


def run_mutant(mutant: Mutant, scratch: Path, targets: list[str], timeout: float) -> tuple[str, str, float]:
    """('caught', first failing test) / ('survived', '') / ('not applicable', why) / ('timeout', '')."""
    path = scratch / mutant.path  # the copy's own file: the working tree may change while the mutants run
    original = path.read_text(encoding="utf-8")
    if original.count(mutant.pattern) != 1:
        return "not applicable", f"pattern found {original.count(mutant.pattern)} times", 0.0
    path.write_text(original.replace(mutant.pattern, mutant.replacement), encoding="utf-8")
    started = time.monotonic()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-m", "not wheel", *targets],
            cwd=scratch, capture_output=True, text=True, timeout=timeout, env=_environment(scratch))
    except subprocess.TimeoutExpired:
        return "timeout", f"over {timeout:.0f} s", time.monotonic() - started
    finally:
        path.write_text(original, encoding="utf-8")
    elapsed = time.monotonic() - started
    if result.returncode == 0:
        return "survived", "", elapsed
    failed = _FAILED.search(result.stdout)
    return "caught", failed.group(1) if failed else f"pytest exit {result.returncode}", elapsed


def _environment(scratch: Path) -> dict[str, str]:
    import os

    environment = dict(os.environ)
    environment["PYTHONPATH"] = str(scratch)  # the copy's packages, not the working tree's (editable install)
    environment.pop("NEWSDB_TEST_PG_URL", None)  # SQLite only: faster, and the extractors are what is tested
    environment.pop("CI", None)
    return environment


def baseline_failures(scratch: Path, targets: list[str], timeout: float) -> list[str]:
    """The tests that fail on the unmutated copy: they are deselected, or every mutant would look caught."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not wheel", *targets],
        cwd=scratch, capture_output=True, text=True, timeout=timeout * 3, env=_environment(scratch))
    return _FAILED.findall(result.stdout)


def _check_copy(scratch: Path) -> None:
    found = subprocess.run([sys.executable, "-c", "import loaders; print(loaders.__file__)"], cwd=scratch,
                           capture_output=True, text=True, env=_environment(scratch)).stdout.strip()
    if not found.startswith(str(scratch)):
        raise SystemExit(f"the scratch copy imports loaders from {found!r}, not from {scratch}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=None, help="run only the mutants whose name contains a word")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per mutant (default 300)")
    parser.add_argument("targets", nargs="*", help="pytest targets (default: %s)" % " ".join(DEFAULT_TARGETS))
    args = parser.parse_args()
    targets = args.targets or [target for target in DEFAULT_TARGETS if (REPO / target).exists()]
    chosen = [m for m in MUTANTS if not args.only or any(word in m.name for word in args.only)]
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsdb-mutants-") as tmp:
        scratch = Path(tmp) / "repo"
        shutil.copytree(REPO, scratch, ignore=_SKIP, symlinks=True)
        _check_copy(scratch)
        failing = baseline_failures(scratch, targets, args.timeout)
        for test in failing:
            print(f"fails without any mutant, deselected: {test}", file=sys.stderr, flush=True)
        targets = [*targets, *(f"--deselect={test}" for test in failing)]
        for mutant in chosen:
            outcome, detail, seconds = run_mutant(mutant, scratch, targets, args.timeout)
            rows.append((mutant, outcome, detail, seconds))
            print(f"{outcome:15} {seconds:6.1f} s  {mutant.area:11} {mutant.name}  {detail}", file=sys.stderr,
                  flush=True)
    print(f"\n| mutant | area | result | caught by |\n|---|---|---|---|")
    for mutant, outcome, detail, _ in rows:
        print(f"| {mutant.name} | {mutant.area} | {outcome} | {detail} |")
    applicable = [row for row in rows if row[1] != "not applicable"]
    caught = sum(row[1] == "caught" for row in applicable)
    share = caught / len(applicable) if applicable else 0.0
    print(f"\ncaught {caught} of {len(applicable)} applicable mutants ({share:.0%}); "
          f"{len(rows) - len(applicable)} not applicable; targets: {' '.join(targets)}")


if __name__ == "__main__":
    main()
