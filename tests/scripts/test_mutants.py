"""The mutation list of `scripts/mutants.py` stays usable: each pattern occurs exactly once in the current source,
the mutated file still compiles, and the list covers every extractor area with at least 20 mutants."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mutants.py"
_spec = importlib.util.spec_from_file_location("mutants", _SCRIPT)
mutants = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("mutants", mutants)  # dataclasses look their module up
_spec.loader.exec_module(mutants)


@pytest.mark.parametrize("mutant", mutants.MUTANTS, ids=[m.name for m in mutants.MUTANTS])
def test_each_pattern_matches_the_source_exactly_once(mutant):
    assert mutants.occurrences(mutant) == 1, f"update the pattern of {mutant.name!r} in scripts/mutants.py"
    source = (mutants.REPO / mutant.path).read_text(encoding="utf-8")
    mutated = source.replace(mutant.pattern, mutant.replacement)
    assert mutated != source
    compile(mutated, mutant.path, "exec")  # a mutant that does not compile would be caught for nothing


def test_the_list_covers_every_area():
    assert len(mutants.MUTANTS) >= 20
    assert len({m.name for m in mutants.MUTANTS}) == len(mutants.MUTANTS)
    assert {m.area for m in mutants.MUTANTS} == {"quotes", "speakers", "people", "events", "dates", "boilerplate"}
    assert all(m.path.startswith("loaders/") for m in mutants.MUTANTS)
