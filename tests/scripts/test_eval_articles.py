"""`scripts/eval_articles.py` keeps a blind set's check half blind: for a gold file in a `check` folder it prints
the per-field counts and the ok/WRONG marks, never the values the extractor got (a tune half shows them)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_articles.py"
_spec = importlib.util.spec_from_file_location("eval_articles", _SCRIPT)
ea = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("eval_articles", ea)
_spec.loader.exec_module(ea)

PAGE = """Tillbury Evening Post

Ferry service to Marrow Island resumes after storm repairs

By Quinn Adebayo

March 3, 2025

The ferry linking Tillbury with Marrow Island sailed again on Monday after three weeks of repairs to its pier.

Islanders said the crossing was busier than usual as shops restocked.
"""

# Deliberately wrong gold values: the extractor's answers differ from them, so every field below is a miss.
GOLD = {"file": "101_post.txt", "outlet": {"name": "Zzgold Outlet"}, "title": "Zzgold headline",
        "subtitle": None, "published": "1999-01-01", "date_precision": "day", "byline": "Zzgold Byline",
        "authors": ["Zzgold Writer"], "body_first_words": "Zzgold first", "body_last_words": "zzgold last",
        "boilerplate": []}


def _write_set(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / GOLD["file"]).write_text(PAGE, encoding="utf-8")
    gold_path = folder / "fresh.gold.json"
    gold_path.write_text(json.dumps([GOLD]), encoding="utf-8")
    return gold_path


@pytest.mark.parametrize("half, values_shown", [("tune", True), ("check", False)])
def test_check_half_values_are_never_printed(tmp_path, capsys, half, values_shown):
    gold_path = _write_set(tmp_path / "blind" / half)
    ea.evaluate_seeds(gold_path, gold_path.parent)
    printed = capsys.readouterr().out
    assert "WRONG" in printed and "overall" in printed
    assert ("got " in printed) is values_shown
    assert ("Tillbury" in printed or "Quinn" in printed or "Ferry" in printed) is values_shown


@pytest.mark.parametrize("path, check", [
    ("tests/data/fresh/check/fresh.gold.json", True),
    ("tests/data/fresh2/check", True),
    ("tests/data/probes/pages/check", True),
    ("tests/data/fresh/tune/fresh.gold.json", False),
    ("tests/data/seeds.gold.json", False),
    ("tests/data/checks.gold.json", False),  # a file merely named like it is no check half
])
def test_is_check_half(path, check):
    assert ea.is_check_half(Path(path)) is check


@pytest.mark.parametrize("results, expected", [
    ([], ""),
    ([{"hidden_day": True, "stored": False, "wrong": False, "date_rule": "(none)"}], ""),
    ([{"hidden_day": True, "stored": True, "wrong": True, "date_rule": "date-line"},
      {"hidden_day": True, "stored": True, "wrong": False, "date_rule": "date-line"},
      {"hidden_day": True, "stored": True, "wrong": True, "date_rule": "updated-only"},
      {"date_ok": True, "date_rule": "published-label"}],  # a page that shows its day: not counted
     "date-line 1/2, updated-only 1/1"),
])
def test_hidden_day_rules_count_the_wrong_share_per_rule(results, expected):
    assert ea._hidden_day_rules(results) == expected


@pytest.mark.parametrize("got, gold, same", [
    # hits: a credit word or a trailing bar field one side keeps and the other drops
    ("By Quinn Adebayo", "Quinn Adebayo", True),
    ("by Quinn Adebayo", "Quinn Adebayo", True),
    ("Interview by Mara Lintel", "Mara Lintel", True),
    ("Words by Mara Lintel", "By Mara Lintel", True),
    ("By Quinn Adebayo | qadebayo@example.com", "Quinn Adebayo", True),
    ("By Quinn Adebayo | Staff Writer", "By Quinn Adebayo", True),
    # near misses: a different name, a name that merely starts like a credit word, a bar inside no field
    ("By Quinn Adebayo", "Quinn Adeboye", False),
    ("Byron Tallis", "Tallis", False),
    ("Quinn Adebayo and Mara Lintel", "Quinn Adebayo", False),
    ("Quinn Adebayo|Mara Lintel", "Quinn Adebayo", False),
    ("Photos by Quinn Adebayo", "Quinn Adebayo", False),
    (None, "Quinn Adebayo", False),
])
def test_byline_key_ignores_credit_word_and_trailing_field(got, gold, same):
    assert (ea.byline_key(got) == ea.byline_key(gold)) is same


def test_byline_column_is_loose_and_strict_count_printed(tmp_path, capsys):
    folder = tmp_path / "blind" / "tune"
    gold_path = _write_set(folder)
    gold = dict(GOLD, byline="Quinn Adebayo")
    gold_path.write_text(json.dumps([gold]), encoding="utf-8")
    ea.evaluate_seeds(gold_path, folder)
    printed = capsys.readouterr().out
    overall = next(line for line in printed.splitlines() if "overall" in line).split()
    assert overall[1 + 4] == "1/1"  # byline column (outlet, title, subtitle, date, byline)
    assert "byline strict (exact) 0/1" in printed
