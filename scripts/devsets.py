"""The development data sets and their two halves: one to tune the extractors on, one only to measure on.

The sets in `tests/data/dev/` (copied from the shared dev data, with its README) are split by a hash of each
item's id, so the split is fixed, needs no list, and is the same in every script: `half(id)` is `"tune"` or
`"check"`. Read errors only on the tune half; the check half's figure is the one that predicts results on
articles newsdb has never seen, so report it beside the tune half's and never fix a rule by looking at it.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV_DIR = REPO / "tests" / "data" / "dev"
SEEDS_GOLD = REPO / "tests" / "data" / "seeds.gold.json"
SEEDS_DIR = REPO / "seeds"
HALVES = ("tune", "check")


def half(item_id: str) -> str:
    """'tune' or 'check', fixed for an id: the parity of the first byte of its SHA-256."""
    return HALVES[hashlib.sha256(item_id.encode("utf-8")).digest()[0] & 1]


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def dev_path(name: str) -> Path:
    """`polnear.dev.jsonl`, `html.dev.jsonl` or `copied.dev.jsonl` inside the project's copy of the dev data."""
    return DEV_DIR / name


def blind_sets() -> dict[str, Path]:
    """The blind gold sets (`tests/data/fresh`, `fresh2`, …): every folder named `fresh*` with a tune and a check half,
    found rather than listed, so a new blind set is scored by every eval script the day it lands."""
    found = sorted(p for p in (REPO / "tests" / "data").glob("fresh*")
                   if (p / "tune").is_dir() and (p / "check").is_dir())
    return {p.name: p for p in sorted(found, key=lambda p: (len(p.name), p.name))}
